// Number.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in.
const $mvmNumberPrototype = {};
const $mvmDigits = '0123456789abcdefghijklmnopqrstuvwxyz';
// `x` (positive) rounded exactly, ties away from zero, to `count` digits
// after the point (or `count` significant digits; the shortest that read
// back when 0): `[digits, point]` for the value 0.DIGITS × 10^point. The
// engine gives all of `x`'s digits; a tie is a 5 that ends them.
function $mvmRoundedDigits(x, count, significant) {
  const text = significant && count === 0 ? $mvmShortestDigits(x) : $mvmDigitsOf(x);
  let at = 0;
  while (text[at] !== 'e') at++;
  let digits = text.slice(0, at);
  const point = +text.slice(at + 1);
  const keep = significant ? count : point + count;
  if (count === 0 && significant) return [digits, point];
  if (keep < 0) return ['', 0];
  if (keep >= digits.length) return [digits, point];
  const up = digits[keep] >= '5';
  digits = digits.slice(0, keep);
  if (!up) return [digits, point];
  // Add one at the last place kept: trailing nines become zeros, dropped.
  let i = keep - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return ['1', point + 1];
  return [digits.slice(0, i) + $mvmDigits[+digits[i] + 1], point];
}
// The shortest digits that read back as `x` (positive), as `String(x)`
// writes them: `DIGITSeP` for 0.DIGITS × 10^P.
function $mvmShortestDigits(x) {
  const text = `${x}`;
  let digits = '';
  let point = 0;
  let exponent = 0;
  let seenPoint = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === 'e') {
      exponent = +text.slice(i + 1);
      break;
    }
    if (c === '.') seenPoint = true;
    else if (digits === '' && c === '0') {
      if (seenPoint) point--;
    } else {
      digits += c;
      if (!seenPoint) point++;
    }
  }
  while (digits[digits.length - 1] === '0') digits = digits.slice(0, digits.length - 1);
  return digits + 'e' + (point + exponent);
}
// Digit `i` of 0.DIGITS, '0' past either end.
function $mvmDigitAt(digits, i) {
  return i >= 0 && i < digits.length ? digits[i] : '0';
}
// `digits` (the value 0.DIGITS × 10^point) in plain notation with
// `fraction` digits after the point.
function $mvmPlainDigits(digits, point, fraction) {
  let text = point > 0 ? '' : '0';
  for (let i = 0; i < point; i++) text += $mvmDigitAt(digits, i);
  if (fraction > 0) text += '.';
  for (let i = 0; i < fraction; i++) text += $mvmDigitAt(digits, point + i);
  return text;
}
// `digits` as d.ddd…e±n with `fraction` digits after the point.
function $mvmExponentDigits(digits, point, fraction) {
  const e = digits === '' ? 0 : point - 1;
  return $mvmPlainDigits(digits, 1, fraction) + (e < 0 ? 'e-' + -e : 'e+' + e);
}
// method: constructor (property)
$mvmNumberPrototype.constructor = Number;
// method: toString
// In another base, as V8 writes it (DoubleToRadixCString): fraction
// digits only while they still tell `x` from its neighbours (half an ulp,
// scaled with each digit), the last rounded half to even with carries;
// integer digits past 2^53 written as zeros.
$mvmNumberPrototype.toString = function toString(radix) {
  let x = +this;
  if (radix === undefined) return '' + x;
  radix = Math.trunc(radix);
  if (!(radix >= 2 && radix <= 36)) throw new RangeError('toString() radix argument must be between 2 and 36');
  if (radix === 10 || x !== x || x === Infinity || x === -Infinity) return '' + x;
  // An int32 (a byte in a hex dump, most often) has only whole digits.
  if (x === (x | 0)) {
    let whole = x < 0 ? -x : x;
    let text = '';
    do {
      const digit = whole % radix;
      text = $mvmDigits[digit] + text;
      whole = (whole - digit) / radix;
    } while (whole > 0);
    return x < 0 ? '-' + text : text;
  }
  const negative = x < 0;
  if (negative) x = -x;
  let whole = Math.floor(x);
  let fraction = x - whole;
  // Half the gap to the next double (at least the smallest one).
  let power = 1;
  if (x >= 1) {
    while (power * 2 <= x) power *= 2;
  } else {
    while (power > x && power > 0) power /= 2;
  }
  let delta = (0.5 * power) / 4503599627370496;
  if (!(delta >= 5e-324)) delta = 5e-324;
  const digits = [];
  if (fraction >= delta) {
    do {
      fraction *= radix;
      delta *= radix;
      const digit = Math.floor(fraction);
      digits.push(digit);
      fraction -= digit;
      if (fraction > 0.5 || (fraction === 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up, carrying through the digits written (into the
          // integer part past the first).
          let i = digits.length - 1;
          while (true) {
            if (i < 0) {
              whole += 1;
              break;
            }
            if (digits[i] + 1 < radix) {
              digits[i] += 1;
              break;
            }
            digits.pop();
            i--;
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  let text = '';
  while (whole / radix >= 9007199254740992) {
    whole /= radix;
    text = '0' + text;
  }
  do {
    const remainder = whole % radix;
    // (Past 2^53 the divisions above leave fractions: V8 truncates the
    // remainder to its digit.)
    text = $mvmDigits[remainder | 0] + text;
    whole = (whole - remainder) / radix;
  } while (whole > 0);
  if (digits.length > 0) {
    text += '.';
    for (let i = 0; i < digits.length; i++) text += $mvmDigits[digits[i]];
  }
  return (negative ? '-' : '') + text;
};
// method: valueOf (alone)
$mvmNumberPrototype.valueOf = function valueOf() {
  return +this;
};
// method: toFixed
const $mvmTensUpTo9 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000];
$mvmNumberPrototype.toFixed = function toFixed(fractionDigits) {
  let x = +this;
  // (NaN digits, as undefined, count as 0.)
  const f = Math.trunc(fractionDigits) || 0;
  if (!(f >= 0 && f <= 100)) throw new RangeError('toFixed() digits argument must be between 0 and 100');
  if (x !== x) return 'NaN';
  if (x >= 1e21 || x <= -1e21) return '' + x;
  const negative = x < 0;
  if (negative) x = -x;
  // (-0.001).toFixed(2) is "-0.00", as the sign is the number's.
  const sign = negative ? '-' : '';
  // Most readings: x × 10^f, below 2^40, is off the exact product by
  // under 2^-13, so unless it is that near a half it rounds as the
  // exact value does (ties, from the exact digits, go up).
  if (f < 10) {
    const scaled = x * $mvmTensUpTo9[f];
    const whole = Math.floor(scaled);
    const rest = scaled - whole;
    if (scaled < 1099511627776 && (rest < 0.4998 || rest > 0.5002)) {
      let text = '' + (rest > 0.5 ? whole + 1 : whole);
      if (f === 0) return sign + text;
      while (text.length <= f) text = '0' + text;
      return sign + text.slice(0, text.length - f) + '.' + text.slice(text.length - f);
    }
  }
  const [digits, point] = $mvmRoundedDigits(x, f, false);
  return sign + $mvmPlainDigits(digits, point, f);
};
// method: toPrecision
$mvmNumberPrototype.toPrecision = function toPrecision(precision) {
  let x = +this;
  if (precision === undefined) return '' + x;
  const p = Math.trunc(precision);
  if (x !== x || x === Infinity || x === -Infinity) return '' + x;
  if (!(p >= 1 && p <= 100)) throw new RangeError('toPrecision() argument must be between 1 and 100');
  const negative = x < 0;
  if (negative) x = -x;
  const [digits, point] = $mvmRoundedDigits(x, p, true);
  const e = digits === '' ? 0 : point - 1;
  const text = e < -6 || e >= p
    ? $mvmExponentDigits(digits, point, p - 1)
    : $mvmPlainDigits(digits, digits === '' ? 1 : point, p - 1 - e);
  return (negative ? '-' : '') + text;
};
// method: toExponential
$mvmNumberPrototype.toExponential = function toExponential(fractionDigits) {
  let x = +this;
  const f = Math.trunc(fractionDigits) || 0;
  if (x !== x || x === Infinity || x === -Infinity) return '' + x;
  if (fractionDigits !== undefined && !(f >= 0 && f <= 100)) {
    throw new RangeError('toExponential() argument must be between 0 and 100');
  }
  const negative = x < 0;
  if (negative) x = -x;
  const [digits, point] = $mvmRoundedDigits(x, fractionDigits === undefined ? 0 : f + 1, true);
  const fraction = fractionDigits === undefined ? (digits === '' ? 0 : digits.length - 1) : f;
  return (negative ? '-' : '') + $mvmExponentDigits(digits, point, fraction);
};
// method: toLocaleString
// As Node's default locale (en-US) writes a number: groups of three
// digits, at most three fraction digits, or what `minimumFractionDigits`
// and `maximumFractionDigits` ask, or `minimumSignificantDigits` and
// `maximumSignificantDigits` instead; `minimumIntegerDigits` pads with
// zeros (`useGrouping: false` drops the commas); `style: 'percent'`
// and `style: 'currency'` (with en-US's symbols and digits for the common
// currencies, the code for others); other locales and options are not
// known. As ICU, it rounds the number's shortest decimal digits
// (String(x)'s), a 5 up.
$mvmNumberPrototype.toLocaleString = function toLocaleString(locales, options) {
  const x = +this;
  const o = options === undefined || options === null ? {} : options;
  // (The currency's symbol, or its code and a space; NaN and ∞ go
  // without the space.)
  let prefix = '';
  let bare = '';
  let fixed = 0;
  // section: currency
  if (o.style === 'currency') {
    if (o.currency === undefined) throw new TypeError('Currency code is required with currency style.');
    const code = String(o.currency).toUpperCase();
    const symbols = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$', KRW: '₩', MXN: 'MX$', BRL: 'R$', HKD: 'HK$', NZD: 'NZ$', TWD: 'NT$', ILS: '₪', VND: '₫', PHP: '₱' };
    const symbol = o.currencyDisplay !== 'code' && symbols[code] !== undefined;
    bare = symbol ? symbols[code] : code;
    prefix = symbol ? bare : code + '\u00a0';
    fixed = 'JPY KRW VND CLP HUF ISK IDR PYG UGX XAF XOF XPF'.includes(code) ? 0 : 'BHD KWD JOD OMR TND IQD LYD'.includes(code) ? 3 : 2;
  }
  // end: currency
  const percent = o.style === 'percent';
  if (o.style !== undefined && o.style !== 'decimal' && o.style !== 'currency' && !percent) {
    throw new RangeError(`Value ${o.style} out of range for Number.prototype.toLocaleString options property style`);
  }
  // (A digit count is floored, and refused out of its range.)
  const count = (name, least, most) => {
    const n = o[name];
    if (n === undefined) return undefined;
    if (!(n >= least && n <= most)) throw new RangeError(`${name} value is out of range.`);
    return Math.floor(n);
  };
  const minFraction = count('minimumFractionDigits', 0, 100);
  const maxFraction = count('maximumFractionDigits', 0, 100);
  if (minFraction > maxFraction) throw new RangeError('maximumFractionDigits value is out of range.');
  if (x !== x) return bare + 'NaN' + (percent ? '%' : '');
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
  if (x === Infinity || x === -Infinity) return sign + bare + '∞' + (percent ? '%' : '');
  let min = minFraction === undefined ? fixed : minFraction;
  let max = maxFraction === undefined ? Math.max(min, prefix !== '' ? fixed : percent ? 0 : 3) : maxFraction;
  // (A maximum alone lowers the style's minimum: `$3` for no digits.)
  if (minFraction === undefined && min > max) min = max;
  if (max < min) max = min;
  const significant = o.minimumSignificantDigits !== undefined || o.maximumSignificantDigits !== undefined;
  const minSignificant = count('minimumSignificantDigits', 1, 21) ?? 1;
  let maxSignificant = count('maximumSignificantDigits', 1, 21) ?? 21;
  if (maxSignificant < minSignificant) maxSignificant = minSignificant;
  // The digits, and how many of them stand before the point (String(x)
  // may be 1.5e-7 or 1e+21).
  const text = String(x < 0 ? -x : x);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  // (A leading 0 takes a carry.)
  let digits = '0' + (dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1));
  // (A percent moves the point, exactly.)
  let point = 1 + (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : +text.slice(e + 1)) + (percent && x !== 0 ? 2 : 0);
  let first = 0;
  while (first < digits.length && digits[first] === '0') first++;
  const keep = !significant ? point + max : first < digits.length ? first + maxSignificant : digits.length;
  if (keep < digits.length) {
    const up = keep >= 0 && digits[keep] >= '5';
    digits = keep > 0 ? digits.slice(0, keep) : '0';
    if (keep <= 0) point = 1;
    if (up) {
      let i = digits.length - 1;
      while (digits[i] === '9') i--;
      digits = digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
    }
  }
  while (point > 1 && digits[0] === '0') {
    digits = digits.slice(1);
    point--;
  }
  let whole = point > 0 ? digits.slice(0, point) : '0';
  while (whole.length < point) whole += '0';
  let fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  // (Significant digits: those from the first that is not 0; a zero
  // has one.)
  let least = min;
  if (significant) {
    let lead = 0;
    if (whole === '0') while (lead < fraction.length && fraction[lead] === '0') lead++;
    least = Math.max(0, whole !== '0' ? minSignificant - whole.length : x === 0 ? minSignificant - 1 : minSignificant + lead);
  }
  while (fraction.length < least) fraction += '0';
  while (fraction.length > least && fraction[fraction.length - 1] === '0') {
    fraction = fraction.slice(0, -1);
  }
  const minInteger = count('minimumIntegerDigits', 1, 21) ?? 1;
  while (whole.length < minInteger) whole = '0' + whole;
  if (o.useGrouping === undefined || o.useGrouping) {
    let grouped = '';
    while (whole.length > 3) {
      grouped = ',' + whole.slice(-3) + grouped;
      whole = whole.slice(0, -3);
    }
    whole += grouped;
  }
  return sign + prefix + whole + (fraction === '' ? '' : '.' + fraction) + (percent ? '%' : '');
};
