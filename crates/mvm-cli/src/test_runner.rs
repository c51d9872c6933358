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
    for file in &files {
        match run_one(file, settings) {
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

fn parse_spec(text: &str) -> Result<Spec> {
    let start = text
        .find("/*---")
        .context("no front matter (`/*--- ... ---*/`)")?;
    let end = text[start..]
        .find("---*/")
        .context("front matter is not closed with `---*/`")?
        + start;
    let docs = YamlLoader::load_from_str(&text[start + 5..end])
        .context("front matter is not valid YAML")?;
    let doc = docs.into_iter().next().unwrap_or(Yaml::Null);
    let text_of = |y: &Yaml| match y {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Real(r) => Some(r.clone()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    Ok(Spec {
        run_exported: doc["runExportedFunction"]
            .as_i64()
            .and_then(|i| u16::try_from(i).ok()),
        expected_printout: text_of(&doc["expectedPrintout"]),
        assertion_count: doc["assertionCount"]
            .as_i64()
            .and_then(|i| usize::try_from(i).ok()),
        expect_exception: text_of(&doc["expectException"]),
        is_async: doc["isAsync"].as_bool().unwrap_or(false),
        skip: doc["skip"].as_bool().unwrap_or(false),
    })
}

fn run_one(file: &Path, settings: Settings) -> Result<Outcome> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let spec = parse_spec(&text)?;
    if spec.skip {
        return Ok(Outcome::Skip);
    }
    let mut host = ScriptHost::new(Output::Captured(String::new()));
    let compiled = match mvm_compiler::compile_source_with(
        &file.display().to_string(),
        &text,
        &mut host,
        settings,
    ) {
        Ok(compiled) => compiled,
        Err(e) => {
            if let (Some(want), mvm_compiler::CompileError::Runtime { .. }) =
                (&spec.expect_exception, &e)
            {
                if e.render(false).contains(want.as_str()) {
                    return Ok(check_output(&spec, &host));
                }
            }
            let why = host.failure.clone().map(|f| f + "\n").unwrap_or_default() + &e.render(false);
            return Ok(Outcome::Fail(why));
        }
    };
    host.source_map = Some(compiled.source_map.clone());
    let mut vm =
        Vm::restore(&compiled.snapshot, &host, settings).context("cannot restore the snapshot")?;
    // The top level's timers, on a virtual clock, then the call's.
    let timers = |vm: &mut Vm<'_>, host: &mut ScriptHost| -> Option<Outcome> {
        let e = vm.run_timers(host, None, crate::TIMER_LIMIT).err()?;
        let why = crate::describe(vm, host, e);
        let trace = compiled.source_map.describe_trace(vm.last_trace());
        Some(Outcome::Fail(format!("{why}\n{trace}")))
    };
    if let Some(failed) = timers(&mut vm, &mut host) {
        return Ok(failed);
    }
    if let Some(id) = spec.run_exported {
        let result = vm.call(&mut host, id, &[]);
        let result = match (result, timers(&mut vm, &mut host)) {
            (Ok(_), Some(failed)) => return Ok(failed),
            (result, _) => result,
        };
        match (result, &spec.expect_exception) {
            (Err(VmError::Uncaught(v)), Some(want)) => {
                let got = vm.to_display_string(v);
                // An error object matches by its message, as in the Node oracle.
                if got != *want && !got.ends_with(&format!(": {want}")) {
                    return Ok(Outcome::Fail(format!(
                        "expected exception {want:?}, got {got:?}"
                    )));
                }
            }
            (Err(e), _) => {
                let why = crate::describe(&mut vm, &host, e);
                let trace = compiled.source_map.describe_trace(vm.last_trace());
                return Ok(Outcome::Fail(format!("{why}\n{trace}")));
            }
            (Ok(_), Some(want)) => {
                return Ok(Outcome::Fail(format!(
                    "expected exception {want:?}, none was thrown"
                )))
            }
            (Ok(_), None) => {}
        }
    }
    Ok(check_output(&spec, &host))
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
