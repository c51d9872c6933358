//! `cargo xtask memory`: the memory figures of mvm and of Microvium's C
//! runtime on the same scripts (`benches/memory/`).

use crate::anchor::{anchor_path, microvium_run, mvm_compile, mvm_restore, BenchHost};
use anyhow::Result;

pub fn memory() -> Result<()> {
    let dir = crate::root().join("benches/memory");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    scripts.retain(|p| p.extension().is_some_and(|e| e == "js"));
    scripts.sort();
    let anchor = anchor_path();
    if anchor.is_none() {
        println!("(../shared/anchor not found: mvm's figures only)");
    }
    println!(
        "{:<18} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "script", "engine", "snapshot", "idle RAM", "heap", "after GC", "peak", "GC temp"
    );
    for script in &scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (bytes, _) = mvm_compile(script)?;
        let mut host = BenchHost::default();
        let mut vm = mvm_restore(&bytes, &host)?;
        vm.call(&mut host, 0, &[])
            .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        let after = vm.memory_stats();
        vm.run_gc(true).map_err(|e| anyhow::anyhow!("{e}"))?;
        let squeezed = vm.memory_stats();
        println!(
            "{:<18} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            name,
            "mvm",
            bytes.len(),
            after.total,
            after.heap_used,
            squeezed.heap_used,
            after.heap_peak,
            squeezed.last_gc_peak
        );
        let mvm_printed = host.printed;
        if let Some(anchor) = &anchor {
            let (printed, m) = microvium_run(anchor, script, 1)?;
            let field = |k: &str| m[k].as_i64().map_or("?".to_string(), |v| v.to_string());
            println!(
                "{:<18} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
                "",
                "microvium",
                field("snapshot_bytes"),
                field("ram_total_after"),
                field("heap_used_after"),
                field("heap_used_after_gc"),
                field("peak_heap"),
                "-"
            );
            if !mvm_printed.is_empty() {
                for (a, b) in mvm_printed.lines().zip(printed.lines()) {
                    println!("    {a:<34} | microvium {b}");
                }
            }
        } else {
            for line in mvm_printed.lines() {
                println!("    {line}");
            }
        }
    }
    println!("(bytes; idle RAM: everything the VM holds after the call; peak: most heap in use; GC temp: what a full collection borrowed)");
    Ok(())
}
