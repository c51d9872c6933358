//! `Math`'s transcendental functions, from `libm` (a port of musl's, as
//! `pow` already is): the prelude's `Math.sin(x)` is `$mvmMath(0, +x)`.
//! One builtin and a table of functions keep the engine's part small, but
//! the linker keeps all of them (some 12 KB and 4 KB of tables) whether a
//! script calls them or not, as the dispatch can reach each: hence the
//! `math` feature, which firmware that does not call them leaves off. The
//! same code runs when the compiler runs a script's top level and on the
//! device, so a snapshot holds what the device would compute.

/// One argument, by the index the prelude passes (`math.js` lists the
/// same order).
const UNARY: [fn(f64) -> f64; 21] = [
    libm::sin,
    libm::cos,
    libm::tan,
    libm::asin,
    libm::acos,
    libm::atan,
    libm::exp,
    libm::expm1,
    libm::log,
    libm::log1p,
    libm::log2,
    libm::log10,
    libm::sinh,
    libm::cosh,
    libm::tanh,
    libm::asinh,
    libm::acosh,
    libm::atanh,
    libm::cbrt,
    libm::sqrt,
    |x| x as f32 as f64,
];

/// Function `which` of `x` (and of `y` for 21, `atan2(x, y)`); NaN for an
/// index nothing has.
pub(crate) fn math_function(which: i32, x: f64, y: f64) -> f64 {
    match which {
        21 => libm::atan2(x, y),
        _ => usize::try_from(which)
            .ok()
            .and_then(|i| UNARY.get(i))
            .map_or(f64::NAN, |f| f(x)),
    }
}
