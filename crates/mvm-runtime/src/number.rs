//! Numbers: JavaScript's one number type, kept as small as the value allows
//! (inline 14-bit integer, heap int32, heap float64), and its formatting.

use crate::decimal::{between, exact_digits, midpoint, parse_decimal, round_digits};
use alloc::vec::Vec;

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

/// The fewest digits that read back as `x` (finite, positive) and their
/// point: `x` is `0.DIGITS × 10^point`; of those, the nearest to `x`, as
/// V8 writes them. Each candidate is rounded exactly from all of `x`'s
/// digits and reads back when it lies between the midpoints to `x`'s
/// neighbours (exact comparisons; our own, not core's formatters, which
/// cost ten times the code and whose shortest mode rounds ties up).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let (all, point) = exact_digits(x);
    let bits = x.to_bits();
    let neighbours = |step: u64| f64::from_bits(bits.wrapping_add(step));
    let midpoints = (
        midpoint(neighbours(u64::MAX), x),
        midpoint(x, neighbours(1)),
    );
    // (Below a power of two the neighbour is half as far as above: the
    // nearest digits may not read back where those on the other side do,
    // 2^-24 being 5.960464477539063e-8, as V8 writes it.)
    let power_of_two = bits & 0x000F_FFFF_FFFF_FFFF == 0;
    // (17 digits always read back.)
    for precision in 1..=17 {
        // Fewer than 15 digits are off by a tenth of their last place or
        // more, far more than a normal float's half unit (under 1.2e-16
        // of it), unless the first digit dropped is 0 or 9.
        if precision < 15 && bits >> 52 != 0 && !matches!(all.get(precision), None | Some(0 | 9)) {
            continue;
        }
        for up in [None, Some(false), Some(true)] {
            if up.is_some() && !power_of_two {
                break;
            }
            let (digits, exp) = round_digits(&all, point, precision, up);
            if precision == 17 || between(&digits, exp, midpoints, bits.is_multiple_of(2)) {
                return (digits, exp);
            }
        }
    }
    (all, point)
}

/// All of `x`'s decimal digits, exactly, for `toFixed`, `toPrecision` and
/// `toExponential` to round (the prelude does): `DIGITSeP` (ASCII; the
/// value `0.DIGITS × 10^P`, no trailing zeros), `e0` for a zero, an
/// infinity, NaN or a negative `x` (the prelude passes none).
pub(crate) fn exact_digits_text(x: f64) -> Vec<u8> {
    let (digits, point) = if x.is_finite() && x > 0.0 {
        exact_digits(x)
    } else {
        (Vec::new(), 0)
    };
    let mut text: Vec<u8> = digits.iter().map(|&d| b'0' + d).collect();
    text.push(b'e');
    push_int(&mut text, i64::from(point));
    text
}

/// Appends `x` as JavaScript's `Number.prototype.toString()` writes it
/// (ASCII): the shortest digits that round-trip, in plain notation for
/// exponents from -7 to 20 and exponent notation outside.
pub fn format_number(x: f64, out: &mut Vec<u8>) {
    if x.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if x == 0.0 {
        out.push(b'0');
        return;
    }
    if x.is_infinite() {
        out.extend_from_slice(if x < 0.0 { b"-Infinity" } else { b"Infinity" });
        return;
    }
    // (An integer's digits are its own: no search for the shortest.)
    if x.abs() < 9_007_199_254_740_992.0 && x == (x as i64) as f64 {
        return push_int(out, x as i64);
    }
    if x < 0.0 {
        out.push(b'-');
    }
    let size = x.abs();
    let quick = if crate::FAST_PATHS {
        short_decimal(size)
    } else {
        None
    };
    let (digits, exp) = quick.unwrap_or_else(|| shortest_digits(size));
    let digits: Vec<u8> = digits.iter().map(|&d| b'0' + d).collect();
    // The value is 0.DIGITS × 10^n.
    let n = exp;
    let k = digits.len() as i32;
    if k <= n && n <= 21 {
        out.extend_from_slice(&digits);
        (0..n - k).for_each(|_| out.push(b'0'));
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits
            .split_at_checked(n as usize)
            .unwrap_or((&digits, &[]));
        out.extend_from_slice(int);
        out.push(b'.');
        out.extend_from_slice(frac);
    } else if -6 < n && n <= 0 {
        out.extend_from_slice(b"0.");
        (0..-n).for_each(|_| out.push(b'0'));
        out.extend_from_slice(&digits);
    } else {
        let (first, rest) = digits.split_at_checked(1).unwrap_or((&digits, &[]));
        out.extend_from_slice(first);
        if !rest.is_empty() {
            out.push(b'.');
            out.extend_from_slice(rest);
        }
        let e = n - 1;
        out.extend_from_slice(if e < 0 { b"e-" } else { b"e+" });
        push_int(out, i64::from(e.abs()));
    }
}

/// [`shortest_digits`] of `x` (finite, positive, not an integer) when one
/// to four fractional digits read back as it (a reading in hundredths,
/// `i / 4`): scaled and checked, not found by the exact digits' search,
/// at a fifth of the time. (Below 2^31 a step of 10^-4 is wider than a
/// float's, so for each count of digits only the nearest can read back,
/// and the fewest that does is the shortest: no trailing zero.)
fn short_decimal(x: f64) -> Option<(Vec<u8>, i32)> {
    if !(1e-4..2_147_483_648.0).contains(&x) {
        return None;
    }
    let mut scale = 1.0;
    for places in 1..=4 {
        scale *= 10.0;
        // (Rounded half away from zero; a wrong neighbour fails the check.)
        let n = (x * scale + 0.5) as i64;
        if n as f64 / scale != x {
            continue;
        }
        let mut buf = [0u8; 20];
        let len = int_text(n, &mut buf);
        let digits: Vec<u8> = buf.iter().take(len).map(|d| d - b'0').collect();
        // `n` × 10^-places is 0.DIGITS × 10^(len - places).
        return Some((digits, len as i32 - places));
    }
    None
}

/// Writes `n` in decimal at the start of `buf`; returns the length (at
/// most 20, for `i64::MIN`).
pub(crate) fn int_text(n: i64, buf: &mut [u8; 20]) -> usize {
    let mut digits = [0u8; 20];
    let mut count = 0;
    let mut m = n.unsigned_abs();
    loop {
        if let Some(d) = digits.get_mut(count) {
            *d = b'0' + (m % 10) as u8;
        }
        count += 1;
        m /= 10;
        if m == 0 || count == digits.len() {
            break;
        }
    }
    let mut len = 0;
    if n < 0 {
        if let Some(first) = buf.first_mut() {
            *first = b'-';
        }
        len = 1;
    }
    for i in (0..count).rev() {
        if let (Some(slot), Some(d)) = (buf.get_mut(len), digits.get(i)) {
            *slot = *d;
        }
        len += 1;
    }
    len
}

/// Writes `n` in decimal.
pub(crate) fn push_int(out: &mut Vec<u8>, n: i64) {
    let mut buf = [0u8; 20];
    let len = int_text(n, &mut buf);
    out.extend_from_slice(buf.get(..len).unwrap_or_default());
}

/// JavaScript's `ToNumber` for a string, given as WTF-8 bytes (text with
/// a lone surrogate is no number: NaN). Bytes rather than `&str`, so the
/// engine links no UTF-8 validation or `char` decoding for it.
pub fn parse_number(text: &[u8]) -> f64 {
    let t = trim_white(text);
    if t.is_empty() {
        return 0.0;
    }
    if let [b'0', prefix, digits @ ..] = t {
        let radix = match prefix.to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if radix != 0 {
            if digits.is_empty() {
                return f64::NAN;
            }
            return parse_bits(digits, radix);
        }
    }
    match t {
        b"Infinity" | b"+Infinity" => return f64::INFINITY,
        b"-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    parse_decimal(t).unwrap_or(f64::NAN)
}

/// The value of `digits` in `radix` (2, 8 or 16), rounded once as
/// JavaScript rounds it (past 2^53, rounding at each digit could be a
/// unit off: a 64-bit ID in hex); NaN where one is no digit.
fn parse_bits(digits: &[u8], radix: u32) -> f64 {
    // The first 64 significant bits, whether any bit after them is set
    // (`sticky`, which decides a tie) and how many there are.
    let mut mantissa = 0u64;
    let mut sticky = 0u64;
    let mut dropped = 0i32;
    for &c in digits {
        let Some(value) = char::from(c).to_digit(radix) else {
            return f64::NAN;
        };
        for bit in (0..radix.trailing_zeros()).rev() {
            let bit = u64::from((value >> bit) & 1);
            if mantissa >> 63 == 0 {
                mantissa = mantissa << 1 | bit;
            } else {
                sticky |= bit;
                dropped = dropped.saturating_add(1);
            }
        }
    }
    // (A full mantissa's bit 0 lies ten below the rounding bit: the cast
    // rounds to nearest, ties to even, as if every bit were there.)
    let mut x = (mantissa | sticky) as f64;
    while dropped > 0 && x.is_finite() {
        let step = dropped.min(1000);
        x *= f64::from_bits(((1023 + step) as u64) << 52);
        dropped -= step;
    }
    x
}

/// `t` without the JavaScript white space and line terminators at either
/// end: ASCII tab to carriage return and space, U+00A0, U+1680, U+2000 to
/// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF. (Not U+0085,
/// which Unicode counts as white space and JavaScript does not.)
fn trim_white(mut t: &[u8]) -> &[u8] {
    let white = |cp: u32| {
        matches!(
            cp,
            0x09..=0x0D
                | 0x20
                | 0xA0
                | 0x1680
                | 0x2000..=0x200A
                | 0x2028
                | 0x2029
                | 0x202F
                | 0x205F
                | 0x3000
                | 0xFEFF
        )
    };
    while let Some((_, len)) = crate::wtf8::decode(t).filter(|&(cp, _)| white(cp)) {
        t = t.get(len..).unwrap_or_default();
    }
    loop {
        // The last code point starts at the last byte that does not
        // continue one.
        let start = t.iter().rposition(|b| b & 0xC0 != 0x80).unwrap_or(0);
        match t.get(start..).and_then(crate::wtf8::decode) {
            Some((cp, _)) if white(cp) => t = t.get(..start).unwrap_or_default(),
            _ => return t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn fmt(x: f64) -> String {
        let mut s = Vec::new();
        format_number(x, &mut s);
        String::from_utf8(s).unwrap()
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

    /// The definition, through core's exact formatter: the fewest digits,
    /// each candidate correctly rounded, that read back as `x`.
    fn shortest_by_core(x: f64) -> (String, i32) {
        use core::fmt::Write;
        let mut sci = String::new();
        for precision in 0..17 {
            sci.clear();
            let _ = write!(sci, "{:.*e}", precision, x);
            if sci.parse::<f64>() == Ok(x) {
                break;
            }
        }
        let (mantissa, exp) = sci.split_once('e').unwrap();
        let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
        let digits = digits.trim_end_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        (digits.into(), exp.parse::<i32>().unwrap() + 1)
    }

    #[test]
    fn shortest_digits_match_core_exact_rounding() {
        // A fixed xorshift stream: bit patterns over the whole range, and
        // integers and short decimals scaled by powers of two, where ties
        // and round-offs live.
        let mut next = crate::xorshift(0x9E37_79B9_7F4A_7C15);
        let mut checked = 0;
        for i in 0..60_000 {
            let bits = next();
            let x = match i % 4 {
                0 => f64::from_bits(bits),
                1 => (bits % 1_000_000_007) as f64 / 1000.0,
                2 => (bits >> 11) as f64 * 2f64.powi((bits % 140) as i32 - 70),
                _ => f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF), // subnormals
            };
            if !x.is_finite() || x <= 0.0 {
                continue;
            }
            let (digits, exp) = shortest_digits(x);
            let digits: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
            assert_eq!((digits, exp), shortest_by_core(x), "{x:e}");
            checked += 1;
        }
        assert!(checked > 50_000);
    }

    #[test]
    fn powers_of_two_print_as_v8_prints_them() {
        // Their rounding interval is narrower below: the nearest 16 digits
        // do not read back, those just above do (V8's output).
        let text = |x: f64| {
            let mut out = Vec::new();
            format_number(x, &mut out);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(text(2f64.powi(-24)), "5.960464477539063e-8");
        assert_eq!(text(2f64.powi(-44)), "5.684341886080802e-14");
        assert_eq!(text(2f64.powi(594)), "6.483618076376552e+178");
        assert_eq!(text(2f64.powi(-10)), "0.0009765625");
    }

    #[test]
    fn short_decimals_are_the_shortest_digits() {
        // Every fraction with a small denominator, as the exact search
        // finds its digits (which V8's are checked against elsewhere).
        for denominator in [
            2, 3, 4, 5, 7, 8, 10, 16, 20, 25, 100, 1000, 1024, 10000, 3600,
        ] {
            for i in (1..3000).chain([2_147_483_000, 1_999_999_999]) {
                for x in [
                    i as f64 / denominator as f64,
                    i as f64 * 0.1 / denominator as f64,
                ] {
                    if x == (x as i64) as f64 {
                        continue;
                    }
                    if let Some(quick) = super::short_decimal(x) {
                        assert_eq!(quick, super::shortest_digits(x), "{x}");
                    }
                }
            }
        }
        for (x, text) in [
            (-0.05, "-0.05"),
            (1.25, "1.25"),
            (4807.038, "4807.038"),
            (0.0001, "0.0001"),
        ] {
            assert!(super::short_decimal(f64::abs(x)).is_some());
            let mut out = Vec::new();
            super::format_number(x, &mut out);
            assert_eq!(out, text.as_bytes());
        }
        // (Past four places, or below 1e-4, the search finds them.)
        assert!(super::short_decimal(0.1 + 0.2).is_none());
        assert!(super::short_decimal(0.00005).is_none());
    }

    #[test]
    fn exact_digits_of_extremes() {
        assert_eq!(exact_digits(1.0), (alloc::vec![1], 1));
        assert_eq!(exact_digits(0.5), (alloc::vec![5], 0));
        let (digits, point) = exact_digits(5e-324);
        assert_eq!((digits.len(), point), (751, -323));
        let (digits, point) = exact_digits(f64::MAX);
        assert_eq!((digits.len(), point), (309, 309));
        let mut s = Vec::new();
        push_int(&mut s, i64::MIN);
        assert_eq!(s, b"-9223372036854775808");
    }

    #[test]
    fn parses_like_javascript() {
        let parse = |s: &str| parse_number(s.as_bytes());
        assert_eq!(parse(" 12 "), 12.0);
        assert_eq!(parse(""), 0.0);
        assert_eq!(parse("0x1F"), 31.0);
        // Rounded once: 0x2000000000000181 lies above the tie.
        assert_eq!(parse("0x2000000000000181"), 2305843009213694500.0);
        assert_eq!(parse("0x20000000000001"), 9007199254740992.0);
        assert_eq!(parse("0x20000000000003"), 9007199254740996.0);
        assert_eq!(
            parse(&alloc::format!("0x1{}", "0".repeat(256))),
            f64::INFINITY
        );
        assert_eq!(
            parse("0b11111111111111111111111111111111111111111111111111111111111111111"),
            36893488147419103232.0
        );
        assert_eq!(parse("0B101"), 5.0);
        assert!(parse("0x").is_nan());
        assert!(parse("0o8").is_nan());
        assert_eq!(parse("1e3"), 1000.0);
        assert!(parse("inf").is_nan());
        assert!(parse("12px").is_nan());
        assert_eq!(parse("-Infinity"), f64::NEG_INFINITY);
        // JavaScript's white space, at both ends; U+0085 is not one.
        assert_eq!(parse("\u{FEFF}\u{3000}\t7\u{2029}\u{A0}\u{1680}"), 7.0);
        assert_eq!(parse("\u{2000}\u{200A}\u{202F}\u{205F}\u{2028}"), 0.0);
        assert!(parse("\u{85}7").is_nan());
        assert!(parse("7\u{200B}").is_nan());
    }
}
