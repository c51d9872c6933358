// The deterministic part of `Math`, in JavaScript: the engine keeps no
// float library of its own. `Math.random` is left out on purpose (a
// device needs its own entropy source; pass one in from the host).
function floor(x) {
  x = +x;
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const whole = x - (x % 1);
  return whole > x ? whole - 1 : whole;
}
function ceil(x) {
  return -floor(-x);
}
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
  sqrt(x) {
    x = +x;
    if (x !== x || x < 0) return NaN;
    if (x === 0 || x === Infinity) return x;
    return x ** 0.5;
  },
  pow(x, y) {
    return (+x) ** +y;
  },
  max(...values) {
    const numbers = toNumbers(values);
    let result = -Infinity;
    for (let i = 0; i < numbers.length; i++) {
      const v = numbers[i];
      if (v !== v) return NaN;
      if (v > result || (v === 0 && result === 0 && 1 / result < 0)) result = v;
    }
    return result;
  },
  min(...values) {
    const numbers = toNumbers(values);
    let result = Infinity;
    for (let i = 0; i < numbers.length; i++) {
      const v = numbers[i];
      if (v !== v) return NaN;
      if (v < result || (v === 0 && result === 0 && 1 / v < 0)) result = v;
    }
    return result;
  },
};
