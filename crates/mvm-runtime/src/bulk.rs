//! The builtins that do in Rust what the prelude did a unit or an item at
//! a time in bytecode: searching an array (`indexOf`, `includes`, the keys
//! of `Map` and `Set`), cutting and searching text by UTF-16 indices
//! (`slice`, `indexOf`, `split`, `replace`), and moving an array's items
//! (`shift`, `splice`). They are kept out of line, behind one call from
//! the builtins' switch.

use crate::engine::Engine;
use crate::object::int_value;
use crate::VmError;
use alloc::vec::Vec;
use mvm_snapshot::{Builtin, TypeCode, Value};

impl Engine<'_> {
    /// Runs one of these builtins on its first four arguments.
    #[inline(never)]
    pub(crate) fn bulk(&mut self, builtin: Builtin, args: [Value; 4]) -> Result<Value, VmError> {
        let [a, b, c, d] = args;
        let found = match builtin {
            Builtin::ArrayIndexOf => self.array_index_of(a, b, index_arg(c)),
            Builtin::StringIndexOf => self.string_index_of(a, b, index_arg(c), d == Value::TRUE),
            Builtin::StringSlice => {
                let text = self.string_slice(a, index_arg(b), index_arg(c));
                return self.make_string(&text);
            }
            _ => {
                let done = self.array_copy_within(a, index_arg(b), index_arg(c), index_arg(d))?;
                return Ok(Value::bool(done));
            }
        };
        Ok(found.map_or(Value::int(-1).unwrap_or(Value::UNDEFINED), int_value))
    }

    /// The first index from `from` whose item is `=== value` (a hole reads
    /// as `undefined`).
    fn array_index_of(&self, array: Value, value: Value, from: usize) -> Option<usize> {
        // (The elements found once.)
        let data = self.slot(array, 0);
        (from..self.array_length(array)).find(|&i| {
            let item = data
                .and_then(|d| self.slot(d, i))
                .filter(|v| *v != Value::HOLE);
            self.strict_equals(item.unwrap_or(Value::UNDEFINED), value)
        })
    }

    /// The code units `from` to `to` of the text `v`, as WTF-8 (a pair
    /// cut in two leaves its halves as lone surrogates).
    fn string_slice(&self, v: Value, from: usize, to: usize) -> Vec<u8> {
        let bytes = self.string_bytes(v).unwrap_or(b"");
        // (In a speed build, an ASCII head is cut as bytes: many cuts of a
        // long text each cost their own length, not the text's.)
        if crate::FAST_PATHS {
            if let Some(head) = bytes.get(..to).filter(|h| h.is_ascii()) {
                return head.get(from..).unwrap_or_default().to_vec();
            }
        }
        let mut out = Vec::new();
        let mut unit = Vec::new();
        for u in crate::wtf8::code_units(bytes)
            .skip(from)
            .take(to.saturating_sub(from))
        {
            unit.clear();
            crate::wtf8::encode_unit(u, &mut unit);
            crate::wtf8::append(&mut out, &unit);
        }
        out
    }

    /// The first code unit index from `from` where the text `search` is
    /// in the text `v`; with `last`, the last one at or before `from`.
    fn string_index_of(&self, v: Value, search: Value, from: usize, last: bool) -> Option<usize> {
        // ASCII text to search for, after ASCII text up to `from` (a
        // tokenizer's `indexOf(',', i)`, `split`): found in the bytes,
        // from `from` on, without the whole text's units each time.
        if let (Some(bytes), Some(wanted)) = (self.string_bytes(v), self.string_bytes(search)) {
            if !last
                && !wanted.is_empty()
                && wanted.is_ascii()
                && bytes.get(..from).is_some_and(<[u8]>::is_ascii)
            {
                let rest = bytes.get(from..)?;
                let found = rest.windows(wanted.len()).position(|w| w == wanted)?;
                let skipped = rest.get(..found)?;
                return Some(from + crate::string::utf16_len(skipped));
            }
        }
        let (text, search) = (self.units_of(v), self.units_of(search));
        let at = |i: &usize| text.get(*i..*i + search.len()) == Some(search.as_slice());
        match last {
            true => (0..=from.min(text.len())).rev().find(at),
            false => (from..=text.len()).find(at),
        }
    }

    /// Copies the array's items `start` to `end` to `target` on, holes
    /// too, as `copyWithin` does: false, with nothing done, for a locked
    /// array or another value.
    fn array_copy_within(
        &mut self,
        array: Value,
        target: usize,
        start: usize,
        end: usize,
    ) -> Result<bool, VmError> {
        if self.type_of_ref(array) != Some(TypeCode::Array) || self.is_locked(array) {
            return Ok(false);
        }
        let len = self.array_length(array);
        let count = end
            .min(len)
            .saturating_sub(start)
            .min(len.saturating_sub(target));
        let data = self.slot(array, 0).unwrap_or(Value::UNDEFINED);
        // (Back to front where the items move right: each is read before
        // it is written over.)
        for k in 0..count {
            let k = if target > start { count - 1 - k } else { k };
            let item = self.slot(data, start + k).unwrap_or(Value::UNDEFINED);
            self.set_slot(data, target + k, item)?;
        }
        Ok(true)
    }

    /// A string's UTF-16 code units (none for another value).
    fn units_of(&self, v: Value) -> Vec<u16> {
        let bytes = self.string_bytes(v).unwrap_or(b"");
        // (Never more units than bytes: one allocation.)
        let mut units = Vec::with_capacity(bytes.len());
        units.extend(crate::wtf8::code_units(bytes));
        units
    }
}

/// An index argument, which the prelude has clamped to the length of an
/// array or a text (inline integers; anything else is 0).
fn index_arg(v: Value) -> usize {
    v.as_int().map_or(0, |i| i.max(0) as usize)
}
