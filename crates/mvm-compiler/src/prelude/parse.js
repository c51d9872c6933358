// `parseInt` and `parseFloat`: the number at the start of a text.
// (`$mvmIsSpace` comes with the string methods these functions call.)
function $mvmSkipSpace(text) {
  let i = 0;
  while (i < text.length && $mvmIsSpace(text[i])) i++;
  return i;
}
// The value of the digit whose character code is `code` (99 if none).
function $mvmDigitValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}
globalThis.parseInt = function parseInt(string, radix) {
  const text = `${string}`;
  // The common case at the engine's speed: a decimal integer as `Number`
  // writes it (no sign of `+`, no leading zeros, no spaces, below 1e21),
  // which `+` reads as this would.
  if (radix === undefined || radix === 10) {
    const n = +text;
    if (n % 1 === 0 && n < 1e21 && n > -1e21 && `${n}` === text) return n;
  }
  let i = $mvmSkipSpace(text);
  let sign = 1;
  if (text[i] === '-') sign = -1;
  if (text[i] === '-' || text[i] === '+') i++;
  radix = radix | 0;
  if (radix !== 0 && (radix < 2 || radix > 36)) return NaN;
  if ((radix === 0 || radix === 16) && text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    i += 2;
    radix = 16;
  }
  if (radix === 0) radix = 10;
  const start = i;
  let value = 0;
  while (i < text.length) {
    const digit = $mvmDigitValue(text.charCodeAt(i));
    if (digit >= radix) break;
    value = value * radix + digit;
    i++;
  }
  if (i === start) return NaN;
  // Decimal digits convert exactly, rounded once, as `Number` does; and
  // past 2**53, so do binary, octal and hex digits.
  if (radix === 10) value = +text.slice(start, i);
  else if (value > 9007199254740991 && (radix === 16 || radix === 8 || radix === 2)) {
    value = +('0' + (radix === 16 ? 'x' : radix === 8 ? 'o' : 'b') + text.slice(start, i));
  }
  return sign * value;
};
globalThis.parseFloat = function parseFloat(string) {
  const text = `${string}`;
  // The common case at the engine's speed: where `+` reads the whole text
  // as a number and it starts with a digit, a sign or a point, parseFloat
  // reads the same (not an empty or blank text, 0 to `+`, nor `0x1f`).
  const n = +text;
  if (n === n) {
    const first = text.charCodeAt(0);
    const second = text.charCodeAt(1);
    if ((first >= 49 && first <= 57) || first === 43 || first === 45 || first === 46 || (first === 48 && !(second >= 65))) return n;
  }
  const start = $mvmSkipSpace(text);
  let i = start;
  if (text[i] === '-' || text[i] === '+') i++;
  if (text.slice(i, i + 8) === 'Infinity') return text[start] === '-' ? -Infinity : Infinity;
  const digits = (at) => {
    let end = at;
    while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
    return end;
  };
  let end = digits(i);
  let any = end > i;
  if (text[end] === '.') {
    const fraction = digits(end + 1);
    any = any || fraction > end + 1;
    end = fraction;
  }
  if (!any) return NaN;
  if (text[end] === 'e' || text[end] === 'E') {
    let e = end + 1;
    if (text[e] === '-' || text[e] === '+') e++;
    const exponent = digits(e);
    if (exponent > e) end = exponent;
  }
  return +text.slice(start, end);
};
