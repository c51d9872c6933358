//! Strings: UTF-8 bytes and a NUL in ROM or on the heap, or one of the
//! well-known values (`""`, the `typeof` names).

use crate::number::{format_number, push_int, Num};
use crate::{Engine, VmError};
use alloc::string::String;
use alloc::vec::Vec;
use mvm_snapshot::{TypeCode, Value, ValueKind};

/// How deep an array's text looks into nested arrays.
const MAX_ARRAY_TEXT_DEPTH: usize = 32;

/// An array whose text is being written, in a list from the innermost out.
struct OpenArray<'o> {
    array: Value,
    outer: Option<&'o OpenArray<'o>>,
    depth: usize,
}

impl<'a> Engine<'a> {
    /// The UTF-8 bytes of a string value, or `None` if it is not a string.
    pub fn string_bytes(&self, v: Value) -> Option<&[u8]> {
        match v.kind() {
            ValueKind::EmptyString => Some(b""),
            ValueKind::BuiltinStr(s) => Some(s.as_bytes()),
            ValueKind::Heap(_) | ValueKind::Rom(_) => {
                // (The reference resolved once, for its type and its bytes.)
                let (TypeCode::String | TypeCode::InternedString, bytes) = self.typed_payload(v)?
                else {
                    return None;
                };
                // The payload ends with the NUL terminator.
                bytes.get(..bytes.len().checked_sub(1)?)
            }
            _ => None,
        }
    }

    /// A string in ROM, borrowed from the snapshot rather than from the VM
    /// (so the heap can be written while it is read).
    pub(crate) fn rom_string(&self, v: Value) -> Option<&'a [u8]> {
        let (crate::engine::Place::Rom(offset), header) = self.resolve(v)? else {
            return None;
        };
        if !matches!(
            header.type_code(),
            TypeCode::String | TypeCode::InternedString
        ) {
            return None;
        }
        let rom: &'a [u8] = self.rom;
        rom.get(offset..offset + header.size().checked_sub(1)?)
    }

    pub(crate) fn is_string(&self, v: Value) -> bool {
        self.string_bytes(v).is_some()
    }

    /// A new string value holding `bytes` (valid UTF-8).
    pub fn make_string(&mut self, bytes: &[u8]) -> Result<Value, VmError> {
        if bytes.is_empty() {
            return Ok(Value::EMPTY_STRING);
        }
        let p = self.alloc(TypeCode::String, bytes.len() + 1)?;
        self.write_payload(p, bytes)?;
        Ok(Value::heap(p))
    }

    /// `String(v)`, as text. Never fails: what it cannot read it writes as
    /// JavaScript would write an object.
    pub fn to_display_string(&self, v: Value) -> String {
        let mut out = String::new();
        // An error as its toString would give it.
        let mut text = Vec::new();
        if !(self.is_error(v) && self.write_error(v, &mut text)) {
            text = self.string_of(v);
        }
        crate::wtf8::push_lossy(&mut out, &text);
        out
    }

    /// Writes `String(v)` as WTF-8 bytes, as the engine keeps strings
    /// (so a lone surrogate inside an array's text stays one).
    pub(crate) fn write_string(&self, v: Value, out: &mut Vec<u8>) {
        if let Some(bytes) = self.string_bytes(v) {
            out.extend_from_slice(bytes);
            return;
        }
        if let Some(n) = self.num(v) {
            match n {
                Num::Int(i) => push_int(out, i64::from(i)),
                Num::Float(f) => format_number(f, out),
            }
            return;
        }
        let text = match v.kind() {
            ValueKind::Undefined | ValueKind::Hole => "undefined",
            ValueKind::Null => "null",
            ValueKind::True => "true",
            ValueKind::False => "false",
            _ => match self.type_of_ref(v) {
                // A byte array's text is its bytes, as an array's.
                Some(TypeCode::Uint8Array) => {
                    for (i, byte) in self.payload(v).unwrap_or(&[]).iter().enumerate() {
                        if i > 0 {
                            out.push(b',');
                        }
                        push_int(out, i64::from(*byte));
                    }
                    return;
                }
                Some(TypeCode::Array) => {
                    self.write_array(v, out, None);
                    return;
                }
                Some(
                    TypeCode::Function
                    | TypeCode::LongFunction
                    | TypeCode::Closure
                    | TypeCode::HostFunc
                    // (A function the program gives properties is made a
                    // class, its properties beside it.)
                    | TypeCode::Class,
                ) => "function () { [native code] }",
                Some(TypeCode::PropertyList) if self.is_promise(v) => "[object Promise]",
                // (An error of the program's has the prelude's toString,
                // which the conversion asks first.)
                Some(TypeCode::PropertyList)
                    if self.slot(v, 2) == Some(mvm_snapshot::Builtin::ErrorMark.value()) =>
                {
                    if self.write_error(v, out) {
                        return;
                    }
                    "[object Object]"
                }
                _ => "[object Object]",
            },
        };
        out.extend_from_slice(text.as_bytes());
    }

    /// `name: message` of an error the compiler throws as a plain object
    /// (marked `#@@error`, where the program has no error class), as an
    /// error prints.
    pub(crate) fn name_and_message(&self, v: Value) -> Option<alloc::string::String> {
        if !self.is_plain_object(v) || self.own_named(v, b"\xEF\xBF\xBF@@error").is_none() {
            return None;
        }
        let mut text = Vec::new();
        if !self.write_error(v, &mut text) {
            return None;
        }
        let mut out = alloc::string::String::new();
        crate::wtf8::push_lossy(&mut out, &text);
        Some(out)
    }

    /// An error's text, `name: message`, as Error.prototype.toString
    /// gives it: its `name`, own or its prototype's, and its message (the
    /// engine's errors have their own; the program's keep it under the
    /// hidden key `#message`); false when it has no name.
    pub(crate) fn write_error(&self, v: Value, out: &mut Vec<u8>) -> bool {
        let Some(n) = self.string_bytes(self.lookup_name(v, b"name")) else {
            return false;
        };
        self.write_named_error(v, n, out);
        true
    }

    /// `n: message` of the error `v`.
    pub(crate) fn write_named_error(&self, v: Value, n: &[u8], out: &mut Vec<u8>) {
        let m = self
            .own_named(v, b"\xEF\xBF\xBFmessage")
            .or_else(|| self.own_named(v, b"message"))
            .and_then(|m| self.string_bytes(m))
            .unwrap_or(b"");
        out.extend_from_slice(n);
        if !n.is_empty() && !m.is_empty() {
            out.extend_from_slice(b": ");
        }
        out.extend_from_slice(m);
    }

    /// An array's text, as `join()` gives it: one that contains itself is
    /// '' where it recurs, as V8 writes it (`open` lists the arrays being
    /// written, innermost first). Nested deeper than
    /// [`MAX_ARRAY_TEXT_DEPTH`], the rest is left out: the walk recurses,
    /// and a device's stack is small.
    fn write_array(&self, array: Value, out: &mut Vec<u8>, open: Option<&OpenArray<'_>>) {
        let here = OpenArray {
            array,
            outer: open,
            depth: open.map_or(0, |o| o.depth + 1),
        };
        for i in 0..self.array_length(array) {
            if i > 0 {
                out.push(b',');
            }
            let item = self.array_get(array, i);
            match item.kind() {
                ValueKind::Undefined | ValueKind::Null | ValueKind::Hole => {}
                // (Only an array can be one being written.)
                _ if self.type_of_ref(item) == Some(TypeCode::Array) => {
                    let mut outer = Some(&here);
                    while let Some(o) = outer.filter(|o| o.array != item) {
                        outer = o.outer;
                    }
                    if outer.is_none() && here.depth < MAX_ARRAY_TEXT_DEPTH {
                        self.write_array(item, out, Some(&here));
                    }
                }
                _ => self.write_string(item, out),
            }
        }
    }

    /// The UTF-16 code unit at `index` of the text `v`, whose bytes are
    /// `bytes`. In a speed build, past a non-ASCII character, it walks on
    /// from where the last such read left off in the same text (see
    /// `TextCursor`), so a loop over the text reads each character once.
    pub(crate) fn unit_at(&self, v: Value, bytes: &[u8], index: usize) -> Option<u16> {
        #[cfg(not(any(mvm_size, feature = "small")))]
        if !bytes.get(..=index).is_some_and(<[u8]>::is_ascii) {
            let cursor = self.text_cursor.get().filter(|c| c.0 == v);
            let length = cursor.map_or(usize::MAX, |c| c.3);
            let (mut unit, mut at) = match cursor {
                Some((_, u, b, _)) if u <= index => (u, b),
                _ => (0, 0),
            };
            loop {
                let (cp, len) = crate::wtf8::decode(bytes.get(at..)?)?;
                let units = 1 + usize::from(cp >= 0x10000);
                if index < unit + units {
                    // (The code point found: its units, a pair split, as
                    // `code_units` gives them.)
                    self.text_cursor.set(Some((v, unit, at, length)));
                    return crate::wtf8::code_units(bytes.get(at..)?).nth(index - unit);
                }
                unit += units;
                at += len;
            }
        }
        // (A size build reads from the start: `v` is not asked.)
        let _ = v;
        crate::wtf8::code_unit_at(bytes, index)
    }

    /// The length in UTF-16 code units of the text `v`, whose bytes are
    /// `bytes`: counted once in a speed build (see `TextCursor`).
    pub(crate) fn text_length(&self, v: Value, bytes: &[u8]) -> usize {
        #[cfg(not(any(mvm_size, feature = "small")))]
        if !bytes.is_ascii() {
            let cursor = self.text_cursor.get().filter(|c| c.0 == v);
            if let Some((_, _, _, length)) = cursor.filter(|c| c.3 != usize::MAX) {
                return length;
            }
            let length = utf16_len(bytes);
            let (unit, at) = cursor.map_or((0, 0), |c| (c.1, c.2));
            self.text_cursor.set(Some((v, unit, at, length)));
            return length;
        }
        let _ = v;
        utf16_len(bytes)
    }

    /// `String(v)` as bytes, for concatenation.
    pub(crate) fn string_of(&self, v: Value) -> Vec<u8> {
        let mut out = Vec::new();
        self.write_string(v, &mut out);
        out
    }
}

/// Length in UTF-16 code units, as JavaScript counts it: one for each
/// byte that starts a character, two for a four-byte one. (In a speed
/// build, ASCII text, checked a word at a time, is its byte length: a
/// loop `i < s.length` over a long string asks it every turn.)
pub(crate) fn utf16_len(bytes: &[u8]) -> usize {
    if crate::FAST_PATHS && bytes.is_ascii() {
        return bytes.len();
    }
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}
