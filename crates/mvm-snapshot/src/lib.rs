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
mod heap_code;
pub mod opcode;
mod value;

pub use crc::crc32;
#[cfg(feature = "alloc")]
pub use file::SnapshotWriter;
pub use file::{
    ExportEntry, FormatError, Section, SectionTable, Snapshot, FORMAT_VERSION, HIDDEN_KEY, MAGIC,
    PREAMBLE_LEN, ROM_BASE, WIDER_UNIT_VERSION, WIDE_UNIT_VERSION,
};
pub use header::{
    AllocHeader, TypeCode, LOCKED, MAX_ALLOC_SIZE, MAX_FUNCTION_SIZE, NOT_A_CONSTRUCTOR,
    SLOPPY_FUNCTION,
};
#[cfg(feature = "alloc")]
pub use heap_code::encode_heap;
pub use heap_code::{decode_heap, heap_image_len};
pub use value::{
    rom_padding, rom_reach, Builtin, Value, ValueKind, INT14_MAX, INT14_MIN, ROM_REACH,
    WIDE_ROM_REACH,
};

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

/// A boxed number's value, in the form it is stored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BoxedNumber {
    Int32(i32),
    Float64(f64),
}

/// The boxed number (int32 or float64) whose payload is at `payload` in
/// `bytes`, or `None` if no number is there: one bounds check (for a
/// float's ten bytes; an int32 in the last ten bytes takes a second), and
/// the header read once and compared whole. Arithmetic off the
/// inline-integer path reads its operands through this.
#[inline(always)]
pub fn read_boxed_number(bytes: &[u8], payload: usize) -> Option<BoxedNumber> {
    let at = payload.checked_sub(2)?;
    let Some(b) = bytes.get(at..at.wrapping_add(10)) else {
        return read_boxed_int32(bytes, payload).map(BoxedNumber::Int32);
    };
    let [h0, h1, rest @ ..] = <[u8; 10]>::try_from(b).ok()?;
    let header = u16::from_le_bytes([h0, h1]);
    if header == AllocHeader::new(TypeCode::Float64, 8)?.0 {
        Some(BoxedNumber::Float64(f64::from_le_bytes(rest)))
    } else if header == AllocHeader::new(TypeCode::Int32, 4)?.0 {
        let [b0, b1, b2, b3, ..] = rest;
        Some(BoxedNumber::Int32(i32::from_le_bytes([b0, b1, b2, b3])))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    fn boxed(type_code: TypeCode, payload: &[u8]) -> [u8; 2] {
        AllocHeader::new(type_code, payload.len())
            .map(|h| h.0.to_le_bytes())
            .unwrap_or_default()
    }

    #[test]
    fn boxed_numbers_read_with_their_header_once() {
        let mut heap = std::vec::Vec::new();
        heap.extend_from_slice(&boxed(TypeCode::Float64, &[0; 8]));
        heap.extend_from_slice(&2.5f64.to_le_bytes());
        heap.extend_from_slice(&boxed(TypeCode::Int32, &[0; 4]));
        heap.extend_from_slice(&(-70000i32).to_le_bytes());
        heap.extend_from_slice(&boxed(TypeCode::String, &[0; 2]));
        heap.extend_from_slice(b"ab");
        heap.extend_from_slice(&boxed(TypeCode::Int32, &[0; 4]));
        heap.extend_from_slice(&123456i32.to_le_bytes());
        assert_eq!(read_boxed_number(&heap, 2), Some(BoxedNumber::Float64(2.5)));
        assert_eq!(
            read_boxed_number(&heap, 12),
            Some(BoxedNumber::Int32(-70000))
        );
        assert_eq!(read_boxed_number(&heap, 18), None, "a string");
        // The last allocation has fewer than a float's ten bytes left.
        assert_eq!(
            read_boxed_number(&heap, 22),
            Some(BoxedNumber::Int32(123456))
        );
        assert_eq!(read_boxed_number(&heap, 24), None, "past the end");
        assert_eq!(read_boxed_number(&heap, 0), None, "no room for a header");
    }
}
