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
    const hex = '0123456789abcdefABCDEF';
    while (text[i] === '%') {
      // (Two hex digits: not `+1` or ` 1`, which parseInt takes.)
      if (i + 2 >= text.length || hex.indexOf(text[i + 1]) < 0 || hex.indexOf(text[i + 2]) < 0) {
        throw new URIError('URI malformed');
      }
      const n = parseInt(text.slice(i + 1, i + 3), 16);
      bytes.push(n);
      i += 3;
    }
    i--;
    const decoded = $mvmUtf8Text(bytes, 0, bytes.length, true);
    if (decoded === null) throw new URIError('URI malformed');
    // (decodeURI keeps the escapes of reserved characters, each one
    // byte's; a unit of other text took as many escapes as its UTF-8
    // bytes, a surrogate half two.)
    for (let k = 0, at = from; k < decoded.length; k++) {
      const ch = decoded[k];
      const unit = ch.charCodeAt(0);
      if (reserved.includes(ch) && unit < 128) out += text.slice(at, at + 3);
      else out += ch;
      at += 3 * (unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3);
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
