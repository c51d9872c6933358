// `Math`, in JavaScript where it is short; the transcendental functions
// are the engine's `$mvmMath(which, x, y)` (libm's, by the index its
// table in `math.rs` gives). A program gets only the members it names
// (see `math_members` in prelude.rs).
function floor(x) {
  x = +x;
  // (Within int32's range, the usual one, by `| 0`; not -0, which it
  // would make 0.)
  if (x < 2147483648 && x > -2147483648 && x !== 0) {
    const i = x | 0;
    return i > x ? i - 1 : i;
  }
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const whole = x - (x % 1);
  return whole > x ? whole - 1 : whole;
}
function ceil(x) {
  return -floor(-x);
}
// `Math.random`'s state (xorshift32), as the snapshot was built.
let $mvmRandomState = 2463534242;
function toNumbers(values) {
  const numbers = [];
  for (let i = 0; i < values.length; i++) numbers.push(+values[i]);
  return numbers;
}
globalThis.Math = {
  PI: 3.141592653589793,
  E: 2.718281828459045,
  LN2: 0.6931471805599453,
  LN10: 2.302585092994046,
  SQRT2: 1.4142135623730951,
  SQRT1_2: 0.7071067811865476,
  LOG2E: 1.4426950408889634,
  LOG10E: 0.4342944819032518,
  floor,
  ceil,
  trunc(x) {
    x = +x;
    return x < 0 ? ceil(x) : floor(x);
  },
  round(x) {
    x = +x;
    if (x !== x || x === Infinity || x === -Infinity) return x;
    let r = floor(x);
    if (x - r >= 0.5) r = r + 1;
    return r === 0 && (x < 0 || 1 / x < 0) ? -0 : r;
  },
  abs(x) {
    x = +x;
    return x < 0 || x === 0 ? 0 - x : x;
  },
  sign(x) {
    x = +x;
    if (x !== x || x === 0) return x;
    return x > 0 ? 1 : -1;
  },
  sin: (x) => $mvmMath(0, +x),
  cos: (x) => $mvmMath(1, +x),
  tan: (x) => $mvmMath(2, +x),
  asin: (x) => $mvmMath(3, +x),
  acos: (x) => $mvmMath(4, +x),
  atan: (x) => $mvmMath(5, +x),
  exp: (x) => $mvmMath(6, +x),
  expm1: (x) => $mvmMath(7, +x),
  log: (x) => $mvmMath(8, +x),
  log1p: (x) => $mvmMath(9, +x),
  log2: (x) => $mvmMath(10, +x),
  log10: (x) => $mvmMath(11, +x),
  sinh: (x) => $mvmMath(12, +x),
  cosh: (x) => $mvmMath(13, +x),
  tanh: (x) => $mvmMath(14, +x),
  asinh: (x) => $mvmMath(15, +x),
  acosh: (x) => $mvmMath(16, +x),
  atanh: (x) => $mvmMath(17, +x),
  cbrt: (x) => $mvmMath(18, +x),
  sqrt: (x) => $mvmMath(19, +x),
  fround: (x) => $mvmMath(20, +x),
  atan2: (y, x) => $mvmMath(21, +y, +x),
  // As V8 computes it (scaled by the largest, squares summed with Kahan's
  // compensation), so results match Node's to the last bit.
  hypot(...values) {
    const numbers = toNumbers(values);
    let max = 0;
    let nan = false;
    for (let i = 0; i < numbers.length; i++) {
      const a = numbers[i] < 0 ? -numbers[i] : numbers[i];
      if (a === Infinity) return Infinity;
      if (a !== a) nan = true;
      else if (a > max) max = a;
    }
    if (nan) return NaN;
    if (max === 0) return 0;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < numbers.length; i++) {
      const r = numbers[i] / max;
      const summand = r * r - compensation;
      const next = sum + summand;
      compensation = next - sum - summand;
      sum = next;
    }
    return $mvmMath(19, sum) * max;
  },
  imul(a, b) {
    const aLow = a & 0xffff;
    const bLow = b & 0xffff;
    const high = ((a >>> 16) * bLow + aLow * (b >>> 16)) << 16;
    return (aLow * bLow + high) | 0;
  },
  clz32(x) {
    x = x >>> 0;
    if (x === 0) return 32;
    let n = 0;
    while (x < 0x80000000) {
      x = x * 2;
      n++;
    }
    return n;
  },
  pow(x, y) {
    return (+x) ** +y;
  },
  // Not for secrets: xorshift32 from a fixed seed, so a device replays
  // the same numbers from each boot (take entropy from the host through
  // `vmImport` where that matters).
  random() {
    let x = $mvmRandomState;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    $mvmRandomState = x;
    return (x >>> 0) / 4294967296;
  },
  max(...values) {
    // (Two numbers that differ, the usual call, at once.)
    if (values.length === 2) {
      const a = values[0];
      const b = values[1];
      if (typeof a === 'number' && typeof b === 'number') {
        if (a > b) return a;
        if (b > a) return b;
      }
    }
    // (All converted first, as JavaScript does, in the array the call made.)
    const numbers = values;
    for (let i = 0; i < numbers.length; i++) numbers[i] = +numbers[i];
    let result = -Infinity;
    for (let i = 0; i < numbers.length; i++) {
      const v = numbers[i];
      if (v !== v) return NaN;
      if (v > result || (v === 0 && result === 0 && 1 / result < 0)) result = v;
    }
    return result;
  },
  min(...values) {
    // (Two numbers that differ, the usual call, at once.)
    if (values.length === 2) {
      const a = values[0];
      const b = values[1];
      if (typeof a === 'number' && typeof b === 'number') {
        if (a < b) return a;
        if (b < a) return b;
      }
    }
    // (All converted first, as JavaScript does, in the array the call made.)
    const numbers = values;
    for (let i = 0; i < numbers.length; i++) numbers[i] = +numbers[i];
    let result = Infinity;
    for (let i = 0; i < numbers.length; i++) {
      const v = numbers[i];
      if (v !== v) return NaN;
      if (v < result || (v === 0 && result === 0 && 1 / v < 0)) result = v;
    }
    return result;
  },
};
