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
