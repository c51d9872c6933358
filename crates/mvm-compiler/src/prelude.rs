//! The prelude: library globals written in JavaScript.
//!
//! A program gets, as a first module, the parts of the prelude its text
//! names, so a script that uses none of them compiles exactly as written.
//! Snapshots keep only what the exports reach, so an unused part costs no
//! bytes on the device either.

/// Each global with the JavaScript that defines it, in the order they run.
/// A part may use the parts before it.
const PARTS: &[(&str, &str)] = &[
    // (First: with it, every `for..of` after, even the prelude's own at
    // its top level, calls its `$mvmIterate`.)
    ("Symbol", ITERATE),
    ("$mvmGenerator", ITERATE),
    ("Error", ERRORS),
    ("TypeError", ERRORS),
    ("RangeError", ERRORS),
    ("SyntaxError", ERRORS),
    ("ReferenceError", ERRORS),
    ("URIError", ERRORS),
    ("parseInt", include_str!("prelude/parse.js")),
    ("parseFloat", include_str!("prelude/parse.js")),
    ("isNaN", "globalThis.isNaN = function isNaN(value) { value = +value; return value !== value; };\n"),
    (
        "isFinite",
        "globalThis.isFinite = function isFinite(value) { value = +value; return value === value && value !== Infinity && value !== -Infinity; };\n",
    ),
    ("String", include_str!("prelude/string-static.js")),
    ("fromCodePoint", include_str!("prelude/from-code-point.js")),
    (
        "Boolean",
        "globalThis.Boolean = function Boolean(value) { return !!value; };\n",
    ),
    ("Number", include_str!("prelude/number.js")),
    ("Math", include_str!("prelude/math.js")),
    ("Object", include_str!("prelude/object.js")),
    ("Array", include_str!("prelude/array-static.js")),
    ("Uint8Array", include_str!("prelude/uint8array.js")),
    ("RegExp", include_str!("prelude/regexp.js")),
    // (By the member's name: the prelude's own `Reflect.ownKeys`, the
    // engine's, brings none of them.)
    ("$mvmReflectOwnKeys", include_str!("prelude/reflect-own-keys.js")),
    ("Reflect.has", REFLECT),
    ("Reflect.get", REFLECT),
    ("Reflect.set", REFLECT),
    ("Reflect.deleteProperty", REFLECT),
    ("Reflect.apply", REFLECT),
    ("Reflect.construct", REFLECT),
    ("Reflect.getPrototypeOf", REFLECT),
    ("Reflect.setPrototypeOf", REFLECT),
    ("Reflect.defineProperty", REFLECT),
    ("Reflect.getOwnPropertyDescriptor", REFLECT),
    ("Date", include_str!("prelude/date.js")),
    ("$mvmUtf8Bytes", UTF8),
    ("$mvmUtf8Text", UTF8),
    ("TextEncoder", TEXT_CODING),
    ("TextDecoder", TEXT_CODING),
    ("encodeURIComponent", URI),
    ("encodeURI", URI),
    ("decodeURIComponent", URI),
    ("decodeURI", URI),
    ("btoa", include_str!("prelude/base64.js")),
    ("atob", include_str!("prelude/base64.js")),
    ("Promise", include_str!("prelude/promise.js")),
    (
        "$mvmAsyncGenerator",
        include_str!("prelude/async-generator.js"),
    ),
    ("$mvmPromise_any", include_str!("prelude/promise-any.js")),
    ("AggregateError", include_str!("prelude/promise-any.js")),
    ("setTimeout", TIMERS),
    ("setInterval", TIMERS),
    ("clearTimeout", TIMERS),
    ("clearInterval", TIMERS),
    (
        "queueMicrotask",
        "globalThis.queueMicrotask = function queueMicrotask(callback) { if (typeof callback !== 'function') throw new TypeError('callback is not a function'); Promise.resolve().then(() => callback(), undefined, $mvmUncaughtJob); };\n",
    ),
    // (By the member's name: a comment that says "JSON" brings nothing.)
    ("JSON.parse", JSON),
    ("JSON.stringify", JSON),
    ("Map", include_str!("prelude/collections.js")),
    ("Set", include_str!("prelude/collections.js")),
    ("WeakMap", include_str!("prelude/weak.js")),
    ("WeakSet", include_str!("prelude/weak.js")),
    // (The collector has no weak references: a WeakRef holds its target,
    // which therefore never goes, and a registry's callbacks never run,
    // as JavaScript allows.)
    ("structuredClone", include_str!("prelude/structured-clone.js")),
    ("DataView", include_str!("prelude/data-view.js")),
    ("ArrayBuffer", include_str!("prelude/data-view.js")),
    (
        "WeakRef",
        "globalThis.WeakRef = class WeakRef { #target; constructor(target) { if (target === null || (typeof target !== 'object' && typeof target !== 'function')) throw new TypeError('WeakRef: invalid target'); this.#target = target; } deref() { return this.#target; } };\n",
    ),
    (
        "FinalizationRegistry",
        "globalThis.FinalizationRegistry = class FinalizationRegistry { constructor(callback) { if (typeof callback !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable'); } register() {} unregister() { return false; } };\n",
    ),
    (
        "$mvmRelativeIndex",
        include_str!("prelude/relative-index.js"),
    ),
    (
        "$mvmPromiseFinally",
        "Promise.prototype.finally = function (onFinally) { const run = typeof onFinally === 'function' ? onFinally : function () {}; return this.then(function (value) { return Promise.resolve(run()).then(function () { return value; }); }, function (reason) { return Promise.resolve(run()).then(function () { throw reason; }); }); };\n",
    ),
    ("$mvmLooseEquals", include_str!("prelude/loose-equals.js")),
    ("$mvmInstanceOf", include_str!("prelude/instance-of.js")),
    ("$mvmConsole_dir", include_str!("prelude/console.js")),
    ("$mvmConsole", include_str!("prelude/console.js")),
    ("$mvmTemplateObject", include_str!("prelude/template.js")),
    ("$mvmConsole_assert", include_str!("prelude/console.js")),
    ("$mvmConsole_log", CONSOLE_METHODS),
    ("$mvmConsole_info", CONSOLE_METHODS),
    ("$mvmConsole_debug", CONSOLE_METHODS),
    ("$mvmConsole_error", CONSOLE_METHODS),
    ("$mvmConsole_warn", CONSOLE_METHODS),
    ("$mvmFormatText", include_str!("prelude/format-text.js")),
    // What `%d` gives an object: its number (a Date's time, what `valueOf`
    // gives), which the host's printer cannot ask for.
    (
        "$mvmFormatNumber",
        "globalThis.$mvmFormatNumber = function formatNumber(x) { return x !== null && typeof x === 'object' ? Number(x) : x; };\n",
    ),
    ("$mvmSpreadInto", include_str!("prelude/spread.js")),
    ("$mvmRestOf", include_str!("prelude/spread.js")),
    ("$mvmRestFrom", include_str!("prelude/spread.js")),
    ("$mvmConstruct", include_str!("prelude/spread.js")),
    // What `for..of` walks of a string: its characters, spread into an
    // array; past an array's 2,047 items, the string itself, by index,
    // when no character of it is a surrogate pair. (Only then: reading a
    // string by index starts from its beginning each time, so the array
    // walks a short string many times faster.)
    (
        "$mvmCodePoints",
        "globalThis.$mvmCodePoints = function codePoints() { if (this.length < 2048) return [...this]; for (let i = 0; i < this.length; i++) { const c = this[i]; if (c >= '\\ud800' && c <= '\\udbff') return [...this]; } return this; };\n",
    ),
    (
        "$mvmIsArray",
        "function $mvmIsArray(value) { return Microvium.typeCodeOf(value) === Microvium.typeCodeOf([]); }\n",
    ),
];

/// The helpers the compiler calls for object spreads and rests.
const SPREAD_HELPERS: &str = "$mvmSpreadInto $mvmRestOf $mvmRestFrom $mvmConstruct";

/// `Date` for a program that only calls `Date.now()` (see
/// [`only_date_now`]): the host's clock, as date.js reads it.
const DATE_NOW: &str = "const $mvmHostClock = vmImport(0xfff8, function () { return 0; });
globalThis.Date = class Date {
  static now() {
    const moved = globalThis.$mvmTimersClock;
    const t = +$mvmHostClock(moved === undefined ? 0 : moved());
    return t === t && t <= 8.64e15 && t >= -8.64e15 ? t - (t % 1) + 0 : NaN;
  }
};
";

/// Whether the program names `Date` only for `Date.now`, as a device
/// stamping its readings does: it then gets the clock alone, not all of
/// Date (some 8 KB of snapshot: its formats and parsers).
fn only_date_now(texts: &[&str]) -> bool {
    texts.iter().all(|text| {
        text.match_indices("Date").all(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = &text[at + "Date".len()..];
            before.is_some_and(|c| c == '.' || is_name_char(c))
                || after.starts_with(is_name_char)
                || after
                    .trim_start()
                    .strip_prefix('.')
                    .and_then(|member| member.trim_start().strip_prefix("now"))
                    .is_some_and(|rest| !rest.starts_with(is_name_char))
        })
    })
}

/// console's printing methods as globals, for a program that replaces one
/// (see [`replaced_console_methods`]).
const CONSOLE_METHODS: &str = include_str!("prelude/console-methods.js");

/// The printing methods of `console` that `text` assigns (`console.log =
/// vmImport(1)`, as Microvium's examples give it the host's print).
pub(crate) fn replaced_console_methods(text: &str) -> Vec<&'static str> {
    ["log", "info", "debug", "error", "warn"]
        .into_iter()
        .filter(|name| {
            let member = format!("console.{name}");
            text.match_indices(&member)
                .any(|(at, _)| assignment_follows(&text[at + member.len()..]))
        })
        .collect()
}

/// `Reflect`'s functions but `ownKeys`, in one part.
const REFLECT: &str = include_str!("prelude/reflect.js");
/// Whether `after` (the text after a member, `console.log` or
/// `Promise.delay`) starts a plain assignment to it: `=`, not `==` or
/// `=>`.
fn assignment_follows(after: &str) -> bool {
    let after = after.trim_start();
    after.starts_with('=') && !after.starts_with("==") && !after.starts_with("=>")
}

/// Whether `text` gives `Object.prototype` a property (a polyfill's
/// `Object.prototype.clone = ...`, or by `defineProperty` or `assign`),
/// which arrays, strings and functions then inherit too.
fn adds_to_object_prototype(text: &str) -> bool {
    let member = "Object.prototype";
    text.match_indices(member).any(|(at, _)| {
        let before = text[..at].trim_end();
        let after = &text[at + member.len()..];
        let assigned = match after.strip_prefix('.') {
            Some(rest) => {
                let name = rest.trim_start_matches(is_name_char);
                name.len() < rest.len() && assignment_follows(name)
            }
            None => {
                after.starts_with('[')
                    && after
                        .find(']')
                        .is_some_and(|end| assignment_follows(&after[end + 1..]))
            }
        };
        assigned
            || before.ends_with("Object.defineProperty(")
            || before.ends_with("Object.defineProperties(")
            || before.ends_with("Object.assign(")
    })
}

/// `JSON.parse` and `JSON.stringify`, in one part.
const JSON: &str = include_str!("prelude/json.js");
/// setTimeout, setInterval and their clear functions, in one part.
const TIMERS: &str = include_str!("prelude/timers.js");
/// The UTF-8 helpers the text codecs share, in one part.
const UTF8: &str = include_str!("prelude/utf8.js");
/// TextEncoder and TextDecoder, in one part.
const TEXT_CODING: &str = include_str!("prelude/text-coding.js");
/// The URI codecs, in one part.
const URI: &str = include_str!("prelude/uri.js");
/// Generators, `Symbol` and the iteration protocol, in one part.
const ITERATE: &str = include_str!("prelude/iterate.js");
/// `Error` and its subclasses, all in one part.
const ERRORS: &str = include_str!("prelude/errors.js");

/// The globals that are functions with static members (`Number.isFinite`,
/// `Object.keys`): plain functions hold no properties, so the prelude
/// defines the function as `$mvmNAME` and each member as a global
/// `$mvmNAME_MEMBER`, and the compiler reads them by those names.
pub const NAMESPACES: &[&str] = &["Number", "Object", "Array", "String", "Uint8Array"];

/// Whether the prelude defines `namespace.name` (as `$mvmNAMESPACE_NAME`;
/// `Array.prototype` and the like are the prototype objects below).
pub fn defines_static(namespace: &str, name: &str) -> bool {
    let definition = format!("globalThis.$mvm{namespace}_{name} =");
    PARTS.iter().any(|(_, part)| part.contains(&definition))
        || (name == "prototype"
            && PROTOTYPES
                .iter()
                .any(|(_, object, _)| namespace_of(object) == Some(namespace)))
}

/// The namespace whose `prototype` a prelude prototype object is
/// (`$mvmArrayPrototype` is `Array`'s), when the compiler reads it as one.
fn namespace_of(object: &str) -> Option<&str> {
    let namespace = object.strip_prefix("$mvm")?.strip_suffix("Prototype")?;
    NAMESPACES.contains(&namespace).then_some(namespace)
}

/// Whether `text` names `global` as a word of its own (so `$mvmArrayPrototype`
/// does not bring in `Array`).
pub(crate) fn mentions(text: &str, global: &str) -> bool {
    words_at(text, global).next().is_some()
}

/// The places `word` stands in `text` as a word of its own: the text
/// before it and after it, neither joined to it by a name character.
fn words_at<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = (&'t str, &'t str)> {
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text.get(..at)?;
        let after = text.get(at + word.len()..)?;
        let joined = before.chars().next_back().is_some_and(is_name_char)
            || after.chars().next().is_some_and(is_name_char);
        (!joined).then_some((before, after))
    })
}

/// Whether `text` may refer to the global `global`: [`mentions`], less
/// where it is only a member (`sched.setTimeout(...)`, not after
/// `globalThis.`) or an object literal's key (`{ setTimeout: (f, ms) =>
/// ... }`), which would link a part the program does not use.
pub(crate) fn refers_to(text: &str, global: &str) -> bool {
    words_at(text, global).any(|(before, after)| {
        let member =
            before.ends_with('.') && !before.ends_with("...") && !before.ends_with("globalThis.");
        let key = before.trim_end().ends_with(['{', ',']) && after.trim_start().starts_with(':');
        !member && !key
    })
}

/// Whether `text` reads a member `.name` (the whole name: `.names` is not
/// `.name`).
pub(crate) fn reads_member(text: &str, name: &str) -> bool {
    let member = format!(".{name}");
    text.match_indices(&member).any(|(at, _)| {
        let after = text.get(at + member.len()..).and_then(|t| t.chars().next());
        !after.is_some_and(is_name_char)
    })
}

/// Whether `c` can be part of an identifier (as the word checks see it).
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// `Array.prototype`, `String.prototype`, `Number.prototype`,
/// `Object.prototype`, `Function.prototype`, `Uint8Array.prototype` and
/// `Boolean.prototype`: a header,
/// then one section per method; and the name of the object they fill in.
const PROTOTYPES: &[(&str, &str, u16)] = &[
    (
        include_str!("prelude/array.js"),
        "$mvmArrayPrototype",
        mvm_runtime::ARRAY_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/string.js"),
        "$mvmStringPrototype",
        mvm_runtime::STRING_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/number-prototype.js"),
        "$mvmNumberPrototype",
        mvm_runtime::NUMBER_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/object-prototype.js"),
        "$mvmObjectPrototype",
        mvm_runtime::OBJECT_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/function-prototype.js"),
        "$mvmFunctionPrototype",
        mvm_runtime::FUNCTION_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/uint8array-prototype.js"),
        "$mvmUint8ArrayPrototype",
        mvm_runtime::UINT8ARRAY_PROTOTYPE_EXPORT,
    ),
    (
        include_str!("prelude/boolean-prototype.js"),
        "$mvmBooleanPrototype",
        mvm_runtime::BOOLEAN_PROTOTYPE_EXPORT,
    ),
];
const METHOD_MARK: &str = "// method: ";

/// The prelude source for a program whose modules have `texts`; empty
/// when the program needs none of it.
/// With `extra`, the globals the compiler found the program needs that
/// its text does not name (`RegExp` for a regular expression literal).
pub fn source(texts: &[&str], extra: &[&str]) -> String {
    let mut texts = texts.to_vec();
    texts.extend(extra);
    // What the program needs that its text does not name: asked once, as
    // the text does not change from round to round.
    let implied = implied_parts(&texts);
    let said: Vec<String> = texts.iter().map(|t| t.to_lowercase()).collect();
    // (A string that says 'Date', a menu's label, brings no Date: each
    // part linked puts its globals in the snapshot.)
    let code: Vec<String> = texts.iter().map(|t| code_of(t)).collect();
    let texts: Vec<&str> = code.iter().map(String::as_str).collect();
    let texts = texts.as_slice();
    // Parts use methods and methods use parts: choose both again until
    // nothing more is needed (each round can only add).
    let mut parts: Vec<String> = Vec::new();
    let mut prototypes = String::new();
    loop {
        // What the prelude's own comments and strings name is not needed
        // (`'[object Map]'` brings no Map).
        let prelude_code = library_code(&parts.concat()) + &library_code(&prototypes);
        let mut needed: Vec<&str> = texts.to_vec();
        needed.push(&prelude_code);
        needed.extend(&implied);
        let next_prototypes: String = PROTOTYPES
            .iter()
            .map(|(source, object, export)| prototype(source, object, *export, &needed))
            .collect();
        let next_code = library_code(&next_prototypes);
        needed.push(&next_code);
        // Last part first, so that a chosen part brings in the earlier
        // parts it uses.
        let mut next_parts: Vec<String> = Vec::new();
        for (global, part) in PARTS.iter().rev() {
            // (`fromCodePoint` is read as a member: `String.fromCodePoint`.)
            let named = |text: &str| match *global {
                "fromCodePoint" => mentions(text, global),
                _ => refers_to(text, global),
            };
            // (A `// section: .name` comes where the program reads
            // `.name`; `// section: name`, where it names `name`;
            // `// section: 'text`, where its text says `text` in any case,
            // in a string too: an encoding's label.)
            let keep = |name: &str| match name.strip_prefix('.') {
                // (An error's `stack` is also read by destructuring:
                // `catch ({ message, stack })`.)
                Some("stack") => texts.iter().any(|t| mentions(t, "stack")),
                Some(member) => texts.iter().any(|t| reads_member(t, member)),
                None => match name.strip_prefix('\'') {
                    Some(text) => said.iter().any(|t| t.contains(text)),
                    None => texts.iter().any(|t| mentions(t, name)),
                },
            };
            let part = match *global {
                "Math" => math_members(part, &needed),
                "Object" | "Number" | "Array" | "String" | "Uint8Array" => {
                    static_members(&kept_sections(part, keep), global, &needed, texts)
                }
                "RegExp" => called_sections(part, texts),
                "Date" if only_date_now(texts) => DATE_NOW.to_string(),
                _ => kept_sections(part, keep),
            };
            // (Two globals may share a part.)
            if !next_parts.contains(&part)
                && (next_parts.iter().any(|p| named(&library_code(p)))
                    || needed.iter().any(|t| named(t)))
            {
                next_parts.push(part);
            }
        }
        next_parts.reverse();
        if next_parts == parts && next_prototypes == prototypes {
            break;
        }
        (parts, prototypes) = (next_parts, next_prototypes);
    }
    // Arrays, strings, numbers and functions are objects too: the
    // prototypes the program has inherit `Object.prototype`'s methods
    // (`hasOwnProperty`) when it has any. (`toString` they have their
    // own.)
    let inherited = ["hasOwnProperty", "propertyIsEnumerable", "isPrototypeOf"];
    if inherited
        .iter()
        .any(|name| prototypes.contains(&format!("$mvmObjectPrototype.{name} =")))
        || texts.iter().any(|t| adds_to_object_prototype(t))
    {
        for (_, object, export) in PROTOTYPES.iter().filter(|p| p.1 != "$mvmObjectPrototype") {
            // (A prototype none of whose methods is linked is made empty,
            // to inherit them: `handler.hasOwnProperty('retries')`.)
            if !prototypes.contains(&format!("const {object} =")) {
                prototypes.push_str(&format!(
                    "const {object} = {{}};\nvmExport({export}, {object});\n"
                ));
            }
            prototypes.push_str(&format!("{object}.__proto__ = $mvmObjectPrototype;\n"));
        }
    }
    parts.push(prototypes);
    // A static a program adds to a library namespace is a global of its
    // own (see `added_statics`).
    for (namespace, name) in texts.iter().flat_map(|t| added_statics(t)) {
        let declaration = format!(
            "globalThis.{} = undefined;\n",
            added_static_global(namespace, &name)
        );
        if !parts.contains(&declaration) {
            parts.push(declaration);
        }
    }
    parts.concat()
}

/// The library namespaces a program may add statics to (`Promise.delay
/// = ...`, `Object.myHelper = ...`, a polyfill's `Promise.withResolvers`).
const EXTENSIBLE_NAMESPACES: &[&str] = &[
    "Object",
    "Number",
    "Array",
    "String",
    "Uint8Array",
    "Promise",
    "JSON",
];

/// The statics `text` assigns to a library namespace that the library does
/// not define: `(namespace, name)` for each `Namespace.name =`. Functions
/// hold no properties in mvm, so each is the global
/// [`added_static_global`], which the compiler reads and writes for
/// `Namespace.name`.
pub(crate) fn added_statics(text: &str) -> Vec<(&'static str, String)> {
    let mut found: Vec<(&'static str, String)> = Vec::new();
    for namespace in EXTENSIBLE_NAMESPACES {
        let dotted = format!("{namespace}.");
        for (at, _) in text.match_indices(&dotted) {
            let before = text.get(..at).and_then(|t| t.chars().next_back());
            if before.is_some_and(|c| is_name_char(c) || c == '.') {
                continue;
            }
            let rest = text.get(at + dotted.len()..).unwrap_or_default();
            let name: String = rest.chars().take_while(|c| is_name_char(*c)).collect();
            let assigned = assignment_follows(rest.get(name.len()..).unwrap_or_default());
            let library = defines_static(namespace, &name)
                || name == "prototype"
                || (*namespace == "JSON" && matches!(name.as_str(), "parse" | "stringify"));
            if assigned
                && !name.is_empty()
                && !library
                && !found.iter().any(|(n, m)| n == namespace && *m == name)
            {
                found.push((namespace, name));
            }
        }
    }
    found
}

/// Whether `text` names `JSON` other than as `JSON.member`.
fn json_as_value(text: &str) -> bool {
    text.match_indices("JSON").any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + 4..).unwrap_or_default().trim_start();
        !before.is_some_and(is_name_char)
            && !after.starts_with('.')
            && !after.starts_with(is_name_char)
    })
}

/// Whether `text` holds `Array`, `Object` or `Uint8Array` as a value (a
/// table of types, an argument), not only to call, construct, extend or
/// test against, or to reach a static of.
fn builtin_type_as_value(text: &str) -> bool {
    ["Array", "Object", "Uint8Array"].iter().any(|name| {
        text.match_indices(name).any(|(at, _)| {
            let before = text.get(..at).unwrap_or_default().trim_end();
            let after = text.get(at + name.len()..).unwrap_or_default().trim_start();
            !before.ends_with(is_name_char)
                && !before.ends_with('.')
                && !["new", "instanceof", "extends"].iter().any(|w| {
                    before.ends_with(w) && !before[..before.len() - w.len()].ends_with(is_name_char)
                })
                && !after.starts_with(['.', '(', ':'])
                && !after.starts_with(is_name_char)
        })
    })
}

/// The global that holds `namespace.name`, a static the program added.
pub(crate) fn added_static_global(namespace: &str, name: &str) -> String {
    format!("$mvmStatic_{namespace}_{name}")
}

/// The parts and helpers a program needs whose names its text does not
/// hold: the compiler emits the calls, or the name is another's.
fn implied_parts(texts: &[&str]) -> Vec<&'static str> {
    let mut implied = Vec::new();
    // Object spreads and rests call helpers the text does not name.
    if texts.iter().any(|t| t.contains("...")) {
        implied.push(SPREAD_HELPERS);
    }
    // `a == b` compares with a prelude function the text does not name
    // (`===` and `!==` are not it). (Comments too: blanking them takes a
    // `//` in a string for one, and a false find costs nothing.)
    if texts.iter().any(|t| loose_equality_in(t)) {
        implied.push("$mvmLooseEquals");
    }
    // `x instanceof T`, T a value that may be `Array` (see
    // `$mvmInstanceOf`).
    if texts
        .iter()
        .any(|t| mentions(t, "instanceof") && builtin_type_as_value(&code_of(t)))
    {
        implied.push("$mvmInstanceOf");
    }
    // A console format's `%s` and `%d` pass their arguments through
    // helpers (a false find costs nothing: the compiler calls one or not).
    for (spec, helper) in [("%s", "$mvmFormatText"), ("%d", "$mvmFormatNumber")] {
        if texts
            .iter()
            .any(|t| t.contains(spec) && mentions(t, "console"))
        {
            implied.push(helper);
        }
    }
    // The program's `Reflect.ownKeys` is the library's (the compiler
    // calls it for that name).
    if texts.iter().any(|t| mentions(t, "Reflect.ownKeys")) {
        implied.push("$mvmReflectOwnKeys");
    }
    // A generator function's call makes a Generator, which the text does
    // not name.
    if texts
        .iter()
        .any(|t| mentions(t, "yield") || t.contains("function*"))
    {
        implied.push("$mvmGenerator");
    }
    // `matchAll` gives an iterator, which `for..of` must walk one match at
    // a time (a loop left early leaves the rest): the iteration protocol.
    if texts.iter().any(|t| reads_member(t, "matchAll")) {
        implied.push("$mvmGenerator");
    }
    // `JSON` as a value is an object of both its functions.
    if texts.iter().any(|t| json_as_value(&code_of(t))) {
        implied.push("JSON.parse JSON.stringify");
    }
    // A replaced printing method is a global the prelude starts.
    for text in texts.iter() {
        for name in replaced_console_methods(text) {
            implied.push(match name {
                "log" => "$mvmConsole_log",
                "info" => "$mvmConsole_info",
                "debug" => "$mvmConsole_debug",
                "error" => "$mvmConsole_error",
                _ => "$mvmConsole_warn",
            });
        }
    }
    // `console.dir` and `console.assert` are `$mvmConsole_dir` and
    // `$mvmConsole_assert`.
    for member in ["dir", "assert"] {
        if texts
            .iter()
            .any(|t| t.contains(&format!("console.{member}")))
        {
            implied.push(if member == "dir" {
                "$mvmConsole_dir"
            } else {
                "$mvmConsole_assert"
            });
        }
    }
    // A program that makes symbols prints them with `String`'s text.
    if texts.iter().any(|t| t.contains("Symbol(")) {
        implied.push("String");
    }
    // `console` as a value is `$mvmConsole` (so is `globalThis.console`).
    if texts.iter().any(|t| {
        bare_use(
            &code_of(t).replace("globalThis.console", "console"),
            "console",
        )
    }) {
        implied.push("$mvmConsole");
    }
    // `Promise.any` is `$mvmPromise_any`, which the text does not name.
    if texts.iter().any(|t| t.contains("Promise.any")) {
        implied.push("$mvmPromise_any");
    }
    // `finally` is a statement's keyword too: the method comes with its
    // call, a `typeof` test of it, or `Promise.prototype.finally` named.
    if texts.iter().any(|t| {
        t.contains(".finally(") || typeof_member(t, "finally") || t.contains("prototype.finally")
    }) {
        implied.push("$mvmPromiseFinally");
    }
    // An error the engine throws (a TypeError, a RangeError) has a
    // `constructor` only through the prelude's error classes.
    if texts
        .iter()
        .any(|t| mentions(t, "catch") && t.contains(".constructor"))
    {
        implied.push("TypeError");
    }
    implied
}

/// `Math`'s part with only the members the program names (`Math.floor`),
/// or all of them when it uses `Math` some other way (passes it around,
/// destructures it). A member is a line of the object literal indented
/// two spaces, with the comments before it and the lines of its body.
fn math_members(part: &str, texts: &[&str]) -> String {
    // (`globalThis.Math = {` is the part's own definition, after a dot.)
    let bare = texts.iter().any(|t| bare_use(t, "Math"));
    let Some((head, rest)) = part.split_once("globalThis.Math = {\n") else {
        return part.to_string();
    };
    let Some((body, tail)) = rest.split_once("\n};") else {
        return part.to_string();
    };
    let mut out = format!("{head}globalThis.Math = {{\n");
    let mut member: Vec<&str> = Vec::new();
    let flush = |member: &mut Vec<&str>, out: &mut String| {
        let name: String = member
            .iter()
            .find(|l| !l.trim_start().starts_with("//"))
            .map(|l| {
                l.trim_start()
                    .chars()
                    .take_while(|c| is_name_char(*c))
                    .collect()
            })
            .unwrap_or_default();
        let whole = format!("Math.{name}");
        if bare || texts.iter().any(|t| mentions(t, &whole)) {
            for line in member.iter() {
                out.push_str(line);
                out.push('\n');
            }
        }
        member.clear();
    };
    for line in body.lines() {
        // A member ends with its line (`sin: ...,`) or its body (`},`).
        let ends = line == "  },"
            || (line.starts_with("  ")
                && !line.starts_with("   ")
                && line.ends_with(',')
                && !line.trim_start().starts_with("//"));
        member.push(line);
        if ends {
            flush(&mut member, &mut out);
        }
    }
    flush(&mut member, &mut out);
    out.push_str("};");
    out.push_str(tail);
    out
}

/// A namespace's part with only the static members the program names
/// (`Object.keys`, or `$mvmObject_keys` in the prelude's own code), or all
/// of them when it uses the namespace some other way (passes `Object`
/// around). A member is a statement `globalThis.$mvmNAMESPACE_NAME = ...`,
/// on one line or to a line `};`; members whose name starts with `$` (the
/// compiler's `instanceof` test) and the rest of the part always stay.
/// (Only the program's own text, `program`, can pass a namespace around:
/// the prelude's strings say `[object Object]`.)
fn static_members(part: &str, namespace: &str, texts: &[&str], program: &[&str]) -> String {
    if program.iter().any(|t| bare_use(t, namespace)) {
        return part.to_string();
    }
    let head = format!("globalThis.$mvm{namespace}_");
    let mut out = String::new();
    let mut lines = part.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix(&head) else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let name: String = rest.chars().take_while(|c| is_name_char(*c)).collect();
        let mut statement = vec![line];
        if !line.ends_with(';') {
            for more in lines.by_ref() {
                statement.push(more);
                if more == "};" {
                    break;
                }
            }
        }
        let named = |t: &&str| {
            mentions(t, &format!("{namespace}.{name}"))
                || mentions(t, &format!("$mvm{namespace}_{name}"))
        };
        if name.starts_with('$') || texts.iter().any(named) {
            for line in statement {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// A part with only the `// section: NAME` .. `// end: NAME` blocks whose
/// method the program calls (as [`calls_method`] reads it; `replace` also
/// for `replaceAll`): the regular expressions' work for the string
/// methods.
fn called_sections(part: &str, program: &[&str]) -> String {
    kept_sections(part, |name| {
        calls_method(program, name) || (name == "replace" && calls_method(program, "replaceAll"))
    })
}

/// `text` without the `// section: NAME` .. `// end: NAME` blocks whose
/// name `keep` refuses (`NAME` may be `a|b`, kept where either is).
fn kept_sections(text: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut skipping: Option<String> = None;
    for line in text.lines() {
        let mark = line.trim_start();
        if let Some(name) = &skipping {
            if mark == format!("// end: {name}") {
                skipping = None;
            }
            continue;
        }
        if let Some(name) = mark.strip_prefix("// section: ") {
            if !name.split('|').any(&keep) {
                skipping = Some(name.to_string());
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether `text` uses `name` other than as `name.member` (or as part of
/// a longer name, or after a dot, or as the name of the function or
/// class that defines it).
fn bare_use(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let head = text.get(..at).unwrap_or_default();
        let before = head.chars().next_back();
        let after = text.get(at + name.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(|c| c == '.' || is_name_char(c))
            && !after.is_some_and(|c| c == '.' || is_name_char(c))
            && !head.ends_with("function ")
            && !head.ends_with("class ")
    })
}

/// Whether `text` asks `typeof x.name` (a feature test: `typeof a.at ===
/// 'function'`), which links the method as a call does.
fn typeof_member(text: &str, name: &str) -> bool {
    text.match_indices("typeof ").any(|(at, _)| {
        let operand: String = text[at + 7..]
            .trim_start()
            .chars()
            .take_while(|c| is_name_char(*c) || *c == '.')
            .collect();
        operand
            .rsplit_once('.')
            .is_some_and(|(object, member)| !object.is_empty() && member == name)
    })
}

/// Whether `text` has a `==` or `!=` (not part of `===` or `!==`). One in
/// a string (`'=='`, base64's padding) counts too, as telling strings
/// from code here would need a lexer; it costs such a program only the
/// few bytes of a helper it does not call.
fn loose_equality_in(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).enumerate().any(|(at, pair)| {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        let after = bytes.get(at + 2).copied();
        matches!(pair, b"==" | b"!=")
            && after != Some(b'=')
            && !(pair == b"==" && matches!(before, Some(b'=' | b'!' | b'<' | b'>')))
    })
}

/// The code of a program's `text` as the parts it needs are read from
/// it: without its comments, the contents of its quoted strings (but a
/// name quoted as a computed key, `arr['slice']`, which reads a method as
/// `arr.slice` does), of its templates' text (a `${...}` in a template is
/// code, and stays) and of its regular expression literals. One pass, as
/// a `//` in a string is no comment.
pub(crate) fn code_of(text: &str) -> String {
    code_keeping_keys(text, true)
}

/// [`code_of`] for the library's own parts, whose quoted keys
/// (`value['valueOf']`) read a method without linking it.
fn library_code(text: &str) -> String {
    code_keeping_keys(text, false)
}

/// [`code_of`]; with `keep_keys`, a name quoted as a computed key stays,
/// and without, no string's contents do.
fn code_keeping_keys(text: &str, keep_keys: bool) -> String {
    let mut out = String::with_capacity(text.len());
    // What encloses the place read: a template's text (`None`) or the code
    // of one of its `${}` (the braces it has opened); outside them all,
    // plain code.
    let mut templates: Vec<Option<usize>> = Vec::new();
    // The last character of code that is not white space: what a `/`
    // follows tells a regular expression from a division.
    let mut last = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let in_text = matches!(templates.last(), Some(None));
        if in_text {
            match c {
                '\\' => {
                    chars.next();
                }
                '`' => {
                    templates.pop();
                    out.push(c);
                    last = c;
                }
                '$' if chars.peek() == Some(&'{') => {
                    chars.next();
                    if let Some(t) = templates.last_mut() {
                        *t = Some(0);
                    }
                    out.push_str("${");
                    last = '{';
                }
                _ => {}
            }
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
                continue;
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut star = false;
                for c in chars.by_ref() {
                    if star && c == '/' {
                        break;
                    }
                    star = c == '*';
                }
                out.push(' ');
                continue;
            }
            // A regular expression where an operand starts: after an
            // operator or punctuation, or a keyword (`return /"/`).
            '/' if last == ' '
                || "(,=:[!&|?{};+-*%<>~^".contains(last)
                || ends_in_operand_keyword(&out) =>
            {
                let mut class = false;
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '[' => class = true,
                        ']' => class = false,
                        '/' if !class => break,
                        '\n' => break,
                        _ => {}
                    }
                }
                out.push_str("/ /");
                last = '/';
                continue;
            }
            '\'' | '"' => {
                // A name as a computed key stays: `arr['slice'](1)` calls
                // the method as `arr.slice(1)` does.
                // (Not an array literal's first item: `['Date', 'Map']`.)
                let member = keep_keys
                    && out
                        .trim_end()
                        .strip_suffix('[')
                        .and_then(|head| head.trim_end().chars().next_back())
                        .is_some_and(|c| is_name_char(c) || ")]'\"`".contains(c));
                let mut content = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                            content.push('\\');
                        }
                        '\n' => break,
                        _ if d == c => break,
                        _ if member => content.push(d),
                        _ => {}
                    }
                }
                let key = member && !content.is_empty() && content.chars().all(is_name_char);
                out.push(c);
                if key {
                    out.push_str(&content);
                }
                out.push(c);
                last = c;
                continue;
            }
            '`' => templates.push(None),
            '{' => {
                if let Some(Some(depth)) = templates.last_mut() {
                    *depth += 1;
                }
            }
            '}' => match templates.last_mut() {
                Some(Some(0)) => {
                    if let Some(t) = templates.last_mut() {
                        *t = None;
                    }
                }
                Some(Some(depth)) => *depth -= 1,
                _ => {}
            },
            _ => {}
        }
        out.push(c);
        if !c.is_whitespace() {
            last = c;
        }
    }
    out
}

/// Whether `code` ends in a keyword after which an operand starts (so a
/// `/` after it begins a regular expression, not a division), not a
/// property of that name (`x.in / 2`).
fn ends_in_operand_keyword(code: &str) -> bool {
    let code = code.trim_end();
    let word_start = code
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name_char(*c))
        .last()
        .map_or(code.len(), |(at, _)| at);
    let before = code[..word_start].trim_end();
    const KEYWORDS: [&str; 14] = [
        "return",
        "typeof",
        "void",
        "case",
        "else",
        "in",
        "of",
        "yield",
        "await",
        "delete",
        "new",
        "throw",
        "do",
        "instanceof",
    ];
    KEYWORDS.contains(&&code[word_start..]) && !before.ends_with('.')
}

pub(crate) fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('/') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        if after.starts_with("//") {
            rest = after.find('\n').map_or("", |end| &after[end..]);
        } else if after.starts_with("/*") {
            rest = after
                .get(2..)
                .and_then(|t| t.find("*/").map(|end| &t[end + 2..]))
                .unwrap_or("");
            out.push(' ');
        } else {
            out.push('/');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Whether the program uses a method `name` (see [`uses_member`]) or
/// tests for it (`typeof a.name`).
fn calls_method(texts: &[&str], name: &str) -> bool {
    texts
        .iter()
        .any(|t| uses_member(t, name) || typeof_member(t, name) || literal_member(t, name))
}

/// Whether `text` reads a member `name` of a string or array literal, as
/// a feature test does (`typeof ''.padStart`, `[1].flat ? ... : ...`):
/// the value itself, not a call. (Not an element's, `q[i].at`, which is
/// mostly data.)
fn literal_member(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let after = text[at + name.len()..].chars().next();
        let Some(receiver) = text[..at].strip_suffix('.') else {
            return false;
        };
        let literal = match receiver.chars().next_back() {
            Some('\'' | '"' | '`') => true,
            Some(']') => array_literal_before(receiver),
            _ => false,
        };
        literal && !after.is_some_and(is_name_char)
    })
}

/// Whether `text`, which ends with `]`, ends with an array literal: the
/// `[` that opens it follows no name, call or element (`[1, 2]`, not
/// `q[i]` or `f()[0]`).
fn array_literal_before(text: &str) -> bool {
    let mut depth = 0usize;
    for (at, c) in text.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let before = text[..at].trim_end();
                    // (After a keyword, `typeof [1].flat`, it is a literal.)
                    let word = &before[before
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| is_name_char(*c))
                        .last()
                        .map_or(before.len(), |(at, _)| at)..];
                    let keyword =
                        matches!(word, "typeof" | "return" | "void" | "in" | "of" | "case");
                    let last = before.chars().next_back();
                    return keyword
                        || !last.is_some_and(|c| is_name_char(c) || c == ')' || c == ']');
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether `text` uses a member `name` as a method: calls it, `.name(`,
/// `.name?.(` or `.name.call(` (`apply`, `bind`), with spaces or line
/// breaks between the parts as a program may write them (`line.trim ()`,
/// a chain's `.sort` on one line and its comparator on the next); reads
/// it by a quoted key, `arr['slice']`; or takes it from a prototype,
/// `const { slice } = Array.prototype`. (One pass over the places `name`
/// is written, for all three.)
fn uses_member(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let (before, after) = (&text[..at], &text[at + name.len()..]);
        called_at(before, after)
            || quoted_key_at(before, after)
            || taken_from_prototype(before, after)
    })
}

/// Whether the name between `before` and `after` is a member called.
fn called_at(before: &str, after: &str) -> bool {
    let called = |rest: &str| rest.trim_start().starts_with('(');
    let dotted = before.trim_end();
    // (Not a longer name, nor a spread `...name(`; `1..toFixed(` is a
    // call; `Object.keys(o)` calls no prototype's `keys`.)
    if !dotted.ends_with('.')
        || dotted.ends_with("...")
        || static_receiver(&dotted[..dotted.len() - 1])
        || before.chars().next_back().is_some_and(is_name_char)
        || after.chars().next().is_some_and(is_name_char)
    {
        return false;
    }
    let after = after.trim_start();
    let after = after.strip_prefix("?.").unwrap_or(after);
    called(after)
        || ["call", "apply", "bind"].iter().any(|m| {
            after
                .strip_prefix('.')
                .and_then(|r| r.trim_start().strip_prefix(m))
                .is_some_and(|r| !r.starts_with(is_name_char) && called(r))
        })
}

/// Whether the name between `before` and `after` is a quoted computed
/// key, `arr['slice']` (called or kept: either way the program means the
/// method).
fn quoted_key_at(before: &str, after: &str) -> bool {
    let Some(quote) = before.chars().next_back().filter(|c| "'\"`".contains(*c)) else {
        return false;
    };
    before[..before.len() - 1].trim_end().ends_with('[')
        && after
            .strip_prefix(quote)
            .is_some_and(|rest| rest.trim_start().starts_with(']'))
}

/// Whether the name between `before` and `after` is a key of a pattern
/// that destructures a prototype, `const { slice, map: m } =
/// Array.prototype`.
fn taken_from_prototype(before: &str, after: &str) -> bool {
    let key =
        before.trim_end().ends_with(['{', ',']) && after.trim_start().starts_with([',', ':', '}']);
    let Some((fields, rest)) = after.split_once('}').filter(|_| key) else {
        return false;
    };
    let source = rest
        .trim_start()
        .strip_prefix('=')
        .filter(|r| !r.starts_with('='));
    let chain: String = source
        .unwrap_or_default()
        .trim_start()
        .chars()
        .take_while(|c| is_name_char(*c) || *c == '.')
        .collect();
    !fields.contains('{') && chain.ends_with(".prototype")
}

/// Whether the text before a call's dot ends with a namespace whose
/// members are its own functions, not a prototype's methods (`Object` of
/// `Object.keys(o)`, which is no `[].keys()`).
fn static_receiver(before_dot: &str) -> bool {
    let receiver = before_dot.trim_end();
    ["Object", "Reflect"].iter().any(|namespace| {
        receiver.strip_suffix(namespace).is_some_and(|head| {
            !head
                .chars()
                .next_back()
                .is_some_and(|c| is_name_char(c) || c == '.')
        })
    })
}

/// The methods of a prototype the program calls (`.name(`, or
/// `.name.call(` and the like, as `Array.prototype.slice.call(args)`
/// does) or names (`Object.prototype.hasOwnProperty`), with the prototype
/// kept as the export the engine looks them up in; and, when the program names `Array.prototype` (or another
/// namespace's), that object as the global the compiler reads it from.
fn prototype(source: &str, object: &str, export: u16, texts: &[&str]) -> String {
    let namespace = namespace_of(object);
    // Byte arrays come only from `Uint8Array` or `Microvium.newUint8Array`:
    // without either, `.set(` and `.fill(` are some other object's.
    let makes_bytes = |t: &&str| mentions(t, "Uint8Array") || mentions(t, "newUint8Array");
    if namespace == Some("Uint8Array") && !texts.iter().any(makes_bytes) {
        return String::new();
    }
    // (A `// section: GLOBAL` of a method is kept where the program or
    // its linked parts name that global: string patterns of `match` only
    // with regular expressions.)
    let source = kept_sections(source, |global| texts.iter().any(|t| mentions(t, global)));
    let mut sections = source.split(METHOD_MARK);
    let header = sections.next().unwrap_or_default();
    let mut helpers_needed = false;
    // (Whether the program names `Array.prototype` (or another
    // namespace's) as a value: its methods are then read through it, and
    // the object is a global.)
    let taken = namespace.filter(|ns| {
        let whole = format!("{ns}.prototype");
        texts.iter().any(|t| mentions(t, &whole))
    });
    let methods: String = sections
        .filter_map(|section| {
            let (name, code) = section.split_once('\n')?;
            // A method marked `(named)` comes only with its full name (the
            // engine does its work for a plain call): `Object.prototype.
            // toString` for a type check, not every `.toString(`.
            // One marked `(property)` comes with any read of it
            // (`.constructor`), not only a call; one marked `(word)` with
            // any mention of its name (array's `toString`, which the
            // engine calls for `${array}` once a program defines one).
            let name = name.trim();
            let (name, by_name_only, read) = match (
                name.strip_suffix(" (named)"),
                name.strip_suffix(" (property)"),
            ) {
                (Some(name), _) => (name, true, false),
                (_, Some(name)) => (name, false, true),
                _ => (name, false, false),
            };
            // One marked `(alone)` needs none of the header's helpers: a
            // program calling its own objects' `valueOf` gets the
            // primitives' without a kilobyte of string helpers.
            let (name, alone) = match name.strip_suffix(" (alone)") {
                Some(name) => (name, true),
                None => (name, false),
            };
            let (name, word) = match name.strip_suffix(" (word)") {
                Some(name) => (name, texts.iter().any(|t| mentions(t, name))),
                None => (name, false),
            };
            // (`a|b` is linked with either: a helper of both methods.)
            let called =
                !by_name_only && !read && name.split('|').any(|name| calls_method(texts, name));
            // (Only with the namespace it names: `[].constructor ===
            // Array` needs `Array`, whose part a mere `this.constructor`
            // should not bring.)
            // Read as `.name`, or any mention of the name in code (destructured,
            // as `const { byteLength } = bytes`; a string, `bytes['byteLength']`,
            // is not code); but `constructor`, which every class body says,
            // only read.
            let read = read
                && namespace.is_some_and(|ns| texts.iter().any(|t| mentions(t, ns)))
                && texts
                    .iter()
                    .any(|t| reads_member(t, name) || (name != "constructor" && mentions(t, name)));
            // (`Object.prototype.hasOwnProperty` as a value, too; and an
            // empty literal's, `{}.toString.call(v)`, the short form of
            // the type check, or `[].slice`.)
            let named = namespace.is_some_and(|ns| {
                let whole = format!("{ns}.prototype.{name}");
                let literal = match ns {
                    "Object" => format!("{{}}.{name}"),
                    "Array" => format!("[].{name}"),
                    _ => whole.clone(),
                };
                texts
                    .iter()
                    .any(|t| mentions(t, &whole) || mentions(t, &literal))
            });
            // A program that takes the prototype as a value reads its
            // methods through a variable (Babel's regenerator runtime:
            // `Op = Object.prototype, hasOwn = Op.hasOwnProperty`;
            // underscore's `push = ArrayProto.push`): any read of the
            // name links it.
            let read_through = name != "constructor"
                && taken.is_some()
                && name
                    .split('|')
                    .any(|name| texts.iter().any(|t| reads_member(t, name)));
            let linked = called || named || read || word || read_through;
            helpers_needed |= linked && !alone;
            linked.then_some(code)
        })
        .collect();
    if methods.is_empty() && taken.is_none() {
        return String::new();
    }
    let global = match taken {
        Some(ns) => format!("globalThis.$mvm{ns}_prototype = {object};\n"),
        None => String::new(),
    };
    // (The header declares the object, then its helpers.)
    let declaration = format!("const {object} = {{}};\n");
    let header = match helpers_needed || taken.is_some() {
        true => header.to_string(),
        false => declaration,
    };
    format!("{header}{methods}{global}vmExport({export}, {object});\n")
}

#[cfg(test)]
mod tests {
    /// A method call is one with spaces or line breaks between its parts;
    /// a spread of a function's result, a longer name or a read is none.
    #[test]
    fn members_and_keys_do_not_refer_to_globals() {
        use super::refers_to;
        let own = "const s = { setTimeout: (f, ms) => 0,\n clearTimeout: (id) => 0 };\ns.setTimeout(go, 5); s?.setTimeout(go);";
        assert!(!refers_to(own, "setTimeout") && !refers_to(own, "clearTimeout"));
        for text in [
            "setTimeout(go, 5)",
            "globalThis.setTimeout(go, 5)",
            "const t = { setTimeout };",
            "const f = ok ? setTimeout : later;",
            "f(...Object.keys(o))",
        ] {
            let global = if text.contains("Object") {
                "Object"
            } else {
                "setTimeout"
            };
            assert!(refers_to(text, global), "{text}");
        }
    }

    #[test]
    fn method_calls_with_spaces() {
        let calls = |text: &str, name: &str| super::uses_member(text, name);
        assert!(calls("line.trim ()", "trim"));
        assert!(calls("xs\n  .sort\n  ((a, b) => a - b)", "sort"));
        assert!(calls("a?.at?.(1)", "at"));
        assert!(calls("a. map (f)", "map"));
        assert!(calls("Array.prototype.slice .call (args)", "slice"));
        assert!(!calls("[...values()]", "values"));
        assert!(calls("1..toFixed(2); 0..toString(2)", "toFixed"));
        assert!(!calls("a.trimmed(); a.untrim()", "trim"));
        assert!(!calls("const f = a.map; a.slice.length", "map"));
        assert!(!calls("a.slice.caller()", "slice"));
        assert!(!calls("Object.keys(o)", "keys"));
        assert!(!calls("Reflect.apply(f, null, [])", "apply"));
        assert!(!calls("Object . entries(o)", "entries"));
        assert!(calls("myObject.keys(); x.Object.keys()", "keys"));
    }

    /// A program's names are read from its code: not from its strings,
    /// comments, templates' text or regular expressions, while a `//` in a
    /// string is no comment and a template's `${}` is code.
    #[test]
    fn names_count_in_code_only() {
        let code = super::code_of(
            "const u = 'mqtt://x', n = Math.PI; // Date\nlabel('Set'); t = `\"${s.replaceAll('\"', 'q')}\"`; r = /['Map]/;",
        );
        assert!(code.contains("Math.PI") && code.contains(".replaceAll("));
        for gone in ["Date", "Set", "Map", "mqtt"] {
            assert!(!code.contains(gone), "{gone} in {code}");
        }
        // A regular expression after a keyword is one (its quote starts
        // no string); after a property of that name, `/` divides.
        let code = super::code_of(
            "function f(s) { return /\"/.test(s) && s.toUpperCase(); }\nt = typeof /'/; s.padStart(3); n = o.in / 2 / s.trim();",
        );
        assert!(
            code.contains(".toUpperCase(")
                && code.contains(".padStart(")
                && code.contains(".trim(")
        );
    }

    /// A method read by a quoted key, or destructured from a prototype,
    /// is linked as a call of it is; an array literal's names are not.
    #[test]
    fn computed_and_destructured_methods() {
        let code = super::code_of("arr['slice'](1); o[\"padStart\"]; f(['Date']); x = [ 'Map' ]");
        let calls = |name: &str| super::calls_method(&[code.as_str()], name);
        assert!(calls("slice") && calls("padStart"));
        assert!(!super::mentions(&code, "Date") && !super::mentions(&code, "Map"));
        let code =
            super::code_of("const { slice, map: m } = Array.prototype;\nconst { trim } = s;");
        let calls = |name: &str| super::calls_method(&[code.as_str()], name);
        assert!(calls("slice") && calls("map") && !calls("trim"));
    }

    #[test]
    fn a_typeof_feature_test_links_the_method() {
        assert!(
            super::source(&["if (typeof list.at === 'function') f();"], &[])
                .contains("$mvmArrayPrototype.at =")
        );
        assert!(!super::source(&["if (typeof at === 'function') f();"], &[])
            .contains("$mvmArrayPrototype.at ="));
    }

    #[test]
    fn loose_equality_brings_its_helper_wherever_it_is() {
        let helper = "globalThis.$mvmLooseEquals =";
        // After a `//` inside a string, which is no comment.
        assert!(super::source(&["const u = 'http://x'; if (u == v) f();"], &[]).contains(helper));
        assert!(super::source(&["if (`it's ${a != b}`) f();"], &[]).contains(helper));
        assert!(!super::source(&["if (a === b && c !== d) f();"], &[]).contains(helper));
    }

    #[test]
    fn date_now_alone_links_only_the_clock() {
        let calendar = "toISOString()";
        let clock = "vmImport(0xfff8";
        let now = super::source(
            &["const t = Date.now(); f(Date .now, myDate, x.Date);"],
            &[],
        );
        assert!(now.contains(clock) && !now.contains(calendar));
        for text in [
            "new Date(t)",
            "Date.now(); Date.parse(s)",
            "const D = Date;",
        ] {
            assert!(super::source(&[text], &[]).contains(calendar), "{text}");
        }
    }

    #[test]
    fn math_keeps_only_the_members_named() {
        let prelude = super::source(&["Math.floor(x) + Math.PI;"], &[]);
        assert!(prelude.contains("  floor,\n") && prelude.contains("  PI: "));
        assert!(!prelude.contains("hypot(") && !prelude.contains("  E: "));
        // Used as a value, `Math` keeps everything.
        let prelude = super::source(&["const m = Math; m.max(1, 2);"], &[]);
        assert!(prelude.contains("hypot(") && prelude.contains("  max(...values) {"));
        // A member the prelude's own code names comes too (`trunc`, for
        // `$mvmRelativeIndex`).
        let prelude = super::source(&["a.splice(1);"], &[]);
        assert!(prelude.contains("  trunc(x) {") && !prelude.contains("  sin: "));
    }

    #[test]
    fn a_method_brings_in_only_what_its_code_uses() {
        // `pop` uses no other part; the array prototype's comments name
        // `Array`, which must not bring in `Array`'s part (nor, through it,
        // the errors).
        let prelude = super::source(&["h.pop();"], &[]);
        assert!(prelude.contains("$mvmArrayPrototype.pop ="));
        assert!(!prelude.contains("$mvmArray ="));
        assert!(!prelude.contains("function Error("));
        // `splice` uses `$mvmRelativeIndex`, which uses `Math`.
        let prelude = super::source(&["a.splice(1);"], &[]);
        assert!(prelude.contains("function $mvmRelativeIndex"));
        assert!(prelude.contains("globalThis.Math ="));
        // `parseInt` uses string methods, which the prelude then includes.
        let prelude = super::source(&["parseInt(x);"], &[]);
        assert!(prelude.contains("$mvmStringPrototype.slice ="));
        assert!(prelude.contains("$mvmStringPrototype.charCodeAt ="));
        assert!(prelude.contains("function $mvmIsSpace"));
        // `flat` tests for arrays with a part of its own.
        assert!(super::source(&["a.flat();"], &[]).contains("function $mvmIsArray"));
    }

    #[test]
    fn statics_a_program_adds_are_found_by_their_assignment() {
        let text = "Promise.delay = (ms) => 0; Object.keys = 1; x.Object.y = 2;\nif (Number.EPS == 1) Number.EPS2 = 3; Array.prototype.z = 4; JSON.pretty = f; myJSON.a = 5;";
        let found: Vec<String> = super::added_statics(text)
            .into_iter()
            .map(|(ns, name)| format!("{ns}.{name}"))
            .collect();
        // (Library statics, `prototype`, comparisons and other objects'
        // members are not.)
        assert_eq!(found, ["Number.EPS2", "Promise.delay", "JSON.pretty"]);
        let prelude = super::source(&[text], &[]);
        assert!(prelude.contains("globalThis.$mvmStatic_Promise_delay = undefined;"));
    }

    #[test]
    fn json_as_a_value_is_told_from_its_members() {
        assert!(super::json_as_value("const { parse } = JSON;"));
        assert!(super::json_as_value("send(JSON)"));
        assert!(!super::json_as_value(
            "JSON.parse(s); JSON .stringify(v); myJSON = 1; JSONL"
        ));
    }

    #[test]
    fn array_object_and_uint8array_as_values_are_told_from_their_uses() {
        assert!(super::builtin_type_as_value(
            "const types = { list: Array };"
        ));
        assert!(super::builtin_type_as_value("check(x, Object)"));
        assert!(super::builtin_type_as_value("[Reading, Uint8Array]"));
        assert!(!super::builtin_type_as_value(
            "new Array(4); Array.isArray(a); Object.keys(o); Array(3); x instanceof Array; \
             class Q extends Object {} MyArray = 1; o.Array = 2; ({ Array: 1 })"
        ));
    }

    #[test]
    fn regular_expressions_bring_only_the_string_methods_called() {
        let prelude = super::source(&["if (/^a+$/.test(s)) s.split(/,/);"], &["RegExp"]);
        assert!(prelude.contains("['#@@split'](text, limit)"));
        for gone in [
            "['#@@match']",
            "['#@@matchAll']",
            "['#@@search']",
            "['#@@replace']",
        ] {
            assert!(!prelude.contains(gone), "{gone}");
        }
        assert!(!prelude.contains("function $mvmReSubstitute"));
        // `replaceAll` is `replace`'s work; a call through `.call(` counts.
        let prelude = super::source(
            &["s.replaceAll(/a/g, 'b'); ''.match.call(s, /x/);"],
            &["RegExp"],
        );
        assert!(prelude.contains("['#@@replace'](text,") && prelude.contains("['#@@match'](text)"));
        assert!(prelude.contains("function $mvmReSubstitute"));
        // String patterns are made regular expressions only where the
        // program has them: its own objects' `match` brings none.
        let pattern = "pattern = new RegExp(";
        assert!(super::source(&["s.match('a+');"], &["RegExp"]).contains(pattern));
        let prelude = super::source(&["route.match(path);"], &[]);
        assert!(prelude.contains("function match(") && !prelude.contains(pattern));
    }

    #[test]
    fn errors_keep_type_error_prototype_where_the_engine_looks() {
        let line = format!(
            "vmExport({:#X}, TypeError.prototype);",
            mvm_runtime::TYPE_ERROR_PROTOTYPE_EXPORT
        );
        assert!(include_str!("prelude/errors.js").contains(&line));
    }
}
