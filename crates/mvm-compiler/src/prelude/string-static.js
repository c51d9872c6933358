// `String(value)` converts; `String.fromCharCode` makes text of UTF-16
// code units (the compiler maps `String.NAME` to `$mvmString_NAME`).
globalThis.$mvmString = function String(...args) {
  if (args.length === 0) return '';
  // section: Symbol
  // (A symbol is a string under a hidden prefix.)
  const v = args[0];
  if (typeof v === 'string' && v[0] === '#' && v[1] === '@' && v[2] === '@') return $mvmSymbolText(v);
  // end: Symbol
  return `${args[0]}`;
};
globalThis.$mvmString_fromCharCode = $mvmFromCharCode;
// `String.raw` of a tagged template's texts (or of any `{ raw }`): the
// raw texts with the values between them.
globalThis.$mvmString_raw = function raw(strings, ...values) {
  const texts = strings.raw;
  let text = '';
  for (let i = 0; i < texts.length; i++) {
    text += texts[i];
    if (i + 1 < texts.length && i < values.length) text += values[i];
  }
  return text;
};
