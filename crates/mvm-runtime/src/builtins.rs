//! Functions the engine provides itself ([`Builtin`] values): they read
//! their `this` and arguments from the VM stack, where a collection keeps
//! them current, and return a value.

use crate::number::Num;
use crate::object::{int_value, ListedKeys};
use crate::{Engine, Host, VmError};
use mvm_snapshot::{Builtin, TypeCode, Value};

impl<'a> Engine<'a> {
    /// Argument `i` of a call whose `this` is at stack index `this_at`,
    /// with `argc` arguments (`undefined` past them). (Out of line in size
    /// builds: a builtin reads its arguments in many places.)
    #[cfg_attr(mvm_size, inline(never))]
    pub(crate) fn argument(&self, this_at: usize, argc: usize, i: usize) -> Value {
        if i < argc {
            self.stack
                .get(this_at + 2 + i)
                .copied()
                .unwrap_or(Value::UNDEFINED)
        } else {
            Value::UNDEFINED
        }
    }

    /// Runs `builtin` with `this` at stack index `this_at` and `argc`
    /// arguments after the callee.
    pub(crate) fn call_builtin(
        &mut self,
        host: &mut dyn Host,
        builtin: Builtin,
        this_at: usize,
        argc: usize,
        bound: Value,
    ) -> Result<Value, VmError> {
        let arg = |vm: &Engine<'_>, i: usize| vm.argument(this_at, argc, i);
        match builtin {
            Builtin::NoOp => Ok(Value::UNDEFINED),
            Builtin::ArrayPush => {
                for i in 0..argc {
                    let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
                    if self.type_of_ref(this) != Some(TypeCode::Array) {
                        return Err(VmError::NotCallable);
                    }
                    let len = self.array_length(this);
                    let item = arg(self, i);
                    // (The common append first; a locked array, which it
                    // leaves, refuses whatever code calls push.)
                    if self.set_array_element(this, int_value(len), item) {
                        continue;
                    }
                    if self.is_locked(this) {
                        self.locked_array_refuses(this, Some(len), true)?;
                    }
                    self.push(this)?;
                    self.push(int_value(len))?;
                    self.push(item)?;
                    self.set_property_from_stack()?;
                    self.stack.truncate(self.stack.len() - 3);
                }
                let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
                Ok(int_value(self.array_length(this)))
            }
            Builtin::ArrayIndexOf
            | Builtin::StringSlice
            | Builtin::StringIndexOf
            | Builtin::ArrayCopyWithin => {
                let args = [0, 1, 2, 3].map(|i| arg(self, i));
                self.bulk(builtin, args)
            }
            Builtin::NumberIsNaN => Ok(Value::bool(matches!(
                self.num(arg(self, 0)),
                Some(Num::Float(f)) if f.is_nan()
            ))),
            Builtin::MathFunction => {
                let number = |v| self.num(v).map_or(f64::NAN, Num::to_f64);
                let which = match self.num(arg(self, 0)) {
                    Some(Num::Int(i)) => i,
                    _ => -1,
                };
                let (x, y) = (number(arg(self, 1)), number(arg(self, 2)));
                // (Without the `math` feature, the transcendental ones.)
                let f = crate::math::math_function(which, x, y).ok_or(VmError::NotCallable)?;
                self.number(f)
            }
            Builtin::NumberDigits => {
                let x = self.num(arg(self, 0)).map_or(f64::NAN, Num::to_f64);
                let text = crate::number::exact_digits_text(x);
                self.make_string(&text)
            }
            Builtin::Lock => {
                let obj = arg(self, 0);
                let obj = match self.type_of_ref(obj) {
                    Some(TypeCode::Class) => self.slot(obj, 1).unwrap_or(obj),
                    _ => obj,
                };
                if let (true, mvm_snapshot::ValueKind::Heap(p)) =
                    (arg(self, 1) == Value::TRUE, obj.kind())
                {
                    // (New properties now ask the prototypes: see
                    // `inherited_read_only`.)
                    self.accessors |= self.heap.lock(p).is_some();
                }
                Ok(Value::bool(self.is_locked(obj)))
            }
            Builtin::TypeCodeOf => Ok(int_value(self.type_code_of(arg(self, 0)) as usize)),
            Builtin::NewUint8Array => {
                let len = match self.num(arg(self, 0)) {
                    Some(Num::Int(n)) if (0..=4095).contains(&n) => n as usize,
                    _ => return Err(VmError::AllocationTooLarge),
                };
                let p = self.alloc(TypeCode::Uint8Array, len)?;
                Ok(Value::heap(p))
            }
            // (`Reflect.ownKeys(o, true)`, the library's: its symbols;
            // `Reflect.ownKeys(C, false)`, a class's static methods too;
            // `Reflect.ownKeys(o, null)`, string keys, then symbols.)
            Builtin::ReflectOwnKeys => {
                let mode = arg(self, 1);
                self.own_keys(arg(self, 0), false, mode)
            }
            #[cfg(feature = "json")]
            Builtin::JsonStringify => {
                let (v, space) = (arg(self, 0), arg(self, 2));
                match self.json_stringify(v, space) {
                    Ok(Some(text)) => self.make_string(&text),
                    Ok(None) => Ok(Value::UNDEFINED),
                    // (A value the prelude never returns: it then runs
                    // the script's toJSON methods and getters itself.)
                    Err(crate::json::JsonStop::NeedsScript) => Ok(Value::FALSE),
                    Err(crate::json::JsonStop::Circular) => {
                        let error =
                            self.make_error("TypeError", b"Converting circular structure to JSON")?;
                        Err(VmError::Uncaught(error))
                    }
                    Err(crate::json::JsonStop::TooDeep) => Err(VmError::StackOverflow),
                }
            }
            #[cfg(feature = "json")]
            Builtin::JsonParse => {
                let text = self.string_of(arg(self, 0));
                self.json_parse(&text)
            }
            #[cfg(not(feature = "json"))]
            Builtin::JsonStringify | Builtin::JsonParse => Err(VmError::NotCallable),
            Builtin::PromiseThen => {
                let (f, r) = (arg(self, 0), arg(self, 1));
                // (queueMicrotask's job passes the mark: no derived
                // promise, so what its callback throws is uncaught.)
                let job = arg(self, 2) == Builtin::ErrorMark.value();
                self.promise_then(this_at, f, r, job)
            }
            Builtin::PromiseCatch => {
                let r = arg(self, 0);
                self.promise_then(this_at, Value::UNDEFINED, r, false)
            }
            Builtin::PromiseResolve => {
                let v = arg(self, 0);
                self.resolve_promise(bound, v)?;
                Ok(Value::UNDEFINED)
            }
            Builtin::PromiseReject => {
                let v = arg(self, 0);
                self.settle(bound, crate::promise::REJECTED, v)?;
                Ok(Value::UNDEFINED)
            }
            Builtin::StringCharCodeAt => {
                let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
                let index = self.to_num(arg(self, 0)).to_f64();
                // (Only strings reach it: it is a string method.)
                let text = self.string_bytes(this).unwrap_or(b"");
                // Truncated toward zero (so -0.5 is 0), NaN as 0, too large
                // saturated: what `as` does.
                let unit = (index > -1.0 || index.is_nan())
                    .then(|| self.unit_at(this, text, index as usize))
                    .flatten();
                match unit {
                    Some(u) => self.make_num(Num::Int(i32::from(u))),
                    None => Ok(Value::NAN),
                }
            }
            Builtin::StringFromCharCode => {
                let mut text = alloc::vec::Vec::new();
                let mut unit = alloc::vec::Vec::new();
                for i in 0..argc {
                    unit.clear();
                    let code = crate::ops::to_int32(self.to_num(arg(self, i))) as u16;
                    crate::wtf8::encode_unit(code, &mut unit);
                    crate::wtf8::append(&mut text, &unit);
                }
                self.make_string(&text)
            }
            // `f.call(t, ...args)` and `f.apply(t, args)`: `f` is `this`.
            Builtin::FunctionCall | Builtin::FunctionApply => {
                let function = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
                let depth = self.frames.len();
                self.push(arg(self, 0))?;
                self.push(function)?;
                let count = if builtin == Builtin::FunctionCall {
                    for i in 1..argc {
                        self.push(arg(self, i))?;
                    }
                    argc.saturating_sub(1)
                } else {
                    // (An array's items, or a byte array's bytes:
                    // `String.fromCharCode.apply(null, bytes)`.)
                    let list = arg(self, 1);
                    let count = match self.type_of_ref(list) {
                        Some(TypeCode::Array) => self.array_length(list),
                        Some(TypeCode::Uint8Array) => self.payload(list).map_or(0, <[u8]>::len),
                        _ if matches!(list, Value::UNDEFINED | Value::NULL) => 0,
                        // An array-like: its `length` items (`{ length: 2,
                        // 0: 'x', 1: 'y' }`); more than an inline index
                        // reaches is more than a device's stack holds.
                        _ if self.is_object(list) => {
                            let length = self.get_property(list, Value::STR_LENGTH)?;
                            match self.to_num(length).to_f64() {
                                n if n > 8191.0 => return Err(VmError::StackOverflow),
                                n if n >= 1.0 => n as usize,
                                _ => 0,
                            }
                        }
                        _ => {
                            let message = b"CreateListFromArrayLike called on non-object";
                            return Err(VmError::Uncaught(self.make_error("TypeError", message)?));
                        }
                    };
                    for i in 0..count {
                        let index = Value::int(i as i32).ok_or(VmError::StackOverflow)?;
                        let item = self.get_property(arg(self, 1), index)?;
                        self.push(item)?;
                    }
                    count
                };
                self.run(host, count, depth)
            }
            Builtin::MakeAccessor => {
                let p = self.alloc(TypeCode::Accessor, 4)?;
                let accessor = Value::heap(p);
                // (Read after the allocation, which may have moved them.)
                let (get, set) = (arg(self, 0), arg(self, 1));
                self.set_slots(accessor, 0, &[get, set])?;
                self.accessors = true;
                Ok(accessor)
            }
            Builtin::GeneratorResume => {
                let (state, value) = (arg(self, 0), arg(self, 1));
                let record = self.array_get(state, 0);
                if !record.is_heap() {
                    return Err(VmError::NotCallable);
                }
                // Running or done until it yields again (`Yield` puts the
                // new record there).
                let items = self.slot(state, 0).unwrap_or(Value::UNDEFINED);
                self.set_slot(items, 0, Value::UNDEFINED)?;
                let outcome = match arg(self, 2) {
                    Value::TRUE => crate::promise::REJECTED,
                    _ => crate::promise::FULFILLED,
                };
                self.resume_frame(host, record, outcome, value)
            }
            Builtin::IterableCheck => {
                let this = self.stack.get(this_at).copied().unwrap_or(Value::UNDEFINED);
                let walkable = self.string_bytes(this).is_some()
                    || matches!(
                        self.type_of_ref(this),
                        Some(TypeCode::Array | TypeCode::Uint8Array)
                    )
                    // (Maps, Sets and generators have one too.)
                    || self.is_callable(self.lookup_name(this, b"\xEF\xBF\xBF@@iterator"));
                match walkable {
                    true => Ok(this),
                    false => Err(VmError::NotIterable(this)),
                }
            }
            Builtin::OwnProperty => {
                let obj = arg(self, 0);
                // (A class's members and a function's properties are
                // kept in an object of their own.)
                let obj = match self.type_of_ref(obj) {
                    Some(TypeCode::Class) => self.slot(obj, 1).unwrap_or(Value::UNDEFINED),
                    _ if self.is_callable(obj) => {
                        self.function_props(obj).unwrap_or(Value::UNDEFINED)
                    }
                    _ => obj,
                };
                let found = match self.is_plain_object(obj) {
                    true => self.own_property(obj, arg(self, 1)),
                    false => None,
                };
                Ok(match (found, arg(self, 2).as_int()) {
                    (found, Some(2)) => Value::bool(found.is_some()),
                    (Some(v), part) if self.is_accessor(v) => {
                        let part = usize::from(part == Some(1));
                        self.slot(v, part).unwrap_or(Value::UNDEFINED)
                    }
                    _ => Value::FALSE,
                })
            }
            Builtin::MatchArray => {
                if argc < 4 {
                    let field = arg(self, 1).as_int().map_or(3, |k| k as usize);
                    let array = arg(self, 0);
                    let slot = (self.type_of_ref(array) == Some(TypeCode::Array) && field < 3)
                        .then(|| self.slot(array, 2 + field));
                    return Ok(slot.flatten().unwrap_or(Value::UNDEFINED));
                }
                // The array's elements and length, then the three fields
                // (read after the allocation, which may move them).
                let made = Value::heap(self.alloc(TypeCode::Array, 10)?);
                for i in 0..5 {
                    let v = match i {
                        0 | 1 => self.slot(arg(self, 0), i).unwrap_or(Value::NULL),
                        _ => arg(self, i - 1),
                    };
                    self.set_slot(made, i, v)?;
                }
                Ok(made)
            }
            Builtin::PromiseCtor
            | Builtin::PromiseState
            | Builtin::PromiseResult
            | Builtin::ErrorMark => Err(VmError::NotCallable),
        }
    }

    /// The keys `for..in` visits, as an array: an object's own keys then
    /// its prototypes' (each name once); an array's or string's indices.
    pub(crate) fn for_in_keys(&mut self, obj: Value) -> Result<Value, VmError> {
        if self.is_plain_object(obj) {
            let start = self.stack.len();
            let mut o = obj;
            for _ in 0..100 {
                // A class prototype's own keys start after its first
                // segment (the class body's).
                let first = match self.is_class_prototype(o) {
                    true => self.slot(o, 0).filter(|next| next.is_heap()),
                    false => Some(o),
                };
                for key in first
                    .map(|f| self.ordered_keys(f))
                    .transpose()?
                    .unwrap_or_default()
                {
                    // (An own property of an object nearer hides it: listed
                    // there, or not enumerable, `util.inherits`'s
                    // `constructor`.)
                    let mut nearer = obj;
                    let mut shadowed = false;
                    while nearer != o && !shadowed {
                        shadowed = self.find_property(nearer, key).is_some();
                        nearer = self.slot(nearer, 1).unwrap_or(o);
                    }
                    if !shadowed {
                        self.push(key)?;
                    }
                }
                // (`Promise.prototype`'s methods are not enumerable.)
                match self.slot(o, 1) {
                    Some(proto)
                        if self.is_plain_object(proto)
                            && self.export(crate::promise::PROMISE_PROTOTYPE_EXPORT).ok()
                                != Some(proto) =>
                    {
                        o = proto
                    }
                    _ => break,
                }
            }
            return self.new_array_from_stack(self.stack.len() - start);
        }
        // Arrays, strings and the like: their indices (what ownKeys lists
        // bar "length").
        self.own_keys(obj, true, Value::UNDEFINED)
    }

    /// `Reflect.ownKeys(obj)`: an array of the property names, in order.
    /// With `indices_only` (for `for..in`), an array's keys leave out
    /// "length" and a string's indices count too. `mode` is the library's
    /// second argument: `true` asks for the symbols' keys instead, `false`
    /// for a class's static methods and accessors too.
    fn own_keys(&mut self, obj: Value, indices_only: bool, mode: Value) -> Result<Value, VmError> {
        let symbols = mode == Value::TRUE;
        let start = self.stack.len();
        self.push(obj)?;
        let kind = self.type_of_ref(obj);
        let indices = match kind {
            Some(TypeCode::PropertyList) => {
                // (`null`: the program's `Reflect.ownKeys`, its symbols last.)
                let kinds = match mode {
                    Value::NULL => ListedKeys::Both,
                    _ if symbols => ListedKeys::Symbols,
                    _ => ListedKeys::Strings,
                };
                for key in self.listed_keys(obj, kinds, Value::UNDEFINED)? {
                    self.push(key)?;
                }
                0
            }
            _ if symbols => 0,
            Some(TypeCode::Array | TypeCode::Uint8Array) => self.indexed_length(obj),
            // A class's or a function's static fields and properties.
            Some(TypeCode::Class) => {
                // (With its static methods and accessors, `prototype` and
                // its name, the first segment's keys, only where asked.)
                let keys = match mode == Value::FALSE {
                    true => self.ordered_keys(self.slot(obj, 1).unwrap_or(Value::UNDEFINED))?,
                    false => self.later_keys(obj)?,
                };
                for key in keys {
                    self.push(key)?;
                }
                0
            }
            // A string's indices (for `for..in`); a plain function's
            // properties, kept in the table of them (for `for..in` too),
            // but not the `prototype` reading it made, which JavaScript
            // does not list (its key is always the well-known string).
            _ => match (indices_only, self.string_bytes(obj)) {
                (true, Some(text)) => crate::string::utf16_len(text),
                _ => {
                    if let Some(props) = self.function_props(obj) {
                        for key in self.ordered_keys(props)? {
                            if key != Value::STR_PROTOTYPE {
                                self.push(key)?;
                            }
                        }
                    }
                    0
                }
            },
        };
        for i in 0..indices {
            // Making key strings may collect: re-read the object.
            let obj = self.stack.get(start).copied().unwrap_or(Value::UNDEFINED);
            // Holes are not keys.
            let data = self.slot(obj, 0).unwrap_or(Value::NULL);
            if kind == Some(TypeCode::Array) && self.slot(data, i) == Some(Value::HOLE) {
                continue;
            }
            let mut text = alloc::vec::Vec::new();
            crate::number::push_int(&mut text, i as i64);
            let key = self.make_string(&text)?;
            self.push(key)?;
        }
        if kind == Some(TypeCode::Array) && !indices_only && !symbols {
            self.push(Value::STR_LENGTH)?;
        }
        let count = self.stack.len() - start - 1;
        let array = self.new_array_from_stack(count)?;
        self.stack.truncate(start);
        Ok(array)
    }
}
