//! `cargo xtask size`: the device side's code bytes as firmware links it,
//! next to Microvium's `microvium.c` compiled with `gcc -Os` for the same
//! architecture.
//!
//! mvm: the `firmware` binary of `examples/no-std-host` (which restores a
//! snapshot and calls into it) built with the `firmware` profile (size
//! optimised, LTO, one codegen unit, panic = abort). Its code is the sum of
//! its text symbols less the C library's and the example's allocator and
//! panic stubs, and less the math library (`libm`), as Microvium's count
//! leaves out the `pow` and `fmod` it calls. `_start` counts as engine:
//! LTO inlines the engine's restore and call into it, and the example's
//! own part of it is a few instructions.
//! Microvium: the text of `microvium.o` built with the anchor's port file.

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::process::Command;

/// Symbols that are not the engine: the C library the binary links for
/// `memcpy` and friends, and the example's allocator, unwinding stubs and
/// host functions.
fn is_engine(name: &str) -> bool {
    let libc = name.starts_with("mem")
        || name.starts_with("bcmp")
        || name.starts_with("__")
        || name.starts_with("_dl")
        || name.starts_with("_IO")
        || name.contains("libc");
    let example = name.contains("firmware::")
        || name.contains("no_std_host::")
        || name.starts_with("rust_eh_personality")
        || name.starts_with("_Unwind");
    !libc && !example && !is_math_library(name)
}

/// The math library (`libm`'s `pow`): Microvium calls the C library's
/// `pow` and `fmod`, which its count leaves out, so ours does too (and
/// says how much it left out).
fn is_math_library(name: &str) -> bool {
    name.starts_with("libm::")
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
    let symbols: Vec<(usize, String)> = String::from_utf8_lossy(&nm.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(4, ' ');
            let _addr = parts.next()?;
            let size = usize::from_str_radix(parts.next()?, 16).ok()?;
            let kind = parts.next()?;
            let name = parts.next()?.to_string();
            matches!(kind, "t" | "T").then_some((size, name))
        })
        .collect();
    let math_library: usize = symbols
        .iter()
        .filter(|(_, name)| is_math_library(name))
        .map(|(size, _)| size)
        .sum();
    let mut functions: Vec<(usize, String)> = symbols
        .into_iter()
        .filter(|(_, name)| is_engine(name))
        .collect();
    functions.sort_by_key(|f| std::cmp::Reverse(f.0));
    let mvm_text: usize = functions.iter().map(|(s, _)| s).sum();
    // Jump tables and other constants have no symbols of their own: take the
    // whole section, less the snapshot the example embeds.
    let snapshot = no_std_host_snapshot_len();
    let rodata = section_bytes(&binary, ".rodata")?.saturating_sub(snapshot);

    let microvium = microvium_text()?;
    println!("mvm engine code (x86-64, opt-level z, LTO): {mvm_text} bytes of functions, {rodata} bytes of constants");
    println!(
        "  (left out: {math_library} bytes of libm, whose pow Microvium takes from the C library)"
    );
    match microvium {
        Some((mv, mv_rodata)) => println!(
            "microvium.c (gcc -Os, x86-64):               {mv} bytes of text, {mv_rodata} bytes of constants\nratio mvm/microvium (code): {:.2}",
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
    summary["engine_rodata_bytes"] = json!(rodata);
    summary["engine_math_library_bytes"] = json!(math_library);
    summary["microvium_text_bytes"] = json!(microvium.map(|m| m.0));
    summary["microvium_rodata_bytes"] = json!(microvium.map(|m| m.1));
    summary["engine_text_ratio"] = json!(microvium.map(|(mv, _)| mvm_text as f64 / mv as f64));
    summary["largest_functions"] = json!(functions
        .iter()
        .take(10)
        .map(|(s, n)| json!({"bytes": s, "name": n}))
        .collect::<Vec<_>>());
    std::fs::write(&summary_path, serde_json::to_string_pretty(&summary)?)?;
    println!("(written to {})", summary_path.display());
    Ok(())
}

/// The text and constant bytes of `microvium.c` built with `gcc -Os`, if
/// the anchor has fetched it.
fn microvium_text() -> Result<Option<(usize, usize)>> {
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
    Ok(Some((
        section_bytes(&object, ".text")?,
        section_bytes(&object, ".rodata")?,
    )))
}

/// The bytes of an object's sections whose names start with `prefix`
/// (`.rodata` also takes `.rodata.str1.1` and the like).
fn section_bytes(object: &std::path::Path, prefix: &str) -> Result<usize> {
    let size = Command::new("size").arg("-A").arg(object).output()?;
    if !size.status.success() {
        bail!("size -A {} failed", object.display());
    }
    Ok(String::from_utf8_lossy(&size.stdout)
        .lines()
        .filter(|l| l.starts_with(prefix))
        .filter_map(|l| l.split_whitespace().nth(1)?.parse::<usize>().ok())
        .sum())
}

/// The length of the snapshot the example embeds in its constants.
fn no_std_host_snapshot_len() -> usize {
    let build = crate::root().join("target/firmware/build");
    std::fs::read_dir(build)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|d| d.file_name().to_string_lossy().starts_with("no-std-host-"))
        .filter_map(|d| std::fs::metadata(d.path().join("out/counter.mvm-bc")).ok())
        .max_by_key(|m| m.modified().ok())
        .map_or(0, |m| m.len() as usize)
}
