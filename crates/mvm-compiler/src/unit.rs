//! Lays compiled functions out as a snapshot the runtime can restore: the
//! "unit" whose top level the compiler then runs.

use crate::emit::{Const, FunctionCode};
use mvm_runtime::RomPos;
use mvm_snapshot::{
    rom_padding, AllocHeader, SnapshotWriter, TypeCode, Value, NOT_A_CONSTRUCTOR, ROM_BASE,
    SLOPPY_FUNCTION,
};
use std::collections::HashMap;

/// Why a unit could not be laid out.
#[derive(Debug, Clone, Copy)]
pub enum UnitError {
    /// More than the 128 KiB of ROM that references can reach in 8-byte
    /// steps: `needed` bytes of strings, numbers and functions.
    RomTooLarge { needed: usize },
    /// A function or string longer than an allocation can be.
    TooLarge,
}

/// The unit's bytes and the ROM reference of each function.
pub struct Unit {
    pub bytes: Vec<u8>,
    pub functions: Vec<Value>,
    /// Its ROM scale: references count 2-, 4- or 8-byte steps (see
    /// [`assemble`]).
    pub rom_scale: u32,
}

/// Lays out `functions` (all present), their constants, and `globals`
/// global slots set to `undefined`: as a wide unit (ROM references in
/// 4-byte steps, each allocation's payload 4-byte aligned) when the
/// narrow one would pass the 32 KB references reach, and as a wider one
/// (8-byte steps, 128 KB) when the wide one would pass 64 KB. The
/// snapshot the top level leaves, which keeps only what the exports
/// reach, is narrow where it fits.
pub fn assemble(functions: &[FunctionCode], globals: usize) -> Result<Unit, UnitError> {
    let mut rom_scale = 0;
    loop {
        match assemble_as(functions, globals, rom_scale) {
            Err(UnitError::RomTooLarge { .. }) if rom_scale < 2 => rom_scale += 1,
            unit => return unit,
        }
    }
}

fn assemble_as(
    functions: &[FunctionCode],
    globals: usize,
    rom_scale: u32,
) -> Result<Unit, UnitError> {
    let mut strings: Vec<&[u8]> = Vec::new();
    let mut rom_items: Vec<RomItem> = Vec::new();
    for f in functions {
        for c in &f.consts {
            match c {
                Const::Str(s) if !strings.contains(&s.as_slice()) => strings.push(s),
                Const::Host(id) if !rom_items.contains(&RomItem::Host(*id)) => {
                    rom_items.push(RomItem::Host(*id))
                }
                Const::Num(n) if !rom_items.contains(&RomItem::Num(n.to_bits())) => {
                    rom_items.push(RomItem::Num(n.to_bits()))
                }
                _ => {}
            }
        }
    }
    // (What a unit too large would need, for the diagnostic.)
    let footprint = |tc, len| AllocHeader::new(tc, len).map_or(0, |h| h.footprint());
    let too_large = UnitError::RomTooLarge {
        needed: strings
            .iter()
            .map(|s| footprint(TypeCode::String, s.len() + 1))
            .chain(rom_items.iter().map(|item| match item {
                RomItem::Host(_) => footprint(TypeCode::HostFunc, 2),
                RomItem::Num(_) => footprint(TypeCode::Float64, 8),
            }))
            .chain(
                functions
                    .iter()
                    .map(|f| AllocHeader::function(function_size(f)).map_or(0, |h| h.footprint())),
            )
            .sum(),
    };
    // Offsets first: functions refer to each other in any order.
    let mut out = SnapshotWriter {
        rom_scale,
        ..SnapshotWriter::default()
    };
    // (In a wide unit, padding before an allocation whose payload would
    // not be aligned to the references' step; nothing walks ROM in order.)
    let pad = |at: usize| rom_padding(at, rom_scale);
    let mut string_at: HashMap<&[u8], Value> = HashMap::new();
    for s in &strings {
        out.strings
            .resize(out.strings.len() + pad(ROM_BASE + out.strings.len()), 0);
        let at = ROM_BASE + out.strings.len() + 2;
        string_at.insert(s, Value::rom_in(at, rom_scale).ok_or(too_large)?);
        let mut payload = s.to_vec();
        payload.push(0);
        push_alloc(&mut out.strings, TypeCode::String, &payload)?;
    }
    let rom_base = ROM_BASE + out.strings.len();
    let mut item_at: HashMap<RomItem, Value> = HashMap::new();
    for item in &rom_items {
        out.rom
            .resize(out.rom.len() + pad(rom_base + out.rom.len()), 0);
        let at = rom_base + out.rom.len() + 2;
        item_at.insert(*item, Value::rom_in(at, rom_scale).ok_or(too_large)?);
        match item {
            RomItem::Host(id) => push_alloc(&mut out.rom, TypeCode::HostFunc, &id.to_le_bytes())?,
            RomItem::Num(bits) => {
                let n = f64::from_bits(*bits);
                if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) {
                    push_alloc(&mut out.rom, TypeCode::Int32, &(n as i32).to_le_bytes())?
                } else {
                    push_alloc(&mut out.rom, TypeCode::Float64, &n.to_le_bytes())?
                }
            }
        }
    }
    let mut function_at = Vec::new();
    let mut at = rom_base + out.rom.len();
    for f in functions {
        at += pad(at);
        function_at.push(Value::rom_in(at + 2, rom_scale).ok_or(too_large)?);
        at += AllocHeader::function(function_size(f))
            .ok_or(UnitError::TooLarge)?
            .footprint();
    }
    for f in functions {
        // Bit 0: `...rest`; bits 1 to 5: the properties a constructor
        // assigns to `this`, so that `new` makes room for them at once
        // (more go in a segment added), or 31 for a function `new`
        // refuses; bit 6: sloppy code; bit 7: the last constant is the
        // function's name.
        let instance_props = if f.constructs {
            f.this_props.len().min(usize::from(NOT_A_CONSTRUCTOR) - 1) as u8
        } else {
            NOT_A_CONSTRUCTOR
        };
        let flags = u8::from(f.rest)
            | instance_props << 1
            | if f.sloppy { SLOPPY_FUNCTION } else { 0 }
            | u8::from(f.name.is_some()) << 7;
        let mut payload = vec![
            f.params,
            f.locals.min(255) as u8,
            f.consts.len() as u8,
            flags,
        ];
        for c in &f.consts {
            let v = match c {
                Const::Str(s) => string_at[s.as_slice()],
                Const::Host(id) => item_at[&RomItem::Host(*id)],
                Const::Num(n) => item_at[&RomItem::Num(n.to_bits())],
                Const::Func(i) => *function_at.get(*i).ok_or(UnitError::TooLarge)?,
            };
            payload.extend_from_slice(&v.0.to_le_bytes());
        }
        payload.extend_from_slice(&f.code);
        let header = AllocHeader::function(payload.len()).ok_or(UnitError::TooLarge)?;
        out.rom
            .resize(out.rom.len() + pad(rom_base + out.rom.len()), 0);
        push_with_header(&mut out.rom, header, &payload);
    }
    out.globals = vec![Value::UNDEFINED; globals];
    Ok(Unit {
        bytes: out.finish(),
        functions: function_at,
        rom_scale,
    })
}

impl Unit {
    /// Each function's payload offset in the unit.
    pub fn payload_offsets(&self) -> Vec<Option<RomPos>> {
        self.functions
            .iter()
            .map(|v| {
                v.rom_offset_in(self.rom_scale)
                    .and_then(|o| RomPos::try_from(o).ok())
            })
            .collect()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum RomItem {
    Host(u16),
    Num(u64),
}

fn function_size(f: &FunctionCode) -> usize {
    4 + 2 * f.consts.len() + f.code.len()
}

fn push_alloc(section: &mut Vec<u8>, tc: TypeCode, payload: &[u8]) -> Result<(), UnitError> {
    let header = AllocHeader::new(tc, payload.len()).ok_or(UnitError::TooLarge)?;
    push_with_header(section, header, payload);
    Ok(())
}

/// Appends an allocation: `header`, `payload`, and padding to its footprint.
fn push_with_header(section: &mut Vec<u8>, header: AllocHeader, payload: &[u8]) {
    section.extend_from_slice(&header.0.to_le_bytes());
    let start = section.len();
    section.extend_from_slice(payload);
    section.resize(start + header.footprint() - 2, 0);
}
