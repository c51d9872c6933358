//! Objects and arrays.
//!
//! An object is a chain of property lists: `[next, proto, key, value, ...]`,
//! keys are strings, and a `HOLE` key marks a slot not yet used (an object
//! literal allocates its slots up front). A property added later gets a
//! segment of its own at the end of the chain.
//!
//! An array is `[data, length]`, `data` a fixed-length array of values (its
//! capacity) or `null` when empty.

use crate::number::Num;
use crate::{Engine, VmError};
use alloc::vec::Vec;
use mvm_snapshot::{read_u16, AllocHeader, Builtin, TypeCode, Value, ValueKind};

/// Entries in the cache of run-time keys' ROM spellings: each the ROM
/// string alone (the text it spells is checked on use), so 512 bytes
/// serve a map of a hundred or two keys read by keys made at run time
/// (`db['k' + n]`), where 64 entries with their hashes in as many bytes
/// missed nearly always, each miss a comparison of text with every key.
#[cfg(not(any(mvm_size, feature = "small")))]
const SPELLINGS: usize = 256;

/// Entries in the cache of where large objects' properties are (a power
/// of two).
#[cfg(not(any(mvm_size, feature = "small")))]
const SLOTS: usize = 256;

/// Entries in the cache of string keys spelling small integers.
#[cfg(not(any(mvm_size, feature = "small")))]
const INT_KEYS: usize = 64;

/// The slot cache's entry for an `object << 16 | key` pair (Fibonacci
/// hashing: the product's top bits).
#[cfg(not(any(mvm_size, feature = "small")))]
fn slot_hash(tag: u32) -> usize {
    (tag.wrapping_mul(0x9E37_79B1) >> (32 - SLOTS.trailing_zeros())) as usize
}

/// The int key cache's entry for `n`.
#[cfg(not(any(mvm_size, feature = "small")))]
fn int_key_index(n: i16) -> usize {
    usize::from(n.unsigned_abs()) % INT_KEYS
}

/// FNV-1a: the spelling cache's hash of a key's text.
#[cfg(not(any(mvm_size, feature = "small")))]
fn text_hash(text: &[u8]) -> u32 {
    text.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// What a pass over an object's keys found (see [`Engine::scan_keys`]):
/// segment and slot index of the key, and of the free slot.
struct KeyScan {
    found: Option<(Value, usize)>,
    heap_keys: bool,
    free: Option<(Value, usize)>,
}

/// A property list segment's values before its first key.
pub(crate) const LIST_HEADER: usize = 2;
/// The most property slots a segment added to an object's chain has.
const SEGMENT_PAIRS: usize = 16;

/// How many pairs, over an object's segments and its prototype's, the
/// interpreter's inlined read scans before it leaves the read to the
/// general path (which asks the slot cache of larger objects first).
const FAST_LOOKUP_PAIRS: usize = 24;

/// The most property slots [`Engine::set_plain_slot`] walks: a larger
/// object is left to the general path, whose slot cache finds a key
/// without walking.
const PLAIN_WRITE_PAIRS: usize = 16;

/// What [`Engine::set_plain_slot`] did.
pub(crate) enum PlainWrite {
    Written,
    /// Nothing: the key is new and the object has no free slot left; a
    /// segment must be appended ([`Engine::append_segment_from_stack`]),
    /// the object having this many slots.
    Append(usize),
    /// Nothing: the general path must write it.
    General,
}
/// More segments than an object's chain can have: each takes at least 6
/// heap bytes. (Restore already refuses a chain that could loop; the walks
/// that collect keys or append stop here as well, cheaply.)
pub(crate) const MAX_SEGMENTS: usize = mvm_gc::MAX_HEAP_SIZE / 6 + 1;
/// How many prototypes a lookup follows before giving up.
pub(crate) const MAX_PROTO_CHAIN: usize = 100;
/// Arrays hold their length inline, so at most this many elements.
pub(crate) const MAX_ARRAY_LENGTH: usize = 2047;
/// The export ID under which a program's `Array.prototype` is kept.
pub const ARRAY_PROTOTYPE_EXPORT: u16 = 0xFFFE;
/// The export ID under which a program's `String.prototype` is kept.
pub const STRING_PROTOTYPE_EXPORT: u16 = 0xFFFD;
/// The export ID under which a program's `Number.prototype` is kept.
pub const NUMBER_PROTOTYPE_EXPORT: u16 = 0xFFFB;
/// The export ID under which a program's `Boolean.prototype` is kept
/// (`flag.toString()`).
pub const BOOLEAN_PROTOTYPE_EXPORT: u16 = 0xFFF4;
/// The export ID under which a program's `Function.prototype` is kept:
/// what a function's properties are (`call`, `apply`, `bind`).
pub const FUNCTION_PROTOTYPE_EXPORT: u16 = 0xFFF9;
/// The export ID under which a program's `Object.prototype` is kept: what
/// a plain object and its prototypes do not have is looked up there.
pub const OBJECT_PROTOTYPE_EXPORT: u16 = 0xFFFA;
/// The export ID under which a program's `TypeError.prototype` is kept:
/// the type errors the engine itself throws inherit from it.
pub const TYPE_ERROR_PROTOTYPE_EXPORT: u16 = 0xFFFC;
/// Which of an object's keys [`Engine::listed_keys`] lists.
#[derive(Clone, Copy)]
pub(crate) enum ListedKeys {
    Strings,
    Symbols,
    /// Strings, then symbols (`Reflect.ownKeys`).
    Both,
}

/// What [`Engine::set_property_from_stack`] returns, writing nothing, for
/// an object stored into a `Uint8Array`: the caller stores the number the
/// object's `valueOf` (or `toString`) gives (`bytes[0] = date`).
pub(crate) const BYTE_FROM_OBJECT: Value = Value::NULL;

/// The export ID under which a program's `Uint8Array.prototype` is kept:
/// the methods (`fill`, `set`, `subarray`, ...) a byte array's names that
/// are not indices find.
pub const UINT8ARRAY_PROTOTYPE_EXPORT: u16 = 0xFFF7;
/// The export ID under which a program's `RangeError.prototype` is kept,
/// for the range errors the engine throws (an array length that is not
/// one).
pub const RANGE_ERROR_PROTOTYPE_EXPORT: u16 = 0xFFF8;
/// The export ID under which the prelude keeps `$mvmRunTimer`, which
/// [`crate::Vm::run_timers`] calls to run `setTimeout` and `setInterval`
/// callbacks.
pub const TIMERS_EXPORT: u16 = 0xFFF6;
/// The properties programs give plain functions (a bytecode function or a
/// closure, which have nowhere to keep any; the compiler gives a class's
/// shape to those it sees given some): `[f0, props0, f1, props1, ...]`,
/// made by the engine when a function first gets a property or has its
/// `prototype` read (`tag(fn, 'temp')` setting `fn.topic`, a constructor
/// reached through a helper's parameter). It is weak: a collection drops
/// the pair of a function nothing else holds (an emitter's `once()`
/// wrapper, called and removed), leaving `undefined` for the next.
pub const FUNCTION_PROPS_EXPORT: u16 = 0xFFF5;
/// What every object inherits from `Object.prototype`, for `in`, whether
/// the program linked the library's methods or not.
const OBJECT_PROTOTYPE_NAMES: [&[u8]; 8] = [
    b"toString",
    b"valueOf",
    b"hasOwnProperty",
    b"isPrototypeOf",
    b"propertyIsEnumerable",
    b"toLocaleString",
    b"constructor",
    b"__proto__",
];

/// Checks a heap image's property lists before it is trusted: a list's
/// `next` names a list laid out after it. The snapshot writer lays
/// allocations out in the order it reaches them, and only a segment's
/// predecessor refers to it, so a valid snapshot always passes; a corrupt
/// one could otherwise make a chain a cycle, which a property lookup
/// would walk forever.
pub(crate) fn check_segment_order(image: &[u8]) -> Result<(), VmError> {
    let mut at = 0;
    while at < image.len() {
        let header =
            mvm_snapshot::AllocHeader(read_u16(image, at).ok_or(VmError::CorruptSnapshot)?);
        if header.type_code() == TypeCode::PropertyList && header.size() >= 2 {
            let payload = at + 2;
            let next = Value(read_u16(image, payload).ok_or(VmError::CorruptSnapshot)?);
            if next.is_heap() && usize::from(next.0) <= payload {
                return Err(VmError::CorruptSnapshot);
            }
        }
        at += header.footprint();
    }
    Ok(())
}

impl<'a> Engine<'a> {
    pub(crate) fn new_object(&mut self, slots: usize) -> Result<Value, VmError> {
        let p = self.alloc(TypeCode::PropertyList, (LIST_HEADER + 2 * slots) * 2)?;
        // No next segment, no prototype, and each pair a free slot: written
        // in one pass (`new` makes one for every instance).
        let payload = self.heap.payload_mut(p).ok_or(VmError::CorruptSnapshot)?;
        let (head, pairs) = payload
            .split_at_mut_checked(LIST_HEADER * 2)
            .ok_or(VmError::CorruptSnapshot)?;
        for half in head.chunks_exact_mut(2) {
            half.copy_from_slice(&Value::NULL.0.to_le_bytes());
        }
        let free = [
            Value::HOLE.0.to_le_bytes(),
            Value::UNDEFINED.0.to_le_bytes(),
        ];
        for pair in pairs.chunks_exact_mut(4) {
            pair.copy_from_slice(free.as_flattened());
        }
        Ok(Value::heap(p))
    }

    /// A new array holding the top `count` stack values, which it pops.
    pub(crate) fn new_array_from_stack(&mut self, count: usize) -> Result<Value, VmError> {
        let data = if count == 0 {
            Value::NULL
        } else {
            Value::heap(self.alloc(TypeCode::FixedLengthArray, count * 2)?)
        };
        self.push(data)?;
        let p = self.alloc(TypeCode::Array, 4)?;
        let data = self.pop()?;
        let array = Value::heap(p);
        self.set_slots(array, 0, &[data, int_value(count)])?;
        let first = self
            .stack
            .len()
            .checked_sub(count)
            .ok_or(VmError::InvalidBytecode { pc: 0 })?;
        for i in 0..count {
            let item = *self
                .stack
                .get(first + i)
                .ok_or(VmError::InvalidBytecode { pc: 0 })?;
            self.set_slot(data, i, item)?;
        }
        self.stack.truncate(first);
        Ok(array)
    }

    pub(crate) fn array_length(&self, array: Value) -> usize {
        self.slot(array, 1)
            .and_then(|v| v.as_int())
            .map_or(0, |n| usize::try_from(n).unwrap_or(0))
    }

    fn array_capacity(&self, array: Value) -> usize {
        self.slot(array, 0)
            .and_then(|data| self.payload(data))
            .map_or(0, |p| p.len() / 2)
    }

    /// Where `array[key]` lives when `array` is an array on the heap
    /// whose elements are on the heap too and `key` an inline integer
    /// no greater than its length: the elements' allocation, the index and
    /// the length. The common case of element reads, writes and appends,
    /// taken first in speed builds; anything else (a hole read included)
    /// goes the general way.
    #[inline(always)]
    fn heap_element(&self, array: Value, key: Value) -> Option<(u16, usize, usize)> {
        if !crate::FAST_PATHS {
            return None;
        }
        let index = usize::try_from(key.as_int()?).ok()?;
        if !array.is_heap() {
            return None;
        }
        // Header, elements and length in one read of the image (a
        // corrupt array shorter than its two slots reads its neighbour's
        // bytes: wrong values, never out of bounds).
        let at = usize::from(array.0);
        let image = self.heap.image();
        let Some(&[h0, h1, d0, d1, l0, l1]) = image.get(at.checked_sub(2)?..at + 4) else {
            return None;
        };
        if AllocHeader(u16::from_le_bytes([h0, h1])).type_code() != TypeCode::Array {
            return None;
        }
        let length = usize::try_from(Value(u16::from_le_bytes([l0, l1])).as_int()?).ok()?;
        let data = Value(u16::from_le_bytes([d0, d1]));
        (index <= length && data.is_heap()).then_some((data.0, index, length))
    }

    /// The index `key` is in `bytes`, a `Uint8Array` on the heap, when it
    /// is an inline integer in range: byte buffers' reads and writes (a
    /// CRC, a frame) skip the general paths' tests of the key.
    #[inline(always)]
    fn byte_index(&self, bytes: Value, key: Value) -> Option<usize> {
        if !crate::FAST_PATHS || !bytes.is_heap() {
            return None;
        }
        let index = usize::try_from(key.as_int()?).ok()?;
        let header = self.heap.header(bytes.0)?;
        (header.type_code() == TypeCode::Uint8Array && index < header.size()).then_some(index)
    }

    pub(crate) fn array_get(&self, array: Value, index: usize) -> Value {
        if index >= self.array_length(array) {
            return Value::UNDEFINED;
        }
        match self.slot(array, 0).and_then(|data| self.slot(data, index)) {
            Some(Value::HOLE) | None => Value::UNDEFINED,
            Some(v) => v,
        }
    }

    /// `array[key]` when [`Engine::heap_element`] finds it and it is no
    /// hole: the common element read, which the interpreter inlines
    /// before calling the general [`Engine::get_property`].
    #[inline(always)]
    pub(crate) fn array_element(&self, array: Value, key: Value) -> Option<Value> {
        let (data, index, _) = self.heap_element(array, key).filter(|e| e.1 < e.2)?;
        self.heap.value(data, index).filter(|v| *v != Value::HOLE)
    }

    /// `obj[key]` when `obj` is a plain object on the heap and `key` an
    /// interned key (`obj.name`, `this.x`, `obj.method`) found by value in
    /// the object or, failing that, its prototype, each of a few small
    /// segments (a field a constructor made no room for, a method added to
    /// a class's prototype after the class): the common property read,
    /// which the interpreter inlines before calling the general
    /// [`Engine::get_property`] (whose entry and exit alone cost a third
    /// of such a read). The value may be an accessor, which the caller
    /// runs. A key found by value is the object's own property (a key is
    /// stored once per object); a miss is settled, and the prototype
    /// asked, only when the object has no heap string keys (one of which
    /// might spell `key`), as in [`Engine::lookup_by_value`]. Larger
    /// objects take the general path, which keeps a cache of where keys
    /// are.
    #[inline(always)]
    pub(crate) fn fast_lookup(&self, obj: Value, key: Value) -> Option<Value> {
        if !crate::FAST_PATHS || key.is_heap() {
            return None;
        }
        let mut o = obj;
        for _ in 0..2 {
            let (head, pairs) = self.first_segment(o)?;
            let mut heap_keys = false;
            for pair in pairs.chunks_exact(4) {
                let pair = u32::from_le_bytes(<[u8; 4]>::try_from(pair).ok()?);
                if pair as u16 == key.0 {
                    return Some(Value((pair >> 16) as u16));
                }
                // (Even: a heap string, or the invalid 0.)
                heap_keys |= pair & 1 == 0;
            }
            let &[n0, n1, p0, p1] = head else {
                return None;
            };
            if heap_keys {
                return None;
            }
            let next = Value(u16::from_le_bytes([n0, n1]));
            if next.is_heap() {
                if let Some(v) = self.later_segments_lookup(next, key, pairs.len() / 4)? {
                    return Some(v);
                }
            }
            o = Value(u16::from_le_bytes([p0, p1]));
        }
        None
    }

    /// [`Engine::fast_lookup`] in an object's segments after its first
    /// (which held `first_pairs`): `Some(Some(value))` where found,
    /// `Some(None)` where surely not there, `None` for the general path
    /// (a heap string key, or more pairs than are worth scanning).
    #[inline(never)]
    fn later_segments_lookup(
        &self,
        mut segment: Value,
        key: Value,
        first_pairs: usize,
    ) -> Option<Option<Value>> {
        let mut pairs_left = FAST_LOOKUP_PAIRS.checked_sub(first_pairs)?;
        while segment.is_heap() {
            let (head, pairs) = self.first_segment(segment)?;
            // (A segment counts one pair at least, so the walk ends
            // whatever the chain: restore refuses one that loops too.)
            pairs_left = pairs_left.checked_sub((pairs.len() / 4).max(1))?;
            for pair in pairs.chunks_exact(4) {
                let pair = u32::from_le_bytes(<[u8; 4]>::try_from(pair).ok()?);
                if pair as u16 == key.0 {
                    return Some(Some(Value((pair >> 16) as u16)));
                }
                if pair & 1 == 0 {
                    return None;
                }
            }
            segment = Value(read_u16(head, 0)?);
        }
        Some(None)
    }

    /// The header slots (`next`, `proto`) and the key-value pairs of the
    /// first segment of `obj`, when it is a plain object on the heap: read
    /// straight from the heap's image by the inlined fast paths.
    #[inline(always)]
    fn first_segment(&self, obj: Value) -> Option<(&[u8], &[u8])> {
        if !obj.is_heap() {
            return None;
        }
        let at = usize::from(obj.0);
        let image = self.heap.image();
        let header = AllocHeader(read_u16(image, at.checked_sub(2)?)?);
        if header.type_code() != TypeCode::PropertyList {
            return None;
        }
        image
            .get(at..at + header.size())?
            .split_at_checked(LIST_HEADER * 2)
    }

    /// The key and value of a plain object's first property slot.
    pub(crate) fn first_pair(&self, obj: Value) -> Option<(Value, Value)> {
        let (_, pairs) = self.first_segment(obj)?;
        Some((Value(read_u16(pairs, 0)?), Value(read_u16(pairs, 2)?)))
    }

    /// `obj[key]`.
    pub(crate) fn get_property(&mut self, obj: Value, key: Value) -> Result<Value, VmError> {
        if let Some(v) = self.array_element(obj, key) {
            return Ok(v);
        }
        if let Some(i) = self.byte_index(obj, key) {
            let byte = self.heap.image().get(usize::from(obj.0) + i);
            return Ok(byte.map_or(Value::UNDEFINED, |b| int_value(usize::from(*b))));
        }
        let key = self.interned_key(key);
        // An own property of a plain object on the heap, under the key
        // value it was made with (`obj.name` with `name` interned, the
        // common read): the general path finds it the same way, after
        // more calls.
        if crate::FAST_PATHS
            && obj.is_heap()
            && self.heap.header(obj.0).map(|h| h.type_code()) == Some(TypeCode::PropertyList)
        {
            if let Some(v) = self.lookup_by_value(obj, key) {
                return Ok(v);
            }
        }
        match obj.kind() {
            ValueKind::Undefined => return Err(VmError::ReadOfUndefined(key)),
            ValueKind::Null => return Err(VmError::ReadOfNull(key)),
            ValueKind::EmptyString | ValueKind::BuiltinStr(_) => {
                return self.string_property(obj, key)
            }
            ValueKind::True | ValueKind::False => {
                return Ok(self.prototype_property(BOOLEAN_PROTOTYPE_EXPORT, key))
            }
            ValueKind::Builtin(Builtin::PromiseCtor)
                if key == Value::STR_PROTOTYPE || self.key_is(key, "prototype") =>
            {
                return Ok(self
                    .export(crate::promise::PROMISE_PROTOTYPE_EXPORT)
                    .unwrap_or(Value::UNDEFINED));
            }
            _ => {}
        }
        match self.type_of_ref(obj) {
            Some(TypeCode::Array) => {
                if key == Value::STR_LENGTH {
                    return Ok(int_value(self.array_length(obj)));
                }
                // The key's bytes are read once (`arr.push` is common).
                Ok(match self.array_key(key) {
                    Ok(i) => self.array_get(obj, i),
                    Err(Some(b"length")) => int_value(self.array_length(obj)),
                    Err(Some(b"push")) => Builtin::ArrayPush.value(),
                    Err(_) => self.prototype_property(ARRAY_PROTOTYPE_EXPORT, key),
                })
            }
            Some(TypeCode::PropertyList) => Ok(match self.lookup(obj, key) {
                // (A property that holds `undefined` looks there too: only
                // `Object.prototype`'s own names can differ.)
                Value::UNDEFINED => self.object_prototype_property(obj, key),
                v => v,
            }),
            // A class's static members and `prototype` live in its
            // property object; then it is a function (`call`, `bind`).
            Some(TypeCode::Class) => {
                let props = self.slot(obj, 1).unwrap_or(Value::UNDEFINED);
                Ok(match self.is_plain_object(props) {
                    true => match self.lookup(props, key) {
                        // (Its parameters, as any function's.)
                        Value::UNDEFINED if key == Value::STR_LENGTH => {
                            let constructor = self.slot(obj, 0).unwrap_or(Value::UNDEFINED);
                            int_value(self.function_length(constructor))
                        }
                        Value::UNDEFINED => match self.inherited_static(props, key) {
                            Some(v) => v,
                            None => self.prototype_property(FUNCTION_PROTOTYPE_EXPORT, key),
                        },
                        v => v,
                    },
                    false => Value::UNDEFINED,
                })
            }
            Some(TypeCode::Uint8Array) => {
                let bytes = self.payload(obj).unwrap_or(&[]);
                if key == Value::STR_LENGTH || self.key_is(key, "length") {
                    return Ok(int_value(bytes.len()));
                }
                Ok(match self.array_index(key) {
                    Some(i) => bytes
                        .get(i)
                        .map_or(Value::UNDEFINED, |b| int_value(usize::from(*b))),
                    None => self.prototype_property(UINT8ARRAY_PROTOTYPE_EXPORT, key),
                })
            }
            Some(TypeCode::String | TypeCode::InternedString) => self.string_property(obj, key),
            _ if self.num(obj).is_some() => {
                Ok(self.prototype_property(NUMBER_PROTOTYPE_EXPORT, key))
            }
            // (Its own properties first: a name defineProperty gave it.)
            _ if self.is_callable(obj) => Ok(
                if let Some(v) = self.function_props(obj).and_then(|props| {
                    self.own_property(props, key)
                        .or_else(|| self.inherited_static(props, key))
                }) {
                    v
                } else if key == Value::STR_LENGTH {
                    int_value(self.function_length(obj))
                } else if self.key_is(key, "name") {
                    self.function_name(obj).unwrap_or(Value::EMPTY_STRING)
                } else if self.key_is(key, "prototype") && self.constructible(obj) {
                    self.made_prototype(obj)?
                } else {
                    self.prototype_property(FUNCTION_PROTOTYPE_EXPORT, key)
                },
            ),
            _ => Ok(Value::UNDEFINED),
        }
    }

    /// Property `key` of the prototype kept as export `id`, if any: the
    /// compiler's prelude keeps `Array.prototype`, `String.prototype` and
    /// `Number.prototype` (the methods arrays, strings and numbers share)
    /// as reserved exports.
    fn prototype_property(&self, id: u16, key: Value) -> Value {
        match self.export(id) {
            Ok(proto) if self.is_plain_object(proto) => self.lookup(proto, key),
            _ => Value::UNDEFINED,
        }
    }

    /// A property of an object or of its prototypes; `__proto__` reads
    /// the prototype itself.
    fn lookup(&self, obj: Value, key: Value) -> Value {
        let mut o = obj;
        // Bounded, so a prototype cycle cannot hang the VM.
        for _ in 0..MAX_PROTO_CHAIN {
            if let Some(v) = self.own_property(o, key) {
                return v;
            }
            match self.slot(o, 1) {
                Some(proto) if self.is_plain_object(proto) => o = proto,
                _ => break,
            }
        }
        // Checked last, so that finding a property never reads the key's
        // text (an own `__proto__`, which only `JSON.parse` makes, wins).
        if self.key_is(key, "__proto__") && !self.has_null_prototype(obj) {
            return self.slot(obj, 1).unwrap_or(Value::NULL);
        }
        Value::UNDEFINED
    }

    /// A property of a plain object or of its prototypes found under the
    /// very key value it was made with (a method on a class's prototype,
    /// say). `None` when that does not settle it: not found so, or an
    /// object passed on the way has a heap string key (which may spell
    /// `key` with another value) or no plain object for a prototype.
    fn lookup_by_value(&self, obj: Value, key: Value) -> Option<Value> {
        if key.is_heap() {
            return None;
        }
        let mut o = obj;
        for _ in 0..MAX_PROTO_CHAIN {
            // The by-value pass `find_entry` also makes. (Shared through one
            // function returning both results, even inlined, property
            // reads ran 3 to 12% more instructions.)
            #[cfg(not(any(mvm_size, feature = "small")))]
            let large = self.is_large_object(o);
            #[cfg(not(any(mvm_size, feature = "small")))]
            if let Some((_, _, v)) = large.then(|| self.cached_slot(o, key)).flatten() {
                return Some(v);
            }
            // A heap key's low bit is 0 (and so is a corrupt 0, which the
            // general path then judges): one AND a key, where `is_heap`'s
            // two tests made the walk half as long again.
            let mut low_bits = 1u16;
            let found = self.each_key(o, |k| {
                low_bits &= k.0;
                k == key
            });
            if let Some((seg, i, v)) = found {
                #[cfg(not(any(mvm_size, feature = "small")))]
                if large {
                    self.remember_slot(o, key, seg, i);
                }
                let _ = (seg, i);
                return Some(v);
            }
            if low_bits & 1 == 0 {
                return None;
            }
            match self.slot(o, 1).filter(|p| self.is_plain_object(*p)) {
                Some(proto) => o = proto,
                None => return self.missed_by_value(obj, key),
            }
        }
        None
    }

    /// A read that [`Engine::lookup_by_value`] found in no object of the
    /// chain, none with a heap string key: for an interned `key`, no key
    /// there spells it, so what is left is `Object.prototype`'s, as
    /// `get_property`'s general path reads it, without walking the chain
    /// again (a table's `t[k] === undefined` for an absent `k`).
    #[inline(never)]
    fn missed_by_value(&self, obj: Value, key: Value) -> Option<Value> {
        // (Interned and not `__proto__`, from one read of a ROM key: a
        // table's absent keys come here for each read.)
        let proto = match key.kind() {
            ValueKind::BuiltinStr(_) | ValueKind::EmptyString => false,
            ValueKind::Rom(_) => self.string_bytes(key)? == b"__proto__",
            _ => return None,
        };
        (!proto).then(|| self.object_prototype_property(obj, key))
    }

    /// What the plain object `obj`, whose own chain lacks `key`, reads from
    /// `Object.prototype`: nothing where `Object.create(null)` made it or a
    /// prototype of it.
    fn object_prototype_property(&self, obj: Value, key: Value) -> Value {
        match self.prototype_property(OBJECT_PROTOTYPE_EXPORT, key) {
            v if v != Value::UNDEFINED && self.null_prototype_in_chain(obj) => Value::UNDEFINED,
            v => v,
        }
    }

    /// A property by name (`obj.name`), on the object or its prototypes.
    pub(crate) fn lookup_name(&self, obj: Value, name: &[u8]) -> Value {
        let mut o = obj;
        for _ in 0..MAX_PROTO_CHAIN {
            if let Some(value) = self.own_named(o, name) {
                return value;
            }
            match self.slot(o, 1) {
                Some(proto) if self.is_plain_object(proto) => o = proto,
                _ => break,
            }
        }
        Value::UNDEFINED
    }

    /// An own property's value.
    pub(crate) fn own_property(&self, obj: Value, key: Value) -> Option<Value> {
        self.find_entry(obj, key).map(|(_, _, value)| value)
    }

    /// Own keys in JavaScript's order: integer keys ascending, then the
    /// others in the order they were added. (Free slots, internal keys, a
    /// promise's, and private fields, kept under `HIDDEN_KEY`-prefixed keys, are not
    /// properties a script can list.)
    /// Keys `Object.defineProperty` made non-enumerable are left out: the
    /// library lists them in an array under the hidden key `#hidden`.
    pub(crate) fn ordered_keys(&self, obj: Value) -> Result<Vec<Value>, VmError> {
        let hidden = self.own_named(obj, b"\xEF\xBF\xBFhidden");
        self.listed_keys(obj, ListedKeys::Strings, hidden.unwrap_or(Value::UNDEFINED))
    }

    /// The object's keys of `kinds`, leaving out the keys in the array
    /// `hidden` (none where it is no array): indices first, in order, then
    /// the other strings, then symbols, each as they were added.
    pub(crate) fn listed_keys(
        &self,
        obj: Value,
        kinds: ListedKeys,
        hidden: Value,
    ) -> Result<Vec<Value>, VmError> {
        let mut keys = Vec::new();
        let mut room = true;
        // Whether the keys as walked need sorting: an index among them, or
        // a string after a symbol (seldom: most objects need none).
        let mut unsorted = false;
        let mut symbol_seen = false;
        let hidden_len = self.indexed_length(hidden);
        self.walk_keys(obj, |k, _| {
            let Some(text) = self.string_bytes(k) else {
                return false;
            };
            let symbol = text.starts_with(b"\xEF\xBF\xBF@@");
            let string = !text.starts_with(mvm_snapshot::HIDDEN_KEY.as_bytes());
            let listed = match kinds {
                ListedKeys::Strings => string,
                ListedKeys::Symbols => symbol,
                ListedKeys::Both => string || symbol,
            };
            if listed
                && !(0..hidden_len)
                    .any(|i| self.string_bytes(self.array_get(hidden, i)) == Some(text))
            {
                unsorted |= text.first().is_some_and(u8::is_ascii_digit) || (string && symbol_seen);
                symbol_seen |= symbol;
                room = keys.try_reserve(1).is_ok();
                if room {
                    keys.push(k);
                }
            }
            !room
        });
        if !room {
            return Err(VmError::OutOfMemory);
        }
        if unsorted {
            // A stable insertion sort by each key's index (other strings
            // after, symbols last): objects have few keys, and it costs
            // little code.
            let rank = |k: Option<&Value>| {
                k.map(|k| match self.string_bytes(*k) {
                    Some(text) if text.starts_with(b"\xEF\xBF\xBF@@") => usize::MAX,
                    _ => self.array_index(*k).unwrap_or(usize::MAX - 1),
                })
            };
            for n in 1..keys.len() {
                let mut m = n;
                while m > 0 && rank(keys.get(m - 1)) > rank(keys.get(m)) {
                    keys.swap(m - 1, m);
                    m -= 1;
                }
            }
        }
        Ok(keys)
    }

    /// An own property's value by name.
    pub(crate) fn own_named(&self, obj: Value, name: &[u8]) -> Option<Value> {
        self.each_key(obj, |k| self.string_bytes(k) == Some(name))
            .map(|(_, _, value)| value)
    }

    /// Elements of an array or bytes of a `Uint8Array`.
    pub(crate) fn indexed_length(&self, v: Value) -> usize {
        match self.type_of_ref(v) {
            Some(TypeCode::Array) => self.array_length(v),
            Some(TypeCode::Uint8Array) => self.payload(v).map_or(0, <[u8]>::len),
            _ => 0,
        }
    }

    fn string_property(&mut self, s: Value, key: Value) -> Result<Value, VmError> {
        let bytes = self.string_bytes(s).unwrap_or(b"");
        if key == Value::STR_LENGTH || self.key_is(key, "length") {
            return Ok(int_value(self.text_length(s, bytes)));
        }
        let Some(index) = self.array_index(key) else {
            return Ok(self.prototype_property(STRING_PROTOTYPE_EXPORT, key));
        };
        let Some(unit) = self.unit_at(s, bytes, index) else {
            return Ok(Value::UNDEFINED);
        };
        let mut encoded = alloc::vec::Vec::new();
        crate::wtf8::encode_unit(unit, &mut encoded);
        self.make_string(&encoded)
    }

    /// `array[key] = value` when [`Engine::heap_element`] finds the
    /// element, or the place just past the end within the elements' room
    /// (an append); false, with nothing written, otherwise. The common
    /// element write, which the interpreter inlines before the general
    /// [`Engine::set_property_from_stack`].
    #[inline(always)]
    pub(crate) fn set_array_element(&mut self, array: Value, key: Value, value: Value) -> bool {
        let Some((data, index, length)) = self.heap_element(array, key) else {
            return false;
        };
        if self.is_locked(array) {
            return false;
        }
        if index < length {
            return self.heap.set_value(data, index, value).is_some();
        }
        // An append: the element, then the length.
        let Some(new_length) = i32::try_from(length + 1).ok().and_then(Value::int) else {
            return false;
        };
        self.heap.set_value(data, index, value).is_some()
            && self.heap.set_value(array.0, 1, new_length).is_some()
    }

    /// `obj[key] = value` when `obj` is a plain object on the heap whose
    /// first segment holds the interned `key` by value and no accessor
    /// under it: the common property write, which
    /// [`Engine::set_property_from_stack`] tries before the general one;
    /// false, with nothing written, otherwise.
    #[inline(always)]
    fn set_own_property(&mut self, obj: Value, key: Value, value: Value) -> bool {
        if !crate::FAST_PATHS || key.is_heap() {
            return false;
        }
        let Some((_, pairs)) = self.first_segment(obj) else {
            return false;
        };
        if self.is_locked(obj) {
            return false;
        }
        let mut found = None;
        for (i, pair) in pairs.chunks_exact(4).enumerate() {
            if let &[k0, k1, v0, v1] = pair {
                if u16::from_le_bytes([k0, k1]) == key.0 {
                    found = Some((i, Value(u16::from_le_bytes([v0, v1]))));
                    break;
                }
            }
        }
        match found {
            Some((i, old)) if !self.is_accessor(old) => self
                .heap
                .set_value(obj.0, LIST_HEADER + 2 * i + 1, value)
                .is_some(),
            _ => false,
        }
    }

    /// `obj.key = value` written straight into `obj`'s slots, where
    /// nothing can intercept it: no accessor or locked object exists,
    /// `obj` is a plain object of at most `PLAIN_WRITE_PAIRS` slots, and
    /// `key` a ROM string other than `__proto__` (unique by its text, so
    /// that, among keys that are none of them heap strings, not finding it
    /// by value settles that the object lacks it). A new key takes the free
    /// slot after the object's keys, where `new` and object literals leave
    /// room, or asks for a segment to be appended. (A constructor's and a
    /// method's `this.x = ...`, an object filled key by key: the general
    /// path asks the same questions in many more steps.)
    pub(crate) fn set_plain_slot(&mut self, obj: Value, key: Value, value: Value) -> PlainWrite {
        // (A number key, the one other common kind, is never found by
        // value: the general path makes its string.)
        if !crate::FAST_PATHS || self.accessors || !(key.is_rom() || key.is_heap()) {
            return PlainWrite::General;
        }
        let Some((mut head, mut pairs)) = self.first_segment(obj) else {
            return PlainWrite::General;
        };
        let mut free = None;
        let mut heap_keys = false;
        let mut found = None;
        let mut seg = obj;
        let mut slots = 0;
        loop {
            for (i, pair) in pairs.chunks_exact(4).enumerate() {
                let &[k0, k1, _, _] = pair else {
                    return PlainWrite::General;
                };
                let k = Value(u16::from_le_bytes([k0, k1]));
                if k == key {
                    found = Some((seg, i));
                    break;
                }
                if k == Value::HOLE {
                    free = free.or(Some((seg, i)));
                } else {
                    free = None;
                    heap_keys |= k.is_heap();
                }
            }
            slots += pairs.len() / 4;
            if found.is_some() {
                break;
            }
            if slots > PLAIN_WRITE_PAIRS {
                return PlainWrite::General;
            }
            match read_u16(head, 0).map(Value) {
                Some(next) if next.is_heap() => seg = next,
                _ => break,
            }
            let Some(segment) = self
                .payload(seg)
                .and_then(|p| p.split_at_checked(LIST_HEADER * 2))
            else {
                return PlainWrite::General;
            };
            (head, pairs) = segment;
        }
        let ((seg, i), new_key) = match found {
            Some(place) => (place, false),
            None if heap_keys || self.rom_string(key).is_none_or(|t| t == b"__proto__") => {
                return PlainWrite::General
            }
            None => match free {
                Some(place) => (place, true),
                None => return PlainWrite::Append(slots),
            },
        };
        let at = (LIST_HEADER + 2 * i) * 2;
        let Some(pair) = self
            .heap
            .payload_mut(seg.0)
            .and_then(|p| p.get_mut(at..at + 4))
        else {
            return PlainWrite::General;
        };
        let (k, v) = pair.split_at_mut(2);
        if new_key {
            k.copy_from_slice(&key.0.to_le_bytes());
        }
        v.copy_from_slice(&value.0.to_le_bytes());
        PlainWrite::Written
    }

    /// Appends a segment holding the new property `key: value`, with
    /// `[obj, key, value]` on top of the stack and `pairs` the slots the
    /// object has: room for half as many properties again (at least one,
    /// at most `SEGMENT_PAIRS`), so that an object filled key by key, as a
    /// map, has a few segments to walk rather than one per key, and carries
    /// less per property.
    pub(crate) fn append_segment_from_stack(&mut self, pairs: usize) -> Result<(), VmError> {
        let segment = self.new_object((pairs / 2).clamp(1, SEGMENT_PAIRS))?;
        // (Read after the allocation, which may have moved them.)
        let (obj, key, value) = (self.peek(2)?, self.peek(1)?, self.peek(0)?);
        self.set_slots(segment, LIST_HEADER, &[key, value])?;
        let (tail, _) = self.chain_end(obj);
        self.set_slot(tail, 0, segment)
    }

    /// `obj[key] = value` with `[obj, key, value]` on top of the stack,
    /// which it leaves there (the key possibly turned into a string). Operands stay on the stack while this
    /// allocates, so a collection keeps them current.
    ///
    /// Returns the accessor whose setter the assignment is for, when the
    /// property (the object's own, or else an inherited one) is a getter
    /// and setter pair, with nothing written; the hole where a prototype's
    /// read-only property refuses it (`inherited_read_only`), nothing
    /// written; [`BYTE_FROM_OBJECT`] where an object goes into a byte
    /// array; `undefined` otherwise. (The interpreter calls the setter,
    /// or refuses: it has the host to run it with, and knows a definition.)
    pub(crate) fn set_property_from_stack(&mut self) -> Result<Value, VmError> {
        // The common writes first, in a function small enough that its
        // entry and exit cost little; the rest in another.
        if let Some(&[obj, key, value]) = self.stack.get(self.stack.len().wrapping_sub(3)..) {
            if self.set_array_element(obj, key, value) || self.set_own_property(obj, key, value) {
                return Ok(Value::UNDEFINED);
            }
            // A number into a byte array (an object's goes the general way,
            // which asks its `valueOf`).
            if let (Some(i), Some(n)) = (self.byte_index(obj, key), self.num(value)) {
                self.write_byte(obj.0, i, n);
                return Ok(Value::UNDEFINED);
            }
        }
        self.set_property_general()
    }

    /// [`Engine::set_property_from_stack`] beyond its common writes.
    #[cfg_attr(not(mvm_size), inline(never))]
    fn set_property_general(&mut self) -> Result<Value, VmError> {
        let obj = self.peek(2)?;
        match obj.kind() {
            ValueKind::Undefined => return Err(VmError::WriteOfUndefined(self.peek(1)?)),
            ValueKind::Null => return Err(VmError::WriteOfNull(self.peek(1)?)),
            _ => {}
        }
        match self.type_of_ref(obj) {
            Some(TypeCode::Array) => self.set_array_element_from_stack()?,
            Some(TypeCode::PropertyList) => return self.set_object_property(false),
            Some(TypeCode::Class) => {
                let props = self.slot(obj, 1).unwrap_or(Value::UNDEFINED);
                if self.is_plain_object(props) {
                    self.set_peek(2, props)?;
                    return self.set_object_property(false);
                }
            }
            Some(TypeCode::Uint8Array) => {
                let (key, value) = (self.peek(1)?, self.peek(0)?);
                // An object's number is its `valueOf`'s, which the caller
                // has the host to run (see `BYTE_FROM_OBJECT`); a named
                // key (`u.tag = obj`) is dropped unread.
                if self.is_object(value) && self.array_index(key).is_some() {
                    return Ok(BYTE_FROM_OBJECT);
                }
                self.store_byte(obj, key, value);
            }
            // A plain function's go to its entry in the table.
            _ if self.is_callable(obj) => {
                let props = self.function_props_made(obj)?;
                self.set_peek(2, props)?;
                return self.set_object_property(false);
            }
            // Writes to primitives are dropped in sloppy code, and refused
            // in strict code, as in JavaScript.
            _ if self.in_strict_code() => return Err(self.primitive_write_error(obj)),
            _ => {}
        }
        Ok(Value::UNDEFINED)
    }

    /// `bytes[key] = value` on a `Uint8Array`, `value` a primitive: its
    /// number modulo 256; a key that is no index writes nothing.
    pub(crate) fn store_byte(&mut self, bytes: Value, key: Value, value: Value) {
        let n = self.to_num(value);
        if let (Some(i), ValueKind::Heap(p)) = (self.array_index(key), bytes.kind()) {
            self.write_byte(p, i, n);
        }
    }

    /// Byte `index` of the byte array at heap offset `p`: `n` modulo 256.
    #[cfg_attr(not(mvm_size), inline(always))]
    fn write_byte(&mut self, p: u16, index: usize, n: crate::number::Num) {
        if let Some(slot) = self.heap.payload_mut(p).and_then(|b| b.get_mut(index)) {
            *slot = crate::ops::to_int32(n) as u8;
        }
    }

    /// V8's TypeError for a strict write to a primitive's property:
    /// `Cannot create property 'x' on string 'abc'`. (A device says less,
    /// as for the `in` operator.)
    fn primitive_write_error(&mut self, obj: Value) -> VmError {
        #[cfg(feature = "std")]
        let text = {
            let key = self.peek(1).unwrap_or(Value::UNDEFINED);
            // A string's length and characters are its own, read-only.
            let own = self.string_bytes(obj).is_some_and(|bytes| {
                self.key_is(key, "length")
                    || self
                        .array_index(key)
                        .is_some_and(|i| i < self.text_length(obj, bytes))
            });
            let mut text = match own {
                true => b"Cannot assign to read only property '".to_vec(),
                false => b"Cannot create property '".to_vec(),
            };
            text.extend(self.key_text(key));
            text.extend_from_slice(if own { b"' of " } else { b"' on " });
            text.extend(self.string_of(self.type_of(obj)));
            text.extend_from_slice(b" '");
            text.extend(self.string_of(obj));
            text.push(b'\'');
            text
        };
        #[cfg(not(feature = "std"))]
        let text = {
            let _ = obj;
            b"Cannot create property on a primitive".to_vec()
        };
        match self.make_error("TypeError", &text) {
            Ok(error) => VmError::Uncaught(error),
            Err(e) => e,
        }
    }

    /// What a function whose properties are `props` inherits under `key`
    /// from the parent `Object.setPrototypeOf` gave it (kept under the
    /// hidden key `#proto`: a transpiled class's statics), a function or
    /// an object, up the chain.
    fn inherited_static(&self, props: Value, key: Value) -> Option<Value> {
        let mut props = props;
        for _ in 0..MAX_PROTO_CHAIN {
            let parent = self.own_named(props, b"\xEF\xBF\xBFproto")?;
            props = match self.type_of_ref(parent) {
                Some(TypeCode::Class) => self.slot(parent, 1)?,
                Some(TypeCode::PropertyList) => parent,
                _ => self.function_props(parent)?,
            };
            if let Some(v) = self.own_property(props, key) {
                return Some(v);
            }
        }
        None
    }

    /// The object of the properties the plain function `f` was given, from
    /// the table kept as [`FUNCTION_PROPS_EXPORT`].
    pub(crate) fn function_props(&self, f: Value) -> Option<Value> {
        let table = self.export(FUNCTION_PROPS_EXPORT).ok()?;
        (0..self.array_length(table) / 2)
            .find(|i| self.array_get(table, 2 * i) == f)
            .map(|i| self.array_get(table, 2 * i + 1))
    }

    /// [`Engine::function_props`], made (and entered in the table, made
    /// too if need be) where `f` has none.
    fn function_props_made(&mut self, f: Value) -> Result<Value, VmError> {
        if let Some(props) = self.function_props(f) {
            return Ok(props);
        }
        // (On the stack while this allocates, so a collection keeps it.)
        let start = self.stack.len();
        self.push(f)?;
        if self.export(FUNCTION_PROPS_EXPORT).is_err() {
            let table = self.new_array_from_stack(0)?;
            self.set_export(FUNCTION_PROPS_EXPORT, table)?;
        }
        // `f` and its object go into the first pair a collection emptied
        // (its function gone), or are appended. A full table is collected
        // before it grows (each time its size doubles), which empties the
        // pairs of functions gone since: tagging a function per event must
        // not grow it without end. (The pair found stays free, and the
        // length stays, while the object is made: nothing else fills it.)
        let mut free = self.free_function_pair();
        let pairs = self.array_length(self.export(FUNCTION_PROPS_EXPORT)?) / 2;
        if free == pairs && pairs >= 16 && pairs.is_power_of_two() {
            self.run_gc(false)?;
            free = self.free_function_pair();
        }
        let props = self.new_object(1)?;
        self.push(props)?;
        for (at, index) in [(start, 2 * free), (start + 1, 2 * free + 1)] {
            let table = self.export(FUNCTION_PROPS_EXPORT)?;
            let value = self.stack.get(at).copied().unwrap_or(Value::UNDEFINED);
            self.push(table)?;
            self.push(int_value(index))?;
            self.push(value)?;
            self.set_property_from_stack()?;
            self.stack.truncate(start + 2);
        }
        let props = self.pop()?;
        self.pop()?;
        Ok(props)
    }

    /// The first pair of the functions' table a collection emptied, or its
    /// number of pairs (the place after them) where none is.
    fn free_function_pair(&self) -> usize {
        let table = self
            .export(FUNCTION_PROPS_EXPORT)
            .unwrap_or(Value::UNDEFINED);
        let pairs = self.array_length(table) / 2;
        (0..pairs)
            .find(|i| self.array_get(table, 2 * i) == Value::UNDEFINED)
            .unwrap_or(pairs)
    }

    /// The `prototype` of the plain function `f`, once it has one (in the
    /// table of functions' properties), for `new` and `instanceof`.
    pub(crate) fn function_prototype(&self, f: Value) -> Option<Value> {
        self.function_props(f)
            .map(|props| self.lookup(props, Value::STR_PROTOTYPE))
    }

    /// A plain function's `prototype`, made when first read (or first
    /// `new`): an object whose `constructor` is `f`, the last (and only)
    /// key of its first segment, where a class body puts it, so that
    /// listings leave it out (see [`Engine::is_class_prototype`]).
    pub(crate) fn made_prototype(&mut self, f: Value) -> Result<Value, VmError> {
        // (On the stack while this allocates, so a collection keeps it.)
        self.push(f)?;
        let props = self.function_props_made(f)?;
        self.push(props)?;
        let constructor = self.make_string(b"constructor")?;
        self.push(constructor)?;
        let proto = self.new_object(1)?;
        self.set_slots(proto, LIST_HEADER, &[self.peek(0)?, self.peek(2)?])?;
        // `props.prototype = proto`, with `f` and `props` below.
        self.set_peek(0, Value::STR_PROTOTYPE)?;
        self.push(proto)?;
        self.set_object_property(true)?;
        let proto = self.pop()?;
        self.stack.truncate(self.stack.len().saturating_sub(3));
        Ok(proto)
    }

    /// Whether `new` takes the plain function `f` (not an arrow function,
    /// a method, ...: see [`mvm_snapshot::NOT_A_CONSTRUCTOR`]).
    pub(crate) fn constructible(&self, f: Value) -> bool {
        self.bytecode_callee(f).is_some_and(|(func, _)| {
            crate::function::instance_props(self.rom, func)
                != usize::from(mvm_snapshot::NOT_A_CONSTRUCTOR)
        })
    }

    /// Defines an own property on the plain object under `[key, value]`
    /// (as `JSON.parse` does): like an assignment, except that a
    /// `__proto__` key is a property like any other.
    #[cfg(feature = "json")]
    pub(crate) fn define_property_from_stack(&mut self) -> Result<(), VmError> {
        if self.is_plain_object(self.peek(2)?) {
            self.set_object_property(true).map(|_| ())
        } else {
            self.set_property_from_stack().map(|_| ())
        }
    }

    /// `obj[key] = value` on a plain object, `[obj, key, value]` on the
    /// stack; with `define`, `__proto__` names an own property rather than
    /// the prototype.
    fn set_object_property(&mut self, define: bool) -> Result<Value, VmError> {
        if self.is_locked(self.peek(2)?) && self.locked_object_refuses(define)? {
            return Ok(Value::UNDEFINED);
        }
        let given = self.peek(1)?;
        let key = self.interned_key(given);
        if key != given {
            self.set_peek(1, key)?;
        }
        // A property the object has is written in place (an own
        // `__proto__` property like any other). Most writes are of this
        // kind, under the very key value the property was made with: found
        // by value, the key's text is not read. An interned key not found
        // so, among keys that are all interned, is not there at all (see
        // `find_entry`).
        let mut absent = false;
        // The first pass's free slot, while the key it looked for stands.
        let mut free = None;
        if crate::FAST_PATHS {
            let obj = self.peek(2)?;
            let scan = self.scan_keys(obj, key);
            if let Some((seg, i)) = scan.found {
                return self.write_own(seg, i, self.peek(0)?, define);
            }
            // Not the object's own: an inherited setter takes the
            // assignment, and an inherited read-only property refuses it.
            if !define {
                if let Some(accessor) = self.inherited_accessor(obj, key) {
                    return Ok(accessor);
                }
                if self.accessors && self.inherited_read_only(obj, key).is_some() {
                    return Ok(Value::HOLE);
                }
            }
            free = Some(scan.free);
            let rom_text = self.rom_string(key);
            absent = !scan.heap_keys && (rom_text.is_some() || self.is_interned(key));
            // A new property under a ROM string (an object literal's or a
            // constructor's): into a free slot, if there is one after the
            // others. (Not `__proto__`, which names the prototype.)
            if let (true, Some((seg, i)), Some(text)) = (absent, scan.free, rom_text) {
                if text != b"__proto__" {
                    self.set_slots(seg, i, &[key, self.peek(0)?])?;
                    return Ok(Value::UNDEFINED);
                }
            }
        }
        // Keys are strings: turn a number key into its string first. (The
        // key's text is read once, for this and for `__proto__`.)
        let names_proto = match self.string_bytes(key) {
            Some(text) => text == b"__proto__",
            None => {
                let text = self.key_text(key);
                let s = self.make_string(&text)?;
                self.remember_int_key(key, s);
                self.set_peek(1, s)?;
                free = None;
                false
            }
        };
        let (obj, key, value) = (self.peek(2)?, self.peek(1)?, self.peek(0)?);
        if !absent {
            if let Some((seg, i)) = self.find_property(obj, key) {
                return self.write_own(seg, i, value, define);
            }
        }
        // Not the object's own: an inherited setter takes the assignment.
        // (Asked above already when the fast paths found nothing.)
        if !define && !crate::FAST_PATHS {
            if let Some(accessor) = self.inherited_accessor(obj, key) {
                return Ok(accessor);
            }
            if self.accessors && self.inherited_read_only(obj, key).is_some() {
                return Ok(Value::HOLE);
            }
        }
        // (Of a dictionary made by `Object.create(null)`, which reaches no
        // `Object.prototype`, `__proto__` is a key like any other.)
        if !define && names_proto && !self.has_null_prototype(obj) {
            // A class as a prototype (a derived class's statics inherit its
            // parent's) stands for the object holding its members.
            let value = match self.type_of_ref(value) {
                Some(TypeCode::Class) => self.slot(value, 1).unwrap_or(Value::UNDEFINED),
                _ => value,
            };
            if value == Value::NULL || self.is_plain_object(value) {
                self.set_slot(obj, 1, value)?;
            }
            return Ok(Value::UNDEFINED);
        }
        // A free slot left by an object literal, by `new` or by a segment
        // added before? (The first pass found it, unless the key was
        // replaced since.)
        let free = match free {
            Some(free) => free,
            None => self.scan_keys(obj, key).free,
        };
        if let Some((seg, i)) = free {
            self.set_slots(seg, i, &[key, value])?;
            return Ok(Value::UNDEFINED);
        }
        let (_, pairs) = self.chain_end(obj);
        self.append_segment_from_stack(pairs)?;
        Ok(Value::UNDEFINED)
    }

    /// Defines `obj[key] = value`, `[obj, key, value]` on the stack, on a
    /// plain object as its own property, whatever accessor it or its
    /// prototypes have under `key`.
    pub(crate) fn define_from_stack(&mut self) -> Result<(), VmError> {
        self.set_object_property(true).map(|_| ())
    }

    /// Writes an own property's value in slot pair `i` of segment `seg`:
    /// unless it is an accessor and this is an assignment, not a
    /// definition, whose setter then takes it (returned, nothing written).
    fn write_own(
        &mut self,
        seg: Value,
        i: usize,
        value: Value,
        define: bool,
    ) -> Result<Value, VmError> {
        // Written at once and put back in the rare case of an accessor:
        // one read of the segment for the common write.
        let old = match seg.kind() {
            ValueKind::Heap(p) => self.heap.swap_value(p, i + 1, value),
            _ => None,
        }
        .ok_or(VmError::CorruptSnapshot)?;
        if !define && self.is_accessor(old) {
            self.set_slot(seg, i + 1, old)?;
            return Ok(old);
        }
        Ok(Value::UNDEFINED)
    }

    /// Whether `v` is a getter and setter pair (see `Builtin::MakeAccessor`).
    #[inline]
    pub(crate) fn is_accessor(&self, v: Value) -> bool {
        v.is_heap() && self.heap.header(v.0).map(|h| h.type_code()) == Some(TypeCode::Accessor)
    }

    /// The accessor a prototype of `obj` has under `key`, if any.
    pub(crate) fn inherited_accessor(&self, obj: Value, key: Value) -> Option<Value> {
        if !self.accessors {
            return None;
        }
        let proto = self.slot(obj, 1).filter(|p| self.is_plain_object(*p))?;
        // A constructor's `this.x = ...` asks this of a class prototype for
        // each new property: by value first, where keys are all stored
        // once, a miss is settled without reading a key's text. (The walk
        // of `lookup_by_value`, which leaves a miss unsettled: a read then
        // goes on to `Object.prototype`, which holds no accessors.)
        if crate::FAST_PATHS && self.is_interned(key) {
            let mut o = proto;
            for _ in 0..MAX_PROTO_CHAIN {
                let mut heap_keys = false;
                let found = self.each_key(o, |k| {
                    heap_keys |= k.is_heap();
                    k == key
                });
                if let Some((_, _, v)) = found {
                    return Some(v).filter(|v| self.is_accessor(*v));
                }
                if heap_keys {
                    break;
                }
                match self.slot(o, 1) {
                    Some(next) if self.is_plain_object(next) => o = next,
                    _ => return None,
                }
            }
        }
        Some(self.lookup(proto, key)).filter(|v| self.is_accessor(*v))
    }

    /// The last segment of an object's chain, and how many property slots
    /// the chain has.
    fn chain_end(&self, obj: Value) -> (Value, usize) {
        let mut tail = obj;
        let mut pairs = 0;
        for _ in 0..MAX_SEGMENTS {
            let payload = self.payload(tail).unwrap_or(&[]);
            pairs += (payload.len() / 2).saturating_sub(LIST_HEADER) / 2;
            match read_u16(payload, 0).map(Value).filter(|n| n.is_heap()) {
                Some(next) => tail = next,
                None => break,
            }
        }
        (tail, pairs)
    }

    fn set_array_element_from_stack(&mut self) -> Result<(), VmError> {
        let (array, key) = (self.peek(2)?, self.peek(1)?);
        let length = self.key_is(key, "length");
        if self.is_locked(array) {
            let index = self.array_index(key).filter(|_| !length);
            if length || index.is_some() {
                self.locked_array_refuses(array, index, false)?;
            }
            return Ok(());
        }
        if length {
            // (As JavaScript converts it: `-0`, `'2'`, `null`, `true`.)
            let value = self.peek(0)?;
            // (A whole number in range is what `as` gives back; NaN,
            // fractions and negatives are not, but -0 is 0.)
            let f = self.to_num(value).to_f64();
            let new_len = f as u32;
            if f64::from(new_len) != f {
                return Err(VmError::InvalidArrayLength);
            }
            let new_len = new_len as usize;
            return self.set_array_length(array, new_len);
        }
        let Some(index) = self.array_index(key) else {
            // Named properties on arrays are not kept.
            return Ok(());
        };
        if index >= MAX_ARRAY_LENGTH {
            return Err(VmError::AllocationTooLarge);
        }
        if index >= self.array_capacity(array) {
            let capacity = self.array_capacity(array);
            let grown = (capacity + capacity / 2)
                .max(index + 1)
                .clamp(4, MAX_ARRAY_LENGTH);
            self.grow_array(2, grown)?;
        }
        let (array, value) = (self.peek(2)?, self.peek(0)?);
        let data = self.slot(array, 0).ok_or(VmError::CorruptSnapshot)?;
        self.set_slot(data, index, value)?;
        if index >= self.array_length(array) {
            self.set_slot(array, 1, int_value(index + 1))?;
        }
        Ok(())
    }

    /// Gives the array `depth` places down the stack `capacity` slots.
    fn grow_array(&mut self, depth: usize, capacity: usize) -> Result<(), VmError> {
        let p = self.alloc(TypeCode::FixedLengthArray, capacity * 2)?;
        let data = Value::heap(p);
        let array = self.peek(depth)?;
        let old_len = self.array_length(array);
        // Elements on the heap move in one copy (speed builds); the rest
        // one by one.
        let copied = match self.slot(array, 0) {
            Some(old) if old.is_heap() && crate::FAST_PATHS => {
                let len = old_len.min(capacity);
                self.heap.copy_payload(old.0, p, 0, len * 2).map(|_| len)
            }
            _ => None,
        };
        for i in copied.unwrap_or(0)..capacity {
            let item = if i < old_len {
                self.slot(array, 0)
                    .and_then(|d| self.slot(d, i))
                    .unwrap_or(Value::HOLE)
            } else {
                Value::HOLE
            };
            self.set_slot(data, i, item)?;
        }
        self.set_slot(array, 0, data)
    }

    fn set_array_length(&mut self, array: Value, new_len: usize) -> Result<(), VmError> {
        if new_len > MAX_ARRAY_LENGTH {
            return Err(VmError::AllocationTooLarge);
        }
        let old_len = self.array_length(array);
        if new_len > self.array_capacity(array) {
            self.grow_array(2, new_len)?;
        }
        let array = self.peek(2)?;
        if let Some(data) = self.slot(array, 0).filter(|d| d.is_heap()) {
            // Elements cut off must not reappear if the array grows again.
            for i in new_len..old_len {
                self.set_slot(data, i, Value::HOLE)?;
            }
        }
        self.set_slot(array, 1, int_value(new_len))
    }

    /// Segment and slot index of `key` in the object, if present.
    pub(crate) fn find_property(&self, obj: Value, key: Value) -> Option<(Value, usize)> {
        self.find_entry(obj, key).map(|(seg, i, _)| (seg, i))
    }

    /// Segment, slot index and value of `key` in the object, if present.
    fn find_entry(&self, obj: Value, key: Value) -> Option<(Value, usize, Value)> {
        #[cfg(not(any(mvm_size, feature = "small")))]
        if self.is_large_object(obj) {
            if let Some(hit) = self.cached_slot(obj, key) {
                return Some(hit);
            }
            let found = self.find_entry_walk(obj, key);
            if let Some((seg, i, _)) = found {
                self.remember_slot(obj, key, seg, i);
            }
            return found;
        }
        self.find_entry_walk(obj, key)
    }

    /// Whether `obj` has properties enough that a lookup asks the slot
    /// cache first: a first segment of 16 pairs or more, or a second
    /// segment. (A small object's keys are read faster than the cache.)
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn is_large_object(&self, obj: Value) -> bool {
        self.payload(obj).is_some_and(|p| {
            p.len() >= (LIST_HEADER + 32) * 2
                || read_u16(p, 0).is_some_and(|next| Value(next).is_heap())
        })
    }

    /// Where a lookup last found `key` in `obj`, if the slot holds it still
    /// (see `SlotCache`).
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn cached_slot(&self, obj: Value, key: Value) -> Option<(Value, usize, Value)> {
        let tag = (u32::from(obj.0) << 16) | u32::from(key.0);
        let cache = self.slot_cache.take();
        let entry = cache.get(slot_hash(tag)).copied();
        self.slot_cache.set(cache);
        let (_, place) = entry.filter(|(t, _)| *t == tag)?;
        let (seg, i) = (Value((place >> 16) as u16), (place & 0xFFFF) as usize);
        if self.slot(seg, i)? != key {
            return None;
        }
        Some((seg, i, self.slot(seg, i + 1)?))
    }

    /// Notes where `key` is in `obj` (see `SlotCache`). The cache is made
    /// on its first entry, and not at all if the allocator refuses.
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn remember_slot(&self, obj: Value, key: Value, seg: Value, i: usize) {
        // (A key found by its text under another spelling would never be
        // found here by value.)
        let Ok(i) = u16::try_from(i) else {
            return;
        };
        if self.slot(seg, usize::from(i)) != Some(key) {
            return;
        }
        let mut cache = self.slot_cache.take();
        if cache.is_empty() && cache.try_reserve_exact(SLOTS).is_ok() {
            cache.resize(SLOTS, (0, 0));
        }
        let tag = (u32::from(obj.0) << 16) | u32::from(key.0);
        if let Some(entry) = cache.get_mut(slot_hash(tag)) {
            *entry = (tag, (u32::from(seg.0) << 16) | u32::from(i));
        }
        self.slot_cache.set(cache);
    }

    /// [`Engine::find_entry`]'s walk over the keys.
    fn find_entry_walk(&self, obj: Value, key: Value) -> Option<(Value, usize, Value)> {
        // Strings outside the heap are interned (ROM strings are stored
        // once and never spell a well-known string), so two of them are
        // the same key exactly when their values are: the first pass
        // compares values only, noting whether any key is a heap string.
        // (Without the fast paths, only the text comparison below runs.)
        // A key made at run time (a heap string, or a number to format)
        // can only be found by its text: that pass alone runs.
        let mut heap_keys = !crate::FAST_PATHS || key.is_heap();
        if !heap_keys {
            // (A key is never the invalid value 0, so an even key is a
            // heap string.)
            let found = self.each_key(obj, |k| {
                heap_keys |= k.0 & 1 == 0;
                k == key
            });
            if found.is_some() {
                return found;
            }
        }
        let interned = self.is_interned(key);
        if interned && !heap_keys {
            return None;
        }
        // Compare text with the keys that may differ in value only. Only a
        // key that is not a string (a number) needs formatting.
        let formatted;
        let key_bytes = match self.string_bytes(key) {
            Some(b) => b,
            None => {
                formatted = self.key_text(key);
                &formatted
            }
        };
        let found = self.each_key(obj, |k| {
            k == key
                || (k != Value::HOLE
                    && (k.is_heap() || !interned || !crate::FAST_PATHS)
                    && self.text_is(k, key_bytes))
        });
        // An integer key found under a string: the next read of it takes
        // that string (see `interned_key`).
        if let (true, Some(_), Some((seg, i, _))) = (crate::FAST_PATHS, key.as_int(), found) {
            if let Some(k) = self.slot(seg, i) {
                self.remember_int_key(key, k);
            }
        }
        // A key made at run time, found under its ROM spelling: the next
        // key with its text takes that spelling before it is looked up.
        if let (true, true, Some((seg, i, _))) = (crate::FAST_PATHS, key.is_heap(), found) {
            if let Some(k) = self.slot(seg, i).filter(|k| !k.is_heap()) {
                self.remember_spelling(key_bytes, k);
            }
        }
        found
    }

    /// The ROM string spelling `key`, when `key` is a heap string whose
    /// text a lookup met under that spelling (see `find_entry`); else
    /// `key`. Looked up by that value, a key built at run time
    /// (`regs['r' + n]`) is found as a literal key is, by comparing values
    /// rather than text. (A cache of [`SPELLINGS`] entries by the text's
    /// hash, each checked against the text.)
    ///
    /// An integer key (`counts[code]` of a plain object) is the string
    /// key made or found for it last, if the cache has it: found by
    /// value, without formatting the number, and written without making a
    /// string again.
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn interned_key(&self, key: Value) -> Value {
        if let Some(n) = key.as_int() {
            let cache = self.int_keys.take();
            let entry = cache.get(int_key_index(n)).copied();
            self.int_keys.set(cache);
            return match entry {
                Some((m, spelled)) if m == n && spelled != Value::UNDEFINED => spelled,
                _ => key,
            };
        }
        if !key.is_heap() {
            return key;
        }
        let Some(text) = self.string_bytes(key) else {
            return key;
        };
        let cache = self.key_spellings.take();
        let entry = cache.get(text_hash(text) as usize % SPELLINGS).copied();
        self.key_spellings.set(cache);
        match entry {
            Some(spelling) if self.rom_string(spelling) == Some(text) => spelling,
            _ => key,
        }
    }

    /// Notes that `interned`, a ROM string, spells `text` (see
    /// [`Engine::interned_key`]). The cache is made on its first entry,
    /// and not at all if the allocator refuses.
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn remember_spelling(&self, text: &[u8], interned: Value) {
        if self.rom_string(interned) != Some(text) {
            return;
        }
        let mut cache = self.key_spellings.take();
        if cache.is_empty() && cache.try_reserve_exact(SPELLINGS).is_ok() {
            cache.resize(SPELLINGS, Value::UNDEFINED);
        }
        if let Some(entry) = cache.get_mut(text_hash(text) as usize % SPELLINGS) {
            *entry = interned;
        }
        self.key_spellings.set(cache);
    }

    /// Notes that `spelled`, a string, is the key text of the integer
    /// key `key` (see [`Engine::interned_key`]). The cache is made on its
    /// first entry, and not at all if the allocator refuses.
    #[cfg(not(any(mvm_size, feature = "small")))]
    fn remember_int_key(&self, key: Value, spelled: Value) {
        let Some(n) = key.as_int() else {
            return;
        };
        if self.string_bytes(spelled).is_none() {
            return;
        }
        let mut cache = self.int_keys.take();
        if cache.is_empty() && cache.try_reserve_exact(INT_KEYS).is_ok() {
            cache.resize(INT_KEYS, (0, Value::UNDEFINED));
        }
        if let Some(entry) = cache.get_mut(int_key_index(n)) {
            *entry = (n, spelled);
        }
        self.int_keys.set(cache);
    }

    /// (A size build keeps no spellings.)
    #[cfg(any(mvm_size, feature = "small"))]
    fn interned_key(&self, key: Value) -> Value {
        key
    }

    #[cfg(any(mvm_size, feature = "small"))]
    fn remember_int_key(&self, _key: Value, _spelled: Value) {}

    #[cfg(any(mvm_size, feature = "small"))]
    fn remember_spelling(&self, _text: &[u8], _interned: Value) {}

    /// Whether `k` is a string spelling `text`. (Speed builds read a heap
    /// or ROM string's header first: its size rules out most keys of an
    /// object searched by a key made at run time, `regs['r' + n]`, before
    /// any byte is compared.)
    #[cfg_attr(not(mvm_size), inline(always))]
    fn text_is(&self, k: Value, text: &[u8]) -> bool {
        if crate::FAST_PATHS {
            let place = if k.is_heap() {
                Some((self.heap.image(), usize::from(k.0)))
            } else {
                self.rom_payload(k).map(|at| (self.rom, at))
            };
            if let Some((image, at)) = place {
                let Some(header) = at.checked_sub(2).and_then(|h| read_u16(image, h)) else {
                    return false;
                };
                let header = AllocHeader(header);
                // The payload is the bytes and a NUL.
                return header.size() == text.len() + 1
                    && matches!(
                        header.type_code(),
                        TypeCode::String | TypeCode::InternedString
                    )
                    && image.get(at..at + text.len()) == Some(text);
            }
        }
        self.string_bytes(k) == Some(text)
    }

    /// Whether `key` is a string stored once: a string outside the heap.
    fn is_interned(&self, key: Value) -> bool {
        match key.kind() {
            ValueKind::BuiltinStr(_) | ValueKind::EmptyString => true,
            ValueKind::Rom(_) => matches!(
                self.type_of_ref(key),
                Some(TypeCode::String | TypeCode::InternedString)
            ),
            _ => false,
        }
    }

    /// The segment, slot index and value of the first key of `obj` for
    /// which `matches` holds.
    pub(crate) fn each_key(
        &self,
        obj: Value,
        mut matches: impl FnMut(Value) -> bool,
    ) -> Option<(Value, usize, Value)> {
        self.walk_keys(obj, |k, _| matches(k))
    }

    /// As [`Engine::each_key`], `visit` also told where each key is
    /// (segment and slot index).
    fn walk_keys(
        &self,
        obj: Value,
        mut visit: impl FnMut(Value, (Value, usize)) -> bool,
    ) -> Option<(Value, usize, Value)> {
        // A speed build has a copy of the walk for each visitor; a size
        // build shares one, calling each visitor through a pointer.
        if crate::FAST_PATHS {
            self.walk_keys_with(obj, visit)
        } else {
            self.walk_keys_with::<&mut dyn FnMut(Value, (Value, usize)) -> bool>(obj, &mut visit)
        }
    }

    fn walk_keys_with<F: FnMut(Value, (Value, usize)) -> bool>(
        &self,
        obj: Value,
        mut visit: F,
    ) -> Option<(Value, usize, Value)> {
        let mut seg = obj;
        // (Unbounded, unlike the walks that collect or append: a bound here
        // cost up to 0.6% on property-heavy scripts. Chains end: restore
        // refuses a snapshot whose chains could loop, see
        // `check_segment_order`, and the engine only appends new segments.)
        loop {
            let payload = self.payload(seg)?;
            let (header, pairs) = payload.split_at_checked(LIST_HEADER * 2)?;
            // Read as whole little-endian words (by bytes, each key took
            // two loads and a shift).
            for (i, pair) in pairs.chunks_exact(4).enumerate() {
                let Ok(pair) = <[u8; 4]>::try_from(pair) else {
                    break;
                };
                let pair = u32::from_le_bytes(pair);
                if visit(Value(pair as u16), (seg, LIST_HEADER + 2 * i)) {
                    let value = Value((pair >> 16) as u16);
                    return Some((seg, LIST_HEADER + 2 * i, value));
                }
            }
            // The next segment, in the header's first slot.
            seg = Some(Value(read_u16(header, 0)?)).filter(|n| n.is_heap())?;
        }
    }

    /// The keys of a class's (or a class-shaped function's) property
    /// object past its first segment: its static fields and what the
    /// program assigned, where `prototype`, its name and its static
    /// methods, which nothing lists, fill the first.
    #[inline(never)]
    pub(crate) fn later_keys(&self, class: Value) -> Result<Vec<Value>, VmError> {
        match self
            .slot(class, 1)
            .filter(|props| self.is_plain_object(*props))
            .and_then(|props| self.slot(props, 0))
            .filter(|next| next.is_heap())
        {
            Some(later) => self.ordered_keys(later),
            None => Ok(Vec::new()),
        }
    }

    /// Whether `obj` was made by `Object.create(null)` (or `{ __proto__:
    /// null }`), which the prelude marks with a hidden `#null` key of its
    /// own: console.log's inspector says so, and `__proto__` names a
    /// property of such a dictionary.
    pub(crate) fn has_null_prototype(&self, obj: Value) -> bool {
        self.own_named(obj, b"\xEF\xBF\xBFnull").is_some()
    }

    /// Whether `obj` or a prototype of it was made by
    /// `Object.create(null)`: then nothing comes from `Object.prototype`.
    pub(crate) fn null_prototype_in_chain(&self, obj: Value) -> bool {
        self.lookup_name(obj, b"\xEF\xBF\xBFnull") != Value::UNDEFINED
    }

    /// Whether `o` is a prototype a class body (or a class-shaped
    /// function) made: its first segment holds the methods and, last,
    /// where the class body puts it, `constructor` (which JavaScript makes
    /// non-enumerable, even once a mixin assigns another), a class. An
    /// object literal made a prototype, `{ constructor: F, on() {} }`,
    /// lists its keys, `constructor` among them, as JavaScript does.
    pub(crate) fn is_class_prototype(&self, o: Value) -> bool {
        let Some((seg, at, class)) = self.each_key(o, |k| self.key_is(k, "constructor")) else {
            return false;
        };
        seg == o
            && self.payload(o).map(|p| p.len() / 2) == Some(at + 2)
            && (self.type_of_ref(class) == Some(TypeCode::Class)
                || self.function_prototype(class) == Some(o))
    }

    /// One pass over an object's keys for a write of `key`: where it is
    /// (by value), whether any key is a heap string, and the first free
    /// slot after every property (where a new property goes: a slot freed
    /// by `delete` before another property is not reused, which would
    /// list the new property too early).
    fn scan_keys(&self, obj: Value, key: Value) -> KeyScan {
        #[cfg(not(any(mvm_size, feature = "small")))]
        let large = self.is_large_object(obj);
        #[cfg(not(any(mvm_size, feature = "small")))]
        if large {
            if let Some((seg, i, _)) = self.cached_slot(obj, key) {
                return KeyScan {
                    found: Some((seg, i)),
                    heap_keys: false,
                    free: None,
                };
            }
        }
        let mut heap_keys = false;
        let mut free = None;
        let found = self.walk_keys(obj, |k, at| {
            if k == key {
                return true;
            }
            if k == Value::HOLE {
                free = free.or(Some(at));
            } else {
                free = None;
                heap_keys |= k.is_heap();
            }
            false
        });
        #[cfg(not(any(mvm_size, feature = "small")))]
        if let (true, Some((seg, i, _))) = (large, found) {
            self.remember_slot(obj, key, seg, i);
        }
        KeyScan {
            found: found.map(|(seg, i, _)| (seg, i)),
            heap_keys,
            free,
        }
    }

    /// The property name a key value stands for.
    pub(crate) fn key_text(&self, key: Value) -> Vec<u8> {
        self.string_of(key)
    }

    pub(crate) fn key_is(&self, key: Value, name: &str) -> bool {
        self.string_bytes(key) == Some(name.as_bytes())
    }

    /// The array index a key names: a non-negative integer, or a string
    /// that is one written canonically.
    pub(crate) fn array_index(&self, key: Value) -> Option<usize> {
        self.array_key(key).ok()
    }

    /// The array index a key names, or else the string it is, if any.
    fn array_key(&self, key: Value) -> Result<usize, Option<&[u8]>> {
        if let Some(n) = self.num(key) {
            return match n {
                Num::Int(i) => usize::try_from(i).map_err(|_| None),
                // -0 names element 0, like 0 does.
                Num::Float(0.0) => Ok(0),
                Num::Float(_) => Err(None),
            };
        }
        let bytes = self.string_bytes(key);
        match bytes.and_then(canonical_index) {
            Some(i) => Ok(i),
            None => Err(bytes),
        }
    }
}

impl<'a> Engine<'a> {
    /// Inserts `v` just under the top of the stack: `a b` → `a v b`.
    pub(crate) fn insert_under_top(&mut self, v: Value) -> Result<(), VmError> {
        let top = self.pop()?;
        self.push(v)?;
        self.push(top)
    }

    /// `array items` → `array`, with the elements of `items` (an array,
    /// a string or a `Uint8Array`) appended.
    pub(crate) fn extend_from_stack(&mut self) -> Result<(), VmError> {
        let items = self.peek(0)?;
        // A string gives its code points (a surrogate pair is one), as its
        // iterator does; anything else its elements.
        let string = self.string_bytes(items).is_some();
        let count = match self.string_bytes(items) {
            Some(bytes) => bytes.len(),
            None => self.indexed_length(items),
        };
        let mut i = 0;
        while i < count {
            // A string's item is a new string: read the values after it.
            let items = self.peek(0)?;
            let item = if string {
                let bytes = self.string_bytes(items).unwrap_or_default();
                let rest = bytes.get(i..).unwrap_or_default();
                let len = crate::wtf8::decode(rest).map_or(rest.len(), |(_, len)| len);
                let piece = rest.get(..len).unwrap_or_default().to_vec();
                i += len;
                self.make_string(&piece)?
            } else {
                i += 1;
                self.get_property(items, int_value(i - 1))?
            };
            let array = self.peek(1)?;
            let len = self.array_length(array);
            self.push(array)?;
            self.push(int_value(len))?;
            self.push(item)?;
            self.set_property_from_stack()?;
            self.pop()?;
            self.pop()?;
            self.pop()?;
        }
        self.pop().map(|_| ())
    }

    /// `delete obj[key]`: an object forgets the property, an array's
    /// element becomes a hole.
    /// Returns false where a locked object refused (in sloppy code; in
    /// strict code a TypeError).
    pub(crate) fn delete_property(&mut self, obj: Value, key: Value) -> Result<bool, VmError> {
        match obj.kind() {
            ValueKind::Undefined | ValueKind::Null => return Err(VmError::PropertyOfNullish),
            _ => {}
        }
        if self.is_locked(obj) && self.locked_delete_refused(obj, key)? {
            return Ok(false);
        }
        match self.type_of_ref(obj) {
            Some(TypeCode::PropertyList) => {
                if let Some((seg, i)) = self.find_property(obj, key) {
                    self.set_slots(seg, i, &[Value::HOLE, Value::UNDEFINED])?;
                }
            }
            Some(TypeCode::Array) => {
                if let Some(i) = self
                    .array_index(key)
                    .filter(|i| *i < self.array_length(obj))
                {
                    if let Some(data) = self.slot(obj, 0).filter(|d| d.is_heap()) {
                        self.set_slot(data, i, Value::HOLE)?;
                    }
                }
            }
            // A class's statics, and a function's properties in the table
            // of them.
            Some(TypeCode::Class) => {
                if let Some(statics) = self.slot(obj, 1).filter(|s| self.is_plain_object(*s)) {
                    return self.delete_property(statics, key);
                }
            }
            _ if self.is_callable(obj) => {
                if let Some(props) = self.function_props(obj) {
                    return self.delete_property(props, key);
                }
            }
            _ => {}
        }
        Ok(true)
    }

    /// `key in obj`.
    pub(crate) fn has_property(&mut self, obj: Value, key: Value) -> Result<bool, VmError> {
        match self.type_of_ref(obj) {
            Some(TypeCode::PropertyList) => {
                let mut o = obj;
                for _ in 0..MAX_PROTO_CHAIN {
                    if self.find_property(o, key).is_some() {
                        return Ok(true);
                    }
                    match self.slot(o, 1) {
                        Some(proto) if self.is_plain_object(proto) => o = proto,
                        _ => break,
                    }
                }
                // (What every object inherits: `'toString' in {}`, linked
                // or not; not for `Object.create(null)`'s.)
                Ok(
                    (self.prototype_property(OBJECT_PROTOTYPE_EXPORT, key) != Value::UNDEFINED
                        || self.inherited_name(key))
                        && !self.null_prototype_in_chain(obj),
                )
            }
            Some(TypeCode::Array) => Ok(self.key_is(key, "length")
                || self.key_is(key, "push")
                || self.array_index(key).is_some_and(|i| {
                    i < self.array_length(obj)
                        && self.slot(obj, 0).and_then(|d| self.slot(d, i)) != Some(Value::HOLE)
                })
                || self.prototype_property(ARRAY_PROTOTYPE_EXPORT, key) != Value::UNDEFINED
                || self.inherited_name(key)),
            Some(TypeCode::Uint8Array) => Ok(self.key_is(key, "length")
                || self
                    .array_index(key)
                    .is_some_and(|i| i < self.indexed_length(obj))
                || self.prototype_property(UINT8ARRAY_PROTOTYPE_EXPORT, key) != Value::UNDEFINED
                || self.inherited_name(key)),
            Some(TypeCode::Class) => {
                let props = self.slot(obj, 1).unwrap_or(Value::UNDEFINED);
                if self.key_is(key, "prototype") || key == Value::STR_PROTOTYPE {
                    return Ok(true);
                }
                self.has_property(props, key)
            }
            // `in` on a primitive is a TypeError (see `in_error`).
            Some(
                TypeCode::Int32 | TypeCode::Float64 | TypeCode::String | TypeCode::InternedString,
            )
            | None => Err(VmError::PropertyOfNullish),
            // A plain function's, in the table of them.
            Some(_) => match self.function_props(obj) {
                Some(props) => self.has_property(props, key),
                None => Ok(false),
            },
        }
    }

    /// Whether `key` names a member of `Object.prototype`.
    fn inherited_name(&self, key: Value) -> bool {
        self.string_bytes(key)
            .is_some_and(|k| OBJECT_PROTOTYPE_NAMES.contains(&k))
    }

    /// `value instanceof class`: the class's `prototype` is on the value's
    /// prototype chain.
    pub(crate) fn instance_of(&mut self, value: Value, class: Value) -> Result<bool, VmError> {
        if !self.is_callable(class) {
            // As V8 words it.
            let object = matches!(
                self.type_of_ref(class),
                Some(TypeCode::PropertyList | TypeCode::Array | TypeCode::Uint8Array)
            );
            let text: &[u8] = match object {
                true => b"Right-hand side of 'instanceof' is not callable",
                false => b"Right-hand side of 'instanceof' is not an object",
            };
            let error = self.make_error("TypeError", text)?;
            return Err(VmError::Uncaught(error));
        }
        let proto = match self.type_of_ref(class) {
            Some(TypeCode::Class) => {
                let props = self.slot(class, 1).unwrap_or(Value::UNDEFINED);
                self.lookup(props, Value::STR_PROTOTYPE)
            }
            // `p instanceof Promise`: the program's `Promise.prototype`.
            _ if class == Builtin::PromiseCtor.value() => self
                .export(crate::promise::PROMISE_PROTOTYPE_EXPORT)
                .unwrap_or(Value::UNDEFINED),
            // A plain function's, once it has one.
            _ => match self.function_prototype(class) {
                Some(proto) => proto,
                None => return Ok(false),
            },
        };
        let mut o = value;
        for _ in 0..MAX_PROTO_CHAIN {
            match self.slot(o, 1).filter(|_| self.is_plain_object(o)) {
                Some(p) if p == proto => return Ok(true),
                Some(p) if self.is_plain_object(p) => o = p,
                _ => return Ok(false),
            }
        }
        Ok(false)
    }
}

pub(crate) fn int_value(n: usize) -> Value {
    i32::try_from(n)
        .ok()
        .and_then(Value::int)
        .unwrap_or(Value::UNDEFINED)
}

/// The index a string names when it is a non-negative integer written
/// canonically (no sign, no leading zero) below 2^32 - 1.
fn canonical_index(bytes: &[u8]) -> Option<usize> {
    let canonical = !bytes.is_empty()
        && bytes.iter().all(u8::is_ascii_digit)
        && (bytes.len() == 1 || bytes.first() != Some(&b'0'));
    if !canonical || bytes.len() > 10 {
        return None;
    }
    // Ten digits at most: no overflow of a u64. An index is below 2^32 - 1
    // (so a Unix time in seconds is one, and lists first, as in JavaScript).
    let n = bytes
        .iter()
        .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
    if n > 0xFFFF_FFFE {
        return None;
    }
    usize::try_from(n).ok()
}
