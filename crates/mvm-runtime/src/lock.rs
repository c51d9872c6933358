//! Locked objects: what `Object.freeze`, `Object.seal`,
//! `Object.preventExtensions` and a read-only `Object.defineProperty`
//! leave (see [`mvm_snapshot::AllocHeader::is_locked`]).
//!
//! The header's lock bit keeps the common writes fast: only a locked
//! object's go this way. How far it is locked is its hidden `#lock`
//! array, which the library keeps: `[level, ...keys]` (a key read-only
//! and not configurable; after the hidden prefix, only not configurable;
//! after it twice, only read-only), the level
//! 0 (open: only the keys listed are locked), 1 (no property added),
//! 2 (sealed: nor deleted) or 3 (frozen). A locked object without one is
//! frozen, so that freezing a table costs it no memory; a locked array is
//! frozen (arrays hold no named properties).
//!
//! A refused change throws a `TypeError` in strict code (the library's, a
//! module's), and is dropped in sloppy code, as in JavaScript.

use crate::{Engine, VmError};
use alloc::vec::Vec;
use mvm_snapshot::{TypeCode, Value};

/// A change to a property that a locked object may refuse.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// A value written over the property's.
    Write,
    /// A property the object does not have.
    Add,
    Delete,
    /// A definition over the property (`Object.defineProperty`): refused
    /// only by a frozen object.
    Redefine,
}

/// The `#lock` levels (see the module docs).
const NO_ADDITION: i16 = 1;
const SEALED: i16 = 2;
const FROZEN: i16 = 3;

impl<'a> Engine<'a> {
    /// Whether `v` is a locked object or array.
    #[inline]
    pub(crate) fn is_locked(&self, v: Value) -> bool {
        v.is_heap() && self.heap.header(v.0).is_some_and(|h| h.is_locked())
    }

    /// Whether the code running is strict: all but a script's functions
    /// outside classes (and the host's calls, which have no frame).
    pub(crate) fn in_strict_code(&self) -> bool {
        self.frames
            .last()
            .is_none_or(|f| !crate::function::is_sloppy(self.rom, f.func as usize))
    }

    /// Whether the locked `obj` refuses `change` to its property `key`
    /// (text).
    fn refuses(&self, obj: Value, key: &[u8], change: Change) -> bool {
        let marks = match self.type_of_ref(obj) == Some(TypeCode::Array) {
            true => Value::UNDEFINED,
            false => self
                .own_named(obj, b"\xEF\xBF\xBFlock")
                .unwrap_or(Value::UNDEFINED),
        };
        let level = self.array_get(marks, 0).as_int().unwrap_or(FROZEN);
        // A key listed is read-only and not configurable; after the
        // hidden prefix, only not configurable; after it twice, only
        // read-only.
        let hidden = mvm_snapshot::HIDDEN_KEY.as_bytes();
        let (mut read_only, mut fixed) = (false, false);
        for i in 1..self.indexed_length(marks) {
            let mark = self.string_bytes(self.array_get(marks, i)).unwrap_or(b"");
            match mark.strip_prefix(hidden) {
                Some(rest) => match rest.strip_prefix(hidden) {
                    Some(rest) => read_only |= rest == key,
                    None => fixed |= rest == key,
                },
                None if mark == key => (read_only, fixed) = (true, true),
                None => {}
            }
        }
        !key.starts_with(hidden)
            && match change {
                Change::Add => level >= NO_ADDITION,
                Change::Write => level >= FROZEN || read_only,
                Change::Delete => level >= SEALED || fixed,
                Change::Redefine => level >= FROZEN,
            }
    }

    /// [`Engine::refuses`], as the code running takes it: a TypeError in
    /// strict code (or always, with `strict`), `Ok(true)` in sloppy code,
    /// where the change is dropped; `Ok(false)` where it is allowed.
    pub(crate) fn refuse(
        &mut self,
        obj: Value,
        key: &[u8],
        change: Change,
        strict: bool,
    ) -> Result<bool, VmError> {
        let refused = self.refuses(obj, key, change);
        if !refused || !(strict || self.in_strict_code()) {
            return Ok(refused);
        }
        Err(self.refusal(obj, key, change))
    }

    /// The TypeError for `change` to `key` of `obj` refused, as V8 words
    /// it.
    fn refusal(&mut self, obj: Value, key: &[u8], change: Change) -> VmError {
        // The text before the object's name, whether it is named, and the
        // text after.
        let (before, named, after): (&[&[u8]], bool, &[u8]) = match change {
            // (A new prototype, for one that takes no more properties.)
            Change::Add if key == b"__proto__" => (&[], true, b" is not extensible"),
            Change::Add => (
                &[b"Cannot add property ", key, b", object is not extensible"],
                false,
                b"",
            ),
            Change::Redefine => (&[b"Cannot redefine property: ", key], false, b""),
            Change::Write => (
                &[
                    b"Cannot assign to read only property '",
                    key,
                    b"' of object '",
                ],
                true,
                b"'",
            ),
            Change::Delete => (&[b"Cannot delete property '", key, b"' of "], true, b""),
        };
        let mut text = Vec::new();
        before.iter().for_each(|part| text.extend_from_slice(part));
        if named {
            self.describe_object(obj, &mut text);
        }
        text.extend_from_slice(after);
        match self.make_error("TypeError", &text) {
            Ok(error) => VmError::Uncaught(error),
            Err(e) => e,
        }
    }

    /// An object as V8's messages name it: `[object Array]`, or by its
    /// class, `#<Point>`.
    pub(crate) fn describe_object(&self, obj: Value, out: &mut Vec<u8>) {
        if self.type_of_ref(obj) == Some(TypeCode::Array) {
            return out.extend_from_slice(b"[object Array]");
        }
        // (A module's namespace, which the compiler marks.)
        #[cfg(feature = "std")]
        if self.own_named(obj, b"\xEF\xBF\xBFmodule").is_some() {
            return out.extend_from_slice(b"[object Module]");
        }
        #[cfg(feature = "std")]
        let name = self.class_name(obj);
        #[cfg(not(feature = "std"))]
        let name: Option<alloc::string::String> = {
            let _ = obj;
            None
        };
        out.extend_from_slice(b"#<");
        out.extend_from_slice(name.as_deref().unwrap_or("Object").as_bytes());
        out.push(b'>');
    }

    /// `obj[key] = value` (or its definition), `[obj, key, value]` on the
    /// stack, when the plain object `obj` is locked: whether the change is
    /// refused (dropped in sloppy code; a TypeError in strict code, or
    /// always for a definition). A setter still takes an assignment.
    pub(crate) fn locked_object_refuses(&mut self, define: bool) -> Result<bool, VmError> {
        let (obj, key) = (self.peek(2)?, self.peek(1)?);
        let text = self.key_text(key);
        let own = self
            .each_key(obj, |k| self.string_bytes(k) == Some(&text))
            .map(|(_, _, v)| v);
        let change = match own {
            Some(v) if !define && self.is_accessor(v) => return Ok(false),
            Some(_) if define => Change::Redefine,
            Some(_) => Change::Write,
            None if !define && self.inherited_accessor(obj, key).is_some() => return Ok(false),
            None => Change::Add,
        };
        self.refuse(obj, &text, change, define)
    }

    /// `delete obj[key]` of the locked `obj`: refused, as
    /// [`Engine::refuse`], when it has the property.
    pub(crate) fn locked_delete_refused(
        &mut self,
        obj: Value,
        key: Value,
    ) -> Result<bool, VmError> {
        let there = match self.type_of_ref(obj) {
            Some(TypeCode::Array) => self
                .array_index(key)
                .is_some_and(|i| i < self.array_length(obj)),
            _ => self.find_property(obj, key).is_some(),
        };
        let text = self.key_text(key);
        Ok(there && self.refuse(obj, &text, Change::Delete, false)?)
    }

    /// The locked prototype of `obj` whose read-only property `key` an
    /// assignment to `obj`, which does not have it, may not shadow (as in
    /// JavaScript), and the key's text.
    pub(crate) fn inherited_read_only(&self, obj: Value, key: Value) -> Option<(Value, Vec<u8>)> {
        let proto = |o: Value| self.slot(o, 1).filter(|p| self.is_plain_object(*p));
        // (Most chains hold no locked object: asked by their headers
        // first.)
        let mut o = obj;
        let mut locked = false;
        for _ in 0..crate::object::MAX_PROTO_CHAIN {
            let Some(p) = proto(o) else { break };
            locked |= self.is_locked(p);
            o = p;
        }
        if !locked {
            return None;
        }
        let text = self.key_text(key);
        let mut o = obj;
        for _ in 0..crate::object::MAX_PROTO_CHAIN {
            let p = proto(o)?;
            if self
                .each_key(p, |k| self.string_bytes(k) == Some(&text))
                .is_some()
            {
                return (self.is_locked(p) && self.refuses(p, &text, Change::Write))
                    .then_some((p, text));
            }
            o = p;
        }
        None
    }

    /// `obj[key] = value`, `[obj, key, value]` on the stack, which
    /// [`Engine::inherited_read_only`] refuses: a TypeError in strict
    /// code, nothing in sloppy code.
    pub(crate) fn refuse_shadowing(&mut self) -> Result<(), VmError> {
        let (obj, key) = (self.peek(2)?, self.peek(1)?);
        match self.inherited_read_only(obj, key) {
            // (V8's message names the object assigned to.)
            Some((_, text)) if self.in_strict_code() => {
                Err(self.refusal(obj, &text, Change::Write))
            }
            _ => Ok(()),
        }
    }

    /// `array[index] = ...` (an element or an append), or a new length
    /// (`None`), on a locked array: refused, as [`Engine::refuse`].
    pub(crate) fn locked_array_refuses(
        &mut self,
        array: Value,
        index: Option<usize>,
        strict: bool,
    ) -> Result<bool, VmError> {
        let mut text = Vec::new();
        let change = match index {
            Some(i) => {
                crate::number::push_int(&mut text, i as i64);
                match i >= self.array_length(array) {
                    true => Change::Add,
                    false => Change::Write,
                }
            }
            None => {
                text.extend_from_slice(b"length");
                Change::Write
            }
        };
        self.refuse(array, &text, change, strict)
    }
}
