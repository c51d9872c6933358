//! `cargo xtask size`: the device side's code bytes as firmware links it,
//! next to Microvium's `microvium.c` compiled with `gcc -Os` for the same
//! architecture.
//!
//! mvm: the `firmware` binary of `examples/no-std-host` (which restores a
//! snapshot and calls into it) built with the `firmware` profile (size
//! optimised, LTO, one codegen unit, panic = abort). Its code is the sum of
//! its text symbols less the C library's and the example's own start-up.
//! Microvium: the text of `microvium.o` built with the anchor's port file.

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::process::Command;

/// Symbols that are not the engine: the C library the binary links for
/// `memcpy` and friends, and the example's start-up and allocator.
fn is_engine(name: &str) -> bool {
    let libc = name.starts_with("mem")
        || name.starts_with("bcmp")
        || name.starts_with("__")
        || name.starts_with("_dl")
        || name.starts_with("_IO")
        || name.contains("libc");
    let example = name.starts_with("_start")
        || name.contains("firmware::")
        || name.starts_with("rust_eh_personality")
        || name.starts_with("_Unwind");
    !libc && !example
}

pub fn size() -> Result<()> {
    // Without the JCC-erratum padding `.cargo/config.toml` adds for x86-64
    // speed (firmware for other cores has none): RUSTFLAGS, even empty,
    // replaces the config's flags.
    crate::cargo_env(
        &crate::firmware_build(Some("firmware")),
        &[("RUSTFLAGS", "")],
    )?;
    let binary = crate::root().join("target/firmware/firmware");
    let nm = Command::new("nm")
        .args(["-S", "--size-sort", "-C", "--defined-only"])
        .arg(&binary)
        .output()
        .context("nm")?;
    if !nm.status.success() {
        bail!("nm failed: {}", String::from_utf8_lossy(&nm.stderr));
    }
    let mut functions: Vec<(usize, String)> = String::from_utf8_lossy(&nm.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(4, ' ');
            let _addr = parts.next()?;
            let size = usize::from_str_radix(parts.next()?, 16).ok()?;
            let kind = parts.next()?;
            let name = parts.next()?.to_string();
            (matches!(kind, "t" | "T") && is_engine(&name)).then_some((size, name))
        })
        .collect();
    functions.sort_by_key(|f| std::cmp::Reverse(f.0));
    let mvm_text: usize = functions.iter().map(|(s, _)| s).sum();
    let mut rodata = 0;
    let nm_data = Command::new("nm")
        .args(["-S", "--defined-only"])
        .arg(&binary)
        .output()?;
    for l in String::from_utf8_lossy(&nm_data.stdout).lines() {
        let parts: Vec<&str> = l.split_whitespace().collect();
        if parts.len() == 4 && matches!(parts[2], "r" | "R") && is_engine(parts[3]) {
            rodata += usize::from_str_radix(parts[1], 16).unwrap_or(0);
        }
    }

    let microvium = microvium_text()?;
    println!("mvm engine code (x86-64, opt-level z, LTO): {mvm_text} bytes of functions, {rodata} bytes of constants");
    match microvium {
        Some(mv) => println!(
            "microvium.c (gcc -Os, x86-64):               {mv} bytes of text\nratio mvm/microvium: {:.2}",
            mvm_text as f64 / mv as f64
        ),
        None => println!("(Microvium's source not found: run ../shared/anchor/anchor setup)"),
    }
    println!("\nthe ten largest functions:");
    for (size, name) in functions.iter().take(10) {
        let short: String = name.chars().take(110).collect();
        println!("  {size:>6}  {short}");
    }

    let summary_path = crate::root().join("target/bench/summary.json");
    std::fs::create_dir_all(crate::root().join("target/bench"))?;
    let mut summary: Value = std::fs::read_to_string(&summary_path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    summary["engine_text_bytes"] = json!(mvm_text);
    summary["microvium_text_bytes"] = json!(microvium);
    summary["engine_text_ratio"] = json!(microvium.map(|mv| mvm_text as f64 / mv as f64));
    summary["largest_functions"] = json!(functions
        .iter()
        .take(10)
        .map(|(s, n)| json!({"bytes": s, "name": n}))
        .collect::<Vec<_>>());
    std::fs::write(&summary_path, serde_json::to_string_pretty(&summary)?)?;
    println!("(written to {})", summary_path.display());
    Ok(())
}

/// The text bytes of `microvium.c` built with `gcc -Os`, if the anchor has
/// fetched it.
fn microvium_text() -> Result<Option<usize>> {
    let Some(anchor) = crate::anchor::anchor_path() else {
        return Ok(None);
    };
    let dir = Command::new(&anchor).arg("dir").output()?;
    let work = std::path::PathBuf::from(String::from_utf8_lossy(&dir.stdout).trim().to_string());
    let source = work.join("node_modules/microvium/dist-c/microvium.c");
    if !source.exists() {
        let _ = Command::new(&anchor).arg("setup").output();
    }
    if !source.exists() {
        return Ok(None);
    }
    let object = crate::root().join("target/bench/microvium-Os.o");
    std::fs::create_dir_all(crate::root().join("target/bench"))?;
    let status = Command::new("gcc")
        .args(["-Os", "-std=gnu11", "-c", "-o"])
        .arg(&object)
        .arg("-I")
        .arg(&work)
        .arg("-I")
        .arg(work.join("node_modules/microvium/dist-c"))
        .arg(&source)
        .status()?;
    if !status.success() {
        bail!("gcc -Os microvium.c failed");
    }
    let size = Command::new("size").arg("-A").arg(&object).output()?;
    let text = String::from_utf8_lossy(&size.stdout)
        .lines()
        .filter(|l| l.starts_with(".text"))
        .filter_map(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        .sum();
    Ok(Some(text))
}
