//! `mvm disasm`: every function in a snapshot's ROM, instruction by
//! instruction.

use mvm_compiler::SourceMap;
use mvm_snapshot::opcode::{Op, Operands, CONCAT_PLUS};
use mvm_snapshot::{
    read_u16, AllocHeader, Section, Snapshot, TypeCode, Value, ValueKind, ROM_BASE,
};
use std::fmt::Write;

/// The listing of every function in the snapshot; with a source map, each
/// run of instructions is headed by the source line it came from.
pub fn disassemble(
    bytes: &[u8],
    map: &SourceMap,
    sources: &dyn Fn(&str) -> Option<String>,
) -> Result<String, mvm_snapshot::FormatError> {
    let snapshot = Snapshot::parse(bytes)?;
    let mut out = String::new();
    let rom_start = ROM_BASE + snapshot.section(Section::Strings).len();
    let rom = snapshot.section(Section::Rom);
    let mut at = 0;
    while at + 2 <= rom.len() {
        let Some(header) = read_u16(rom, at).map(AllocHeader) else {
            break;
        };
        let payload = at + 2;
        let end = (payload + header.extent()).min(rom.len());
        if header.type_code().is_function() && end >= payload + 4 {
            let p = &rom[payload..end];
            let (params, locals, consts) = (p[0], p[1], usize::from(p[2]));
            let instance_props = p[3] >> 1 & 31;
            let _ = write!(
                out,
                "function @{:#06x}: params {params}, locals {locals}, constants {consts}",
                rom_start + payload
            );
            if instance_props == mvm_snapshot::NOT_A_CONSTRUCTOR {
                out.push_str(", not a constructor");
            } else if instance_props > 0 {
                let _ = write!(out, ", this-properties {instance_props}");
            }
            if p[3] & mvm_snapshot::SLOPPY_FUNCTION != 0 {
                out.push_str(", sloppy");
            }
            if p[3] & 0x80 != 0 {
                out.push_str(", named by its last constant");
            }
            out.push('\n');
            for i in 0..consts {
                let v = read_u16(p, 4 + 2 * i).unwrap_or(0);
                let _ = writeln!(out, "  const {i}: {}", describe_rom(bytes, Value(v)));
            }
            let code_start = 4 + 2 * consts;
            let mut pc = code_start;
            let mut last_line = None;
            while pc < p.len() {
                let offset = rom_start + payload + pc;
                if let Some(loc) = mvm_runtime::RomPos::try_from(offset)
                    .ok()
                    .and_then(|o| map.locate(o))
                {
                    if last_line != Some((loc.file, loc.line)) {
                        last_line = Some((loc.file, loc.line));
                        let text = sources(loc.file)
                            .and_then(|t| {
                                t.lines()
                                    .nth(loc.line as usize - 1)
                                    .map(|l| l.trim().to_string())
                            })
                            .unwrap_or_default();
                        let _ = writeln!(out, "  ; {}:{}  {text}", loc.file, loc.line);
                    }
                }
                let Some(op) = Op::from_u8(p[pc]) else {
                    let _ = writeln!(out, "  {offset:#06x}  ?? {:#04x}", p[pc]);
                    pc += 1;
                    continue;
                };
                let a = p.get(pc + 1).copied().unwrap_or(0);
                let b = p.get(pc + 2).copied().unwrap_or(0);
                let len = 1 + op.operands().len();
                let operands = match op.operands() {
                    Operands::None => String::new(),
                    // A `+` chain's join: its count, and `+`.
                    Operands::U8 if op == Op::Concat && a & CONCAT_PLUS != 0 => {
                        format!(" {} +", a & !CONCAT_PLUS)
                    }
                    Operands::U8 => format!(" {a}"),
                    Operands::I8 => format!(" {}", a as i8),
                    Operands::U8U8 => format!(" {a} {b}"),
                    Operands::U8I8 => format!(" {a} {}", b as i8),
                    Operands::U16 => format!(" {:#06x}", u16::from_le_bytes([a, b])),
                    Operands::Jump => {
                        let rel = i16::from_le_bytes([a, b]);
                        format!(" -> {:#06x}", (offset + len) as isize + rel as isize)
                    }
                };
                let _ = writeln!(out, "  {offset:#06x}  {}{operands}", op.name());
                pc += len;
            }
        }
        at += header.footprint();
    }
    Ok(out)
}

/// A constant as a reader wants to see it: strings quoted, functions and
/// numbers named.
fn describe_rom(bytes: &[u8], v: Value) -> String {
    let ValueKind::Rom(at) = v.kind() else {
        return format!("{:?}", v.kind());
    };
    let at = usize::from(at);
    let Some(header) = at
        .checked_sub(2)
        .and_then(|h| read_u16(bytes, h))
        .map(AllocHeader)
    else {
        return format!("rom @{at:#06x}");
    };
    let payload = bytes.get(at..at + header.extent()).unwrap_or(&[]);
    match header.type_code() {
        TypeCode::String => format!(
            "{:?}",
            String::from_utf8_lossy(payload.strip_suffix(&[0]).unwrap_or(payload))
        ),
        TypeCode::Function | TypeCode::LongFunction => format!("function @{at:#06x}"),
        TypeCode::HostFunc => format!("import {:#06x}", read_u16(payload, 0).unwrap_or(0)),
        TypeCode::Int32 => payload.get(..4).map_or(String::new(), |b| {
            i32::from_le_bytes([b[0], b[1], b[2], b[3]]).to_string()
        }),
        TypeCode::Float64 => payload
            .get(..8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(String::new(), |b| f64::from_le_bytes(b).to_string()),
        other => format!("{other:?} @{at:#06x}"),
    }
}
