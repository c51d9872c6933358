//! The prelude: library globals written in JavaScript.
//!
//! A program gets, as a first module, the parts of the prelude its text
//! names, so a script that uses none of them compiles exactly as written.
//! Snapshots keep only what the exports reach, so an unused part costs no
//! bytes on the device either.

/// Each global with the JavaScript that defines it, in the order they run.
const PARTS: &[(&str, &str)] = &[
    ("Error", include_str!("prelude/errors.js")),
    (
        "String",
        "globalThis.String = function String(value) { return '' + value; };\n",
    ),
    (
        "Boolean",
        "globalThis.Boolean = function Boolean(value) { return !!value; };\n",
    ),
    ("Number", include_str!("prelude/number.js")),
    ("Math", include_str!("prelude/math.js")),
];

/// `Array.prototype`: a header, then one section per method.
const ARRAY: &str = include_str!("prelude/array.js");
const METHOD_MARK: &str = "// method: ";

/// The prelude source for a program whose modules have `texts`; empty
/// when the program needs none of it.
pub fn source(texts: &[&str]) -> String {
    let array = array_prototype(texts);
    let mentions = |word: &str| array.contains(word) || texts.iter().any(|t| t.contains(word));
    let mut source: String = PARTS
        .iter()
        .filter(|(global, _)| mentions(global))
        .map(|(_, part)| *part)
        .collect();
    source.push_str(&array);
    source
}

/// The array methods the program calls (`.name(`), with the prototype
/// kept as the export the engine looks them up in.
fn array_prototype(texts: &[&str]) -> String {
    let mut sections = ARRAY.split(METHOD_MARK);
    let header = sections.next().unwrap_or_default();
    let methods: String = sections
        .filter_map(|section| {
            let (name, code) = section.split_once('\n')?;
            let call = format!(".{}(", name.trim());
            texts.iter().any(|t| t.contains(&call)).then_some(code)
        })
        .collect();
    if methods.is_empty() {
        return String::new();
    }
    format!(
        "{header}{methods}vmExport({}, $mvmArrayPrototype);\n",
        mvm_runtime::ARRAY_PROTOTYPE_EXPORT
    )
}
