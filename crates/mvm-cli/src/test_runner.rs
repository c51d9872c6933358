//! `mvm test`: runs fixtures in Microvium's test format.
//!
//! A fixture is a script whose first comment is YAML front matter between
//! `/*---` and `---*/`. Its top level runs at build time; the snapshot is
//! written and restored into a fresh VM; then `runExportedFunction` is
//! called. Printed output of both phases is compared with
//! `expectedPrintout`, and assertions made with `assertionCount`.

use crate::host::{Output, ScriptHost};
use anyhow::{bail, Context, Result};
use mvm_runtime::{Settings, Vm, VmError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use yaml_rust2::{Yaml, YamlLoader};

/// What a fixture's front matter asks for.
#[derive(Debug, Default)]
struct Spec {
    run_exported: Option<u16>,
    expected_printout: Option<String>,
    assertion_count: Option<usize>,
    expect_exception: Option<String>,
    /// The test ends when the script calls `asyncTestComplete`.
    is_async: bool,
    skip: bool,
}

enum Outcome {
    Pass,
    Fail(String),
    Skip,
}

pub fn run_tests(paths: &[PathBuf], settings: Settings) -> Result<bool> {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files)?;
    }
    files.sort();
    if files.is_empty() {
        bail!("no *.test.mvm.js files found");
    }
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (file, outcome) in files.iter().zip(run_all(&files, settings)) {
        match outcome {
            Ok(Outcome::Pass) => passed += 1,
            Ok(Outcome::Skip) => skipped += 1,
            Ok(Outcome::Fail(why)) => {
                failed += 1;
                println!(
                    "FAIL {}\n  {}",
                    file.display(),
                    why.trim_end().replace('\n', "\n  ")
                );
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {}\n  {e:#}", file.display());
            }
        }
    }
    if skipped > 0 {
        println!("{passed} passed, {failed} failed, {skipped} skipped");
    } else {
        println!("{passed} passed, {failed} failed");
    }
    Ok(failed == 0)
}

/// Each file's outcome, in the files' order. The fixtures are independent,
/// so they run on as many threads as the machine has cores: each fixture
/// compiles, snapshots and restores on its own, and a suite of hundreds
/// took minutes on one core in a debug build.
fn run_all(files: &[PathBuf], settings: Settings) -> Vec<Result<Outcome>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new((0..files.len()).map(|_| None).collect::<Vec<_>>());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            // Each worker has the stack compiling needs (see
            // `COMPILE_STACK_BYTES`), as the main thread gets from `stacker`.
            let spawned = std::thread::Builder::new()
                .stack_size(crate::COMPILE_STACK_BYTES)
                .spawn_scoped(scope, || loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(index) else { break };
                    let outcome = run_one(file, settings);
                    if let Ok(mut all) = outcomes.lock() {
                        all[index] = Some(outcome);
                    }
                });
            if spawned.is_err() {
                // No thread to be had: the files left run here.
                break;
            }
        }
    });
    // (A file no worker reached, when no thread could start, runs here.)
    let done = outcomes.into_inner().unwrap_or_default();
    files
        .iter()
        .zip(done)
        .map(|(file, outcome)| outcome.unwrap_or_else(|| run_one(file, settings)))
        .collect()
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_dir() {
        for entry in
            std::fs::read_dir(path).with_context(|| format!("cannot read {}", path.display()))?
        {
            let entry = entry?.path();
            if entry.is_dir() || entry.to_string_lossy().ends_with(".test.mvm.js") {
                collect(&entry, out)?;
            }
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    } else {
        bail!("{} does not exist", path.display());
    }
    Ok(())
}

/// The front matter with each top-level `key: value` whose value is plain
/// text (not a block, a quoted string, a number, a boolean or null)
/// single-quoted.
fn quote_plain_values(front: &str) -> String {
    let mut out = String::new();
    for line in front.lines() {
        let plain = line
            .split_once(": ")
            .filter(|(key, _)| !key.is_empty() && !key.starts_with([' ', '#']))
            .filter(|(_, value)| {
                let value = value.trim();
                !value.is_empty()
                    && !value.starts_with(['|', '>', '\'', '"'])
                    && value.parse::<f64>().is_err()
                    && !matches!(value, "true" | "false" | "null" | "~")
            });
        match plain {
            Some((key, value)) => {
                out.push_str(&format!("{key}: '{}'\n", value.trim().replace('\'', "''")))
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

fn parse_spec(text: &str) -> Result<Spec> {
    let start = text
        .find("/*---")
        .context("no front matter (`/*--- ... ---*/`)")?;
    let end = text[start..]
        .find("---*/")
        .context("front matter is not closed with `---*/`")?
        + start;
    // (The YAML reader ends a text at a NUL, which the Node oracle's
    // keeps: it stands in as a character no fixture's text has, then.)
    let front = text[start + 5..end].replace('\0', NUL_STAND_IN);
    let front = front.as_str();
    // (As the Node oracle reads it, a plain top-level value is the rest of
    // its line, `: ` in it too: `description: parses config: key and
    // value`, which strict YAML refuses, is quoted and read again.)
    let docs = YamlLoader::load_from_str(front)
        .or_else(|_| YamlLoader::load_from_str(&quote_plain_values(front)))
        .context("front matter is not valid YAML")?;
    let doc = docs.into_iter().next().unwrap_or(Yaml::Null);
    let text_of = |y: &Yaml| match y {
        Yaml::String(s) => Some(s.replace(NUL_STAND_IN, "\0")),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Real(r) => Some(r.clone()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    // (As the Node oracle checks them: a fixture says what it tests, and
    // numbers are numbers.)
    if doc["skip"].as_bool() != Some(true)
        && doc["description"]
            .as_str()
            .is_none_or(|d| d.trim().is_empty())
    {
        bail!("front matter has no description");
    }
    let integer = |key: &str| -> Result<Option<i64>> {
        match &doc[key] {
            Yaml::BadValue | Yaml::Null => Ok(None),
            Yaml::Integer(i) => Ok(Some(*i)),
            _ => bail!("{key} must be an integer"),
        }
    };
    let run_exported = match integer("runExportedFunction")? {
        Some(id) => Some(u16::try_from(id).context("runExportedFunction is not an export ID")?),
        None => None,
    };
    let assertion_count = match integer("assertionCount")? {
        Some(n) => Some(usize::try_from(n).context("assertionCount is negative")?),
        None => None,
    };
    Ok(Spec {
        run_exported,
        expected_printout: text_of(&doc["expectedPrintout"]),
        assertion_count,
        expect_exception: text_of(&doc["expectException"]),
        is_async: doc["isAsync"].as_bool().unwrap_or(false),
        skip: doc["skip"].as_bool().unwrap_or(false),
    })
}

/// What a NUL in a fixture's front matter is read as (a noncharacter).
const NUL_STAND_IN: &str = "\u{FDD0}";

fn run_one(file: &Path, settings: Settings) -> Result<Outcome> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let spec = parse_spec(&text)?;
    if spec.skip {
        return Ok(Outcome::Skip);
    }
    let mut host = ScriptHost::new(Output::Captured(String::new()));
    // The first uncaught exception, of whichever phase (the top level, its
    // timers, the export, the export's timers), ends the run: its text and
    // where it was thrown.
    let thrown = match mvm_compiler::compile_source_on_desktop(
        &file.display().to_string(),
        &text,
        &mut host,
        settings,
    ) {
        Ok(compiled) => device_phases(&spec, &compiled, &mut host, settings)?,
        Err(mvm_compiler::CompileError::Runtime { message, error }) => {
            let (first, trace) = message.split_once('\n').unwrap_or((&message, ""));
            let text = first
                .strip_prefix("while running the top level at build time: ")
                .unwrap_or(first);
            Some(Thrown {
                text: text.to_string(),
                assertion: matches!(error, VmError::Host(crate::host::ASSERTION_FAILED)),
                trace: trace.to_string(),
            })
        }
        Err(e) => return Ok(Outcome::Fail(e.render(false))),
    };
    let verdict = match (thrown, &spec.expect_exception) {
        // A failed assertion fails the fixture, whatever it expects.
        (Some(t), _) if t.assertion => Some(host.failure.clone().unwrap_or(t.text)),
        (Some(t), Some(want)) => {
            // As the Node oracle: String(value), or an error's message.
            let got = t
                .text
                .strip_prefix("uncaught exception: ")
                .unwrap_or(&t.text);
            (got != want && !got.ends_with(&format!(": {want}")))
                .then(|| format!("expected exception {want:?}, got {got:?}"))
        }
        (Some(t), None) => Some(format!("{}\n{}", t.text, t.trace)),
        (None, Some(want)) => Some(format!("expected exception {want:?}, none was thrown")),
        (None, None) => None,
    };
    Ok(match verdict {
        Some(why) => Outcome::Fail(why),
        None => check_output(&spec, &host),
    })
}

/// An uncaught exception that ended a fixture's run.
struct Thrown {
    /// As the CLI says it (`uncaught exception: Error: boom`, `TypeError:
    /// Cannot read ...`).
    text: String,
    /// A failed `assert` or `assertEqual`.
    assertion: bool,
    trace: String,
}

/// The device's part of a fixture: the snapshot restored, the top level's
/// timers on a virtual clock, then the export and its timers; the
/// exception that ended it, if one did.
fn device_phases(
    spec: &Spec,
    compiled: &mvm_compiler::Compiled,
    host: &mut ScriptHost,
    settings: Settings,
) -> Result<Option<Thrown>> {
    host.source_map = Some(compiled.source_map.clone());
    let mut vm =
        Vm::restore(&compiled.snapshot, &*host, settings).context("cannot restore the snapshot")?;
    let thrown = |vm: &mut Vm<'_>, host: &ScriptHost, e: VmError| Thrown {
        assertion: matches!(e, VmError::Host(crate::host::ASSERTION_FAILED)),
        text: crate::describe(vm, host, e),
        trace: compiled.source_map.describe_trace(vm.last_trace()),
    };
    if let Err(e) = vm.run_timers(host, None, crate::TIMER_LIMIT) {
        return Ok(Some(thrown(&mut vm, host, e)));
    }
    if let Some(id) = spec.run_exported {
        if let Err(e) = vm.call(host, id, &[]) {
            return Ok(Some(thrown(&mut vm, host, e)));
        }
        if let Err(e) = vm.run_timers(host, None, crate::TIMER_LIMIT) {
            return Ok(Some(thrown(&mut vm, host, e)));
        }
    }
    Ok(None)
}

fn check_output(spec: &Spec, host: &ScriptHost) -> Outcome {
    let printed = match &host.output {
        Output::Captured(s) => s.as_str(),
        Output::Stdout => "",
    };
    if let Some(want) = &spec.expected_printout {
        if printed.trim_end() != want.trim_end() {
            return Outcome::Fail(format!(
                "printout differs\n--- expected\n{}\n--- actual\n{}",
                want.trim_end(),
                printed.trim_end()
            ));
        }
    }
    if spec.is_async {
        match &host.async_result {
            None => return Outcome::Fail("asyncTestComplete was never called".to_string()),
            Some(Err(value)) => return Outcome::Fail(format!("asyncTestComplete(false, {value})")),
            Some(Ok(())) => {}
        }
    }
    if spec.expected_printout.is_none()
        && spec.expect_exception.is_none()
        && !spec.is_async
        && host.assertions == 0
    {
        return Outcome::Fail(
            "fixture checks nothing (no assertions, no expectedPrintout, no expectException)"
                .to_string(),
        );
    }
    if let Some(want) = spec.assertion_count {
        if host.assertions != want {
            return Outcome::Fail(format!(
                "expected {want} assertions, {} ran",
                host.assertions
            ));
        }
    }
    Outcome::Pass
}
