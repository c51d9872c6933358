//! The snapshot file: a fixed preamble, the sections, and a section table.
//!
//! ```text
//! 0   magic "MVM\0"
//! 4   format version      u16
//! 6   section table bytes u16   (the table is the file's last bytes)
//! 8   total length        u32
//! 12  CRC-32 of bytes 16.. u32
//! 16  strings · rom · imports · exports · globals · heap · section table
//! ```
//!
//! The heap section holds the heap image coded word by word (see
//! `heap_code`); the others are read in place.
//!
//! The section table is the length of each section in the order above, each
//! a LEB128 varint (as postcard encodes a `[u32; 6]`); each section starts
//! where the one before it ends. Lengths are even, so every section is
//! 2-byte aligned. The ROM sections come first so that ROM references
//! (offsets from [`ROM_BASE`]) reach as far as possible.

use crate::{read_u16, Value};

pub const MAGIC: [u8; 4] = *b"MVM\0";
pub const FORMAT_VERSION: u16 = 22;
/// The prefix of the keys no listing shows: private fields (`#count`),
/// symbols, and the engine's and library's own marks (`#message`). It is
/// U+FFFF, a noncharacter that no text a program handles starts with, so
/// a key of the program's own that starts with `#` (`'#f00'`, an MQTT
/// `'#'`) is listed like any other (format 16).
pub const HIDDEN_KEY: &str = "\u{FFFF}";
/// The version a wide unit states (ROM references in 4-byte steps, see
/// `Value::rom_in`): the compiler makes one to run a top level whose
/// library passes 32 KB, and writes one when what the exports reach
/// does; only a runtime built with `wide` opens one.
pub const WIDE_UNIT_VERSION: u16 = FORMAT_VERSION | 0x8000;
/// The version a wider unit states (ROM references in 8-byte steps): the
/// compiler makes one when a wide unit would not reach, as a program
/// of many hundred lines linking much of the library needs. Only a
/// runtime built with `wide` opens one; no snapshot is written wider.
pub const WIDER_UNIT_VERSION: u16 = FORMAT_VERSION | 0x4000;
pub const PREAMBLE_LEN: usize = 16;
/// Where the first ROM section starts, and what ROM references count from.
pub const ROM_BASE: usize = PREAMBLE_LEN;

/// Why a snapshot was refused. No variant carries more than two bytes:
/// the runtime's `VmError` holds one, and kept to four bytes, every
/// `Result` the runtime returns comes back in a register, not through
/// memory (which cost 7 KB of engine code in `?` alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Shorter than its preamble, or than the length the preamble states.
    Truncated,
    BadMagic,
    UnsupportedVersion(u16),
    /// The bytes after the preamble do not match the stored CRC.
    BadCrc,
    /// The section table does not decode.
    BadSectionTable,
    /// A section reaches past the table, or has an odd length.
    SectionOutOfBounds(Section),
    /// More bytes than the preamble states.
    TrailingBytes,
}

/// The sections, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Strings,
    Rom,
    Imports,
    Exports,
    Globals,
    Heap,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Strings,
        Section::Rom,
        Section::Imports,
        Section::Exports,
        Section::Globals,
        Section::Heap,
    ];
}

/// Section lengths in bytes, in file order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SectionTable {
    pub lengths: [u32; 6],
}

impl SectionTable {
    /// Reads a table that is exactly `bytes`: six varints, each at most
    /// five bytes and within `u32`. (A dozen lines, where postcard's serde
    /// decoder cost the firmware build 283 more bytes of code.)
    pub fn decode(bytes: &[u8]) -> Option<SectionTable> {
        let mut table = SectionTable::default();
        let mut rest = bytes.iter();
        for length in table.lengths.iter_mut() {
            let mut value: u64 = 0;
            for shift in (0..35).step_by(7) {
                let byte = *rest.next()?;
                value |= u64::from(byte & 0x7F) << shift;
                if byte & 0x80 == 0 {
                    break;
                }
                if shift == 28 {
                    return None;
                }
            }
            *length = u32::try_from(value).ok()?;
        }
        rest.next().is_none().then_some(table)
    }

    /// The table's bytes: each length as a LEB128 varint.
    #[cfg(feature = "alloc")]
    pub fn encode(&self) -> alloc::vec::Vec<u8> {
        let mut out = alloc::vec::Vec::new();
        for &length in &self.lengths {
            let mut rest = length;
            while rest >= 0x80 {
                out.push(rest as u8 | 0x80);
                rest >>= 7;
            }
            out.push(rest as u8);
        }
        out
    }
}

/// One export: an ID the host calls by, and its value. An even `value`
/// (the heap-reference pattern) means "the value in global `value / 2`",
/// because a heap reference moves when the heap is collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportEntry {
    pub id: u16,
    pub value: Value,
}

/// A validated snapshot, read in place.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    bytes: &'a [u8],
    ranges: [(usize, usize); 6],
    /// The ROM scale (see `Value::rom_in`): 0, or 1 in a wide unit, whose
    /// references count 4-byte steps, or 2 in a wider one (8-byte steps).
    /// (Only with the feature: firmware's copies of this struct stay as
    /// small as they were.)
    #[cfg(feature = "wide")]
    rom_scale: u32,
}

impl<'a> Snapshot<'a> {
    /// Checks the preamble, CRC and section table. Allocates nothing.
    #[inline]
    pub fn parse(bytes: &'a [u8]) -> Result<Snapshot<'a>, FormatError> {
        Snapshot::open(bytes, true)
    }

    /// [`Snapshot::parse`] without the CRC, for bytes already checked
    /// once (a restored VM reopens its snapshot on every call). Every
    /// later read is still bounds-checked.
    #[inline]
    pub fn reopen(bytes: &'a [u8]) -> Result<Snapshot<'a>, FormatError> {
        Snapshot::open(bytes, false)
    }

    fn open(bytes: &'a [u8], check_crc: bool) -> Result<Snapshot<'a>, FormatError> {
        let preamble = bytes.get(..PREAMBLE_LEN).ok_or(FormatError::Truncated)?;
        if preamble.get(..4) != Some(&MAGIC[..]) {
            return Err(FormatError::BadMagic);
        }
        let version = read_u16(preamble, 4).unwrap_or(0);
        let rom_scale = match version {
            FORMAT_VERSION => 0,
            #[cfg(feature = "wide")]
            WIDE_UNIT_VERSION => 1,
            #[cfg(feature = "wide")]
            WIDER_UNIT_VERSION => 2,
            _ => return Err(FormatError::UnsupportedVersion(version)),
        };
        #[cfg(not(feature = "wide"))]
        let _ = rom_scale;
        let table_len = usize::from(read_u16(preamble, 6).unwrap_or(0));
        let total = read_u32(preamble, 8) as usize;
        if bytes.len() < total || total < PREAMBLE_LEN {
            return Err(FormatError::Truncated);
        }
        if bytes.len() > total {
            return Err(FormatError::TrailingBytes);
        }
        if check_crc {
            let stored = read_u32(preamble, 12);
            let computed = crate::crc32(bytes.get(PREAMBLE_LEN..).unwrap_or(&[]));
            if stored != computed {
                return Err(FormatError::BadCrc);
            }
        }
        let table_start = total
            .checked_sub(table_len)
            .filter(|&s| s >= PREAMBLE_LEN)
            .ok_or(FormatError::BadSectionTable)?;
        let table = bytes
            .get(table_start..)
            .and_then(SectionTable::decode)
            .ok_or(FormatError::BadSectionTable)?;
        let mut ranges = [(0, 0); 6];
        let mut at = ROM_BASE;
        for ((range, section), len) in ranges.iter_mut().zip(Section::ALL).zip(table.lengths) {
            let len = len as usize;
            let end = at
                .checked_add(len)
                .filter(|&end| end <= table_start && len.is_multiple_of(2))
                .ok_or(FormatError::SectionOutOfBounds(section))?;
            *range = (at, end);
            at = end;
        }
        Ok(Snapshot {
            bytes,
            ranges,
            #[cfg(feature = "wide")]
            rom_scale,
        })
    }

    /// The whole snapshot: ROM references are offsets into it.
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    #[inline]
    pub fn section(&self, section: Section) -> &'a [u8] {
        let (start, end) = self.range(section);
        self.bytes.get(start..end).unwrap_or(&[])
    }

    /// The ROM scale its references count (see `Value::rom_in`): 0
    /// (narrow), 1 (a wide unit or snapshot, `WIDE_UNIT_VERSION`) or 2 (a
    /// wider unit); always 0 without the feature.
    #[inline]
    pub fn rom_scale(&self) -> u32 {
        #[cfg(feature = "wide")]
        return self.rom_scale;
        #[cfg(not(feature = "wide"))]
        return 0;
    }

    /// Whether `offset` lies inside a ROM section (strings or bytecode).
    #[inline]
    pub fn in_rom(&self, offset: usize) -> bool {
        let (start, _) = self.range(Section::Strings);
        let (_, end) = self.range(Section::Rom);
        (start..end).contains(&offset)
    }

    /// Where `section` lies in the snapshot: `(start, end)` offsets.
    #[inline]
    pub fn range(&self, section: Section) -> (usize, usize) {
        self.ranges.get(section as usize).copied().unwrap_or((0, 0))
    }

    #[inline]
    pub fn imports(&self) -> impl Iterator<Item = u16> + 'a {
        values(self.section(Section::Imports)).map(|v| v.0)
    }

    #[inline]
    pub fn exports(&self) -> impl Iterator<Item = ExportEntry> + 'a {
        self.section(Section::Exports)
            .chunks_exact(4)
            .map(|c| ExportEntry {
                id: read_u16(c, 0).unwrap_or(0),
                value: Value(read_u16(c, 2).unwrap_or(0)),
            })
    }

    #[inline]
    pub fn globals(&self) -> impl Iterator<Item = Value> + 'a {
        values(self.section(Section::Globals))
    }

    /// The heap section, coded: [`crate::decode_heap`] gives the image.
    #[inline]
    pub fn heap(&self) -> &'a [u8] {
        self.section(Section::Heap)
    }

    /// The heap image, decoded; `None` if its coding is malformed.
    #[cfg(feature = "alloc")]
    pub fn heap_image(&self) -> Option<alloc::vec::Vec<u8>> {
        let mut image = alloc::vec![0; crate::heap_image_len(self.heap())];
        crate::decode_heap(self.heap(), &mut image)?;
        Some(image)
    }
}

fn values(bytes: &[u8]) -> impl Iterator<Item = Value> + '_ {
    bytes
        .chunks_exact(2)
        .map(|c| Value(read_u16(c, 0).unwrap_or(0)))
}

fn read_u32(bytes: &[u8], offset: usize) -> u32 {
    let lo = read_u16(bytes, offset).unwrap_or(0);
    let hi = read_u16(bytes, offset + 2).unwrap_or(0);
    u32::from(lo) | (u32::from(hi) << 16)
}

#[cfg(feature = "alloc")]
mod writer {
    use super::*;
    use alloc::vec::Vec;

    /// Builds a snapshot from its sections. ROM contents must already use
    /// offsets from [`ROM_BASE`], strings section first.
    #[derive(Clone, Debug, Default)]
    pub struct SnapshotWriter {
        pub strings: Vec<u8>,
        pub rom: Vec<u8>,
        pub imports: Vec<u16>,
        pub exports: Vec<ExportEntry>,
        pub globals: Vec<Value>,
        /// The heap image; the file holds it coded (see `heap_code`).
        pub heap: Vec<u8>,
        /// The ROM scale (see `Value::rom_in`): 0, 1 (`WIDE_UNIT_VERSION`)
        /// or 2 (`WIDER_UNIT_VERSION`).
        pub rom_scale: u32,
    }

    impl SnapshotWriter {
        pub fn finish(&self) -> Vec<u8> {
            let mut out = Vec::new();
            out.extend_from_slice(&[0; PREAMBLE_LEN]);
            let start = |out: &Vec<u8>| out.len();
            let mut lengths = [0u32; 6];
            let mut push = |out: &mut Vec<u8>, i: usize, data: &[u8]| {
                let s = start(out);
                out.extend_from_slice(data);
                if !out.len().is_multiple_of(2) {
                    out.push(0);
                }
                if let Some(len) = lengths.get_mut(i) {
                    *len = (out.len() - s) as u32;
                }
            };
            push(&mut out, 0, &self.strings);
            push(&mut out, 1, &self.rom);
            let words = |vals: &mut dyn Iterator<Item = u16>| -> Vec<u8> {
                vals.flat_map(u16::to_le_bytes).collect()
            };
            push(&mut out, 2, &words(&mut self.imports.iter().copied()));
            let exports: Vec<u8> = self
                .exports
                .iter()
                .flat_map(|e| {
                    let [a, b] = e.id.to_le_bytes();
                    let [c, d] = e.value.0.to_le_bytes();
                    [a, b, c, d]
                })
                .collect();
            push(&mut out, 3, &exports);
            push(&mut out, 4, &words(&mut self.globals.iter().map(|v| v.0)));
            push(&mut out, 5, &crate::encode_heap(&self.heap));
            let table = SectionTable { lengths }.encode();
            out.extend_from_slice(&table);
            let total = out.len() as u32;
            let mut preamble = [0u8; PREAMBLE_LEN];
            let fields: [&[u8]; 4] = [
                &MAGIC,
                &match self.rom_scale {
                    0 => FORMAT_VERSION,
                    1 => WIDE_UNIT_VERSION,
                    _ => WIDER_UNIT_VERSION,
                }
                .to_le_bytes(),
                &(table.len() as u16).to_le_bytes(),
                &total.to_le_bytes(),
            ];
            let mut at = 0;
            for field in fields {
                for (dst, src) in preamble.iter_mut().skip(at).zip(field) {
                    *dst = *src;
                }
                at += field.len();
            }
            let body = out.split_off(PREAMBLE_LEN);
            let crc = crate::crc32(&body);
            for (dst, src) in preamble.iter_mut().skip(12).zip(crc.to_le_bytes()) {
                *dst = src;
            }
            let mut whole = Vec::with_capacity(total as usize);
            whole.extend_from_slice(&preamble);
            whole.extend_from_slice(&body);
            whole
        }
    }
}
#[cfg(feature = "alloc")]
pub use writer::SnapshotWriter;

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use alloc::vec;
    use alloc::vec::Vec;

    fn sample() -> SnapshotWriter {
        SnapshotWriter {
            strings: vec![0x09, 0x30, b'h', b'i', 0, 0],
            rom: vec![1, 2, 3, 4],
            imports: vec![7, 9],
            exports: vec![ExportEntry {
                id: 3,
                value: Value::int(5).unwrap(),
            }],
            globals: vec![Value::UNDEFINED, Value::TRUE],
            heap: vec![0x02, 0x10, 1, 0, 0, 0],
            rom_scale: 0,
        }
    }

    /// A wide or wider unit opens (as one) only in a build with the `wide`
    /// feature; firmware refuses it as a version it does not know.
    #[test]
    fn wide_units_open_only_with_the_feature() {
        for (rom_scale, version) in [(1, WIDE_UNIT_VERSION), (2, WIDER_UNIT_VERSION)] {
            let bytes = SnapshotWriter {
                rom_scale,
                ..sample()
            }
            .finish();
            let opened = Snapshot::parse(&bytes);
            if cfg!(feature = "wide") {
                assert_eq!(opened.unwrap().rom_scale(), rom_scale);
            } else {
                let refused = Some(FormatError::UnsupportedVersion(version));
                assert_eq!(opened.err(), refused);
            }
        }
        assert_eq!(Snapshot::parse(&sample().finish()).unwrap().rom_scale(), 0);
    }

    fn reseal(bytes: &mut [u8]) {
        let crc = crate::crc32(&bytes[PREAMBLE_LEN..]);
        bytes[12..16].copy_from_slice(&crc.to_le_bytes());
    }

    #[test]
    fn round_trips_every_section() {
        let w = sample();
        let bytes = w.finish();
        let s = Snapshot::parse(&bytes).unwrap();
        assert_eq!(s.section(Section::Strings), &w.strings[..]);
        assert_eq!(s.section(Section::Rom), &w.rom[..]);
        assert_eq!(s.imports().collect::<Vec<_>>(), w.imports);
        assert_eq!(s.exports().collect::<Vec<_>>(), w.exports);
        assert_eq!(s.globals().collect::<Vec<_>>(), w.globals);
        assert_eq!(s.heap_image().unwrap(), w.heap);
        assert!(s.in_rom(ROM_BASE));
        assert!(!s.in_rom(ROM_BASE + 10));
    }

    #[test]
    fn empty_snapshot_round_trips() {
        let bytes = SnapshotWriter::default().finish();
        let s = Snapshot::parse(&bytes).unwrap();
        assert_eq!(s.imports().count(), 0);
        assert_eq!(s.heap().len(), 0);
    }

    #[test]
    fn rejects_wrong_magic() {
        let mut bytes = sample().finish();
        bytes[0] = b'X';
        assert_eq!(Snapshot::parse(&bytes).unwrap_err(), FormatError::BadMagic);
    }

    #[test]
    fn rejects_wrong_version() {
        let mut bytes = sample().finish();
        bytes[4] = 99;
        assert_eq!(
            Snapshot::parse(&bytes).unwrap_err(),
            FormatError::UnsupportedVersion(99)
        );
    }

    #[test]
    fn rejects_bad_crc() {
        let mut bytes = sample().finish();
        let last = bytes.len() - 3;
        bytes[last] ^= 0x40;
        assert_eq!(Snapshot::parse(&bytes).unwrap_err(), FormatError::BadCrc);
    }

    #[test]
    fn rejects_truncation_at_every_length() {
        let bytes = sample().finish();
        for len in 0..bytes.len() {
            assert_eq!(
                Snapshot::parse(&bytes[..len]).unwrap_err(),
                FormatError::Truncated
            );
        }
    }

    #[test]
    fn rejects_trailing_bytes() {
        let mut bytes = sample().finish();
        bytes.push(0);
        assert_eq!(
            Snapshot::parse(&bytes).unwrap_err(),
            FormatError::TrailingBytes
        );
    }

    #[test]
    fn rejects_section_out_of_bounds() {
        let w = sample();
        let mut bytes = w.finish();
        let table_len = usize::from(read_u16(&bytes, 6).unwrap());
        let table_at = bytes.len() - table_len;
        // The heap's length is the table's last varint: claim far more.
        let mut lengths = SectionTable::decode(&bytes[table_at..]).unwrap().lengths;
        lengths[5] = 4000;
        let table = SectionTable { lengths }.encode();
        bytes.truncate(table_at);
        bytes.extend_from_slice(&table);
        let total = bytes.len() as u32;
        bytes[6..8].copy_from_slice(&(table.len() as u16).to_le_bytes());
        bytes[8..12].copy_from_slice(&total.to_le_bytes());
        reseal(&mut bytes);
        assert_eq!(
            Snapshot::parse(&bytes).unwrap_err(),
            FormatError::SectionOutOfBounds(Section::Heap)
        );
    }

    #[test]
    fn rejects_garbage_section_table() {
        let mut bytes = sample().finish();
        // Claim the table is longer than everything after the preamble.
        bytes[6..8].copy_from_slice(&0xFFFFu16.to_le_bytes());
        assert_eq!(
            Snapshot::parse(&bytes).unwrap_err(),
            FormatError::BadSectionTable
        );
    }

    #[test]
    fn section_tables_are_six_varints_exactly() {
        let table = SectionTable {
            lengths: [0, 0x7F, 0x80, 0x3FFF, 0x4000, u32::MAX],
        };
        let bytes = table.encode();
        assert_eq!(
            bytes,
            [0, 0x7F, 0x80, 1, 0xFF, 0x7F, 0x80, 0x80, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]
        );
        assert_eq!(SectionTable::decode(&bytes), Some(table));
        // Short, long, and past 32 bits are all refused.
        assert_eq!(SectionTable::decode(&bytes[..bytes.len() - 1]), None);
        assert_eq!(
            SectionTable::decode(&[bytes.as_slice(), &[0]].concat()),
            None
        );
        let mut wide = bytes.clone();
        *wide.last_mut().unwrap() = 0x10;
        assert_eq!(SectionTable::decode(&wide), None);
        assert_eq!(
            SectionTable::decode(&[0, 0, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0]),
            None
        );
    }

    #[test]
    fn never_panics_on_flipped_bytes() {
        let bytes = sample().finish();
        for i in 0..bytes.len() {
            for bit in 0..8 {
                let mut b = bytes.clone();
                b[i] ^= 1 << bit;
                let _ = Snapshot::parse(&b);
                reseal(&mut b);
                let _ = Snapshot::parse(&b);
            }
        }
    }
}
