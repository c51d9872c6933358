//! `x % y` on floats, exactly (C's `fmod`, which JavaScript's `%` is).
//!
//! Rust's `%` on `f64` links `compiler_builtins`' generic `fmod`, whose
//! reduction multiplies in 128 bits and pulls in 128-bit division: about
//! 1.4 kB of firmware. This is the classic shift-and-subtract on the
//! significands (as musl does it), a few hundred bytes, and gives the same
//! result: the remainder is always exactly representable.

const EXP_MASK: u64 = 0x7ff;
const HIDDEN: u64 = 1 << 52;

/// The significand with its hidden bit, and the exponent it goes with
/// (subnormals normalised, so the top bit sits at bit 52).
fn unpack(bits: u64) -> (u64, i32) {
    let exp = ((bits >> 52) & EXP_MASK) as i32;
    let frac = bits & (HIDDEN - 1);
    if exp != 0 {
        return (frac | HIDDEN, exp);
    }
    // Subnormal: shift the leading one up to the hidden bit's place.
    let shift = frac.leading_zeros() as i32 - 11;
    (frac << shift, 1 - shift)
}

/// `x % y`: NaN when `x` is infinite or `y` is zero (or either is NaN),
/// `x` when `y` is infinite, else `x - n * y` for the integer `n` that
/// truncates `x / y`, with the sign of `x`.
pub fn fmod(x: f64, y: f64) -> f64 {
    let (xb, yb) = (x.to_bits(), y.to_bits());
    let sign = xb & (1 << 63);
    let (xa, ya) = (xb & !(1 << 63), yb & !(1 << 63));
    if ya == 0 || x.is_nan() || y.is_nan() || (xa >> 52) == EXP_MASK {
        return f64::NAN;
    }
    if xa <= ya {
        // |x| < |y| (an infinite y among them) leaves x; |x| = |y| gives ±0.
        return if xa == ya { f64::from_bits(sign) } else { x };
    }
    let (mut mx, mut ex) = unpack(xa);
    let (my, ey) = unpack(ya);
    // Long division, one bit of the quotient per step; only the remainder
    // is kept.
    while ex > ey {
        if mx >= my {
            mx -= my;
            if mx == 0 {
                return f64::from_bits(sign);
            }
        }
        mx <<= 1;
        ex -= 1;
    }
    if mx >= my {
        mx -= my;
        if mx == 0 {
            return f64::from_bits(sign);
        }
    }
    // Normalise and repack (the remainder is smaller than |y|, so exact).
    let shift = mx.leading_zeros() as i32 - 11;
    mx <<= shift;
    ex -= shift;
    let bits = if ex > 0 {
        (mx & (HIDDEN - 1)) | ((ex as u64) << 52)
    } else {
        // Subnormal. (The shift is at most 52, for a representable
        // remainder; checked all the same.)
        mx.checked_shr((1 - ex) as u32).unwrap_or(0)
    };
    f64::from_bits(bits | sign)
}

#[cfg(test)]
mod tests {
    use super::fmod;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn agrees_with_rust_remainder_on_edges() {
        let specials = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            3.0,
            -7.25,
            1e-310,
            -4.9e-324,
            2.2250738585072014e-308,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            1e300,
            1e-300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            4294967296.0,
            0.1,
            360.0,
            core::f64::consts::TAU,
        ];
        for &x in &specials {
            for &y in &specials {
                assert!(same(fmod(x, y), x % y), "{x:e} % {y:e}");
            }
        }
    }

    #[test]
    fn agrees_with_rust_remainder_on_random_bits() {
        let mut rng = crate::xorshift(0x5eed_f00d);
        for _ in 0..200_000 {
            let x = f64::from_bits(rng());
            let y = f64::from_bits(rng());
            assert!(same(fmod(x, y), x % y), "{x:e} % {y:e}");
            // Nearby magnitudes, where most remainders are taken.
            let y = x / (1.0 + (rng() % 1000) as f64);
            assert!(same(fmod(x, y), x % y), "{x:e} % {y:e}");
        }
    }
}
