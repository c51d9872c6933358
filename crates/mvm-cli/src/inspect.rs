//! `mvm inspect`: a snapshot's header, a linker-map-like table of its
//! sections, its imports, exports and globals, and its heap image by type.

use mvm_runtime::imports;
use mvm_snapshot::{read_u16, AllocHeader, Section, Snapshot, Value, ValueKind, PREAMBLE_LEN};
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn inspect(bytes: &[u8]) -> Result<String, mvm_snapshot::FormatError> {
    let s = Snapshot::parse(bytes)?;
    let mut out = String::new();
    let version = read_u16(bytes, 4).unwrap_or(0);
    let table_len = usize::from(read_u16(bytes, 6).unwrap_or(0));
    let crc = bytes
        .get(12..16)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let _ = writeln!(out, "header");
    let _ = writeln!(out, "  format version  {version}");
    let _ = writeln!(out, "  length          {} bytes", bytes.len());
    let _ = writeln!(out, "  crc-32          {crc:#010x} (checked)");
    let _ = writeln!(out, "\nsections          offset    bytes");
    let _ = writeln!(out, "  {:<14} {:>7} {:>8}", "preamble", 0, PREAMBLE_LEN);
    for (name, section) in [
        ("strings", Section::Strings),
        ("bytecode/rom", Section::Rom),
        ("imports", Section::Imports),
        ("exports", Section::Exports),
        ("globals", Section::Globals),
        ("heap", Section::Heap),
    ] {
        let (start, end) = s.range(section);
        let _ = writeln!(out, "  {name:<14} {start:>7} {:>8}", end - start);
    }
    let _ = writeln!(
        out,
        "  {:<14} {:>7} {:>8}",
        "section table",
        bytes.len() - table_len,
        table_len
    );

    let _ = writeln!(out, "\nimports");
    for id in s.imports() {
        let _ = writeln!(
            out,
            "  {id:#06x}{}",
            import_name(id)
                .map(|n| format!("  {n}"))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(out, "\nexports");
    for e in s.exports() {
        let target = if e.value.0 & 1 == 0 {
            format!("global {}", e.value.0 / 2)
        } else {
            describe(e.value)
        };
        let _ = writeln!(out, "  {:<6} {target}", e.id);
    }
    let _ = writeln!(out, "\nglobals");
    for (i, g) in s.globals().enumerate() {
        let _ = writeln!(out, "  {i:<6} {}", describe(g));
    }
    let coded = s.heap().len();
    let heap = match s.heap_image() {
        Some(image) => {
            let _ = writeln!(
                out,
                "\nheap image        {} bytes, coded in {coded}",
                image.len()
            );
            image
        }
        None => {
            let _ = writeln!(out, "\nheap image        malformed coding ({coded} bytes)");
            Vec::new()
        }
    };
    let _ = writeln!(out, "\nheap objects      count    bytes");
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let heap = &heap[..];
    let mut at = 0;
    while let Some(h) = read_u16(heap, at).map(AllocHeader) {
        let entry = by_type.entry(format!("{:?}", h.type_code())).or_default();
        entry.0 += 1;
        entry.1 += h.footprint();
        at += h.footprint();
    }
    for (name, (count, size)) in &by_type {
        let _ = writeln!(out, "  {name:<16} {count:>5} {size:>8}");
    }
    let total: usize = by_type.values().map(|(_, b)| b).sum();
    let _ = writeln!(
        out,
        "  {:<16} {:>5} {total:>8}",
        "total",
        by_type.values().map(|(c, _)| c).sum::<usize>()
    );
    Ok(out)
}

/// A value as the snapshot holds it.
fn describe(v: Value) -> String {
    match v.kind() {
        ValueKind::Int(i) => format!("{i}"),
        ValueKind::Heap(p) => format!("heap @{p:#06x}"),
        ValueKind::Rom(p) => format!("rom @{p:#06x}"),
        ValueKind::BuiltinStr(s) => format!("{s:?}"),
        ValueKind::Builtin(b) => format!("builtin {b:?}"),
        other => format!("{other:?}").to_lowercase(),
    }
}

fn import_name(id: u16) -> Option<&'static str> {
    Some(match id {
        imports::PRINT => "print",
        imports::CONSOLE_LOG => "console.log",
        imports::CONSOLE_ERROR => "console.error",
        imports::ASSERT => "assert",
        imports::ASSERT_EQUAL => "assertEqual",
        imports::GET_HEAP_USED => "getHeapUsed",
        imports::RUN_GC => "runGC",
        imports::ASYNC_TEST_COMPLETE => "asyncTestComplete",
        _ => return None,
    })
}
