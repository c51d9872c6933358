//! The prelude: library globals written in JavaScript.
//!
//! A program gets, as a first module, the parts of the prelude its text
//! names, so a script that uses none of them compiles exactly as written.
//! Snapshots keep only what the exports reach, so an unused part costs no
//! bytes on the device either.

/// Each global with the JavaScript that defines it, in the order they run.
/// A part may use the parts before it.
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
    ("Number", NUMBER),
    ("Math", include_str!("prelude/math.js")),
    (
        "$mvmRelativeIndex",
        include_str!("prelude/relative-index.js"),
    ),
];

/// `Number` and its static members; plain functions hold no properties,
/// so each member is a global `$mvmNumber_NAME`.
const NUMBER: &str = include_str!("prelude/number.js");

/// Whether the prelude defines `Number.name` (as `$mvmNumber_NAME`).
pub fn defines_number_static(name: &str) -> bool {
    NUMBER.contains(&format!("globalThis.$mvmNumber_{name} ="))
}

/// `Array.prototype` and `String.prototype`: a header, then one section
/// per method; and the name of the object they fill in.
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
];
const METHOD_MARK: &str = "// method: ";

/// The prelude source for a program whose modules have `texts`; empty
/// when the program needs none of it.
pub fn source(texts: &[&str]) -> String {
    let prototypes: String = PROTOTYPES
        .iter()
        .map(|(source, object, export)| prototype(source, object, *export, texts))
        .collect();
    // Last part first, so that a chosen part brings in the earlier parts
    // it uses.
    let mut chosen = vec![prototypes.as_str()];
    for (global, part) in PARTS.iter().rev() {
        let mentions = |text: &&str| text.contains(global);
        if chosen.iter().any(mentions) || texts.iter().any(mentions) {
            chosen.push(part);
        }
    }
    chosen.reverse();
    chosen.concat()
}

/// The methods of a prototype the program calls (`.name(`), with the
/// prototype kept as the export the engine looks them up in.
fn prototype(source: &str, object: &str, export: u16, texts: &[&str]) -> String {
    let mut sections = source.split(METHOD_MARK);
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
    format!("{header}{methods}vmExport({export}, {object});\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn errors_keep_type_error_prototype_where_the_engine_looks() {
        let line = format!(
            "vmExport({:#X}, TypeError.prototype);",
            mvm_runtime::TYPE_ERROR_PROTOTYPE_EXPORT
        );
        assert!(include_str!("prelude/errors.js").contains(&line));
    }
}
