// UTF-8 for the text codecs: the bytes of a text and the text of bytes.
// The UTF-8 bytes of `text` (a lone surrogate as U+FFFD), in an array.
function $mvmUtf8Bytes(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}
// The text of UTF-8 `bytes` from `start` to `end`; a malformed sequence
// is U+FFFD, or, when `strict`, null.
function $mvmUtf8Text(bytes, start, end, strict) {
  let text = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    let need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let c = need === 0 ? b : need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
    let j = i + 1;
    for (let k = 0; k < need; k++, j++) {
      if (j >= end || (bytes[j] & 0xc0) !== 0x80) {
        need = -1;
        break;
      }
      c = (c << 6) | (bytes[j] & 63);
    }
    if (need === 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) need = -1;
    if (need === 3 && (c < 0x10000 || c > 0x10ffff)) need = -1;
    if (need < 0) {
      if (strict) return null;
      text += '\ufffd';
      i++;
      continue;
    }
    text += String.fromCodePoint(c);
    i = j;
  }
  return text;
}
