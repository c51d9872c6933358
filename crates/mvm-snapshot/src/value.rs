//! The 16-bit value encoding.
//!
//! | low bits | meaning |
//! |---|---|
//! | `..0` | heap reference: the payload offset in the heap (even, non-zero) |
//! | `.11` | 14-bit signed integer in the upper bits |
//! | `.01`, below `0x40` | a well-known constant (`undefined`, `null`, ...) |
//! | `.01`, `0x41`..`0xFD` | a builtin function ([`Builtin`]) |
//! | `.01`, from `0x101` | ROM reference: payload at snapshot offset `ROM_BASE + (v - 0x101) / 2` |
//!
//! ROM references address [`ROM_REACH`] bytes of the snapshot from
//! [`crate::ROM_BASE`] (just past the preamble), 2-byte aligned.

/// Bytes of ROM that references can reach.
pub const ROM_REACH: usize = (0xFFFD - FIRST_ROM_REF as usize) / 2 + 2;
/// Bytes of ROM that references reach in a wide unit (see
/// [`Value::rom_in`]).
pub const WIDE_ROM_REACH: usize = rom_reach(1);

/// The padding to put before an allocation whose header would start at
/// snapshot offset `at` (even), so that its payload lies where a ROM
/// reference at `scale` can name it (see [`Value::rom_in`]).
pub const fn rom_padding(at: usize, scale: u32) -> usize {
    let step = 2 << scale;
    (step - (at + 2).saturating_sub(crate::ROM_BASE) % step) % step
}

/// Bytes of ROM that references reach at a ROM `scale` (see
/// [`Value::rom_in`]): [`ROM_REACH`], [`WIDE_ROM_REACH`], or twice that.
pub const fn rom_reach(scale: u32) -> usize {
    (((0xFFFD - FIRST_ROM_REF) as usize) << scale >> 1) + (2 << scale)
}
const FIRST_ROM_REF: u16 = 0x101;
const FIRST_BUILTIN: u16 = 0x41;

/// Functions the engine itself provides. They are values of their own
/// (well-known encodings), so they cost no ROM or heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Builtin {
    ArrayPush = 0,
    NoOp = 1,
    NumberIsNaN = 2,
    ReflectOwnKeys = 3,
    TypeCodeOf = 4,
    NewUint8Array = 5,
    JsonStringify = 6,
    JsonParse = 7,
    PromiseThen = 8,
    /// `resolve` passed to a `new Promise` executor (bound via a closure).
    PromiseResolve = 9,
    PromiseReject = 10,
    PromiseCatch = 11,
    /// `Promise`, as a constructor.
    PromiseCtor = 12,
    /// Not functions: the keys of a promise's internal slots, which no
    /// script can name.
    PromiseState = 13,
    PromiseResult = 14,
    /// `String.prototype.charCodeAt`: the UTF-16 code unit at an index.
    StringCharCodeAt = 15,
    /// `String.fromCharCode`: text of UTF-16 code units.
    StringFromCharCode = 16,
    /// `(get, set)` → an accessor, the value of a property with a getter
    /// or a setter (the compiler calls it for `get x()` and `set x(v)`).
    MakeAccessor = 17,
    /// `Function.prototype.call`: calls `this` with the first argument as
    /// its `this` and the rest as its arguments.
    FunctionCall = 18,
    /// `Function.prototype.apply`: the same with the arguments in an array.
    FunctionApply = 19,
    /// `Math`'s transcendental functions, `(which, x, y)` → a number: the
    /// prelude's `Math.sin`, `Math.log`, `Math.atan2`, ... (see
    /// `MathFunction` in the runtime).
    MathFunction = 20,
    /// `(x, count, significant)` → `x`'s digits rounded for `toFixed`,
    /// `toPrecision` and `toExponential`, as text (`rounded_digits` in
    /// the runtime).
    NumberDigits = 21,
    /// `(state, value, throws)` → what a suspended generator yields or
    /// returns next: resumes the frame kept in `state[0]` (see `Yield`)
    /// with `value` sent, or thrown when `throws` is true.
    GeneratorResume = 22,
    /// Not a function: the key of the mark an error the engine makes
    /// carries (its first property), which no script can name.
    ErrorMark = 23,
    /// `this` → `this`, when it is something `for..of`, a spread or an
    /// array pattern can walk (a string, an array, a byte array, an object
    /// with an iterator or items); otherwise a `TypeError`, "... is not
    /// iterable", which the compiler's source map words.
    IterableCheck = 24,
    /// `(object, key, part)` → of the object's (or class's) own property
    /// `key`, read without calling an accessor: with `part` 0 or 1, its
    /// getter or setter, or `false` where it is not an accessor; with 2,
    /// whether it is there at all, listed or not (a class's methods). For
    /// `Object.hasOwn` and `Object.getOwnPropertyDescriptor`.
    OwnProperty = 25,
    /// `(array, index, input, groups)` → a match array: the array's
    /// elements, with `index`, `input` and `groups` in three more slots
    /// of the array itself (arrays hold no named properties); `(array,
    /// k)` → that slot `k` (0 to 2), or `undefined` for another array.
    MatchArray = 26,
    /// `(object, lock)` → whether the object (an array, or a class's
    /// statics) is locked, after locking it when `lock` is true: what
    /// `Object.freeze`, `seal`, `preventExtensions` and a read-only
    /// `defineProperty` leave, which the engine's writes then respect
    /// (see `AllocHeader::is_locked`; the level is the object's hidden
    /// `#lock` list, format 17).
    Lock = 27,
    /// `(array, value, from)` → the first index from `from` whose item
    /// is `=== value` (a hole reads as `undefined`), or -1: the search of
    /// `indexOf`, `includes` and the prelude's Map and Set, a loop of
    /// bytecode otherwise (format 18).
    ArrayIndexOf = 28,
    /// `(text, from, to)` → the text's UTF-16 code units `from` to `to`:
    /// `slice`, `substring` and the prelude's other cuts, which built it
    /// a unit at a time otherwise (format 18).
    StringSlice = 29,
    /// `(text, search, from, last)` → the first unit index from `from`
    /// where `search` is in the text (with `last` true, the last one at or
    /// before `from`), or -1: `indexOf`, `lastIndexOf`, `includes`,
    /// `split` and `replace` (format 18).
    StringIndexOf = 30,
    /// `(array, target, start, end)` → true, once the array's items
    /// `start` to `end` are copied to `target` on (holes too, as
    /// `copyWithin` copies them); false, with nothing done, for a locked
    /// array or another value: `shift` and `splice`, which moved each
    /// item in bytecode otherwise (format 18).
    ArrayCopyWithin = 31,
}

impl Builtin {
    const ALL: [Builtin; 32] = [
        Builtin::ArrayPush,
        Builtin::NoOp,
        Builtin::NumberIsNaN,
        Builtin::ReflectOwnKeys,
        Builtin::TypeCodeOf,
        Builtin::NewUint8Array,
        Builtin::JsonStringify,
        Builtin::JsonParse,
        Builtin::PromiseThen,
        Builtin::PromiseResolve,
        Builtin::PromiseReject,
        Builtin::PromiseCatch,
        Builtin::PromiseCtor,
        Builtin::PromiseState,
        Builtin::PromiseResult,
        Builtin::StringCharCodeAt,
        Builtin::StringFromCharCode,
        Builtin::MakeAccessor,
        Builtin::FunctionCall,
        Builtin::FunctionApply,
        Builtin::MathFunction,
        Builtin::NumberDigits,
        Builtin::GeneratorResume,
        Builtin::ErrorMark,
        Builtin::IterableCheck,
        Builtin::OwnProperty,
        Builtin::MatchArray,
        Builtin::Lock,
        Builtin::ArrayIndexOf,
        Builtin::StringSlice,
        Builtin::StringIndexOf,
        Builtin::ArrayCopyWithin,
    ];

    #[inline]
    pub const fn value(self) -> Value {
        Value(FIRST_BUILTIN + 4 * self as u16)
    }

    #[inline]
    fn from_index(i: u16) -> Option<Builtin> {
        Builtin::ALL.get(usize::from(i)).copied()
    }
}

/// Smallest integer a value holds inline.
pub const INT14_MIN: i32 = -8192;
/// Largest integer a value holds inline.
pub const INT14_MAX: i32 = 8191;

/// One JavaScript value in 16 bits. See the module docs for the encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Value(pub u16);

/// What a value is, from its bits alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Int(i16),
    Undefined,
    Null,
    True,
    False,
    NaN,
    NegZero,
    EmptyString,
    /// An array slot that was never written.
    Hole,
    /// One of the strings the engine itself names (see [`Value::builtin_str`]).
    BuiltinStr(&'static str),
    Builtin(Builtin),
    /// A well-known encoding with no meaning yet: only a corrupt snapshot has it.
    Invalid,
    Heap(u16),
    Rom(u16),
}

impl Value {
    pub const UNDEFINED: Value = Value(0x01);
    pub const NULL: Value = Value(0x05);
    pub const TRUE: Value = Value(0x09);
    pub const FALSE: Value = Value(0x0D);
    pub const NAN: Value = Value(0x11);
    pub const NEG_ZERO: Value = Value(0x15);
    pub const EMPTY_STRING: Value = Value(0x19);
    pub const HOLE: Value = Value(0x1D);
    pub const STR_UNDEFINED: Value = Value(0x21);
    pub const STR_OBJECT: Value = Value(0x25);
    pub const STR_BOOLEAN: Value = Value(0x29);
    pub const STR_NUMBER: Value = Value(0x2D);
    pub const STR_STRING: Value = Value(0x31);
    pub const STR_FUNCTION: Value = Value(0x35);
    pub const STR_LENGTH: Value = Value(0x39);
    pub const STR_PROTOTYPE: Value = Value(0x3D);

    /// The strings the engine itself produces (`typeof` results, `length`)
    /// are well-known values, so they cost neither ROM nor heap.
    pub const BUILTIN_STRS: [(Value, &'static str); 8] = [
        (Value::STR_UNDEFINED, "undefined"),
        (Value::STR_OBJECT, "object"),
        (Value::STR_BOOLEAN, "boolean"),
        (Value::STR_NUMBER, "number"),
        (Value::STR_STRING, "string"),
        (Value::STR_FUNCTION, "function"),
        (Value::STR_LENGTH, "length"),
        (Value::STR_PROTOTYPE, "prototype"),
    ];

    /// The well-known value for `s`, if `s` is one of the builtin strings.
    #[inline]
    pub fn builtin_str(s: &str) -> Option<Value> {
        Value::BUILTIN_STRS
            .iter()
            .find(|(_, text)| *text == s)
            .map(|(v, _)| *v)
    }

    /// The inline integer `n`, if it fits in 14 bits.
    #[inline]
    pub const fn int(n: i32) -> Option<Value> {
        if n >= INT14_MIN && n <= INT14_MAX {
            Some(Value(((n << 2) | 3) as u16))
        } else {
            None
        }
    }

    #[inline]
    pub const fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A reference to the heap payload at `offset` (even, non-zero).
    #[inline]
    pub const fn heap(offset: u16) -> Value {
        Value(offset)
    }

    /// A reference to the ROM payload at snapshot offset `offset`, if it is
    /// even and inside the addressable 32 KiB.
    #[inline]
    pub const fn rom(offset: usize) -> Option<Value> {
        if !offset.is_multiple_of(2) || offset < crate::ROM_BASE {
            return None;
        }
        let rel = offset - crate::ROM_BASE;
        if rel >= ROM_REACH {
            return None;
        }
        Some(Value((rel << 1) as u16 + FIRST_ROM_REF))
    }

    /// [`Value::rom`] at a ROM scale: 0 counts 2-byte steps (narrow, the
    /// device's), 1 counts 4-byte steps (wide: payloads 4-byte aligned
    /// from `ROM_BASE`) and 2 counts 8-byte steps (wider), each reaching
    /// twice as far as the one before. The compiler's units, whose library
    /// is linked whole before the top level runs, may need wide or wider;
    /// a snapshot whose exports call on much of the library may need wide.
    #[inline]
    pub const fn rom_in(offset: usize, scale: u32) -> Option<Value> {
        if offset < crate::ROM_BASE {
            return None;
        }
        let rel = offset - crate::ROM_BASE;
        if !rel.is_multiple_of(2 << scale) || rel >= rom_reach(scale) {
            return None;
        }
        Some(Value(((rel << 1) >> scale) as u16 + FIRST_ROM_REF))
    }

    /// [`Value::rom_offset`] at a ROM `scale` (see [`Value::rom_in`]): two
    /// shifts rather than a branch, as the engine decodes a ROM reference
    /// on every call and constant read (without the `wide` feature the
    /// scale is a constant 0 and the first shift goes).
    #[inline]
    pub const fn rom_offset_in(self, scale: u32) -> Option<usize> {
        if self.is_rom() {
            Some((((self.0 - FIRST_ROM_REF) as usize) << scale >> 1) + crate::ROM_BASE)
        } else {
            None
        }
    }

    #[inline]
    pub const fn as_int(self) -> Option<i16> {
        if self.0 & 3 == 3 {
            Some((self.0 as i16) >> 2)
        } else {
            None
        }
    }

    #[inline]
    pub const fn is_heap(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    #[inline]
    pub const fn is_rom(self) -> bool {
        self.0 & 3 == 1 && self.0 >= FIRST_ROM_REF
    }

    /// The snapshot offset a ROM reference names (what [`Value::kind`]
    /// gives as `Rom`), without the rest of `kind`'s decoding.
    #[inline]
    pub const fn rom_offset(self) -> Option<usize> {
        if self.is_rom() {
            Some(((self.0 - FIRST_ROM_REF) >> 1) as usize + crate::ROM_BASE)
        } else {
            None
        }
    }

    #[inline]
    pub fn kind(self) -> ValueKind {
        let v = self.0;
        if v & 1 == 0 {
            return if v == 0 {
                ValueKind::Invalid
            } else {
                ValueKind::Heap(v)
            };
        }
        if v & 3 == 3 {
            return ValueKind::Int((v as i16) >> 2);
        }
        if v >= FIRST_ROM_REF {
            return ValueKind::Rom(((v - FIRST_ROM_REF) >> 1) + crate::ROM_BASE as u16);
        }
        if v >= FIRST_BUILTIN {
            return match Builtin::from_index((v - FIRST_BUILTIN) >> 2) {
                Some(b) => ValueKind::Builtin(b),
                None => ValueKind::Invalid,
            };
        }
        match v {
            0x01 => ValueKind::Undefined,
            0x05 => ValueKind::Null,
            0x09 => ValueKind::True,
            0x0D => ValueKind::False,
            0x11 => ValueKind::NaN,
            0x15 => ValueKind::NegZero,
            0x19 => ValueKind::EmptyString,
            0x1D => ValueKind::Hole,
            // One table read rather than a branch per string (`v & 3` is 1).
            0x21..=0x3D => Value::BUILTIN_STRS
                .get(usize::from((v - 0x21) >> 2))
                .map_or(ValueKind::Invalid, |(_, text)| ValueKind::BuiltinStr(text)),
            _ => ValueKind::Invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int14_round_trips_across_its_range() {
        for n in INT14_MIN..=INT14_MAX {
            let v = Value::int(n).unwrap();
            assert_eq!(v.as_int(), Some(n as i16));
            assert_eq!(v.kind(), ValueKind::Int(n as i16));
        }
        assert!(Value::int(INT14_MAX + 1).is_none());
        assert!(Value::int(INT14_MIN - 1).is_none());
    }

    #[test]
    fn rom_and_heap_references_decode() {
        for offset in (crate::ROM_BASE..crate::ROM_BASE + ROM_REACH).step_by(2) {
            let r = Value::rom(offset).unwrap();
            assert!(r.is_rom());
            assert_eq!(r.kind(), ValueKind::Rom(offset as u16));
        }
        assert!(Value::rom(crate::ROM_BASE + ROM_REACH).is_none());
        for b in Builtin::ALL {
            assert_eq!(b.value().kind(), ValueKind::Builtin(b));
            assert!(!b.value().is_rom());
        }
        assert!(Value::rom(crate::ROM_BASE + 1).is_none());
        assert_eq!(Value::heap(8).kind(), ValueKind::Heap(8));
        assert_eq!(Value(0).kind(), ValueKind::Invalid);
    }

    #[test]
    fn wide_and_wider_rom_references_decode() {
        for scale in [1, 2] {
            let step = 2 << scale;
            let reach = rom_reach(scale);
            for offset in (crate::ROM_BASE..crate::ROM_BASE + reach).step_by(step) {
                let r = Value::rom_in(offset, scale).unwrap();
                assert!(r.is_rom());
                assert_eq!(r.rom_offset_in(scale), Some(offset));
            }
            assert!(Value::rom_in(crate::ROM_BASE + reach, scale).is_none());
            assert!(Value::rom_in(crate::ROM_BASE + step / 2, scale).is_none());
        }
        assert_eq!(rom_reach(0), ROM_REACH);
        assert_eq!(rom_reach(2), 2 * WIDE_ROM_REACH);
        let narrow = Value::rom(crate::ROM_BASE + 100).unwrap();
        assert_eq!(Value::rom_in(crate::ROM_BASE + 100, 0), Some(narrow));
        assert_eq!(narrow.rom_offset_in(0), Some(crate::ROM_BASE + 100));
    }

    #[test]
    fn well_known_values_are_distinct() {
        let all = [
            Value::UNDEFINED,
            Value::NULL,
            Value::TRUE,
            Value::FALSE,
            Value::NAN,
            Value::NEG_ZERO,
            Value::EMPTY_STRING,
            Value::HOLE,
            Value::STR_UNDEFINED,
            Value::STR_OBJECT,
            Value::STR_BOOLEAN,
            Value::STR_NUMBER,
            Value::STR_STRING,
            Value::STR_FUNCTION,
            Value::STR_LENGTH,
            Value::STR_PROTOTYPE,
        ];
        for (v, text) in Value::BUILTIN_STRS {
            assert_eq!(v.kind(), ValueKind::BuiltinStr(text));
            assert_eq!(Value::builtin_str(text), Some(v));
        }
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_rom() && !a.is_heap() && a.as_int().is_none());
            assert_ne!(a.kind(), ValueKind::Invalid);
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
