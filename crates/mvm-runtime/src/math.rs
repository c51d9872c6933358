//! `Math`'s functions that need more than arithmetic, from `libm` (a port
//! of musl's, as `pow` already is) or, where V8's results differ from
//! musl's, from fdlibm as V8 has it (`fdlibm.rs`): the prelude's
//! `Math.sin(x)` is `$mvmMath(0, +x)`. One builtin and a table of functions keep the
//! engine's part small, but the linker keeps every function the table
//! names (the transcendental ones are some 12 KB and 4 KB of tables)
//! whether a script calls them or not: hence the `math` feature, which
//! firmware that does not call them leaves off. `sqrt` and `fround` are
//! always there (`Math.sqrt` was before the feature). The same code runs
//! when the compiler runs a script's top level and on the device, so a
//! snapshot holds what the device would compute.

/// Index of `sqrt`, which the prelude's `hypot` uses too.
const SQRT: i32 = 19;
/// Index of `fround`.
const FROUND: i32 = 20;
/// Index of `atan2(x, y)`, the one with two arguments.
#[cfg(feature = "math")]
const ATAN2: i32 = 21;

/// One argument, by the index the prelude passes (`math.js` lists the
/// same order): 0 to 18.
#[cfg(feature = "math")]
const TRANSCENDENTAL: [fn(f64) -> f64; 19] = [
    crate::fdlibm::sin,
    crate::fdlibm::cos,
    libm::tan,
    libm::asin,
    libm::acos,
    libm::atan,
    crate::fdlibm::exp,
    libm::expm1,
    crate::fdlibm::log,
    crate::fdlibm::log1p,
    libm::log2,
    crate::fdlibm::log10,
    crate::fdlibm::sinh,
    crate::fdlibm::cosh,
    crate::fdlibm::tanh,
    crate::fdlibm::asinh,
    crate::fdlibm::acosh,
    crate::fdlibm::atanh,
    crate::fdlibm::cbrt,
];

/// Function `which` of `x` (and of `y` for `atan2`), or `None` for an
/// index this build has no function for.
pub(crate) fn math_function(which: i32, x: f64, y: f64) -> Option<f64> {
    match which {
        SQRT => Some(libm::sqrt(x)),
        FROUND => Some(x as f32 as f64),
        #[cfg(feature = "math")]
        ATAN2 => Some(libm::atan2(x, y)),
        #[cfg(feature = "math")]
        _ => usize::try_from(which)
            .ok()
            .and_then(|i| TRANSCENDENTAL.get(i))
            .map(|f| f(x)),
        #[cfg(not(feature = "math"))]
        _ => {
            let _ = y;
            None
        }
    }
}
