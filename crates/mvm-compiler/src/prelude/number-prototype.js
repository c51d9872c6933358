// Number.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in.
const $mvmNumberPrototype = {};
const $mvmDigits = '0123456789abcdefghijklmnopqrstuvwxyz';
// method: toString
$mvmNumberPrototype.toString = function toString(radix) {
  let x = +this;
  if (radix === undefined) return '' + x;
  radix = Math.trunc(radix);
  if (!(radix >= 2 && radix <= 36)) throw new RangeError('toString() radix must be between 2 and 36');
  if (radix === 10 || x !== x || x === Infinity || x === -Infinity) return '' + x;
  const negative = x < 0;
  if (negative) x = -x;
  let whole = Math.floor(x);
  let fraction = x - whole;
  let text = '';
  do {
    text = $mvmDigits[whole % radix] + text;
    whole = Math.floor(whole / radix);
  } while (whole > 0);
  // Fractions to at most 52 digits (exact in bases that are powers of 2,
  // up to that many digits; V8 chooses the shortest that reads back).
  if (fraction > 0) text += '.';
  for (let n = 0; fraction > 0 && n < 52; n++) {
    fraction *= radix;
    const digit = Math.floor(fraction);
    text += $mvmDigits[digit];
    fraction -= digit;
  }
  return (negative ? '-' : '') + text;
};
// method: toFixed
$mvmNumberPrototype.toFixed = function toFixed(fractionDigits) {
  let x = +this;
  const f = fractionDigits === undefined ? 0 : Math.trunc(fractionDigits);
  if (!(f >= 0 && f <= 100)) throw new RangeError('toFixed() digits argument must be between 0 and 100');
  if (x !== x) return 'NaN';
  if (x >= 1e21 || x <= -1e21) return '' + x;
  const negative = x < 0;
  if (negative) x = -x;
  const scaled = x * 10 ** f;
  let text;
  if (scaled < 9007199254740992) {
    // The integer nearest x * 10^f, the larger on a tie, as its digits,
    // with the point put back.
    text = '' + Math.round(scaled);
    while (text.length <= f) text = '0' + text;
    if (f > 0) text = text.slice(0, text.length - f) + '.' + text.slice(text.length - f);
  } else {
    // Too many digits to round in a double: the whole part, then the
    // fraction's digits one by one.
    let whole = Math.floor(x);
    let fraction = x - whole;
    text = '' + whole + (f > 0 ? '.' : '');
    for (let i = 0; i < f; i++) {
      fraction *= 10;
      const digit = Math.floor(fraction);
      text += digit;
      fraction -= digit;
    }
  }
  return (negative ? '-' : '') + text;
};
