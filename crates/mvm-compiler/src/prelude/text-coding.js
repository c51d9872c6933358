// TextEncoder and TextDecoder, over UTF-8 only.
globalThis.TextEncoder = class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(text) {
    return Uint8Array.from($mvmUtf8Bytes(text === undefined ? '' : '' + text));
  }
  // Into a byte array the program has (a transmit buffer): the whole
  // characters that fit.
  encodeInto(text, into) {
    let read = 0;
    let written = 0;
    for (const ch of '' + text) {
      const bytes = $mvmUtf8Bytes(ch);
      if (written + bytes.length > into.length) break;
      for (let i = 0; i < bytes.length; i++) into[written++] = bytes[i];
      read += ch.length;
    }
    return { read, written };
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
