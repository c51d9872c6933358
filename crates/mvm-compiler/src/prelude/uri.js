// encodeURIComponent, encodeURI and their decoders: percent-encoding of
// UTF-8.
const $mvmHex = '0123456789ABCDEF';
function $mvmPercentEncode(text, keep) {
  text = '' + text;
  // (A lone surrogate has no UTF-8.)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) throw new URIError('URI malformed');
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw new URIError('URI malformed');
  }
  const bytes = $mvmUtf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const c = String.fromCharCode(b);
    if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || keep.includes(c)) out += c;
    else out += '%' + $mvmHex[b >> 4] + $mvmHex[b & 15];
  }
  return out;
}
globalThis.encodeURIComponent = function encodeURIComponent(text) {
  return $mvmPercentEncode(text, "-_.!~*'()");
};
globalThis.encodeURI = function encodeURI(text) {
  return $mvmPercentEncode(text, "-_.!~*'();/?:@&=+$,#");
};
function $mvmPercentDecode(text, reserved) {
  text = '' + text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '%') {
      out += text[i];
      continue;
    }
    // A run of escapes, as the bytes of UTF-8 text.
    const bytes = [];
    const from = i;
    while (text[i] === '%') {
      const n = parseInt(text.slice(i + 1, i + 3), 16);
      if (!(n >= 0) || text.slice(i + 1, i + 3).length < 2 || '0123456789abcdefABCDEF'.indexOf(text[i + 2]) < 0) {
        throw new URIError('URI malformed');
      }
      bytes.push(n);
      i += 3;
    }
    i--;
    const decoded = $mvmUtf8Text(bytes, 0, bytes.length, true);
    if (decoded === null) throw new URIError('URI malformed');
    // (decodeURI keeps the escapes of reserved characters.)
    for (let k = 0, at = from; k < decoded.length; k++) {
      const ch = decoded[k];
      if (reserved.includes(ch) && ch.charCodeAt(0) < 128) out += text.slice(at, at + 3);
      else out += ch;
      at += 3;
    }
  }
  return out;
}
globalThis.decodeURIComponent = function decodeURIComponent(text) {
  return $mvmPercentDecode(text, '');
};
globalThis.decodeURI = function decodeURI(text) {
  return $mvmPercentDecode(text, ';/?:@&=+$,#');
};
