//! A bytecode function in ROM:
//! `[params u8, locals u8, consts u8, flags u8] [const pool: u16 × consts] [code]`;
//! flag bit 0: the last parameter gathers the remaining arguments (`...rest`);
//! bits 1 to 5: how many properties the function assigns to `this` (room
//! `new` makes in the object it constructs; 31 for a function `new`
//! refuses); bit 6: its code is sloppy; bit 7: the pool's last
//! constant is the function's name.

use crate::VmError;
use mvm_snapshot::{read_u16, AllocHeader, Value};

pub const FUNCTION_PREAMBLE: usize = 4;

/// A function's shape, read from its header in ROM.
#[derive(Clone, Copy, Debug)]
pub struct FunctionInfo {
    pub params: u8,
    /// The last parameter is `...rest`.
    pub rest: bool,
    pub locals: u8,
    pub consts: u8,
    /// Snapshot offset of the constant pool. (Word-sized offsets: packing
    /// them in 16 bits measured 20% slower calls, from partial stores and
    /// loads of the struct.)
    pub pool: usize,
    pub code_start: usize,
    pub code_end: usize,
}

impl FunctionInfo {
    /// Reads the function whose payload is at `offset` in `rom`.
    /// Inlined: returned through memory, the struct's piecewise stores
    /// stall the wide load that copies it (measured: a tenth of a call).
    #[cfg_attr(not(mvm_size), inline(always))]
    pub fn read(rom: &[u8], offset: usize) -> Result<FunctionInfo, VmError> {
        let bad = VmError::CorruptSnapshot;
        let header = AllocHeader(read_u16(rom, offset.checked_sub(2).ok_or(bad)?).ok_or(bad)?);
        if !header.type_code().is_function() || header.extent() < FUNCTION_PREAMBLE {
            return Err(bad);
        }
        let end = offset + header.extent();
        let pre = rom.get(offset..offset + FUNCTION_PREAMBLE).ok_or(bad)?;
        let [params, locals, consts, flags] =
            <[u8; FUNCTION_PREAMBLE]>::try_from(pre).map_err(|_| bad)?;
        let pool = offset + FUNCTION_PREAMBLE;
        let code_start = code_start(offset, consts);
        if code_start > end || end > rom.len() || params > locals {
            return Err(bad);
        }
        Ok(FunctionInfo {
            params,
            rest: flags & 1 != 0 && params > 0,
            locals,
            consts,
            pool,
            code_start,
            code_end: end,
        })
    }

    pub fn constant(&self, rom: &[u8], index: u8) -> Option<Value> {
        constant(rom, self.pool, self.consts, index)
    }
}

/// How many properties the function at `offset` assigns to `this`, from
/// its flags alone (0 if there are none to read).
pub fn instance_props(rom: &[u8], offset: usize) -> usize {
    rom.get(offset + 3)
        .map_or(0, |flags| usize::from(flags >> 1 & 31))
}

/// Whether the function at `offset` is sloppy code (see
/// [`mvm_snapshot::SLOPPY_FUNCTION`]).
pub fn is_sloppy(rom: &[u8], offset: usize) -> bool {
    rom.get(offset + 3)
        .is_some_and(|flags| flags & mvm_snapshot::SLOPPY_FUNCTION != 0)
}

/// The name of the function at `offset`, if the compiler kept it.
pub fn name(rom: &[u8], offset: usize) -> Option<Value> {
    let info = FunctionInfo::read(rom, offset).ok()?;
    if rom.get(offset + 3)? & 0x80 == 0 {
        return None;
    }
    constant(rom, info.pool, info.consts, info.consts.checked_sub(1)?).filter(|v| !v.is_heap())
}

/// Where the code of the function at `offset`, with `consts` constants,
/// starts: after its preamble and its pool.
#[inline]
pub fn code_start(offset: usize, consts: u8) -> usize {
    offset + FUNCTION_PREAMBLE + 2 * usize::from(consts)
}

/// Constant `index` of a pool of `consts` constants at `pool`. The
/// compiler writes no heap reference here (ROM cannot point into a heap
/// that moves), and one a corrupt snapshot forged could name the middle
/// of an allocation, which restore's checks of the heap never see: each
/// use refuses one (`PushConst`, the property instructions, [`name`]).
#[inline]
pub fn constant(rom: &[u8], pool: usize, consts: u8, index: u8) -> Option<Value> {
    if index >= consts {
        return None;
    }
    read_u16(rom, pool + 2 * usize::from(index)).map(Value)
}
