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
                // (A symbol, a string under a hidden prefix, shows as
                // `Symbol(idle)`.)
                ('s', Some(v)) => Some(match vm.string_bytes(v) {
                    Some(text) if !text.starts_with("\u{FFFF}@@".as_bytes()) => {
                        vm.to_display_string(v)
                    }
                    _ => vm.inspect_to_depth(v, 0),
                }),
                ('d', Some(v)) => Some(number_text(vm.to_number(v))),
                // (`%f` and `%i` are parseFloat and parseInt of the value's
                // text, as Node has them: `'3.14abc'` is 3.14, `null` and
                // `Infinity` NaN, `1e21` 1.)
                ('f', Some(v)) => Some(number_text(parse_float_prefix(&vm.to_display_string(v)))),
                ('i', Some(v)) => Some(number_text(parse_int_prefix(&vm.to_display_string(v)))),
                // (`%o` also shows hidden properties: an array's length.)
                ('o', Some(v)) => Some(vm.inspect_value_hidden(v, 4, true)),
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

/// `parseFloat(text)`: the longest prefix (after white space) that reads
/// as a decimal number, or NaN.
fn parse_float_prefix(text: &str) -> f64 {
    let text = text.trim_start();
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    if rest.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let bytes = rest.as_bytes();
    let digits = |from: usize| {
        bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut end = digits(0);
    let mut any = end > 0;
    if bytes.get(end) == Some(&b'.') {
        let after = digits(end + 1);
        any |= after > 0;
        end += 1 + after;
    }
    if !any {
        return f64::NAN;
    }
    if matches!(bytes.get(end), Some(b'e' | b'E')) {
        let signed = usize::from(matches!(bytes.get(end + 1), Some(b'+' | b'-')));
        let exponent = digits(end + 1 + signed);
        if exponent > 0 {
            end += 1 + signed + exponent;
        }
    }
    rest[..end].parse::<f64>().map_or(f64::NAN, |n| sign * n)
}

/// `parseInt(text)` (radix 10, or 16 after `0x`): the digits that start
/// it (after white space and a sign), or NaN.
fn parse_int_prefix(text: &str) -> f64 {
    let text = text.trim_start();
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    let (radix, rest) = match rest.get(..2) {
        Some("0x" | "0X") => (16, &rest[2..]),
        _ => (10, rest),
    };
    let digits: Vec<u32> = rest.chars().map_while(|c| c.to_digit(radix)).collect();
    if digits.is_empty() {
        return f64::NAN;
    }
    sign * digits
        .iter()
        .fold(0.0, |n, &d| n * f64::from(radix) + f64::from(d))
}
