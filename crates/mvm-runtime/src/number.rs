//! Numbers: JavaScript's one number type, kept as small as the value allows
//! (inline 14-bit integer, heap int32, heap float64), and its formatting.

use alloc::string::String;
use core::fmt::Write;

/// A number while it is being computed on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i32),
    Float(f64),
}

impl Num {
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => f64::from(i),
            Num::Float(f) => f,
        }
    }

    /// The canonical form: a float that is an integer in int32 range (and
    /// not -0) becomes an `Int`, so equal numbers have equal encodings.
    pub fn normalize(self) -> Num {
        match self {
            Num::Float(f) => {
                let i = f as i32;
                if f64::from(i) == f && !(i == 0 && f.is_sign_negative()) {
                    Num::Int(i)
                } else {
                    Num::Float(f)
                }
            }
            int => int,
        }
    }
}

/// `x` as JavaScript's `Number.prototype.toString()` writes it: the
/// shortest digits that round-trip, in plain notation for exponents from
/// -7 to 20 and exponent notation outside.
pub fn format_number(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x == 0.0 {
        out.push('0');
        return;
    }
    if x.is_infinite() {
        out.push_str(if x < 0.0 { "-Infinity" } else { "Infinity" });
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    // The fewest digits that read back as `x`, each candidate rounded
    // exactly (ties to even, as JavaScript wants). Only Rust's exact
    // formatter is linked this way, not its shortest one too: printing
    // numbers is rare on a device, code size is not.
    let mut sci = String::new();
    for precision in 0..17 {
        sci.clear();
        let _ = write!(sci, "{:.*e}", precision, x.abs());
        if sci.parse::<f64>() == Ok(x.abs()) {
            break;
        }
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    // The value is 0.DIGITS × 10^n.
    let n = exp + 1;
    if k <= n && n <= 21 {
        out.push_str(&digits);
        (0..n - k).for_each(|_| out.push('0'));
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(n as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        (0..-n).for_each(|_| out.push('0'));
        out.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = n - 1;
        let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.abs());
    }
}

/// JavaScript's `ToNumber` for a string.
pub fn parse_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if t.is_empty() {
        return 0.0;
    }
    let radix = |prefix: &str, radix: u32| {
        t.strip_prefix(prefix)
            .or_else(|| t.strip_prefix(&prefix.to_ascii_uppercase()))
            .map(|d| {
                if d.is_empty() {
                    return f64::NAN;
                }
                d.chars()
                    .try_fold(0f64, |acc, c| {
                        c.to_digit(radix)
                            .map(|v| acc * f64::from(radix) + f64::from(v))
                    })
                    .unwrap_or(f64::NAN)
            })
    };
    if let Some(v) = radix("0x", 16)
        .or_else(|| radix("0o", 8))
        .or_else(|| radix("0b", 2))
    {
        return v;
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    // Rust accepts "inf", "nan" and "infinity"; JavaScript does not.
    if t.bytes()
        .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E')
    {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64) -> String {
        let mut s = String::new();
        format_number(x, &mut s);
        s
    }

    #[test]
    fn formats_like_javascript() {
        let cases: &[(f64, &str)] = &[
            (0.5, "0.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012.0, "123456789012"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (-0.0, "0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (2147483648.0, "2147483648"),
            (9.999999999999999e24, "9.999999999999999e+24"),
            (1_000_000_000_000_000.2, "1000000000000000.2"),
            (1.0 + 1.0 / 131072.0, "1.0000076293945312"),
            (123e-20, "1.23e-18"),
        ];
        for (x, want) in cases {
            assert_eq!(fmt(*x), *want, "{x}");
        }
    }

    #[test]
    fn parses_like_javascript() {
        assert_eq!(parse_number(" 12 "), 12.0);
        assert_eq!(parse_number(""), 0.0);
        assert_eq!(parse_number("0x1F"), 31.0);
        assert_eq!(parse_number("1e3"), 1000.0);
        assert!(parse_number("inf").is_nan());
        assert!(parse_number("12px").is_nan());
        assert_eq!(parse_number("-Infinity"), f64::NEG_INFINITY);
    }
}
