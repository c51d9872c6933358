// `String.fromCodePoint`, a part of its own: its RangeError brings the
// errors, which `String(x)` should not.
// Code points past U+FFFF become surrogate pairs.
globalThis.$mvmString_fromCodePoint = function fromCodePoint(...points) {
  let text = '';
  for (let i = 0; i < points.length; i++) {
    const point = +points[i];
    if (!(point >= 0 && point <= 0x10ffff && point % 1 === 0)) {
      throw new RangeError('Invalid code point ' + points[i]);
    }
    if (point < 0x10000) {
      text += $mvmFromCharCode(point);
    } else {
      const high = ((point - 0x10000) >> 10) + 0xd800;
      const low = ((point - 0x10000) & 0x3ff) + 0xdc00;
      text += $mvmFromCharCode(high, low);
    }
  }
  return text;
};
