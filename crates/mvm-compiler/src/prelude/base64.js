// btoa and atob: base64 of binary strings (each character a byte), as
// the web's.
const $mvmBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// What the web's codecs throw: a DOMException named InvalidCharacterError
// (here an Error so named).
function $mvmInvalidCharacter(message) {
  const e = new Error(message);
  e.name = 'InvalidCharacterError';
  return e;
}
// Base64 of a binary string (each character a byte), as the web's btoa.
globalThis.btoa = function btoa(text) {
  text = '' + text;
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw $mvmInvalidCharacter('Invalid character');
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
  let out = '';
  let bits = 0;
  let count = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = $mvmBase64.indexOf(clean[i]);
    if (v < 0) throw $mvmInvalidCharacter('Invalid character');
    bits = ((bits << 6) | v) & 0xffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 255);
    }
  }
  // (After the characters, as the web's checks run.)
  if (clean.length % 4 === 1) throw $mvmInvalidCharacter('The string to be decoded is not correctly encoded.');
  return out;
};
