//! `cargo xtask bench`: mvm and Microvium 8's C runtime on the same scripts,
//! alternating in one run, with the ratios mvm/Microvium.
//!
//! Each script's export 0 is timed in both engines: a calibration run picks
//! a repeat count worth ~0.2 s, then five timed runs of each engine
//! alternate and the median time per call counts. mvm runs in a release
//! build of the CLI (`mvm run --repeat N --json`), Microvium through
//! `../shared/anchor/anchor run`, whose JSON line has the same fields.
//! What each engine prints on its first call is compared (the same text,
//! or the two did different work). A script one engine cannot compile or
//! run keeps the other's figures; an mvm failure fails the command once
//! the summary is written.

use crate::anchor::{anchor_path, PRELUDE};
use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;

const RUNS: usize = 5;
const TARGET_NS: f64 = 200_000_000.0;

pub fn bench(args: &[String]) -> Result<()> {
    let dir = match args.iter().position(|a| a == "--scripts") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--scripts needs a folder")?),
        None => crate::root().join("benches/scripts"),
    };
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    scripts.sort();
    crate::cargo(&["build", "--release", "-q", "-p", "mvm-cli"])?;
    let mvm = crate::root().join("target/release/mvm");
    let work = crate::root().join("target/bench");
    std::fs::create_dir_all(&work)?;
    let anchor = anchor_path().filter(|_| tool_ok("node") && tool_ok("gcc"));
    if anchor.is_none() {
        println!(
            "Microvium's side needs ../shared/anchor, Node.js and gcc; showing mvm's figures only."
        );
    }

    let mut rows = Vec::new();
    let mut mvm_failures = Vec::new();
    for script in &scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        eprintln!("bench {name}");
        // mvm gets the same text Microvium's compile.sh makes: prelude + script.
        let text = std::fs::read_to_string(script)?;
        let source = work.join(format!("{name}.js"));
        std::fs::write(&source, format!("{PRELUDE}{text}"))?;
        let mvm_run = |repeat: u64| {
            figures(Command::new(&mvm).arg("run").arg(&source).args([
                "--call",
                "0",
                "--json",
                "--repeat",
                &repeat.to_string(),
            ]))
        };
        let anchor_bc = work.join(format!("{name}.microvium.mvm-bc"));
        // Microvium 8's collector corrupts its heap on some long runs
        // (see ../shared/anchor/README.md): halve the repeat count until a
        // run completes, as the anchor's own measure.sh does.
        let microvium_run = |repeat: u64| -> Result<(String, Value)> {
            let anchor = anchor.as_ref().context("no anchor")?;
            let mut repeat = repeat;
            loop {
                match figures(
                    Command::new(anchor)
                        .arg("run")
                        .arg(&anchor_bc)
                        .arg("0")
                        .arg(repeat.to_string()),
                ) {
                    Ok(v) => return Ok(v),
                    Err(e) if repeat > 1 => {
                        eprintln!("  microvium failed with {repeat} calls; halving ({e:.60})");
                        repeat /= 2;
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        // A script one engine cannot run still gets the other's figures:
        // the failure is noted in its row (and an mvm failure fails the
        // run once the summary is written).
        let mvm_first = match mvm_run(1) {
            Ok(first) => first,
            Err(e) => {
                eprintln!("  mvm failed: {e:#}");
                mvm_failures.push(name.clone());
                rows.push(json!({"script": name, "mvm": null, "microvium": null,
                    "mvm_error": format!("{e:#}")}));
                continue;
            }
        };
        let mv_first = match &anchor {
            None => None,
            Some(anchor) => {
                let compiled = Command::new(anchor)
                    .arg("compile")
                    .arg(script)
                    .arg(&anchor_bc)
                    .output()?;
                if compiled.status.success() {
                    microvium_run(1)
                        .map_err(|e| eprintln!("  microvium failed: {e:#}"))
                        .ok()
                } else {
                    eprintln!(
                        "  Microvium cannot compile {}: {} {}",
                        script.display(),
                        String::from_utf8_lossy(&compiled.stdout).trim(),
                        String::from_utf8_lossy(&compiled.stderr).trim()
                    );
                    None
                }
            }
        };
        // Both engines print from the first call: the same text, or the
        // comparison is of different work.
        let same_output = mv_first.as_ref().map(|(mv_out, _)| *mv_out == mvm_first.0);
        if same_output == Some(false) {
            eprintln!(
                "  the printouts differ:\n  mvm:       {:?}\n  microvium: {:?}",
                mvm_first.0,
                mv_first.as_ref().map_or("", |m| m.0.as_str())
            );
        }
        let mvm_repeat = repeat_for(mvm_first.1["ns_per_call"].as_f64().unwrap_or(1.0));
        let mv_repeat = mv_first
            .as_ref()
            .map(|(_, f)| repeat_for(f["ns_per_call"].as_f64().unwrap_or(1.0)));
        let (mut mvm_times, mut mv_times) = (Vec::new(), Vec::new());
        let (mut mvm_last, mut mv_last) = (Value::Null, Value::Null);
        for _ in 0..RUNS {
            mvm_last = mvm_run(mvm_repeat)?.1;
            mvm_times.push(mvm_last["ns_per_call"].as_f64().unwrap_or(f64::NAN));
            if let Some(r) = mv_repeat {
                match microvium_run(r) {
                    Ok((_, figures)) => {
                        mv_last = figures;
                        mv_times.push(mv_last["ns_per_call"].as_f64().unwrap_or(f64::NAN));
                    }
                    Err(e) => eprintln!("  microvium failed: {e:#}"),
                }
            }
        }
        let side = |last: &Value, times: &mut Vec<f64>| {
            if last.is_null() {
                return Value::Null;
            }
            json!({
                "us_per_call": median(times) / 1000.0,
                "snapshot_bytes": last["snapshot_bytes"],
                "peak_heap": last["peak_heap"],
                "heap_after_gc": last["heap_used_after_gc"],
            })
        };
        let mvm_side = side(&mvm_last, &mut mvm_times);
        let mv_side = side(&mv_last, &mut mv_times);
        let ratio = |key: &str| match (mvm_side[key].as_f64(), mv_side[key].as_f64()) {
            (Some(a), Some(b)) if b > 0.0 => json!(a / b),
            _ => Value::Null,
        };
        rows.push(json!({
            "script": name,
            "mvm": mvm_side,
            "microvium": mv_side,
            "time_ratio": ratio("us_per_call"),
            "snapshot_ratio": ratio("snapshot_bytes"),
            "same_printout": same_output,
        }));
    }

    let mut time_ratios: Vec<f64> = rows
        .iter()
        .filter_map(|r| r["time_ratio"].as_f64())
        .collect();
    let mut snapshot_ratios: Vec<f64> = rows
        .iter()
        .filter_map(|r| r["snapshot_ratio"].as_f64())
        .collect();
    print_table(&rows);
    for r in &rows {
        let script = r["script"].as_str().unwrap_or("");
        if r["same_printout"] == json!(false) {
            println!("{script}: the engines printed different text (see above)");
        }
        if r["mvm"].is_null() || (anchor.is_some() && r["microvium"].is_null()) {
            println!("{script}: an engine failed (see above); its figures are missing");
        }
    }
    let summary_path = work.join("summary.json");
    let mut summary: Value = std::fs::read_to_string(&summary_path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    summary["machine"] = json!(machine());
    summary["scripts_dir"] = json!(dir.display().to_string());
    summary["rows"] = json!(rows);
    summary["time_ratio_median"] = json!(nonempty_median(&mut time_ratios));
    summary["time_ratio_max"] = json!(time_ratios
        .iter()
        .cloned()
        .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x)))));
    summary["snapshot_ratio_median"] = json!(nonempty_median(&mut snapshot_ratios));
    std::fs::write(&summary_path, serde_json::to_string_pretty(&summary)?)?;
    println!(
        "time ratio median {}  snapshot ratio median {}  (written to {})",
        fmt_ratio(&summary["time_ratio_median"]),
        fmt_ratio(&summary["snapshot_ratio_median"]),
        summary_path.display()
    );
    if !mvm_failures.is_empty() {
        bail!("mvm failed on {}", mvm_failures.join(", "));
    }
    Ok(())
}

fn print_table(rows: &[Value]) {
    println!(
        "{:<15} {:>12} {:>12} {:>6} {:>9} {:>9} {:>6} {:>8} {:>8} {:>8} {:>8}",
        "script",
        "mvm us",
        "microvium us",
        "ratio",
        "mvm snap",
        "mv snap",
        "ratio",
        "mvm peak",
        "mv peak",
        "mvm live",
        "mv live"
    );
    for r in rows {
        let us = |side: &str| {
            r[side]["us_per_call"]
                .as_f64()
                .map_or("-".into(), |v| format!("{v:.1}"))
        };
        let int =
            |side: &str, key: &str| r[side][key].as_i64().map_or("-".into(), |v| v.to_string());
        println!(
            "{:<15} {:>12} {:>12} {:>6} {:>9} {:>9} {:>6} {:>8} {:>8} {:>8} {:>8}",
            r["script"].as_str().unwrap_or(""),
            us("mvm"),
            us("microvium"),
            fmt_ratio(&r["time_ratio"]),
            int("mvm", "snapshot_bytes"),
            int("microvium", "snapshot_bytes"),
            fmt_ratio(&r["snapshot_ratio"]),
            int("mvm", "peak_heap"),
            int("microvium", "peak_heap"),
            int("mvm", "heap_after_gc"),
            int("microvium", "heap_after_gc"),
        );
    }
}

fn fmt_ratio(v: &Value) -> String {
    v.as_f64().map_or("-".into(), |r| format!("{r:.2}"))
}

/// A repeat count that makes a run take about `TARGET_NS`.
fn repeat_for(ns_per_call: f64) -> u64 {
    ((TARGET_NS / ns_per_call.max(1.0)) as u64).clamp(1, 1_000_000)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn nonempty_median(v: &mut [f64]) -> Option<f64> {
    (!v.is_empty()).then(|| median(v))
}

/// Runs a command and reads the JSON figures line it writes to stderr,
/// with its printout.
fn figures(cmd: &mut Command) -> Result<(String, Value)> {
    let out = cmd
        .output()
        .with_context(|| format!("cannot run {cmd:?}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        bail!("{cmd:?} failed: {stderr}");
    }
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .with_context(|| format!("{cmd:?}: no figures in {stderr}"))?;
    let printout = String::from_utf8_lossy(&out.stdout).into_owned();
    Ok((printout, serde_json::from_str(line)?))
}

fn tool_ok(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The CPU this ran on, for the record.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!(
        "{cpu}, {} cores, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::env::consts::ARCH
    )
}
