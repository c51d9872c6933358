//! The mvm compiler: parses a script with swc, generates bytecode, runs the
//! script's top level in `mvm-runtime` with a build-time host, and returns
//! the snapshot of what it left behind.

mod codegen;
mod diag;
mod emit;
mod modules;
mod prelude;
mod source_map;
mod unit;

pub use diag::{Diagnostic, SourceFile};
pub use source_map::{FunctionMap, Location, SourceMap};

use mvm_runtime::{imports, Engine, Host, RomPos, Settings, Value, Vm, VmError};
use std::fmt;
use std::path::Path;
use swc_common::Spanned;

/// Why a script did not compile.
#[derive(Debug)]
pub enum CompileError {
    Io(String, std::io::Error),
    /// Problems in the source, each with its location.
    Diagnostics(Vec<Diagnostic>),
    /// The top level failed while running at build time.
    Runtime {
        error: VmError,
        message: String,
    },
    /// The unit or snapshot exceeds the format's limits.
    TooLarge(String),
}

impl CompileError {
    /// The error as text; diagnostics coloured when `color`.
    pub fn render(&self, color: bool) -> String {
        match self {
            CompileError::Io(path, e) => format!("error: cannot read {path}: {e}\n"),
            CompileError::Diagnostics(ds) => {
                let mut out: String = ds.iter().map(|d| d.render(color) + "\n").collect();
                out.push_str(&format!(
                    "{} error{} found\n",
                    ds.len(),
                    if ds.len() == 1 { "" } else { "s" }
                ));
                out
            }
            CompileError::Runtime { message, .. } => format!("error: {message}\n"),
            CompileError::TooLarge(what) => format!("error: {what}\n"),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for CompileError {}

/// A compiled script: the snapshot, and a map from its bytecode back to
/// the source (kept apart: the snapshot carries no debug data).
#[derive(Debug)]
pub struct Compiled {
    pub snapshot: Vec<u8>,
    pub source_map: SourceMap,
}

/// Compiles the script at `path`. `host` serves `print`, `assert` and any
/// import the top level calls at build time.
pub fn compile(path: &Path, host: &mut dyn Host) -> Result<Vec<u8>, CompileError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CompileError::Io(path.display().to_string(), e))?;
    compile_source(&path.display().to_string(), &text, host)
}

/// Compiles script text; `name` is used in diagnostics, and is the path
/// its imports are resolved against.
pub fn compile_source(
    name: &str,
    text: &str,
    host: &mut dyn Host,
) -> Result<Vec<u8>, CompileError> {
    compile_source_with(name, text, host, Settings::default()).map(|c| c.snapshot)
}

/// [`compile_source`] with the settings of the VM that runs the top level
/// (its stack is raised to at least 64 KiB: the desktop has room), giving
/// the source map too.
pub fn compile_source_with(
    name: &str,
    text: &str,
    host: &mut dyn Host,
    settings: Settings,
) -> Result<Compiled, CompileError> {
    compile_for(name, text, host, settings, false)
}

/// [`compile_source_with`] for a run on the desktop (`mvm run`, `mvm
/// test`): an import given a fallback that `host` does not have is the
/// fallback itself, which the simulated device then calls too, as the
/// fixture oracle runs it (firmware's snapshot keeps the import).
pub fn compile_source_on_desktop(
    name: &str,
    text: &str,
    host: &mut dyn Host,
    settings: Settings,
) -> Result<Compiled, CompileError> {
    compile_for(name, text, host, settings, true)
}

fn compile_for(
    name: &str,
    text: &str,
    host: &mut dyn Host,
    settings: Settings,
    desktop: bool,
) -> Result<Compiled, CompileError> {
    let mut program =
        modules::load(name, text, Path::new(name)).map_err(CompileError::Diagnostics)?;

    // Pass 1 finds captures; pass 2 generates code knowing them.
    let mut first = codegen::Codegen::new(&program, None);
    first.compile_program();
    // A regular expression literal needs the prelude's RegExp, which the
    // text need not name: load the program again with it.
    // Likewise a tagged template, the prelude's template objects.
    let analysis = first.analysis();
    let needed: Vec<&str> = [
        (analysis.needs_regexp, "RegExp"),
        (analysis.needs_templates, "$mvmTemplateObject"),
        (analysis.needs_generator, "$mvmGenerator"),
        (analysis.needs_async_generator, "$mvmAsyncGenerator"),
        (analysis.needs_code_points, "$mvmCodePoints"),
        (analysis.needs_construct, "$mvmConstruct"),
    ]
    .into_iter()
    .filter_map(|(needs, global)| needs.then_some(global))
    .collect();
    if !needed.is_empty() {
        program = modules::load_needing(name, text, Path::new(name), &needed)
            .map_err(CompileError::Diagnostics)?;
        first = codegen::Codegen::new(&program, None);
        first.compile_program();
    }
    if !first.errors.is_empty() {
        return Err(CompileError::Diagnostics(first.errors));
    }
    let mut gen = codegen::Codegen::new(&program, Some(first.analysis()));
    gen.compile_program();
    if !gen.errors.is_empty() {
        return Err(CompileError::Diagnostics(gen.errors));
    }
    let functions: Vec<emit::FunctionCode> = gen.functions.into_iter().flatten().collect();
    let unit = unit::assemble(&functions, gen.globals.len())
        .map_err(|e| CompileError::TooLarge(too_large_message(e, &functions, &program)))?;
    if let Some(path) = std::env::var_os("MVM_DUMP_UNIT") {
        // For debugging the compiler: the unit before its top level runs.
        let _ = std::fs::write(path, &unit.bytes);
    }
    let files: Vec<String> = program
        .modules
        .iter()
        .map(|m| m.file.name.clone())
        .collect();
    // The unit's own map, for errors while the top level runs.
    let offsets = unit.payload_offsets();
    let unit_map = source_map_for(&functions, &offsets, &files, Some);
    let (snapshot, moved) = run_top_level(&unit, host, settings, &unit_map, &program, desktop)?;
    let source_map = source_map_for(&functions, &offsets, &files, |offset| {
        moved
            .iter()
            .find(|(old, _)| *old == offset)
            .map(|(_, new)| RomPos::from(*new))
    });
    Ok(Compiled {
        snapshot,
        source_map,
    })
}

/// The source map of `functions`, laid out at `offsets` (their payloads in
/// the unit), moved by `moved` (`None`: the function did not survive).
/// What stops a unit, and what to do: for a unit past ROM's reach, how
/// its functions' bytes divide between the program's files and the
/// library it links (which the snapshot, later, keeps only in part).
fn too_large_message(
    e: unit::UnitError,
    functions: &[emit::FunctionCode],
    program: &modules::Program,
) -> String {
    let unit::UnitError::RomTooLarge { needed } = e else {
        return "a function or a string is longer than an allocation can be (4,095 bytes \
                of a string's UTF-8; 32 KiB of a function's bytecode): split it"
            .to_string();
    };
    let mut by_file = vec![0usize; program.modules.len()];
    for f in functions {
        let module = f.positions.first().map_or(0, |p| usize::from(p.1));
        if let Some(bytes) = by_file.get_mut(module) {
            *bytes += 6 + 2 * f.consts.len() + f.code.len();
        }
    }
    let files: Vec<String> = program
        .modules
        .iter()
        .zip(&by_file)
        .map(|(m, bytes)| match m.file.name.as_str() {
            modules::PRELUDE_NAME => format!("the library {bytes}"),
            name => format!("{name} {bytes}"),
        })
        .collect();
    format!(
        "the program needs {needed} bytes of functions, strings and numbers before its top \
         level runs, past the {} that references reach, in 8-byte steps, while it runs \
         (of which functions: {}). \
         The library parts a program uses (regular expressions, Date, the text codecs, \
         JSON, ...) are linked whole here and kept only in part after the top level runs: \
         use fewer of them, or make the program's own functions and tables smaller",
        mvm_snapshot::rom_reach(2),
        files.join(", ")
    )
}

fn source_map_for(
    functions: &[emit::FunctionCode],
    offsets: &[Option<RomPos>],
    files: &[String],
    moved: impl Fn(RomPos) -> Option<RomPos>,
) -> SourceMap {
    let mut map = SourceMap {
        files: files.to_vec(),
        functions: Vec::new(),
    };
    for (f, at) in functions.iter().zip(offsets) {
        let Some(payload) = *at else {
            continue;
        };
        let Some(payload) = moved(payload) else {
            continue;
        };
        let start = payload + 4 + 2 * f.consts.len() as RomPos;
        map.functions.push(source_map::FunctionMap {
            start,
            end: start + f.code.len() as RomPos,
            positions: f.positions.clone(),
            callees: f.callees.clone(),
        });
    }
    map
}

/// Restores the unit, runs function 0 (the top level) and snapshots the VM.
fn run_top_level(
    unit: &unit::Unit,
    host: &mut dyn Host,
    settings: Settings,
    unit_map: &SourceMap,
    program: &modules::Program,
    desktop: bool,
) -> Result<(Vec<u8>, mvm_runtime::FunctionMoves), CompileError> {
    let runtime = |error: VmError, vm: Option<&mut Vm<'_>>| {
        let (detail, trace) = match vm {
            Some(vm) => {
                let frame = code_frame(unit_map, vm.last_trace(), program);
                let trace = frame + &unit_map.describe_trace(vm.last_trace());
                let callee = match error {
                    VmError::NotCallable | VmError::NotIterable(_) => vm
                        .last_trace()
                        .first()
                        .and_then(|&at| unit_map.not_callable_message(at)),
                    _ => None,
                };
                let detail = match callee {
                    Some(message) => format!("TypeError: {message}"),
                    None => vm.describe_error(error),
                };
                (detail, trace)
            }
            None => (error.to_string(), String::new()),
        };
        CompileError::Runtime {
            error,
            message: format!("while running the top level at build time: {detail}\n{trace}")
                .trim_end()
                .to_string(),
        }
    };
    let mut build = BuildHost {
        inner: host,
        fallbacks: Vec::new(),
        map: unit_map,
        desktop,
    };
    let settings = Settings {
        stack_size: settings.stack_size.max(64 * 1024),
        ..settings
    };
    let mut vm = Vm::restore(&unit.bytes, &build, settings).map_err(|e| runtime(e, None))?;
    let entry = unit.functions.first().copied().unwrap_or(Value::UNDEFINED);
    if let Err(e) = vm.call_value(&mut build, entry, &[]) {
        return Err(runtime(e, Some(&mut vm)));
    }
    let (bytes, moves) = vm.write_snapshot_mapped().map_err(|e| match e {
        VmError::SnapshotTooLarge => CompileError::TooLarge(format!(
            "the state the top level leaves does not fit a snapshot: what the exports reach \
             needs more than the {} bytes of strings, numbers and functions that references \
             reach, or more than the heap's 64 KB. Keep large tables and strings only where \
             the top level uses them, or make them smaller",
            mvm_snapshot::WIDE_ROM_REACH,
        )),
        e => runtime(e, Some(&mut vm)),
    })?;
    build_time_only_imports(&bytes)?;
    Ok((bytes, moves))
}

/// The code frame of the innermost place in the program's own files that
/// `trace` passes (`  --> file:2:16`, the line, a caret), for an error
/// while the top level runs; empty where there is none.
fn code_frame(map: &SourceMap, trace: &[RomPos], program: &modules::Program) -> String {
    let located = trace.iter().enumerate().find_map(|(i, &pc)| {
        let at = map.locate_frame(i, pc)?;
        (at.file != modules::PRELUDE_NAME).then_some(at)
    });
    let Some(at) = located else {
        return String::new();
    };
    let Some(file) = program
        .modules
        .iter()
        .map(|m| &m.file)
        .find(|f| f.name == at.file)
    else {
        return String::new();
    };
    let Some(offset) = file.offset(at.line as usize, usize::from(at.column)) else {
        return String::new();
    };
    let rendered = file
        .diagnostic(offset, offset, String::new(), None)
        .render(false);
    // (Without its first line, `error: `: the message is the caller's.)
    let frame: Vec<&str> = rendered.lines().skip(1).collect();
    format!("{}\n", frame.join("\n"))
}

/// Refuses a snapshot that keeps `vmExport` or `vmImport` for the device
/// (a function it calls, a timer, an async function after an `await` of
/// one), which would not restore there: they exist at build time only.
fn build_time_only_imports(snapshot: &[u8]) -> Result<(), CompileError> {
    let Ok(parsed) = mvm_snapshot::Snapshot::parse(snapshot) else {
        return Ok(());
    };
    let kept = parsed.imports().find(|id| {
        matches!(
            *id,
            mvm_runtime::imports::VM_EXPORT | mvm_runtime::imports::VM_IMPORT
        )
    });
    let Some(id) = kept else {
        return Ok(());
    };
    let name = if id == mvm_runtime::imports::VM_EXPORT {
        "vmExport"
    } else {
        "vmImport"
    };
    Err(CompileError::Runtime {
        error: VmError::UnresolvedImport(id),
        message: format!(
            "the snapshot keeps `{name}` for the device, where it does not exist: it runs at build \
             time only. Call it at the top level (or in code the top level runs before the \
             snapshot), not in an exported function, a timer, or an async function after an \
             `await` that waits for one"
        ),
    })
}

/// The build-time host: `vmExport` and `vmImport` itself, everything else
/// passed on to the caller's host.
struct BuildHost<'h> {
    inner: &'h mut dyn Host,
    /// `vmImport(id, fallback)`: what calling import `id` runs at build time.
    fallbacks: Vec<(u16, mvm_runtime::Handle)>,
    /// The unit's source map, for what a failed call says.
    map: &'h SourceMap,
    /// Compiling for a run on the desktop (see
    /// [`compile_source_on_desktop`]).
    desktop: bool,
}

impl BuildHost<'_> {
    /// The latest fallback given for import `id`.
    fn fallback(&self, vm: &Engine<'_>, id: u16) -> Value {
        self.fallbacks
            .iter()
            .rev()
            .find(|(i, _)| *i == id)
            .map_or(Value::UNDEFINED, |(_, h)| vm.handle_value(h))
    }
}

impl Host for BuildHost<'_> {
    fn has_import(&self, _id: u16) -> bool {
        // Imports are only needed when called; the device host is asked
        // for each one when the snapshot is restored.
        true
    }

    fn call_import(
        &mut self,
        vm: &mut Engine<'_>,
        id: u16,
        args: &[Value],
    ) -> Result<Value, VmError> {
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::UNDEFINED);
        match id {
            imports::VM_EXPORT => {
                let export_id = import_id(vm, arg(0), "vmExport")?;
                // (A second export under one ID, a copied line, would leave
                // the first silently dead: thrown, as the fixture oracle
                // and Microvium's compiler throw.)
                if vm.export_ids().contains(&export_id) {
                    let message = format!("vmExport({export_id}): already exported");
                    return Err(VmError::Uncaught(vm.host_error(true, &message)?));
                }
                // (Refused here, as the fixture oracle refuses it, rather
                // than when the device calls it. The library keeps its
                // objects for the engine under the IDs from the lowest
                // of those, `Boolean.prototype`'s, up.)
                let program_export = export_id < mvm_runtime::BOOLEAN_PROTOTYPE_EXPORT;
                if program_export && vm.type_of(arg(1)) != Value::STR_FUNCTION {
                    let message = format!("vmExport({export_id}): not a function");
                    return Err(VmError::Uncaught(vm.host_error(false, &message)?));
                }
                vm.set_export(export_id, arg(1))?;
                Ok(Value::UNDEFINED)
            }
            imports::VM_IMPORT => {
                let import = import_id(vm, arg(0), "vmImport")?;
                if self.desktop
                    && args.len() > 1
                    && import < imports::PRINT
                    && !self.inner.has_import(import)
                {
                    return Ok(arg(1));
                }
                if args.len() > 1 {
                    let handle = vm.new_handle(arg(1))?;
                    self.fallbacks.push((import, handle));
                }
                vm.host_function(import)
            }
            // A fallback the program gave is its build-time stand-in for
            // the device's function (`vmImport(1, (ch) => 512 + ch)` for
            // an ADC read), as Microvium's compiler and Node run it: it
            // wins over what the desktop host has under that ID. (The
            // engine's own IDs, from `imports::PRINT` up, the host's
            // first: the prelude's clock falls back to 0 only without one.)
            _ if id < imports::PRINT && self.fallbacks.iter().any(|(i, _)| *i == id) => {
                let fallback = self.fallback(vm, id);
                vm.call_value(self, fallback, args)
            }
            _ if self.inner.has_import(id) => self.inner.call_import(vm, id, args),
            _ if self.fallbacks.iter().any(|(i, _)| *i == id) => {
                let fallback = self.fallback(vm, id);
                vm.call_value(self, fallback, args)
            }
            _ => Err(VmError::UnresolvedImport(id)),
        }
    }

    fn not_callable_message(&self, pc: RomPos) -> Option<&str> {
        self.map.not_callable_message(pc)
    }
}

/// An import or export ID: an integer from 0 to 65535.
/// The ID `vmExport` or `vmImport` (`what`) was given, or the message
/// thrown for one that is none (`vmExport(IDS.tock, ...)`, a typo in an
/// ID table, passes `undefined`).
fn import_id(vm: &mut Engine<'_>, v: Value, what: &str) -> Result<u16, VmError> {
    let n = vm.to_number(v);
    if n.fract() == 0.0 && (0.0..=65535.0).contains(&n) {
        Ok(n as u16)
    } else {
        let message = format!(
            "{what}: the ID must be a whole number from 0 to 65535, not {}",
            vm.to_display_string(v)
        );
        Err(VmError::Uncaught(vm.make_string(message.as_bytes())?))
    }
}

fn syntax_diagnostic(src: &SourceFile, base: u32, e: swc_ecma_parser::error::Error) -> Diagnostic {
    let span = e.span();
    let start = span.lo.0.saturating_sub(base) as usize;
    let end = span.hi.0.saturating_sub(base) as usize;
    let msg = e.kind().msg();
    let (message, help) = if msg.contains("With statement") {
        (
            "mvm does not support `with`".to_string(),
            "refer to the object's properties explicitly".to_string(),
        )
    } else if msg.contains("Legacy")
        && src
            .text
            .get(start..)
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    {
        // (The parser calls a number's leading 0 an escape.)
        (
            "syntax error: a number written with a leading 0".to_string(),
            "drop the leading 0 (`01` is `1`; write octal as `0o17`): mvm reads every file as strict code".to_string(),
        )
    } else if msg.contains("Jump target") {
        (
            "`break` or `continue` names a label that is not around it".to_string(),
            "a label names a statement the jump is inside, in the same function".to_string(),
        )
    } else if msg.contains("Expected '}', got '<eof>'") {
        let help = match unclosed_brace_line(&src.text) {
            Some(line) => {
                format!("the `{{` on line {line} has no `}}`: add it where its block ends")
            }
            None => "add the `}` that closes the block".to_string(),
        };
        (
            "syntax error: the file ends inside a block".to_string(),
            help,
        )
    } else {
        (
            format!("syntax error: {msg}"),
            syntax_help(&msg).to_string(),
        )
    };
    src.diagnostic(start, end, message, Some(help))
}

/// What to do about the parser's fault `msg`, for the faults people make
/// most; else where to look.
fn syntax_help(msg: &str) -> &'static str {
    const HELPS: &[(&str, &str)] = &[
        ("Unterminated string", "close the string with its quote on the same line (a template literal, `...`, may span lines)"),
        ("Unterminated template", "close the template literal with a backtick"),
        ("Unterminated regexp", "close the regular expression with `/` (write `\\/` for a slash inside it)"),
        ("Unterminated block comment", "close the comment with `*/`"),
        ("Legacy octal", "write the character as `\\x07` or `\\u0007`: mvm reads every file as strict code"),
        ("await isn't allowed", "make the function `async`, or use `.then(...)`"),
        ("Return statement is not allowed", "`return` belongs in a function; the top level runs once, at build time"),
        ("must be initialized", "give the constant its value where it is declared, or declare it with `let`"),
        ("Identifier cannot follow number", "a name cannot start with a digit"),
        ("Expected * for generator", "a method in a class or an object literal is written without `function`: `name() { ... }`"),
        ("is reserved", "a reserved word cannot be a name: choose another"),
        ("Expected ident", "a reserved word cannot be a name: choose another"),
        ("`let` cannot be used as an identifier", "`let` starts a declaration, which cannot be the body of an `if` or a loop without braces (`if (x) { let y = 2; }`), nor be a name"),
        ("strict mode", "mvm parses every file as a module, which is strict code"),
        ("Expected ',', got", "separate the items or arguments with commas, and close what is open"),
        ("Expected ')', got", "a `(` is not closed"),
        ("Expected ']', got", "a `[` is not closed"),
        ("Expression expected", "a value is missing here, or a token is out of place (an `else` without its `if`, an extra `}`)"),
    ];
    HELPS
        .iter()
        .find(|(pattern, _)| msg.contains(pattern))
        .map_or("check the syntax near this point", |(_, help)| help)
}

/// The line (1-based) of the last `{` that `text` leaves open, skipping
/// strings, templates and comments (roughly: for a help line).
fn unclosed_brace_line(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '{' => open.push(line),
            '}' => {
                open.pop();
            }
            '\'' | '"' | '`' => {
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                        }
                        '\n' if c == '`' => line += 1,
                        '\n' => {
                            line += 1;
                            break;
                        }
                        d if d == c => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut star = false;
                for d in chars.by_ref() {
                    if d == '\n' {
                        line += 1;
                    }
                    if star && d == '/' {
                        break;
                    }
                    star = d == '*';
                }
            }
            _ => {}
        }
    }
    open.pop()
}
