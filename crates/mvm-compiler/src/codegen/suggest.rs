//! "Did you mean ...?" for a name that is not defined: the closest name the
//! code could have meant, among those in scope and the globals a script
//! has, by edit distance (a swap of two letters counts as one edit, and
//! case does not count: `vmexport` is `vmExport`).

use super::Codegen;

/// The globals every script may name, whether or not it names them yet.
const GLOBALS: &[&str] = &[
    "print",
    "assert",
    "assertEqual",
    "vmExport",
    "vmImport",
    "console",
    "Math",
    "JSON",
    "Object",
    "Array",
    "Number",
    "String",
    "Boolean",
    "Symbol",
    "Date",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Promise",
    "RegExp",
    "Error",
    "TypeError",
    "RangeError",
    "SyntaxError",
    "ReferenceError",
    "Uint8Array",
    "TextEncoder",
    "TextDecoder",
    "setTimeout",
    "setInterval",
    "clearTimeout",
    "clearInterval",
    "queueMicrotask",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "encodeURIComponent",
    "decodeURIComponent",
    "btoa",
    "atob",
    "globalThis",
    "undefined",
    "NaN",
    "Infinity",
];

impl Codegen<'_> {
    /// The name in scope or among the globals closest to `name`, if one is
    /// close enough to be a slip of the keys.
    pub(super) fn similar_name(&self, name: &str) -> Option<String> {
        let in_scope = self
            .scopes
            .iter()
            .flat_map(|s| s.bindings.iter().map(|b| b.name.as_str()));
        let candidates = in_scope
            .chain(GLOBALS.iter().copied())
            .filter(|c| *c != name && !c.starts_with(['$', '\0']));
        closest(name, candidates).map(str::to_string)
    }
}

/// Of `candidates`, the one `name` is likeliest a slip of the keys for:
/// the fewest edits, at most one in three, and never the whole name (`y`
/// is no slip for `x`).
pub(super) fn closest<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let length = name.chars().count();
    let allowed = (length / 3).max(1).min(length.saturating_sub(1));
    candidates
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| (edits(name, c), c))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edits from `a` to `b`: insertions, deletions, substitutions and swaps
/// of neighbours (optimal string alignment), case aside.
fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn edits_count_swaps_once_and_ignore_case() {
        assert_eq!(super::edits("cuont", "count"), 1);
        assert_eq!(super::edits("vmexport", "vmExport"), 0);
        assert_eq!(super::edits("consol", "console"), 1);
        assert_eq!(super::edits("led", "speed"), 3);
    }
}
