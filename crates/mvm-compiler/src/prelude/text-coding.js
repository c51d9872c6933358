// TextEncoder and TextDecoder, over UTF-8 only.
globalThis.TextEncoder = class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(text) {
    // (Character by character into the byte array: a text of 4 KB has
    // more bytes than an array holds.)
    text = text === undefined ? '' : '' + text;
    let length = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const pair = (c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      length += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      if (pair) i++;
    }
    const out = Microvium.newUint8Array(length);
    this.encodeInto(text, out);
    return out;
  }
  // Into a byte array the program has (a transmit buffer): the whole
  // characters that fit.
  encodeInto(text, into) {
    text = '' + text;
    let read = 0;
    let written = 0;
    // (Each character's bytes written here: a byte array made for each
    // cost seven times the time.)
    while (read < text.length) {
      let c = text.charCodeAt(read);
      let units = 1;
      if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(read + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(read + 1) - 0xdc00);
        units = 2;
      } else if ((c & 0xf800) === 0xd800) {
        // (A lone surrogate is U+FFFD's bytes.)
        c = 0xfffd;
      }
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + size > into.length) break;
      if (size === 1) {
        into[written++] = c;
      } else {
        // The lead byte, then six bits a byte, highest first.
        into[written++] = (size === 2 ? 0xc0 : size === 3 ? 0xe0 : 0xf0) | (c >> (6 * (size - 1)));
        for (let shift = 6 * (size - 2); shift >= 0; shift -= 6) into[written++] = 0x80 | ((c >> shift) & 63);
      }
      read += units;
    }
    return { read, written };
  }
};
// As the WHATWG decoder: a malformed sequence is one U+FFFD for each of
// its longest valid starts (or, `fatal`, a TypeError); with `stream`, an
// unfinished sequence at the end waits for the next call's bytes.
// Also the 8-bit `latin1` and its other labels (`windows-1252` to the
// WHATWG; Node decodes each byte as the code point of its value, and so
// does this) and `utf-16le`, which serial devices and files send: each
// linked only where the program's text names a label of it.
// `text` and the characters of the codes in `run`, which it empties.
function $mvmFlushRun(text, run) {
  if (run.length === 0) return text;
  const more = String.fromCharCode.apply(null, run);
  run.length = 0;
  return text + more;
}
globalThis.TextDecoder = class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = [];
  #started = false;
  constructor(label, options) {
    const name = label === undefined ? 'utf-8' : ('' + label).trim().toLowerCase();
    if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') this.#encoding = 'utf-8';
    // section: 'utf-16|'ucs-2|'unicode
    else if (['utf-16le', 'utf-16', 'ucs-2', 'unicode'].includes(name)) this.#encoding = 'utf-16le';
    // end: 'utf-16|'ucs-2|'unicode
    // section: 'latin1|'8859|'ascii|'1252
    else if (['latin1', 'iso-8859-1', 'iso8859-1', 'ascii', 'us-ascii', 'windows-1252', 'cp1252'].includes(name)) {
      this.#encoding = 'windows-1252';
    }
    // end: 'latin1|'8859|'ascii|'1252
    else throw new RangeError('The "' + label + '" encoding is not supported');
    const o = options === undefined || options === null ? {} : options;
    this.#fatal = o.fatal === true;
    this.#ignoreBOM = o.ignoreBOM === true;
  }
  get encoding() {
    return this.#encoding;
  }
  get fatal() {
    return this.#fatal;
  }
  get ignoreBOM() {
    return this.#ignoreBOM;
  }
  decode(input, options) {
    const stream = options !== undefined && options !== null && options.stream === true;
    // A DataView's bytes (an ArrayBuffer is a byte array here already).
    if (input !== undefined && input !== null && input.length === undefined && input.byteLength !== undefined) {
      input = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
    }
    // section: 'latin1|'8859|'ascii|'1252
    if (this.#encoding === 'windows-1252') {
      const run = [];
      let text = '';
      const count = input === undefined ? 0 : input.length;
      for (let i = 0; i < count; i++) {
        run.push(input[i]);
        if (run.length === 64) text = $mvmFlushRun(text, run);
      }
      return $mvmFlushRun(text, run);
    }
    // end: 'latin1|'8859|'ascii|'1252
    // section: 'utf-16|'ucs-2|'unicode
    if (this.#encoding === 'utf-16le') return this.#decodeUtf16(input, stream);
    // end: 'utf-16|'ucs-2|'unicode
    // The bytes an earlier chunk left unfinished (three at most), then the
    // input's, read in place: a 4 KB buffer is more than an array holds.
    const pending = this.#pending;
    const more = input === undefined ? 0 : input.length;
    const count = pending.length + more;
    const byteAt = (i) => (i < pending.length ? pending[i] : input[i - pending.length]);
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
    // (ASCII gathers in `run`, made text 64 characters at a time.)
    const run = [];
    let i = 0;
    while (i < count) {
      const b = byteAt(i);
      if (needed === 0) {
        start = i;
        i++;
        if (b <= 0x7f) {
          run.push(b);
          if (run.length === 64) text = $mvmFlushRun(text, run);
          continue;
        }
        text = $mvmFlushRun(text, run);
        if (b >= 0xc2 && b <= 0xdf) [needed, point] = [1, b & 0x1f];
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
    text = $mvmFlushRun(text, run);
    this.#pending = [];
    if (needed !== 0) {
      if (stream) for (let j = start; j < count; j++) this.#pending.push(byteAt(j));
      else bad();
    }
    if (!this.#started && !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.#started = stream && (this.#started || text.length > 0);
    return text;
  }
  // section: 'utf-16|'ucs-2|'unicode
  // Little-endian code units; a lone surrogate is U+FFFD (or, `fatal`, a
  // TypeError); with `stream`, an odd byte or a high surrogate at the end
  // waits for the next call.
  #decodeUtf16(input, stream) {
    const bytes = this.#pending;
    const more = input === undefined ? 0 : input.length;
    for (let i = 0; i < more; i++) bytes.push(input[i]);
    let end = bytes.length - (bytes.length & 1);
    if (stream && end >= 2) {
      const last = bytes[end - 2] | (bytes[end - 1] << 8);
      if (last >= 0xd800 && last <= 0xdbff) end -= 2;
    }
    let text = '';
    const bad = () => {
      if (this.#fatal) {
        this.#pending = [];
        throw new TypeError('The encoded data was not valid for encoding utf-16le');
      }
      text += '\ufffd';
    };
    for (let i = 0; i < end; i += 2) {
      const unit = bytes[i] | (bytes[i + 1] << 8);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 3 < end) {
        const low = bytes[i + 2] | (bytes[i + 3] << 8);
        if (low >= 0xdc00 && low <= 0xdfff) {
          text += String.fromCharCode(unit, low);
          i += 2;
          continue;
        }
      }
      if (unit >= 0xd800 && unit <= 0xdfff) bad();
      else text += String.fromCharCode(unit);
    }
    this.#pending = stream ? bytes.slice(end) : [];
    if (!stream && end < bytes.length) bad();
    if (!this.#started && !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.#started = stream && (this.#started || text.length > 0);
    return text;
  }
  // end: 'utf-16|'ucs-2|'unicode
};
