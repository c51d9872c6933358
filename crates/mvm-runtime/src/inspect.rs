//! `console.log`'s view of a value, as Node.js's `util.inspect` writes it
//! with console.log's options (depth 2, lines of 80 columns, `compact: 3`):
//! `[ 1, 2, 3 ]`, `{ x: 1, name: 'a' }`, long arrays grouped in columns.
//! A host facility (the CLI's `console.log`): the engine never calls it,
//! and firmware builds leave it out.

use crate::number::format_number;
use crate::Engine;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use mvm_snapshot::{TypeCode, Value, ValueKind};

/// Nesting deeper than this prints as `[Object]` or `[Array]` (Node's
/// default).
const DEPTH: usize = 2;
const BREAK_LENGTH: usize = 80;
/// How far up its prototypes an object's class name is looked for.
const MAX_NAME_DEPTH: usize = 32;
/// Array elements shown before "... N more items".
const MAX_ARRAY_LENGTH: usize = 100;

impl Engine<'_> {
    /// What `console.log(v)` prints for `v`: a string as it is, anything
    /// else as Node's `util.inspect` writes it. (Functions print as
    /// anonymous, and instances without their class name: the snapshot
    /// keeps no names.)
    pub fn inspect(&self, v: Value) -> String {
        self.inspect_to_depth(v, DEPTH)
    }

    /// `JSON.stringify(v)` as `console.log`'s `%j` writes it: `undefined`
    /// where there is no JSON, `[Circular]` for a cycle; `None` for what
    /// only the script's own code could write (`toJSON` methods, getters),
    /// or without the `json` feature.
    pub fn json_text(&self, v: Value) -> Option<String> {
        #[cfg(feature = "json")]
        return match self.json_stringify(v, Value::UNDEFINED) {
            Ok(Some(text)) => Some(String::from_utf8_lossy(&text).into_owned()),
            Ok(None) => Some("undefined".to_string()),
            Err(crate::json::JsonStop::Circular | crate::json::JsonStop::TooDeep) => {
                Some("[Circular]".to_string())
            }
            Err(crate::json::JsonStop::NeedsScript) => None,
        };
        #[cfg(not(feature = "json"))]
        return None;
    }

    /// [`Engine::inspect`], nesting deeper than `depth` shown as
    /// `[Object]` or `[Array]` (console.log's `%s` shows depth 0).
    pub fn inspect_to_depth(&self, v: Value, depth: usize) -> String {
        match self.string_bytes(v) {
            Some(bytes) => symbol_text(bytes).unwrap_or_else(|| lossy(bytes)),
            None => self.inspect_nested(
                v,
                0,
                0,
                &mut Seen {
                    depth,
                    ..Seen::default()
                },
            ),
        }
    }

    /// `util.inspect(v)` itself, as `%o` and `%O` write it: a string
    /// quoted, as it is inside an array.
    pub fn inspect_value(&self, v: Value, depth: usize) -> String {
        self.inspect_value_hidden(v, depth, false)
    }

    /// [`Engine::inspect_value`], and with `show_hidden` (`%o`) an
    /// array's length too, as Node shows it: `[ 1, 2, [length]: 2 ]`.
    pub fn inspect_value_hidden(&self, v: Value, depth: usize, show_hidden: bool) -> String {
        match self.string_bytes(v) {
            Some(bytes) => symbol_text(bytes).unwrap_or_else(|| quote_wtf8(bytes)),
            None => self.inspect_nested(
                v,
                0,
                0,
                &mut Seen {
                    depth,
                    show_hidden,
                    ..Seen::default()
                },
            ),
        }
    }

    /// `v` at nesting `level`, its lines indented by `indent`.
    fn inspect_nested(&self, v: Value, level: usize, indent: usize, seen: &mut Seen) -> String {
        if let Some(bytes) = self.string_bytes(v) {
            return symbol_text(bytes).unwrap_or_else(|| quote_lines(bytes, indent));
        }
        if let Some(n) = self.num(v) {
            return number_text(n.to_f64());
        }
        let code = match v.kind() {
            ValueKind::Heap(_) | ValueKind::Rom(_) => self.type_of_ref(v),
            _ => None,
        };
        // (A function's properties may lead back to it: `class R {
        // static self = R }`.)
        if matches!(
            code,
            Some(
                TypeCode::Function
                    | TypeCode::LongFunction
                    | TypeCode::Closure
                    | TypeCode::HostFunc
                    | TypeCode::Class
                    | TypeCode::Accessor
            )
        ) {
            if let Some(circular) = circular_ref(v, seen) {
                return circular;
            }
            seen.open.push(v);
            let text = self.inspect_function(v, code, level, indent, seen);
            seen.open.pop();
            return with_ref(v, seen, text);
        }
        match code {
            Some(TypeCode::Array | TypeCode::Uint8Array | TypeCode::PropertyList) => {}
            _ => return self.to_display_string(v),
        }
        if let Some(circular) = circular_ref(v, seen) {
            return circular;
        }
        if level > seen.depth {
            return self.inspect_beyond_depth(v, code);
        }
        seen.open.push(v);
        let text = match code {
            Some(TypeCode::Array) => self.inspect_array(v, level, indent, seen),
            Some(TypeCode::Uint8Array) => {
                let bytes = self.payload(v).unwrap_or(&[]);
                let output: Vec<String> = bytes
                    .iter()
                    .take(MAX_ARRAY_LENGTH)
                    .map(u8::to_string)
                    .chain(more_items(bytes.len().saturating_sub(MAX_ARRAY_LENGTH)))
                    .collect();
                let open = format!("Uint8Array({}) [", bytes.len());
                match output.is_empty() {
                    true => format!("{open}]"),
                    false => reduce(output, &open, "]", indent, Some(true), 0),
                }
            }
            _ => self.inspect_object(v, level, indent, seen),
        };
        seen.open.pop();
        with_ref(v, seen, text)
    }

    /// A function, a class or an accessor (`code`) as Node prints it.
    fn inspect_function(
        &self,
        v: Value,
        code: Option<TypeCode>,
        level: usize,
        indent: usize,
        seen: &mut Seen,
    ) -> String {
        match code {
            Some(
                TypeCode::Function
                | TypeCode::LongFunction
                | TypeCode::Closure
                | TypeCode::HostFunc,
            ) => {
                // An async function's code starts with `AsyncStart`; a
                // generator's holds a `Yield`.
                let kind = match self.first_instruction(v) {
                    Some(mvm_snapshot::opcode::Op::AsyncStart) => "AsyncFunction",
                    _ if self.is_generator_function(v) => "GeneratorFunction",
                    _ => "Function",
                };
                // (A name defineProperty gave it, as esbuild's `__name`
                // does, is the one Node prints.)
                let given = self
                    .function_props(v)
                    .and_then(|props| self.own_named(props, b"name"));
                let name = given.or_else(|| self.function_name(v));
                let head = match name.and_then(|n| self.string_bytes(n)) {
                    Some(name) if !name.is_empty() => format!("[{kind}: {}]", lossy(name)),
                    _ => format!("[{kind} (anonymous)]"),
                };
                // (Properties given through `Object.assign` or a
                // parameter, kept in the table of functions' properties;
                // not its `prototype`, which reading it made.)
                let output: Vec<String> = match self.function_props(v) {
                    Some(props) => self
                        .ordered_keys(props)
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|k| self.string_bytes(*k) != Some(b"prototype"))
                        .map(|key| self.inspect_entry(props, key, level, indent, seen))
                        .collect(),
                    None => Vec::new(),
                };
                match output.is_empty() {
                    true => head,
                    // (Past the depth shown, as Node prints one with keys.)
                    false if level > seen.depth => "[Function]".to_string(),
                    false => {
                        let base = seen.ref_width(v);
                        reduce(output, &format!("{head} {{"), "}", indent, None, base)
                    }
                }
            }
            // A function given a prototype or properties takes a class's
            // shape; a class's constructor starts with `RequireNew`.
            Some(TypeCode::Class)
                if self.slot(v, 0).and_then(|f| self.first_instruction(f))
                    != Some(mvm_snapshot::opcode::Op::RequireNew) =>
            {
                let ctor = self.slot(v, 0).unwrap_or(Value::UNDEFINED);
                let name = self.class_own_name(v).or_else(|| {
                    let name = self.function_name(ctor)?;
                    self.string_bytes(name).map(lossy)
                });
                let head = match name {
                    Some(name) if !name.is_empty() => format!("[Function: {name}]"),
                    _ => "[Function (anonymous)]".to_string(),
                };
                self.with_statics(v, head, level, indent, seen)
            }
            Some(TypeCode::Class) => {
                let name = self.class_own_name(v);
                let name = name.as_deref().unwrap_or("(anonymous)");
                // A derived class's statics inherit its parent's: so does
                // the name Node shows after `extends`.
                let parent = self.slot(v, 1).and_then(|props| self.slot(props, 1));
                let parent = parent.and_then(|p| self.own_named(p, b"name"));
                // (An anonymous parent, a mixin's, names none.)
                let parent = parent.and_then(|p| self.string_bytes(p));
                let head = match parent.filter(|p| !p.is_empty()) {
                    Some(parent) => format!("[class {name} extends {}]", lossy(parent)),
                    None => format!("[class {name}]"),
                };
                self.with_statics(v, head, level, indent, seen)
            }
            // A property's getter and setter, as Node shows them.
            Some(TypeCode::Accessor) => {
                let has = |i| self.slot(v, i).is_some_and(|f| self.is_callable(f));
                match (has(0), has(1)) {
                    (true, true) => "[Getter/Setter]",
                    (true, false) => "[Getter]",
                    _ => "[Setter]",
                }
                .to_string()
            }
            _ => self.to_display_string(v),
        }
    }

    /// A class, or a function with properties, after `head` as Node
    /// prints them: `[Function: counter] { calls: 3 }`, `[class Config] {
    /// rate: 10 }` (`prototype` and `name` left out).
    fn with_statics(
        &self,
        v: Value,
        head: String,
        level: usize,
        indent: usize,
        seen: &mut Seen,
    ) -> String {
        let Some(props) = self.slot(v, 1).filter(|p| self.is_plain_object(*p)) else {
            return head;
        };
        // (Its static fields and assigned properties: not its methods.)
        let keys = self.later_keys(v).unwrap_or_default();
        // (Past the depth shown, as Node prints one with keys.)
        if !keys.is_empty() && level > seen.depth {
            return "[Function]".to_string();
        }
        let output: Vec<String> = keys
            .into_iter()
            .map(|key| self.inspect_entry(props, key, level, indent, seen))
            .collect();
        after_head(head, output, indent, seen.ref_width(v))
    }

    /// What Node prints for a RegExp, its literal; for a weak collection,
    /// no entries; for an array's iterator or a generator, what it is.
    /// (A Date its callers ask `date_text` first.)
    fn literal_text(&self, obj: Value) -> Option<String> {
        match self.class_name(obj).as_deref() {
            Some(name @ ("WeakMap" | "WeakSet")) => Some(format!("{name} {{ <items unknown> }}")),
            Some("$mvmArrayIterator") => Some("Object [Array Iterator] {}".to_string()),
            // (The prelude's iterator over a list, an array's or a
            // string's, which keeps which in `#tag`.)
            Some("$mvmListItems") => {
                let tag = self.own_named(obj, b"\xEF\xBF\xBFtag");
                let tag = tag
                    .and_then(|t| self.string_bytes(t))
                    .unwrap_or(b"Array Iterator");
                Some(format!("Object [{}] {{}}", lossy(tag)))
            }
            // (The prelude's, which keeps its frame in `#state`, and its
            // async one, which keeps such a generator in `#generator`.)
            Some("Generator") if self.own_named(obj, b"\xEF\xBF\xBFstate").is_some() => {
                Some("Object [Generator] {}".to_string())
            }
            Some("AsyncGenerator") if self.own_named(obj, b"\xEF\xBF\xBFgenerator").is_some() => {
                Some("Object [AsyncGenerator] {}".to_string())
            }
            Some("RegExp") => {
                let text = |key: &[u8]| self.own_named(obj, key).and_then(|v| self.string_bytes(v));
                let (source, flags) = (text(b"\xEF\xBF\xBFsource")?, text(b"\xEF\xBF\xBFflags")?);
                Some(format!("/{}/{}", lossy(source), lossy(flags)))
            }
            _ => None,
        }
    }

    /// A Date's ISO text (`Invalid Date` for NaN), after its class's name
    /// for a subclass's (`Timestamp 1970-01-01T00:00:00.000Z`), as Node
    /// prints it: an object with the prelude's time (`#t`) whose chain
    /// has `Date`'s prototype.
    fn date_text(&self, obj: Value) -> Option<String> {
        let t = self
            .own_named(obj, b"\xEF\xBF\xBFt")
            .and_then(|t| self.num(t))?;
        let mut proto = self.slot(obj, 1).filter(|p| self.is_plain_object(*p))?;
        for _ in 0..MAX_NAME_DEPTH {
            let constructor = self.own_named(proto, b"constructor");
            if constructor.and_then(|c| self.class_own_name(c)).as_deref() == Some("Date") {
                let text = iso_text(t.to_f64());
                return Some(match self.class_name(obj) {
                    Some(name) if name != "Date" => format!("{name} {text}"),
                    _ => text,
                });
            }
            proto = self.slot(proto, 1).filter(|p| self.is_plain_object(*p))?;
        }
        None
    }

    /// What Node prints for a value nested deeper than it looks: an empty
    /// one as it is, others by their kind (`[Array]`, `[Set]`, `[Point]`).
    fn inspect_beyond_depth(&self, v: Value, code: Option<TypeCode>) -> String {
        // (A Date and a RegExp print whole at any depth; a weak
        // collection as its kind.)
        if let Some(text) = self.date_text(v) {
            return text;
        }
        match self.class_name(v).as_deref() {
            Some("RegExp") => {
                if let Some(text) = self.literal_text(v) {
                    return text;
                }
            }
            Some(name @ ("WeakMap" | "WeakSet")) => return format!("[{name}]"),
            _ => {}
        }
        match code {
            Some(TypeCode::Array) if self.array_length(v) == 0 => "[]".to_string(),
            Some(TypeCode::Array) => "[Array]".to_string(),
            Some(TypeCode::Uint8Array) if self.payload(v).is_some_and(|p| p.is_empty()) => {
                "Uint8Array(0) []".to_string()
            }
            Some(TypeCode::Uint8Array) => "[Uint8Array]".to_string(),
            _ if self.is_promise(v) => "[Promise]".to_string(),
            _ => {
                let keys = self.own_named(v, b"\xEF\xBF\xBFkeys");
                let count = keys.map(|k| self.array_length(k));
                let kind = match self.own_named(v, b"\xEF\xBF\xBFvalues") {
                    Some(_) => "Map",
                    None => "Set",
                };
                let class = self.class_name(v);
                // (As `Object.create(null)`'s objects print at any depth.)
                let null_prototype = self.has_null_prototype(v);
                match (count, class) {
                    (Some(0), _) => format!("{kind}(0) {{}}"),
                    (Some(_), _) => format!("[{kind}]"),
                    // An error prints as it does anywhere.
                    _ if self.is_error(v) => self.error_head(v),
                    (None, class) if self.ordered_keys(v).unwrap_or_default().is_empty() => {
                        match class {
                            Some(name) => format!("{name} {{}}"),
                            None if null_prototype => "[Object: null prototype] {}".to_string(),
                            None => "{}".to_string(),
                        }
                    }
                    (None, Some(name)) => format!("[{name}]"),
                    (None, None) if null_prototype => "[Object: null prototype]".to_string(),
                    (None, None) => "[Object]".to_string(),
                }
            }
        }
    }

    fn inspect_array(&self, array: Value, level: usize, indent: usize, seen: &mut Seen) -> String {
        let len = self.array_length(array);
        let data = self.slot(array, 0).unwrap_or(Value::NULL);
        let mut output = Vec::new();
        let mut all_numbers = true;
        let mut i = 0;
        // (Node counts the entries it prints, a run of holes as one.)
        while i < len && output.len() < MAX_ARRAY_LENGTH {
            let holes = (i..len)
                // (Past the elements' room, as after `a.length = n`, is holes too.)
                .take_while(|&j| matches!(self.slot(data, j), Some(Value::HOLE) | None))
                .count();
            if holes > 0 {
                let s = if holes == 1 { "" } else { "s" };
                output.push(format!("<{holes} empty item{s}>"));
                all_numbers = false;
                i += holes;
                continue;
            }
            let item = self.array_get(array, i);
            all_numbers &= self.num(item).is_some();
            output.push(self.inspect_nested(item, level + 1, indent + 2, seen));
            i += 1;
        }
        output.extend(more_items(len.saturating_sub(i)));
        // (Node groups no numbers in columns beside a hidden key.)
        if seen.show_hidden {
            output.push(format!("[length]: {len}"));
            all_numbers = false;
        }
        // A match array's `index`, `input` and `groups`, in the slots
        // after its elements' and length (see `Builtin::MatchArray`).
        if self.payload(array).is_some_and(|p| p.len() >= 10) {
            for (k, name) in ["index", "input", "groups"].iter().enumerate() {
                let v = self.slot(array, 2 + k).unwrap_or(Value::UNDEFINED);
                output.push(format!(
                    "{name}: {}",
                    self.inspect_nested(v, level + 1, indent + 2, seen)
                ));
            }
            all_numbers = false;
        }
        match output.is_empty() {
            true => "[]".to_string(),
            false => reduce(
                output,
                "[",
                "]",
                indent,
                Some(all_numbers),
                seen.ref_width(array),
            ),
        }
    }

    fn inspect_object(&self, obj: Value, level: usize, indent: usize, seen: &mut Seen) -> String {
        if self.is_promise(obj) {
            let result = self.slot(obj, 5).unwrap_or(Value::UNDEFINED);
            let shown = match self.slot(obj, 3).and_then(|s| s.as_int()).map(i32::from) {
                Some(crate::promise::FULFILLED) => {
                    self.inspect_nested(result, level + 1, indent + 2, seen)
                }
                Some(crate::promise::REJECTED) => {
                    let reason = self.inspect_nested(result, level + 1, indent + 2, seen);
                    format!("<rejected> {reason}")
                }
                _ => "<pending>".to_string(),
            };
            return reduce([shown].into(), "Promise {", "}", indent, None, 0);
        }
        // The prelude's `Map` and `Set` keep their entries in private
        // arrays (`#keys`, and a Map's `#values`): printed as Node does.
        let private = |name: &[u8]| {
            self.own_named(obj, name)
                .filter(|v| self.type_of_ref(*v) == Some(TypeCode::Array))
        };
        if let Some(keys) = private(b"\xEF\xBF\xBFkeys") {
            let values = private(b"\xEF\xBF\xBFvalues");
            let count = self.array_length(keys);
            let mut output: Vec<String> = (0..count.min(MAX_ARRAY_LENGTH))
                .map(|i| {
                    let key = self.array_get(keys, i);
                    let key = self.inspect_nested(key, level + 1, indent + 2, seen);
                    match values {
                        Some(values) => {
                            let value = self.array_get(values, i);
                            let value = self.inspect_nested(value, level + 1, indent + 2, seen);
                            format!("{key} => {value}")
                        }
                        None => key,
                    }
                })
                .collect();
            output.extend(more_items(count.saturating_sub(MAX_ARRAY_LENGTH)));
            // Its own properties after its entries, and a subclass's name
            // before the kind, as Node prints `Cache(1) [Map] { 'a' => 1,
            // hits: 0 }`.
            for key in self.ordered_keys(obj).unwrap_or_default() {
                output.push(self.inspect_entry(obj, key, level, indent, seen));
            }
            let kind = if values.is_some() { "Map" } else { "Set" };
            let open = match self.class_name(obj).filter(|name| name != kind) {
                Some(name) => format!("{name}({count}) [{kind}] {{"),
                None => format!("{kind}({count}) {{"),
            };
            return match output.is_empty() {
                true => format!("{open}}}"),
                false => reduce(output, &open, "}", indent, None, seen.ref_width(obj)),
            };
        }
        // A Map's or Set's iterator (the prelude's list iterator, which
        // keeps what it is in `#kind`): the items still to come, as Node
        // prints `[Map Iterator] { 'a' }`.
        let kind = self
            .own_named(obj, b"\xEF\xBF\xBFkind")
            .and_then(|k| self.string_bytes(k));
        if let (Some(items), Some(kind)) = (private(b"\xEF\xBF\xBFitems"), kind) {
            let next = self
                .own_named(obj, b"\xEF\xBF\xBFnext")
                .and_then(|n| n.as_int());
            let from = next.map_or(0, |n| usize::try_from(n).unwrap_or(0));
            let count = self.array_length(items);
            // (An entries iterator's values beside its keys: `[ 'a', 1 ]`.)
            let values = private(b"\xEF\xBF\xBFvalues");
            let depth = level + 1 + usize::from(values.is_some());
            let mut output: Vec<String> = (from..count)
                .take(MAX_ARRAY_LENGTH)
                .map(|i| {
                    let key =
                        self.inspect_nested(self.array_get(items, i), depth, indent + 2, seen);
                    match values {
                        Some(values) => {
                            let value = self.inspect_nested(
                                self.array_get(values, i),
                                depth,
                                indent + 2,
                                seen,
                            );
                            format!("[ {key}, {value} ]")
                        }
                        None => key,
                    }
                })
                .collect();
            output.extend(more_items(count.saturating_sub(from + MAX_ARRAY_LENGTH)));
            let open = format!("[{}] {{", String::from_utf8_lossy(kind));
            // (Node leaves a space's room for the items of a spent one.)
            return match output.is_empty() {
                true => format!("{open}  }}"),
                false => reduce(output, &open, "}", indent, None, 0),
            };
        }
        // An error prints as `String(e)` does: Node prints its stack,
        // whose first line this is.
        if self.is_error(obj) {
            return self.inspect_error_with_properties(obj, level, indent, seen);
        }
        // (A Date's own properties follow its text, as Node prints them.)
        if let Some(text) = self.date_text(obj) {
            let output = self
                .ordered_keys(obj)
                .unwrap_or_default()
                .into_iter()
                .map(|key| self.inspect_entry(obj, key, level, indent, seen))
                .collect();
            return after_head(text, output, indent, 0);
        }
        if let Some(text) = self.literal_text(obj) {
            return text;
        }
        // An instance of a class prints after its class's name, as Node's.
        // (The prelude's Object.create(null) marks its objects `#null`, the
        // compiler a module's namespace `#module`.)
        let open = match self.class_name(obj) {
            Some(name) => format!("{name} {{"),
            None if self.has_null_prototype(obj) => "[Object: null prototype] {".to_string(),
            None if self.own_named(obj, b"\xEF\xBF\xBFmodule").is_some() => {
                "[Module: null prototype] {".to_string()
            }
            None => "{".to_string(),
        };
        let mut keys = self.enumerable_own_keys(obj);
        // Then its symbol-keyed properties, as Node lists them (not the
        // engine's own marks, `#@@error`, which are no symbols).
        // (Not those `Object.defineProperty` made non-enumerable.)
        let hidden = self.own_named(obj, b"\xEF\xBF\xBFhidden");
        keys.extend(
            self.listed_keys(
                obj,
                crate::object::ListedKeys::Symbols,
                hidden.unwrap_or(Value::UNDEFINED),
            )
            .unwrap_or_default()
            .into_iter()
            .filter(|k| {
                let text = self.string_bytes(*k).unwrap_or_default();
                text.get(5..).is_some_and(|t| t.contains(&b'@')) || text.ends_with(b"@@iterator")
            }),
        );
        if keys.is_empty() {
            return format!("{open}}}");
        }
        let output = keys
            .into_iter()
            .map(|key| self.inspect_entry(obj, key, level, indent, seen))
            .collect();
        reduce(output, &open, "}", indent, None, seen.ref_width(obj))
    }

    /// The keys of `obj` `for..in` lists of its own: a prototype's
    /// `constructor` and a class body's members are not among them
    /// (`console.log(A.prototype)` is `{}`).
    fn enumerable_own_keys(&self, obj: Value) -> Vec<Value> {
        let constructor = self.own_named(obj, b"constructor");
        let is_prototype = constructor.is_some_and(|f| self.prototype_of_function(f) == Some(obj));
        let listed = match is_prototype && self.is_class_prototype(obj) {
            true => self.slot(obj, 0).filter(|next| next.is_heap()),
            false => Some(obj),
        };
        let mut keys = listed
            .and_then(|o| self.ordered_keys(o).ok())
            .unwrap_or_default();
        if is_prototype {
            keys.retain(|k| self.string_bytes(*k) != Some(b"constructor"));
        }
        keys
    }

    /// The `prototype` a class or a function holds, if it has one yet.
    fn prototype_of_function(&self, f: Value) -> Option<Value> {
        self.own_named(self.statics_of(f)?, b"prototype")
    }

    /// The object of a class's or a plain function's own properties (its
    /// statics), if it has one.
    fn statics_of(&self, f: Value) -> Option<Value> {
        match self.type_of_ref(f) {
            Some(TypeCode::Class) => self.slot(f, 1),
            _ => self.function_props(f),
        }
    }

    /// An error, then its own properties, as Node prints them after the
    /// stack (`Error: io { code: 'EIO' }`): not a name or a message its
    /// text shows already, and a cause as `[cause]`.
    fn inspect_error_with_properties(
        &self,
        obj: Value,
        level: usize,
        indent: usize,
        seen: &mut Seen,
    ) -> String {
        let text = self.error_head(obj);
        let shown = |v: &[u8]| v.is_empty() || text.as_bytes().windows(v.len()).any(|w| w == v);
        let mut output = Vec::new();
        let keys = self.ordered_keys(obj).unwrap_or_default();
        for &key in &keys {
            let name = self.string_bytes(key).unwrap_or_default();
            let value = self.own_property(obj, key).unwrap_or(Value::UNDEFINED);
            if matches!(name, b"name" | b"message" | b"stack")
                && self.string_bytes(value).is_some_and(shown)
            {
                continue;
            }
            output.push(self.inspect_entry(obj, key, level, indent, seen));
        }
        let listed = |name: &[u8]| keys.iter().any(|k| self.string_bytes(*k) == Some(name));
        if let Some(cause) = self.own_named(obj, b"cause").filter(|_| !listed(b"cause")) {
            let value = self.inspect_nested(cause, level + 1, indent + 2, seen);
            output.push(format!("[cause]: {value}"));
        }
        after_head(text, output, indent, 0)
    }

    /// An error as Node prints its stack: a stack the program assigned,
    /// or the first line of V8's (below). Node wraps a stack without
    /// frames in brackets: one assigned without any, or any where the
    /// program set `Error.stackTraceLimit` to 0 (or to no number), as
    /// tests and device logs do to print errors the same everywhere.
    fn error_head(&self, obj: Value) -> String {
        let assigned = self
            .own_named(obj, b"\xEF\xBF\xBFstack")
            .and_then(|stack| self.string_bytes(stack))
            .map(|stack| lossy(stack).to_string());
        let framed = |text: &str| text.contains("\n    at ");
        match assigned {
            Some(stack) if framed(&stack) => stack,
            Some(stack) => format!("[{stack}]"),
            None if self.stack_frames_off(obj) => format!("[{}]", self.inspect_error(obj)),
            None => self.inspect_error(obj),
        }
    }

    /// Whether the error class up `obj`'s prototype chain (`Error`) has a
    /// `stackTraceLimit` the program set to 0 or to no number, so that V8
    /// would keep no frames. (Read when printed, not when made: programs
    /// set it once, first.)
    fn stack_frames_off(&self, obj: Value) -> bool {
        let mut proto = self.slot(obj, 1);
        for _ in 0..MAX_NAME_DEPTH {
            let Some(p) = proto.filter(|p| self.is_plain_object(*p)) else {
                return false;
            };
            let limit = self
                .own_named(p, b"constructor")
                .and_then(|c| self.statics_of(c))
                .and_then(|props| self.own_named(props, b"stackTraceLimit"));
            if let Some(limit) = limit {
                return !matches!(self.num(limit), Some(n) if n.to_f64() > 0.0);
            }
            proto = self.slot(p, 1);
        }
        false
    }

    /// An error as the first line of the stack Node prints: `String(e)`,
    /// named after a class of the program's that extends an error without
    /// naming itself, as Node's `improveStack` does (`ValidationError:
    /// bad input`, or `BadThing [Error]: x` where the class's name does
    /// not hold the error's).
    fn inspect_error(&self, obj: Value) -> String {
        let named = self.lookup_name(obj, b"name");
        let text = match self.class_name(obj) {
            // (A `name` getter, which the host cannot run: the class's
            // name stands for what it mostly gives.)
            Some(class)
                if matches!(named.kind(), ValueKind::Heap(_) | ValueKind::Rom(_))
                    && self.string_bytes(named).is_none() =>
            {
                let mut text = Vec::new();
                self.write_named_error(obj, class.as_bytes(), &mut text);
                lossy(&text).to_string()
            }
            _ => self.to_display_string(obj),
        };
        let name = self
            .string_bytes(self.lookup_name(obj, b"name"))
            .map(|n| lossy(n).to_string());
        let (Some(name), Some(class)) = (name, self.class_name(obj)) else {
            return text;
        };
        match text.strip_prefix(name.as_str()) {
            Some(rest)
                if name.ends_with("Error")
                    && class != name
                    && (rest.is_empty() || rest.starts_with(':')) =>
            {
                match class.contains(name.as_str()) {
                    true => format!("{class}{rest}"),
                    false => format!("{class} [{name}]{rest}"),
                }
            }
            _ => text,
        }
    }

    /// `key: value` for `obj`'s own property `key`, the key bare where Node
    /// prints it so.
    fn inspect_entry(
        &self,
        obj: Value,
        key: Value,
        level: usize,
        indent: usize,
        seen: &mut Seen,
    ) -> String {
        let name = lossy(self.string_bytes(key).unwrap_or(b""));
        let value = self.own_property(obj, key).unwrap_or(Value::UNDEFINED);
        let value = self.inspect_nested(value, level + 1, indent + 2, seen);
        if let Some(symbol) = symbol_text(self.string_bytes(key).unwrap_or(b"")) {
            return format!("[{symbol}]: {value}");
        }
        match is_identifier(&name) {
            // (An own `__proto__` is not the prototype: Node marks it.)
            true if name == "__proto__" => format!("['__proto__']: {value}"),
            true => format!("{name}: {value}"),
            false => format!("{}: {value}", quote(&name)),
        }
    }

    /// The `name` of the class whose prototype `obj`'s is, through the
    /// prototype's `constructor`.
    /// (The first prototype up the chain with a named `constructor` names
    /// it, as Node finds it: `Dog.prototype = Object.create(Animal.prototype)`
    /// without its `constructor` prints as an `Animal`.)
    pub(crate) fn class_name(&self, obj: Value) -> Option<String> {
        let mut proto = self.slot(obj, 1).filter(|p| self.is_plain_object(*p))?;
        for _ in 0..MAX_NAME_DEPTH {
            // (An anonymous class, a mixin's `class extends Base {}`, names
            // nothing: its parent's name is the one printed.)
            let constructor = self.own_named(proto, b"constructor");
            if let Some(name) = constructor.and_then(|c| self.class_own_name(c)) {
                return Some(name);
            }
            proto = self.slot(proto, 1).filter(|p| self.is_plain_object(*p))?;
        }
        None
    }

    /// A class's own `name` (kept as a static), if `class` is one; a
    /// plain function's name (a constructor a factory made).
    fn class_own_name(&self, class: Value) -> Option<String> {
        let name = match self.type_of_ref(class) {
            Some(TypeCode::Class) => self.own_named(self.slot(class, 1)?, b"name")?,
            // (`Object`'s instances print as plain objects.)
            _ => self
                .function_name(class)
                .filter(|n| self.string_bytes(*n) != Some(b"Object"))?,
        };
        // (An anonymous one's is empty: printed as a plain object's.)
        self.string_bytes(name).filter(|n| !n.is_empty()).map(lossy)
    }
}

/// The objects being printed around a value (a cycle back to one prints
/// as circular) and those a cycle came back to, numbered in that order.
#[derive(Default)]
struct Seen {
    /// Nesting shown in full.
    depth: usize,
    /// `%o`'s hidden properties: an array's `[length]`.
    show_hidden: bool,
    open: Vec<Value>,
    circular: Vec<Value>,
}

/// `[Circular *N]` where `v` is already being printed further out,
/// numbered as Node numbers them: in the order they are found.
fn circular_ref(v: Value, seen: &mut Seen) -> Option<String> {
    if !seen.open.contains(&v) {
        return None;
    }
    let n = match seen.circular.iter().position(|c| *c == v) {
        Some(i) => i + 1,
        None => {
            seen.circular.push(v);
            seen.circular.len()
        }
    };
    Some(format!("[Circular *{n}]"))
}

/// `text`, `v`'s, after the `<ref *N>` that marks it when something inside
/// it referred back to it.
fn with_ref(v: Value, seen: &Seen, text: String) -> String {
    match seen.circular.iter().position(|c| *c == v) {
        Some(i) => format!("<ref *{}> {text}", i + 1),
        None => text,
    }
}

impl Seen {
    /// The width of the `<ref *N>` that `v` prints before it when one of
    /// its entries refers back to it (0 if none does), which Node counts
    /// in the room a line has.
    fn ref_width(&self, v: Value) -> usize {
        self.circular
            .iter()
            .position(|c| *c == v)
            .map_or(0, |i| format!("<ref *{}>", i + 1).len())
    }
}

/// A number as Node writes it: as `String(n)` does, but -0 as "-0".
pub fn number_text(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        return "-0".to_string();
    }
    let mut out = Vec::new();
    format_number(n, &mut out);
    lossy(&out)
}

/// A symbol as Node prints it, `Symbol(idle)`: the prelude's symbols are
/// strings `#@@description@N` (a well-known one's, `#@@iterator`, is
/// `Symbol(Symbol.iterator)`), which no script writes itself.
fn symbol_text(bytes: &[u8]) -> Option<String> {
    let key = bytes.strip_prefix(b"\xEF\xBF\xBF@@")?;
    let description = match key.iter().rposition(|b| *b == b'@') {
        // (`Symbol()`'s key marks its undefined description U+0001.)
        Some(at) => lossy(key.get(..at).unwrap_or_default()).replace('\u{1}', ""),
        None => format!("Symbol.{}", lossy(key)),
    };
    Some(format!("Symbol({description})"))
}

/// WTF-8 text as UTF-8, a lone surrogate as U+FFFD.
fn lossy(bytes: &[u8]) -> String {
    let mut text = String::new();
    crate::wtf8::push_lossy(&mut text, bytes);
    text
}

/// A time (milliseconds since 1970) as `toISOString` writes it, or
/// `Invalid Date`.
fn iso_text(t: f64) -> String {
    if !t.is_finite() {
        return "Invalid Date".to_string();
    }
    let days = (t / 86_400_000.0).floor() as i64;
    let ms = (t - days as f64 * 86_400_000.0) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let year = match year {
        0..=9999 => format!("{year:04}"),
        _ => format!("{}{:06}", if year < 0 { '-' } else { '+' }, year.abs()),
    };
    format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// "... N more items" when an array has more than are shown.
fn more_items(more: usize) -> Option<String> {
    match more {
        0 => None,
        1 => Some("... 1 more item".to_string()),
        n => Some(format!("... {n} more items")),
    }
}

/// A text's length as JavaScript counts it (UTF-16 units): what Node
/// measures a line by.
fn width(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The columns a text takes on a terminal, as Node's `getStringWidth`
/// counts them to group an array: a wide (East Asian) character two, a
/// combining mark or control character none, others one.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115f
            | 0x2329
            | 0x232a
            | 0x2e80..=0x303e
            | 0x3040..=0x3247
            | 0x3250..=0x4dbf
            | 0x4e00..=0xa4c6
            | 0xa960..=0xa97c
            | 0xac00..=0xd7a3
            | 0xf900..=0xfaff
            | 0xfe10..=0xfe19
            | 0xfe30..=0xfe6b
            | 0xff01..=0xff60
            | 0xffe0..=0xffe6
            | 0x1b000..=0x1b001
            | 0x1f200..=0x1f251
            | 0x1f300..=0x1f64f
            | 0x20000..=0x3fffd => 2,
            0..=0x1f
            | 0x7f..=0x9f
            | 0x300..=0x36f
            | 0x200b..=0x200f
            | 0x20d0..=0x20ff
            | 0xfe00..=0xfe0f
            | 0xfe20..=0xfe2f
            | 0xe0100..=0xe01ef => 0,
            _ => 1,
        })
        .sum()
}

/// `head` alone, or with `entries` after it in braces, as Node prints a
/// function's, an error's or a Date's own properties after its text.
fn after_head(head: String, entries: Vec<String>, indent: usize, base: usize) -> String {
    match entries.is_empty() {
        true => head,
        false => reduce(entries, &format!("{head} {{"), "}", indent, None, base),
    }
}

/// Node's `reduceToSingleString`: the entries on one line when they fit,
/// else one per line (an array's grouped in columns first). `numbers` is
/// `Some` for an array: whether all its elements are numbers, which
/// right-aligns its columns. `base` is the width of what comes before
/// `open` (a `<ref *1>`).
fn reduce(
    mut output: Vec<String>,
    open: &str,
    close: &str,
    indent: usize,
    numbers: Option<bool>,
    base: usize,
) -> String {
    let entries = output.len();
    if let Some(numbers) = numbers {
        if entries > 6 {
            output = group(output, indent, numbers);
        }
    }
    if entries == output.len() {
        let start = output.len() + indent + width(open) + base + 10;
        let mut total = output.len() + start;
        let fits = total + output.len() <= BREAK_LENGTH
            && output.iter().all(|entry| {
                total += width(entry);
                total <= BREAK_LENGTH
            });
        let joined = output.join(", ");
        if fits && !joined.contains('\n') {
            return format!("{open} {joined} {close}");
        }
    }
    let line = format!("\n{}", " ".repeat(indent));
    format!(
        "{open}{line}  {}{line}{close}",
        output.join(&format!(",{line}  "))
    )
}

/// Node's `groupArrayElements`: many short entries in aligned columns.
fn group(output: Vec<String>, indent: usize, numbers: bool) -> Vec<String> {
    // A trailing "... more items" (there when more entries than are
    // shown) is not grouped.
    let shown = output.len().min(MAX_ARRAY_LENGTH);
    let lengths: Vec<usize> = output
        .iter()
        .take(shown)
        .map(|s| display_width(s))
        .collect();
    let separator = 2;
    let total: usize = lengths.iter().map(|l| l + separator).sum();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    let actual_max = longest + separator;
    if actual_max * 3 + indent >= BREAK_LENGTH
        || (total as f64 / actual_max as f64 <= 5.0 && longest > 6)
    {
        return output;
    }
    let average_bias = (actual_max as f64 - total as f64 / output.len() as f64).sqrt();
    let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
    let columns = ((2.5 * biased_max * shown as f64).sqrt() / biased_max)
        .round()
        .min(((BREAK_LENGTH - indent) / actual_max) as f64)
        // `compact` (3) times 4; Node's cap of 15 lies above it.
        .min(12.0) as usize;
    if columns <= 1 {
        return output;
    }
    let column_widths: Vec<usize> = (0..columns)
        .map(|c| {
            lengths
                .iter()
                .skip(c)
                .step_by(columns)
                .copied()
                .max()
                .unwrap_or(0)
                + separator
        })
        .collect();
    let mut rows = Vec::new();
    let cells: Vec<&String> = output.iter().take(shown).collect();
    for chunk in cells.chunks(columns) {
        let mut line = String::new();
        let last = chunk.len().saturating_sub(1);
        for (c, entry) in chunk.iter().enumerate() {
            let column = column_widths.get(c).copied().unwrap_or(0);
            let cell = match c == last {
                true => entry.to_string(),
                false => format!("{entry}, "),
            };
            let room = match c == last {
                true => column.saturating_sub(separator),
                false => column,
            };
            let pad = " ".repeat(room.saturating_sub(display_width(&cell)));
            match (numbers, c == last) {
                (true, _) => {
                    line.push_str(&pad);
                    line.push_str(&cell);
                }
                (false, true) => line.push_str(&cell),
                (false, false) => {
                    line.push_str(&cell);
                    line.push_str(&pad);
                }
            }
        }
        rows.push(line);
    }
    rows.extend(output.into_iter().skip(shown));
    rows
}

/// A name Node prints bare as an object key.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A string inside a structure, at `indent`: quoted, and when it is long
/// for its line, cut after each line break into pieces joined by ` +`
/// on lines of their own, as Node's `formatPrimitive` does (a logged
/// HTTP response reads line by line).
fn quote_lines(bytes: &[u8], indent: usize) -> String {
    let mut units = Vec::new();
    let mut at = 0;
    while let Some((cp, len)) = bytes.get(at..).and_then(crate::wtf8::decode) {
        units.push(char::from_u32(cp).ok_or(cp));
        at += len;
    }
    // (Node measures in UTF-16 units.)
    let length: usize = units
        .iter()
        .map(|u| {
            if u.is_ok_and(|c| c as u32 > 0xFFFF) {
                2
            } else {
                1
            }
        })
        .sum();
    if length <= 16 || length + indent + 4 <= BREAK_LENGTH {
        return quote_units(&units);
    }
    let pieces: Vec<String> = units
        .split_inclusive(|u| *u == Ok('\n'))
        .map(quote_units)
        .collect();
    pieces.join(&format!(" +\n{}", " ".repeat(indent + 2)))
}

/// WTF-8 text quoted as Node quotes a string (see [`quote`]), a lone
/// surrogate written as its escape (`'\ud83d'`), as Node does.
fn quote_wtf8(bytes: &[u8]) -> String {
    let mut units = Vec::new();
    let mut at = 0;
    while let Some((cp, len)) = bytes.get(at..).and_then(crate::wtf8::decode) {
        units.push(char::from_u32(cp).ok_or(cp));
        at += len;
    }
    quote_units(&units)
}

/// A string as Node quotes it: single quotes, or double quotes (then
/// backticks) when the text holds single quotes; control characters,
/// backslashes and the quote escaped.
fn quote(text: &str) -> String {
    let units: Vec<Result<char, u32>> = text.chars().map(Ok).collect();
    quote_units(&units)
}

/// [`quote`] of characters and lone surrogates (`Err`).
fn quote_units(units: &[Result<char, u32>]) -> String {
    let has = |c: char| units.contains(&Ok(c));
    let template = has('`') || units.windows(2).any(|w| w == [Ok('$'), Ok('{')]);
    let q = match (has('\''), has('"'), template) {
        (false, _, _) => '\'',
        (true, false, _) => '"',
        (true, true, false) => '`',
        (true, true, true) => '\'',
    };
    let mut out = String::new();
    out.push(q);
    for unit in units {
        let c = match unit {
            Ok(c) => *c,
            Err(surrogate) => {
                out.push_str(&format!("\\u{surrogate:04x}"));
                continue;
            }
        };
        match c {
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7F..=0x9F).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
