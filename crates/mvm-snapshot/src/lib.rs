//! The mvm snapshot format.
//!
//! Everything both ends must agree on lives here: how a 16-bit value is
//! encoded, the allocation header and type codes, the opcodes, and the file
//! layout (preamble, section table, sections) with its reader and writer.
//! Reading validates and borrows from the input bytes; it never allocates.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable
    )
)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod crc;
mod file;
mod header;
pub mod opcode;
mod value;

pub use crc::crc32;
#[cfg(feature = "alloc")]
pub use file::SnapshotWriter;
pub use file::{
    ExportEntry, FormatError, Section, SectionTable, Snapshot, FORMAT_VERSION, MAGIC, PREAMBLE_LEN,
    ROM_BASE,
};
pub use header::{AllocHeader, TypeCode, MAX_ALLOC_SIZE};
pub use value::{Builtin, Value, ValueKind, INT14_MAX, INT14_MIN, ROM_REACH};

/// Reads a little-endian `u16` at `offset`, or `None` past the end.
#[inline]
pub fn read_u16(bytes: &[u8], offset: usize) -> Option<u16> {
    let b = bytes.get(offset..offset.checked_add(2)?)?;
    Some(u16::from_le_bytes(b.try_into().ok()?))
}

/// The value of the boxed int32 whose payload is at `payload` in `bytes`
/// (a heap or a snapshot), or `None` if no int32 is there: one bounds
/// check, and the header compared whole. Integer arithmetic reads its
/// operands through this.
#[inline(always)]
pub fn read_boxed_int32(bytes: &[u8], payload: usize) -> Option<i32> {
    let at = payload.checked_sub(2)?;
    let b = bytes.get(at..at.checked_add(6)?)?;
    let [h0, h1, b0, b1, b2, b3] = <[u8; 6]>::try_from(b).ok()?;
    let int32 = AllocHeader::new(TypeCode::Int32, 4)?;
    (u16::from_le_bytes([h0, h1]) == int32.0).then_some(i32::from_le_bytes([b0, b1, b2, b3]))
}

/// The value of the boxed number (int32 or float64) whose payload is at
/// `payload` in `bytes`, as a float; `None` if no number is there. Float
/// arithmetic reads its operands through this.
#[inline(always)]
pub fn read_boxed_number(bytes: &[u8], payload: usize) -> Option<f64> {
    if let Some(i) = read_boxed_int32(bytes, payload) {
        return Some(f64::from(i));
    }
    let at = payload.checked_sub(2)?;
    let b = bytes.get(at..at.checked_add(10)?)?;
    let [h0, h1, rest @ ..] = <[u8; 10]>::try_from(b).ok()?;
    let float64 = AllocHeader::new(TypeCode::Float64, 8)?;
    (u16::from_le_bytes([h0, h1]) == float64.0).then_some(f64::from_le_bytes(rest))
}
