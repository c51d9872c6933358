//! `console.log`'s line, as Node.js writes it (`util.format`): values as
//! `util.inspect` shows them, strings as they are, and when the first
//! argument is a string and more follow, its `%s`, `%d`, `%i`, `%f`, `%j`,
//! `%o`, `%O`, `%c` and `%%` filled in from them.

use mvm_runtime::{number_text, Engine, Value};

/// The text of `console.log(...args)`.
pub fn format(vm: &Engine<'_>, args: &[Value]) -> String {
    let mut out = String::new();
    let mut next = 0;
    if let (Some(first), true) = (
        args.first().and_then(|f| vm.string_bytes(*f)),
        args.len() > 1,
    ) {
        let first = String::from_utf8_lossy(first).into_owned();
        let mut used = false;
        let mut chars = first.chars().peekable();
        while let Some(c) = chars.next() {
            let spec = match (c, chars.peek()) {
                ('%', Some(&spec)) => spec,
                _ => {
                    out.push(c);
                    continue;
                }
            };
            let arg = args.get(next + 1).copied();
            let filled = match (spec, arg) {
                ('%', _) => Some("%".to_string()),
                ('s', Some(v)) => Some(match vm.string_bytes(v) {
                    Some(_) => vm.to_display_string(v),
                    None => vm.inspect_to_depth(v, 0),
                }),
                ('d' | 'f', Some(v)) => Some(number_text(vm.to_number(v))),
                ('i', Some(v)) => Some(number_text(vm.to_number(v).trunc())),
                // (`%o` also shows hidden properties: an array's length.)
                ('o', Some(v)) => Some(vm.inspect_value(v, 4)),
                ('O', Some(v)) => Some(vm.inspect_value(v, 2)),
                // (A value with `toJSON` or getters, which only the
                // script's code can write, shows as `%O` would.)
                ('j', Some(v)) => Some(vm.json_text(v).unwrap_or_else(|| vm.inspect(v))),
                ('c', Some(_)) => Some(String::new()),
                _ => None,
            };
            match filled {
                Some(text) => {
                    chars.next();
                    if spec != '%' {
                        next += 1;
                    }
                    used = true;
                    out.push_str(&text);
                }
                None => out.push(c),
            }
        }
        if used {
            next += 1;
        } else {
            out.clear();
        }
    }
    for (i, v) in args.iter().enumerate().skip(next) {
        if i > next || next > 0 {
            out.push(' ');
        }
        out.push_str(&vm.inspect(*v));
    }
    out
}
