// Text codecs: UTF-8 (TextEncoder, TextDecoder), percent-encoding
// (encodeURIComponent, encodeURI and their decoders) and base64 (btoa,
// atob), as a device speaking HTTP or a serial protocol needs them.
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
globalThis.TextEncoder = class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(text) {
    return Uint8Array.from($mvmUtf8Bytes(text === undefined ? '' : '' + text));
  }
};
// As the WHATWG decoder: a malformed sequence is one U+FFFD for each of
// its longest valid starts (or, `fatal`, a TypeError); with `stream`, an
// unfinished sequence at the end waits for the next call's bytes.
globalThis.TextDecoder = class TextDecoder {
  #fatal;
  #ignoreBOM;
  #pending = [];
  #started = false;
  constructor(label, options) {
    const name = label === undefined ? 'utf-8' : ('' + label).trim().toLowerCase();
    if (name !== 'utf-8' && name !== 'utf8' && name !== 'unicode-1-1-utf-8') {
      throw new RangeError('The "' + label + '" encoding is not supported');
    }
    const o = options === undefined || options === null ? {} : options;
    this.#fatal = o.fatal === true;
    this.#ignoreBOM = o.ignoreBOM === true;
  }
  get encoding() {
    return 'utf-8';
  }
  get fatal() {
    return this.#fatal;
  }
  get ignoreBOM() {
    return this.#ignoreBOM;
  }
  decode(input, options) {
    const stream = options !== undefined && options !== null && options.stream === true;
    const bytes = this.#pending;
    if (input !== undefined) for (let i = 0; i < input.length; i++) bytes.push(input[i]);
    let text = '';
    let needed = 0;
    let seen = 0;
    let point = 0;
    let lower = 0x80;
    let upper = 0xbf;
    let start = 0;
    const bad = () => {
      if (this.#fatal) {
        this.#pending = [];
        throw new TypeError('The encoded data was not valid for encoding utf-8');
      }
      text += '\ufffd';
    };
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i];
      if (needed === 0) {
        start = i;
        i++;
        if (b <= 0x7f) text += String.fromCharCode(b);
        else if (b >= 0xc2 && b <= 0xdf) [needed, point] = [1, b & 0x1f];
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          [needed, point] = [2, b & 15];
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          [needed, point] = [3, b & 7];
        } else bad();
        continue;
      }
      if (b < lower || b > upper) {
        // (The byte starts afresh.)
        needed = seen = point = 0;
        lower = 0x80;
        upper = 0xbf;
        bad();
        continue;
      }
      lower = 0x80;
      upper = 0xbf;
      point = (point << 6) | (b & 63);
      seen++;
      i++;
      if (seen === needed) {
        text += String.fromCodePoint(point);
        needed = seen = point = 0;
      }
    }
    this.#pending = [];
    if (needed !== 0) {
      if (stream) this.#pending = bytes.slice(start);
      else bad();
    }
    if (!this.#started && !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.#started = stream && (this.#started || text.length > 0);
    return text;
  }
};
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
const $mvmBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Base64 of a binary string (each character a byte), as the web's btoa.
globalThis.btoa = function btoa(text) {
  text = '' + text;
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw new Error('Invalid character');
    out += $mvmBase64[a >> 2] + $mvmBase64[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < text.length ? $mvmBase64[((b & 15) << 2) | (c >> 6)] : '=';
    out += i + 2 < text.length ? $mvmBase64[c & 63] : '=';
  }
  return out;
};
globalThis.atob = function atob(text) {
  text = '' + text;
  let clean = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\f' && ch !== '\r') clean += ch;
  }
  if (clean.length % 4 === 0 && clean.endsWith('==')) clean = clean.slice(0, -2);
  else if (clean.length % 4 === 0 && clean.endsWith('=')) clean = clean.slice(0, -1);
  if (clean.length % 4 === 1) throw new Error('The string to be decoded is not correctly encoded.');
  let out = '';
  let bits = 0;
  let count = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = $mvmBase64.indexOf(clean[i]);
    if (v < 0) throw new Error('The string to be decoded is not correctly encoded.');
    bits = ((bits << 6) | v) & 0xffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 255);
    }
  }
  return out;
};
