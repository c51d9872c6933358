//! `mvm disasm`: every function in a snapshot's ROM, instruction by
//! instruction.

use mvm_snapshot::opcode::{Op, Operands};
use mvm_snapshot::{read_u16, AllocHeader, Section, Snapshot, TypeCode, ROM_BASE};
use std::fmt::Write;

pub fn disassemble(bytes: &[u8]) -> Result<String, mvm_snapshot::FormatError> {
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
        let end = (payload + header.size()).min(rom.len());
        if header.type_code() == TypeCode::Function && end >= payload + 4 {
            let p = &rom[payload..end];
            let (params, locals, consts) = (p[0], p[1], usize::from(p[2]));
            let _ = writeln!(
                out,
                "function @{:#06x}: params {params}, locals {locals}, constants {consts}",
                rom_start + payload
            );
            for i in 0..consts {
                let v = read_u16(p, 4 + 2 * i).unwrap_or(0);
                let _ = writeln!(out, "  const {i}: {v:#06x}");
            }
            let code_start = 4 + 2 * consts;
            let mut pc = code_start;
            while pc < p.len() {
                let offset = rom_start + payload + pc;
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
                    Operands::U8 => format!(" {a}"),
                    Operands::I8 => format!(" {}", a as i8),
                    Operands::U8U8 => format!(" {a} {b}"),
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
