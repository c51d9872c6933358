//! `mvm`: compile JavaScript to a snapshot, run it, test it.

mod console;
mod disasm;
mod host;
mod inspect;
mod test_runner;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use host::{Output, ScriptHost};
use mvm_compiler::{Compiled, SourceMap};
use mvm_runtime::{Settings, Vm, VmError};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mvm",
    version,
    about = "A JavaScript engine for microcontrollers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `mvm compile` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Emit {
    /// The snapshot file only.
    Bin,
    /// The snapshot and a C header embedding it.
    C,
    /// The snapshot and a Rust module embedding it.
    Rust,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script's top level and write the snapshot it leaves.
    Compile {
        /// The script.
        input: PathBuf,
        /// Where to write the snapshot (default: beside the input, `.mvm-bc`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also write the snapshot for firmware: `c` (a header with a
        /// `const uint8_t[]` and its length) or `rust` (a module that
        /// `include_bytes!`s the snapshot).
        #[arg(long, value_enum, default_value_t = Emit::Bin)]
        emit: Emit,
    },
    /// Restore a snapshot (compiling a `.js` first) and call its exports.
    Run {
        /// A `.js` script or a `.mvm-bc` snapshot.
        input: PathBuf,
        /// Export IDs to call, in order.
        #[arg(long = "call", value_name = "ID")]
        calls: Vec<u16>,
        /// Collect garbage before every allocation.
        #[arg(long)]
        gc_stress: bool,
        /// Print the VM's memory figures after the calls.
        #[arg(long)]
        stats: bool,
        /// Stack size in bytes (values, frames and handlers of a call).
        #[arg(long, value_name = "BYTES")]
        stack_size: Option<usize>,
        /// Most heap bytes the VM may take.
        #[arg(long, value_name = "BYTES")]
        heap_budget: Option<usize>,
        /// Call each export this many times (for timing).
        #[arg(long, default_value_t = 1, value_name = "N")]
        repeat: u32,
        /// After the calls, write one JSON line of figures to stderr (time
        /// per call, heap, RAM, snapshot size), like the anchor's C host.
        #[arg(long)]
        json: bool,
    },
    /// List every function in a snapshot with its instructions (and the
    /// source lines, when the source map is beside it).
    Disasm {
        /// A `.mvm-bc` snapshot.
        input: PathBuf,
    },
    /// Show a snapshot's header, section sizes, imports, exports, globals
    /// and heap objects.
    Inspect {
        /// A `.mvm-bc` snapshot.
        input: PathBuf,
    },
    /// Run `*.test.mvm.js` fixtures and report `N passed, N failed`.
    Test {
        /// Files or directories (searched for `*.test.mvm.js`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Collect garbage before every allocation (slow; finds values
        /// the runtime failed to keep where the collector sees them).
        #[arg(long)]
        gc_stress: bool,
    },
}

/// The stack compiling runs on. Parsing and compiling recurse with the
/// source's nesting (a 16,000-term sum, 5,000 nested parentheses), which
/// overflowed a main thread's 8 MB; this is address space, touched only
/// as deep as the source goes.
pub(crate) const COMPILE_STACK_BYTES: usize = 1 << 28;

/// Runs `work` on a stack of [`COMPILE_STACK_BYTES`], switched to on this
/// thread (`stacker`): a thread of its own would do, but once a process
/// has made one the allocator takes its locks on every call, which made
/// VM calls 4 to 7% slower.
pub fn on_compile_stack<T>(work: impl FnOnce() -> T) -> T {
    stacker::grow(COMPILE_STACK_BYTES, work)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Compile {
            input,
            output,
            emit,
        } => compile(&input, output, emit),
        Command::Run {
            input,
            calls,
            gc_stress,
            stats,
            stack_size,
            heap_budget,
            repeat,
            json,
        } => {
            let defaults = desktop_settings();
            let settings = Settings {
                gc_stress,
                stack_size: stack_size.unwrap_or(defaults.stack_size),
                heap_budget,
                ..defaults
            };
            let report = Report {
                stats,
                repeat,
                json,
            };
            run(&input, &calls, settings, report)
        }
        Command::Disasm { input } => disasm(&input),
        Command::Inspect { input } => inspect_file(&input),
        Command::Test { paths, gc_stress } => {
            let settings = Settings {
                gc_stress,
                ..desktop_settings()
            };
            on_compile_stack(|| test_runner::run_tests(&paths, settings))
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Compiles `input`, printing diagnostics on failure. `None` when it did
/// not compile (the diagnostics are already printed).
/// `desktop`: for a run here, where an import's fallback stands in for the
/// device's function (see `mvm_compiler::compile_source_on_desktop`).
fn compile_script(
    input: &Path,
    host: &mut ScriptHost,
    settings: Settings,
    desktop: bool,
) -> Option<Compiled> {
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", input.display());
            return None;
        }
    };
    let name = input.display().to_string();
    let compiled = on_compile_stack(|| match desktop {
        true => mvm_compiler::compile_source_on_desktop(&name, &text, &mut *host, settings),
        false => mvm_compiler::compile_source_with(&name, &text, &mut *host, settings),
    });
    match compiled {
        Ok(compiled) => Some(compiled),
        Err(e) => {
            let color = std::io::stderr().is_terminal();
            let mut text = e.render(color);
            if let Some(failure) = &host.failure {
                text = format!("error: {failure}\n{text}");
            }
            eprint!("{text}");
            None
        }
    }
}

fn compile(input: &Path, output: Option<PathBuf>, emit: Emit) -> Result<bool> {
    let mut host = ScriptHost::new(Output::Stdout);
    let Some(compiled) = compile_script(input, &mut host, Settings::default(), false) else {
        return Ok(false);
    };
    let output = output.unwrap_or_else(|| default_output(input));
    std::fs::write(&output, &compiled.snapshot)
        .with_context(|| format!("cannot write {}", output.display()))?;
    // The source map goes beside the snapshot, which carries no debug data.
    let map = map_path(&output);
    std::fs::write(&map, compiled.source_map.to_bytes())
        .with_context(|| format!("cannot write {}", map.display()))?;
    println!(
        "wrote {} ({} bytes)",
        output.display(),
        compiled.snapshot.len()
    );
    if mvm_snapshot::Snapshot::parse(&compiled.snapshot).is_ok_and(|s| s.rom_scale() != 0) {
        println!(
            "note: what the exports reach passes 32 KB, so the snapshot is wide \
             (ROM references in 4-byte steps): the device's mvm-runtime needs its \
             `wide-units` feature to restore it"
        );
    }
    let embed = match emit {
        Emit::Bin => None,
        Emit::C => Some(("h", c_header(&output, &compiled.snapshot))),
        Emit::Rust => Some(("rs", rust_module(&output))),
    };
    if let Some((extension, text)) = embed {
        let path = output.with_extension(extension);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(true)
}

/// A C identifier from the snapshot's file name: `my-app.mvm-bc` → `my_app`.
fn c_name(output: &Path) -> String {
    let stem = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.split('.').next().unwrap_or("snapshot");
    let mut name: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// A C header holding the snapshot as a `const uint8_t[]`, for firmware
/// that links it into flash.
fn c_header(output: &Path, snapshot: &[u8]) -> String {
    let name = c_name(output);
    let guard = format!("{}_MVM_SNAPSHOT_H", name.to_uppercase());
    let mut text = format!(
        "/* Generated by mvm from {}: the snapshot to restore with the mvm runtime. */\n#ifndef {guard}\n#define {guard}\n\n#include <stddef.h>\n#include <stdint.h>\n\nstatic const uint8_t {name}_snapshot[{}] = {{",
        output.display(),
        snapshot.len()
    );
    for (i, b) in snapshot.iter().enumerate() {
        text.push_str(if i % 12 == 0 { "\n    " } else { " " });
        text.push_str(&format!("0x{b:02x},"));
    }
    text.push_str(&format!(
        "\n}};\n\nstatic const size_t {name}_snapshot_len = {};\n\n#endif\n",
        snapshot.len()
    ));
    text
}

/// A Rust module embedding the snapshot with `include_bytes!`.
fn rust_module(output: &Path) -> String {
    let file = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(
        "//! Generated by mvm: the snapshot to restore with `mvm_runtime::Vm::restore`.\n\n/// The snapshot's bytes, kept in flash.\npub static SNAPSHOT: &[u8] = include_bytes!(\"{file}\");\n"
    )
}

/// `app.js` → `app.mvm-bc` beside it.
fn default_output(input: &Path) -> PathBuf {
    let name = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".js").unwrap_or(&name);
    input.with_file_name(format!("{stem}.mvm-bc"))
}

/// `app.mvm-bc` → `app.mvm-map`: where a snapshot's source map is kept.
fn map_path(snapshot: &Path) -> PathBuf {
    snapshot.with_extension("mvm-map")
}

/// The source map beside a snapshot file, if there is one.
fn load_map(snapshot: &Path) -> SourceMap {
    std::fs::read(map_path(snapshot))
        .ok()
        .and_then(|b| SourceMap::from_bytes(&b))
        .unwrap_or_default()
}

/// What `mvm run` reports besides the script's own output.
struct Report {
    stats: bool,
    repeat: u32,
    json: bool,
}

fn run(input: &Path, calls: &[u16], settings: Settings, report: Report) -> Result<bool> {
    let mut host = ScriptHost::new(Output::Stdout);
    let (bytes, map) = if input.extension().is_some_and(|e| e == "js") {
        match compile_script(input, &mut host, settings, true) {
            Some(c) => (c.snapshot, c.source_map),
            None => return Ok(false),
        }
    } else {
        let bytes =
            std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
        (bytes, load_map(input))
    };
    host.source_map = Some(map.clone());
    // Every run goes through the real snapshot, as on a device.
    let mut vm = match Vm::restore(&bytes, &host, settings) {
        Ok(vm) => vm,
        Err(e) => bail!("cannot restore {}: {e}", input.display()),
    };
    // The top level's timers (setTimeout, setInterval) run on a virtual
    // clock, as Node would run them, and so do each call's.
    if let Err(e) = vm.run_timers(&mut host, None, TIMER_LIMIT) {
        eprintln!("error: a timer: {}", describe(&mut vm, &host, e));
        eprint!("{}", map.describe_trace(vm.last_trace()));
        return Ok(false);
    }
    let started = std::time::Instant::now();
    let mut count = 0u64;
    for &id in calls {
        for _ in 0..report.repeat.max(1) {
            // (The result is held while the timers run, which may move it.)
            let result = vm.call(&mut host, id, &[]).and_then(|v| vm.new_handle(v));
            if let Err(e) = result
                .as_ref()
                .map_err(|e| *e)
                .and_then(|_| vm.run_timers(&mut host, None, TIMER_LIMIT))
            {
                eprintln!("error: export {id}: {}", describe(&mut vm, &host, e));
                eprint!("{}", map.describe_trace(vm.last_trace()));
                return Ok(false);
            }
            // An async export whose promise was rejected: no one else
            // waits on it, so say so (Node would end on the unhandled
            // rejection; the output stays the script's).
            if let Ok(handle) = result {
                let value = vm.handle_value(&handle);
                vm.release(handle);
                if let Some(reason) = vm.rejection(value) {
                    let reason = vm.to_display_string(reason);
                    eprintln!(
                        "warning: export {id}: the promise it returned was rejected: {reason}"
                    );
                }
            }
            count += 1;
        }
    }
    let elapsed = started.elapsed();
    if report.json {
        let after = vm.memory_stats();
        vm.run_gc(true).map_err(|e| anyhow::anyhow!("{e}"))?;
        let squeezed = vm.memory_stats();
        eprintln!(
            "{{\"calls\":{count},\"ns_total\":{},\"ns_per_call\":{:.1},\"heap_used_after\":{},\"heap_used_after_gc\":{},\"peak_heap\":{},\"ram_total_after\":{},\"snapshot_bytes\":{}}}",
            elapsed.as_nanos(),
            elapsed.as_nanos() as f64 / count.max(1) as f64,
            after.heap_used,
            squeezed.heap_used,
            after.heap_peak,
            after.total,
            bytes.len()
        );
    }
    if report.stats {
        let s = vm.memory_stats();
        println!("memory (bytes):");
        println!("  core           {}", s.core);
        println!("  globals        {}", s.globals);
        println!(
            "  heap taken     {} ({} chunks)",
            s.heap_capacity, s.heap_chunks
        );
        println!("  heap used      {}", s.heap_used);
        println!("  stack held     {}", s.stack);
        println!("  last GC peak   {}", s.last_gc_peak);
        println!("  total          {}", s.total);
        println!("snapshot         {}", bytes.len());
    }
    Ok(true)
}

fn inspect_file(input: &Path) -> Result<bool> {
    let bytes = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    match inspect::inspect(&bytes) {
        Ok(text) => {
            print!("{text}");
            Ok(true)
        }
        Err(e) => bail!("{} is not a valid snapshot: {e:?}", input.display()),
    }
}

fn disasm(input: &Path) -> Result<bool> {
    let bytes = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let map = load_map(input);
    let read = |file: &str| std::fs::read_to_string(file).ok();
    match disasm::disassemble(&bytes, &map, &read) {
        Ok(text) => {
            print!("{text}");
            Ok(true)
        }
        Err(e) => bail!("{} is not a valid snapshot: {e:?}", input.display()),
    }
}

/// How many timer callbacks `mvm run` and `mvm test` run after the top
/// level or a call (a `setInterval` never cleared stops there, where Node
/// would run on).
pub const TIMER_LIMIT: usize = 10_000;

/// The settings `mvm run` and `mvm test` give a VM: a desktop-sized stack
/// (4 KiB, as Microvium's desktop builds use), the library's defaults else.
fn desktop_settings() -> Settings {
    Settings {
        stack_size: 4096,
        ..Settings::default()
    }
}

/// An error from a call, as a person reads it.
pub fn describe(vm: &mut Vm<'_>, host: &ScriptHost, e: VmError) -> String {
    match e {
        VmError::Host(host::ASSERTION_FAILED) => {
            host.failure.clone().unwrap_or_else(|| e.to_string())
        }
        // The callee (or what was walked), named from the source map, as a
        // caught error says (the trace starts at the failed call's return
        // address).
        VmError::NotCallable | VmError::NotIterable(_) => {
            let at = vm.last_trace().first().copied();
            let message = host
                .source_map
                .as_ref()
                .zip(at)
                .and_then(|(m, at)| m.not_callable_message(at));
            match message {
                Some(message) => format!("TypeError: {message}"),
                None => vm.describe_error(e),
            }
        }
        other => vm.describe_error(other),
    }
}
