//! Exact conversions between floats and decimal digits, for printing and
//! parsing numbers as JavaScript does (correctly rounded, ties to even).
//!
//! Both sides work on exact integers: a float is `m × 2^e`, a decimal is
//! `D × 10^E = D × 5^E × 2^E`, so every question becomes a comparison or
//! a division of big integers by words. The bignum here only multiplies
//! by a word, shifts, divides by a word and compares: a few hundred bytes
//! of code where `core`'s float formatting and parsing take tens of
//! kilobytes. Speed matters less: devices rarely print or parse floats.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// Significant digits kept when parsing; the rest only count as "more".
/// 800 suffices: a midpoint between two floats has at most 767.
const MAX_DIGITS: usize = 800;

/// An unsigned big integer: little-endian 32-bit limbs, no zero limb on top.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        let mut big = Big(alloc::vec![n as u32, (n >> 32) as u32]);
        big.trim();
        big
    }

    /// The integer whose digits are those of `m × 2^e`: `m × 2^e` itself
    /// for `e ≥ 0`, else `m × 5^-e` (which is `m × 2^e × 10^-e`).
    fn scaled(m: u64, e: i64) -> Big {
        let mut n = Big::from_u64(m);
        if e >= 0 {
            n.shl(e as u64);
        } else {
            n.mul_pow5(e.unsigned_abs());
        }
        n
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// `self × factor + add`.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in self.0.iter_mut() {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self × 5^k`.
    fn mul_pow5(&mut self, k: u64) {
        // 5^13 is the largest power of five in a word.
        for _ in 0..k / 13 {
            self.mul_add(1_220_703_125, 0);
        }
        self.mul_add(5u32.pow((k % 13) as u32), 0);
    }

    /// `self × 2^k`.
    fn shl(&mut self, k: u64) {
        if self.0.is_empty() {
            return;
        }
        let bits = (k % 32) as u32;
        if bits != 0 {
            self.mul_add(1 << bits, 0);
        }
        // Whole words of zeros below (a splice is shorter to write, and
        // cost 482 more bytes of engine code).
        let mut shifted = alloc::vec![0; (k / 32) as usize];
        shifted.extend_from_slice(&self.0);
        self.0 = shifted;
    }

    /// Divides by `d` in place; returns the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / u64::from(d)) as u32;
            rem = v % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    fn compare(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// `x` (finite, not negative) as `m × 2^e`, `m` an integer. Infinity is
/// given as 2^1024, the float that would follow the largest.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    match biased {
        0 => (fraction, -1074),
        0x7FF => (1 << 52, 972),
        _ => (fraction | (1 << 52), biased - 1075),
    }
}

/// All the decimal digits of `x` (finite, positive), exactly: `x` is
/// `0.D1D2D3... × 10^point`, with no trailing zeros among the digits.
/// For `e < 0`, `m × 2^e` is `m × 5^-e / 10^-e`: the digits are those of
/// one integer (at most 2,550 bits, for 2^-1074).
pub(crate) fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let (m, e) = decompose(x);
    let mut n = Big::scaled(m, e);
    // Base 10^9 chunks, least significant first.
    let mut chunks = Vec::new();
    while !n.0.is_empty() {
        chunks.push(n.div_small(1_000_000_000));
    }
    let mut digits = Vec::new();
    for (i, chunk) in chunks.iter().rev().enumerate() {
        let text = [
            100_000_000,
            10_000_000,
            1_000_000,
            100_000,
            10_000,
            1000,
            100,
            10,
            1,
        ]
        .map(|p| (chunk / p % 10) as u8);
        // The most significant chunk has no leading zeros.
        let skip = if i == 0 {
            text.iter().take_while(|&&d| d == 0).count()
        } else {
            0
        };
        digits.extend_from_slice(text.get(skip..).unwrap_or(&[]));
    }
    let point = digits.len() as i32 + e.min(0) as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// `0.DIGITS × 10^point` rounded to `precision` digits, ties to even:
/// the new digits (no trailing zeros) and point.
pub(crate) fn round_digits(
    digits: &[u8],
    point: i32,
    precision: usize,
    up: Option<bool>,
) -> (Vec<u8>, i32) {
    let Some((&next, rest)) = digits.get(precision..).and_then(|r| r.split_first()) else {
        return (digits.to_vec(), point);
    };
    let mut kept = digits.get(..precision).unwrap_or(digits).to_vec();
    let last_odd = kept.last().is_some_and(|d| d % 2 == 1);
    // (`up`: rounded that way, not to the nearest.)
    let up = up.unwrap_or(next > 5 || (next == 5 && (rest.iter().any(|&d| d != 0) || last_odd)));
    if !up {
        while kept.last() == Some(&0) {
            kept.pop();
        }
        return (kept, point);
    }
    // Add one at the last place, carrying; all nines become 1 × 10^(point+1).
    while let Some(d) = kept.pop() {
        if d < 9 {
            kept.push(d + 1);
            return (kept, point);
        }
    }
    (alloc::vec![1], point + 1)
}

/// A decimal literal, `[+-]digits[.digits][e[+-]digits]` (either digit
/// run may be empty, not both), as the nearest float, ties to even.
/// `None` when the text is not such a literal.
pub(crate) fn parse_decimal(text: &[u8]) -> Option<f64> {
    let (negative, body) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    // value = 0.DIGITS × 10^exp10
    let mut digits: Vec<u8> = Vec::new();
    let mut exp10: i64 = 0;
    let mut any_digit = false;
    let mut more = false;
    let mut bytes = body.iter().copied().peekable();
    let mut fraction = false;
    while let Some(&c) = bytes.peek() {
        match c {
            b'0'..=b'9' => {
                any_digit = true;
                let d = c - b'0';
                if digits.is_empty() && d == 0 {
                    // A leading zero only moves the point (after it).
                    exp10 -= i64::from(fraction);
                } else {
                    if digits.len() < MAX_DIGITS {
                        digits.push(d);
                    } else {
                        more |= d != 0;
                    }
                    exp10 += i64::from(!fraction);
                }
            }
            b'.' if !fraction => fraction = true,
            _ => break,
        }
        bytes.next();
    }
    if !any_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.peek() {
        bytes.next();
        let sign: i64 = match bytes.peek() {
            Some(b'-') => -1,
            _ => 1,
        };
        if let Some(b'+' | b'-') = bytes.peek() {
            bytes.next();
        }
        let mut exponent: i64 = 0;
        let mut any = false;
        while let Some(c @ b'0'..=b'9') = bytes.peek().copied() {
            exponent = (exponent * 10 + i64::from(c - b'0')).min(1_000_000);
            any = true;
            bytes.next();
        }
        if !any {
            return None;
        }
        exp10 += sign * exponent;
    }
    if bytes.next().is_some() {
        return None;
    }
    let magnitude = to_nearest(digits, exp10, more);
    Some(if negative { -magnitude } else { magnitude })
}

/// `0.DIGITS × 10^exp10` (digits without leading zeros; `more` if nonzero
/// digits were dropped after them) rounded to the nearest float.
fn to_nearest(mut digits: Vec<u8>, mut exp10: i64, more: bool) -> f64 {
    // From here on the value is the integer DIGITS × 10^exp10.
    exp10 -= digits.len() as i64;
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    if digits.is_empty() {
        return 0.0;
    }
    if more {
        // Something past the kept digits: a final 1 stands for it, which
        // no midpoint between floats can equal (they need fewer digits).
        digits.push(1);
        exp10 -= 1;
    }
    // The value lies below 10^order.
    let order = digits.len() as i64 + exp10;
    if order > 310 {
        return f64::INFINITY;
    }
    if order < -324 {
        return 0.0;
    }
    let mut d = Big(Vec::new());
    let mut lead: u64 = 0;
    for (i, &digit) in digits.iter().enumerate() {
        d.mul_add(10, u32::from(digit));
        if i < 19 {
            lead = lead * 10 + u64::from(digit);
        }
    }
    // A guess within a few units in the last place, then corrected by
    // exact comparisons with the midpoints to its neighbours.
    // (Scaled in two halves, so that no step overflows or underflows
    // before the value itself does.)
    let lead_exp = exp10 + digits.len().saturating_sub(19) as i64;
    let half = lead_exp / 2;
    let mut z =
        (lead as f64) * libm::pow(10.0, half as f64) * libm::pow(10.0, (lead_exp - half) as f64);
    if !z.is_finite() {
        z = f64::MAX;
    }
    for _ in 0..64 {
        let up = f64::from_bits(z.to_bits() + 1);
        match compare(&d, exp10, midpoint(z, up)) {
            Ordering::Greater if up.is_infinite() => return up,
            Ordering::Greater => {
                z = up;
                continue;
            }
            Ordering::Equal => return even(z, up),
            Ordering::Less => {}
        }
        if z > 0.0 {
            let down = f64::from_bits(z.to_bits() - 1);
            match compare(&d, exp10, midpoint(down, z)) {
                Ordering::Less => {
                    z = down;
                    continue;
                }
                Ordering::Equal => return even(down, z),
                Ordering::Greater => {}
            }
        }
        break;
    }
    z
}

/// Whether `0.DIGITS × 10^point` lies between the midpoints `below` and
/// `above` (as [`midpoint`] gives them), or on one when `ties` (the float
/// between them is even, so a tie reads back as it).
pub(crate) fn between(
    digits: &[u8],
    point: i32,
    (below, above): ((u64, i64), (u64, i64)),
    ties: bool,
) -> bool {
    let mut d = Big(Vec::new());
    for &digit in digits {
        d.mul_add(10, u32::from(digit));
    }
    let exp10 = i64::from(point) - digits.len() as i64;
    let low = compare(&d, exp10, below);
    let high = compare(&d, exp10, above);
    (low.is_gt() || ties && low.is_eq()) && (high.is_lt() || ties && high.is_eq())
}

/// Of two neighbouring floats, the one with an even last bit.
fn even(a: f64, b: f64) -> f64 {
    if a.to_bits().is_multiple_of(2) {
        a
    } else {
        b
    }
}

/// The exact midpoint of neighbours `a < b`, as `M × 2^F`.
pub(crate) fn midpoint(a: f64, b: f64) -> (u64, i64) {
    let (ma, ea) = decompose(a);
    let (mb, eb) = decompose(b);
    let e = ea.min(eb);
    // The exponents differ by at most one (across a binade).
    let m = (ma << (ea - e)) + (mb << (eb - e));
    (m, e - 1)
}

/// `D × 10^exp10` compared with `M × 2^F`.
fn compare(d: &Big, exp10: i64, (m, f): (u64, i64)) -> Ordering {
    let mut lhs = d.clone();
    let mut rhs = Big::from_u64(m);
    // D × 5^E × 2^E against M × 2^F, both sides made integers.
    let (mut lhs_twos, mut rhs_twos) = (0i64, f);
    if exp10 >= 0 {
        lhs.mul_pow5(exp10.unsigned_abs());
        lhs_twos += exp10;
    } else {
        rhs.mul_pow5(exp10.unsigned_abs());
        rhs_twos -= exp10;
    }
    let common = lhs_twos.min(rhs_twos);
    lhs.shl((lhs_twos - common).unsigned_abs());
    rhs.shl((rhs_twos - common).unsigned_abs());
    lhs.compare(&rhs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::String;

    fn parse(s: &str) -> Option<f64> {
        parse_decimal(s.as_bytes())
    }

    /// The decimal text of `M × 2^F`, exactly.
    fn exact_text((m, f): (u64, i64)) -> String {
        let mut n = Big::scaled(m, f);
        let mut digits = Vec::new();
        while !n.0.is_empty() {
            digits.push(char::from(b'0' + n.div_small(10) as u8));
        }
        let digits: String = digits.iter().rev().collect();
        format!("{digits}e{}", f.min(0))
    }

    #[test]
    fn edges() {
        let cases = [
            ("0", 0.0),
            ("-0", -0.0),
            ("0.0e10", 0.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("+1.5E+2", 150.0),
            ("00012.5000", 12.5),
            ("1e-400", 0.0),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("5e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("2.4703282292062328e-324", 5e-324),
            ("1.7976931348623157e308", f64::MAX),
            ("1.7976931348623158e308", f64::MAX),
            ("1.7976931348623159e308", f64::INFINITY),
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("0.1", 0.1),
            ("123456789012345678901234567890", 1.2345678901234568e29),
        ];
        for (text, want) in cases {
            let got = parse(text).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "{text}");
        }
        for bad in [
            "", ".", "e5", "1e", "1e+", "+", "-", "1.2.3", " 1", "1 ", "0x10", "inf",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn agrees_with_core_on_random_text() {
        let mut next = crate::xorshift(0xD1B5_4A32_D192_ED03);
        for i in 0..40_000 {
            let r = next();
            let text = match i % 3 {
                // A float printed to a random number of digits.
                0 => {
                    let x = f64::from_bits(next());
                    if !x.is_finite() {
                        continue;
                    }
                    format!("{:.*e}", (r % 25) as usize, x)
                }
                // Random digits with a point somewhere and an exponent.
                1 => {
                    let len = 1 + (r % 40) as usize;
                    let mut s: String = (0..len)
                        .map(|_| char::from(b'0' + (next() % 10) as u8))
                        .collect();
                    s.insert((next() % (len as u64 + 1)) as usize, '.');
                    if s == "." {
                        s = "0".into();
                    }
                    format!("{s}e{}", (next() % 800) as i64 - 400)
                }
                // Short integers and decimals.
                _ => format!("{}.{}", r % 100_000, next() % 1000),
            };
            let want: f64 = text.parse().unwrap();
            assert_eq!(
                parse(&text).map(f64::to_bits),
                Some(want.to_bits()),
                "{text}"
            );
        }
    }

    #[test]
    fn midpoints_round_to_even_and_nudges_do_not() {
        let mut next = crate::xorshift(0x8CB9_2BA7_2F3D_8DD7);
        for i in 0..3000 {
            let bits = next() >> (i % 12);
            let x = f64::from_bits(bits & 0x7FEF_FFFF_FFFF_FFFF);
            let up = f64::from_bits(x.to_bits() + 1);
            let mid = exact_text(midpoint(x, up));
            assert_eq!(parse(&mid), Some(even(x, up)), "{mid}");
            // Just above and just below the midpoint.
            let (digits, exp) = mid.split_once('e').unwrap();
            let above = format!(
                "{digits}000000000000000000001e{}",
                exp.parse::<i64>().unwrap() - 21
            );
            assert_eq!(parse(&above), Some(up), "{above}");
            let below = format!(
                "{}{}e{exp}",
                &digits[..digits.len() - 1],
                (digits.as_bytes()[digits.len() - 1] - 1) as char
            );
            if digits.ends_with(|c: char| c != '0') {
                assert_eq!(parse(&below), Some(x), "{below}");
            }
        }
    }

    #[test]
    fn long_inputs_keep_their_tail() {
        // Exactly halfway between 1 and the next float, then a tail far
        // past the digits kept: the tail decides.
        let half_ulp = exact_text(midpoint(1.0, f64::from_bits(1.0f64.to_bits() + 1)));
        let (digits, exp) = half_ulp.split_once('e').unwrap();
        let exp: i64 = exp.parse().unwrap();
        let zeros = "0".repeat(900);
        assert_eq!(parse(&format!("{digits}{zeros}e{}", exp - 900)), Some(1.0));
        let nudged = format!("{digits}{zeros}1e{}", exp - 901);
        assert_eq!(parse(&nudged), Some(f64::from_bits(1.0f64.to_bits() + 1)));
    }
}
