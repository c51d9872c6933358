/// The kind of an allocation, kept in the top 4 bits of its 2-byte header.
///
/// Numbered as Microvium's `TeTypeCode`, so that tools and tests written for
/// Microvium read the same numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum TypeCode {
    /// A collector forwarding record; never seen outside a collection.
    Tombstone = 0x0,
    Int32 = 0x1,
    Float64 = 0x2,
    String = 0x3,
    InternedString = 0x4,
    /// Bytecode: only in ROM.
    Function = 0x5,
    /// An import: the payload is the import ID.
    HostFunc = 0x6,
    Uint8Array = 0x7,
    /// Bytecode past one allocation's 4095 bytes (see
    /// [`AllocHeader::function`]): only in ROM. [`TypeCode::is_function`]
    /// holds for both kinds.
    LongFunction = 0x8,
    Class = 0x9,
    Virtual = 0xA,
    /// A getter and setter pair, a property's value: `[get, set]`.
    Accessor = 0xB,
    /// An object: `[next, proto, (key, value)*]`.
    PropertyList = 0xC,
    /// An array: `[data, length]`, `data` a fixed-length array or `null`.
    Array = 0xD,
    /// A plain run of values: array storage and closure scopes.
    FixedLengthArray = 0xE,
    /// A function paired with the scope it closes over: `[function, scope]`.
    Closure = 0xF,
}

impl TypeCode {
    #[inline]
    pub const fn from_bits(bits: u8) -> TypeCode {
        match bits & 0xF {
            0x0 => TypeCode::Tombstone,
            0x1 => TypeCode::Int32,
            0x2 => TypeCode::Float64,
            0x3 => TypeCode::String,
            0x4 => TypeCode::InternedString,
            0x5 => TypeCode::Function,
            0x6 => TypeCode::HostFunc,
            0x7 => TypeCode::Uint8Array,
            0x8 => TypeCode::LongFunction,
            0x9 => TypeCode::Class,
            0xA => TypeCode::Virtual,
            0xB => TypeCode::Accessor,
            0xC => TypeCode::PropertyList,
            0xD => TypeCode::Array,
            0xE => TypeCode::FixedLengthArray,
            _ => TypeCode::Closure,
        }
    }

    /// Bytecode, of either length.
    #[inline]
    pub const fn is_function(self) -> bool {
        matches!(self, TypeCode::Function | TypeCode::LongFunction)
    }

    /// Whether the payload is a run of 16-bit values the collector traces.
    #[inline]
    pub const fn holds_values(self) -> bool {
        matches!(
            self,
            TypeCode::PropertyList
                | TypeCode::Array
                | TypeCode::FixedLengthArray
                | TypeCode::Closure
                | TypeCode::Class
                | TypeCode::Accessor
        )
    }

    /// Whether values of this kind never change once made, so a snapshot may
    /// move them out of RAM into ROM.
    #[inline]
    pub const fn is_immutable(self) -> bool {
        matches!(
            self,
            TypeCode::Int32
                | TypeCode::Float64
                | TypeCode::String
                | TypeCode::InternedString
                | TypeCode::Function
                | TypeCode::LongFunction
                | TypeCode::HostFunc
        )
    }
}

/// The bit of an object's or an array's header that locks it (see
/// [`AllocHeader::is_locked`]).
pub const LOCKED: u16 = 1;

/// Largest payload one allocation can have: the header's 12-bit size field.
pub const MAX_ALLOC_SIZE: usize = 0xFFF;

/// A long function's size field counts units of this many bytes: bytecode
/// past 4095 bytes (a large `switch`, an interpreter loop), in ROM only.
const LONG_UNIT: usize = 8;

/// Largest function payload: a long function's whole size field.
pub const MAX_FUNCTION_SIZE: usize = MAX_ALLOC_SIZE * LONG_UNIT;

/// A function's instance-property count (bits 1 to 5 of its flags) that
/// marks it as one `new` refuses: an arrow function, a method, an async
/// function or a generator.
pub const NOT_A_CONSTRUCTOR: u8 = 31;

/// Bit 6 of a function's flags: its code is sloppy (a script's, outside a
/// class and without `'use strict'`), where a write that a frozen object
/// refuses is dropped rather than a `TypeError` (format 17).
pub const SLOPPY_FUNCTION: u8 = 0x40;

/// The 2-byte header in front of every allocation: `type << 12 | size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocHeader(pub u16);

impl AllocHeader {
    /// `None` when `size` does not fit the 12-bit field.
    #[inline]
    pub const fn new(type_code: TypeCode, size: usize) -> Option<AllocHeader> {
        if size > MAX_ALLOC_SIZE {
            return None;
        }
        Some(AllocHeader(((type_code as u16) << 12) | size as u16))
    }
    /// The header of a function whose payload is `size` bytes: a long
    /// function's past 4095, its payload then padded to whole units.
    pub const fn function(size: usize) -> Option<AllocHeader> {
        if size <= MAX_ALLOC_SIZE {
            return AllocHeader::new(TypeCode::Function, size);
        }
        if size > MAX_FUNCTION_SIZE {
            return None;
        }
        let units = size.div_ceil(LONG_UNIT);
        Some(AllocHeader(
            (TypeCode::LongFunction as u16) << 12 | units as u16,
        ))
    }
    /// Whether the object or array is locked (`Object.freeze`, ...): bit 0
    /// of the size field, free there because their sizes are even
    /// ([`AllocHeader::size`] leaves it out; format 17).
    #[inline]
    pub const fn is_locked(self) -> bool {
        self.0 & LOCKED != 0 && matches!(self.type_code(), TypeCode::PropertyList | TypeCode::Array)
    }
    #[inline]
    pub const fn type_code(self) -> TypeCode {
        TypeCode::from_bits((self.0 >> 12) as u8)
    }
    /// Payload bytes, not counting the header or padding: the size field
    /// itself (a long function's counts units: see [`AllocHeader::extent`],
    /// which ROM readers use; the heap never holds one).
    #[inline]
    pub const fn size(self) -> usize {
        // (Without the lock bit: the kinds from 0xC up, objects, arrays,
        // fixed-length arrays and closures, all have even sizes.)
        let lock = (self.0 >> 14 == 3) as u16 & LOCKED;
        (self.0 & 0xFFF & !lock) as usize
    }
    /// Payload bytes of an allocation in ROM or the heap: [`AllocHeader::size`],
    /// or a long function's units in bytes.
    #[inline]
    pub const fn extent(self) -> usize {
        if (self.0 >> 12) as u8 == TypeCode::LongFunction as u8 {
            self.size() * LONG_UNIT
        } else {
            self.size()
        }
    }
    /// Bytes the allocation occupies including header and padding: payloads
    /// are rounded up to even and to at least 2 bytes (the collector writes a
    /// forwarding pointer there).
    #[inline]
    pub const fn footprint(self) -> usize {
        let size = self.extent();
        let padded = if size < 2 { 2 } else { (size + 1) & !1 };
        2 + padded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips_type_and_size() {
        let h = AllocHeader::new(TypeCode::String, 7).unwrap();
        assert_eq!(h.type_code(), TypeCode::String);
        assert_eq!(h.size(), 7);
        assert_eq!(h.footprint(), 10);
        assert_eq!(AllocHeader::new(TypeCode::Int32, 0).unwrap().footprint(), 4);
        assert!(AllocHeader::new(TypeCode::String, 4096).is_none());
    }

    #[test]
    fn type_codes_round_trip() {
        for bits in 0..16u8 {
            assert_eq!(TypeCode::from_bits(bits) as u8, bits);
        }
    }

    #[test]
    fn long_functions_count_units() {
        let short = AllocHeader::function(4095).unwrap();
        assert_eq!(
            (short.type_code(), short.extent()),
            (TypeCode::Function, 4095)
        );
        let long = AllocHeader::function(4096).unwrap();
        assert!(long.type_code().is_function());
        assert_eq!(long.extent(), 4096);
        assert_eq!(long.footprint(), 4098);
        assert_eq!(AllocHeader::function(4100).unwrap().extent(), 4104);
        assert_eq!(
            AllocHeader::function(MAX_FUNCTION_SIZE).unwrap().extent(),
            MAX_FUNCTION_SIZE
        );
        assert!(AllocHeader::function(MAX_FUNCTION_SIZE + 1).is_none());
    }
}
