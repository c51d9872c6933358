// Telemetry and remote configuration of a battery-powered environment
// sensor that talks JSON over MQTT. The firmware has no JSON library: a
// JsonWriter class serialises readings into a byte buffer (escaping
// strings, printing fixed-point decimals by hand), and a recursive-descent
// JsonReader class parses bytes back into objects, arrays, strings,
// numbers (with fraction and exponent), true/false/null. Malformed input
// throws { code, pos } objects. Each call builds 12 telemetry messages,
// parses them back and checks every field, then runs 20 captured cloud
// commands (set/get/batch/reboot, several malformed or ill-typed) against a
// typed config store, answering each with a JSON response. Text arrives as
// bytes; strings are spelt from them through a table of one-character
// strings and interned in a pool keyed by '$' + text, so the writer can
// find their bytes again. The config store's keys carry a 'c_' prefix and
// the parser refuses object keys that start with a digit, because Microvium
// cannot use a numeric string such as "7" as a key of a plain object.
const CH = [
  '.', '.', '.', '.', '.', '.', '.', '.', '.', '\t', '\n', '.', '.', '\r', '.', '.',
  '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.', '.',
  ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '@', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
  'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '[', '\\', ']', '^', '_',
  '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', '.'
];
const KB = {
  id: [105, 100], seq: [115, 101, 113], ts: [116, 115], t: [116], rh: [114, 104], p: [112],
  bat: [98, 97, 116], ok: [111, 107], st: [115, 116], s: [115], gps: [103, 112, 115], lat: [108, 97, 116],
  lon: [108, 111, 110], fix: [102, 105, 120], note: [110, 111, 116, 101], err: [101, 114, 114],
  pos: [112, 111, 115], val: [118, 97, 108], n: [110], changes: [99, 104, 97, 110, 103, 101, 115]
};
const ST = [[105, 100, 108, 101], [109, 101, 97, 115], [116, 120], [102, 97, 117, 108, 116]];   // idle, meas, tx, fault
const DEVICE_ID = [101, 110, 118, 45, 48, 55];   // env-07
const NOTES = [
  [100, 111, 111, 114, 32, 34, 65, 34, 32, 111, 112, 101, 110],   // "door \"A\" open"
  [102, 97, 110, 92, 98, 101, 108, 116, 32, 119, 111, 114, 110, 10, 114, 101, 112, 108, 97, 99, 101],   // "fan\\belt worn\nreplace"
  [84, 62, 51, 48, 176, 67],   // "T>30°C"
  [116, 97, 98, 9, 104, 101, 114, 101],   // "tab\there"
];
const CMDS = [
  // {"cmd":"set","key":"interval","val":30}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 51, 48, 125],
  // {"cmd":"set","key":"unit","val":"F"}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 117, 110, 105, 116, 34, 44, 34, 118, 97, 108, 34, 58, 34, 70, 34, 125],
  // { "cmd" : "set", "key" : "alarmHi", "val" : 31.5 }
  [123, 32, 34, 99, 109, 100, 34, 32, 58, 32, 34, 115, 101, 116, 34, 44, 32, 34, 107, 101, 121, 34, 32, 58, 32, 34, 97, 108, 97, 114, 109, 72, 105, 34, 44, 32, 34, 118, 97, 108, 34, 32, 58, 32, 51, 49, 46, 53, 32, 125],
  // {"cmd":"get","keys":["interval","unit","alarmHi","led"]}
  [123, 34, 99, 109, 100, 34, 58, 34, 103, 101, 116, 34, 44, 34, 107, 101, 121, 115, 34, 58, 91, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 117, 110, 105, 116, 34, 44, 34, 97, 108, 97, 114, 109, 72, 105, 34, 44, 34, 108, 101, 100, 34, 93, 125],
  // {"cmd":"set","key":"led","val":true}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 108, 101, 100, 34, 44, 34, 118, 97, 108, 34, 58, 116, 114, 117, 101, 125],
  // {"cmd":"set","key":"interval","val":"fast"}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 34, 102, 97, 115, 116, 34, 125],
  // {"cmd":"set","key":"nope","val":1}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 110, 111, 112, 101, 34, 44, 34, 118, 97, 108, 34, 58, 49, 125],
  // {"cmd":"set","key":"interval",val:30}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 118, 97, 108, 58, 51, 48, 125],
  // {"cmd":"set","key":"led","val":tru}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 108, 101, 100, 34, 44, 34, 118, 97, 108, 34, 58, 116, 114, 117, 125],
  // {"cmd":"batch","ops":[{"key":"interval","val":60},{"key":"unit","val":"C"},{"key":"alarmHi","val":-2.5e1}]}
  [123, 34, 99, 109, 100, 34, 58, 34, 98, 97, 116, 99, 104, 34, 44, 34, 111, 112, 115, 34, 58, 91, 123, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 54, 48, 125, 44, 123, 34, 107, 101, 121, 34, 58, 34, 117, 110, 105, 116, 34, 44, 34, 118, 97, 108, 34, 58, 34, 67, 34, 125, 44, 123, 34, 107, 101, 121, 34, 58, 34, 97, 108, 97, 114, 109, 72, 105, 34, 44, 34, 118, 97, 108, 34, 58, 45, 50, 46, 53, 101, 49, 125, 93, 125],
  // {"cmd":"batch","ops":[{"key":"interval","val":5},{"key":"led","val":"on"}]}
  [123, 34, 99, 109, 100, 34, 58, 34, 98, 97, 116, 99, 104, 34, 44, 34, 111, 112, 115, 34, 58, 91, 123, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 53, 125, 44, 123, 34, 107, 101, 121, 34, 58, 34, 108, 101, 100, 34, 44, 34, 118, 97, 108, 34, 58, 34, 111, 110, 34, 125, 93, 125],
  // {"cmd":"set","key":"interval","val":30,}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 51, 48, 44, 125],
  // {"cmd":"set","key":"name","val":"lab \"west\" \u00b0\\2"}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 110, 97, 109, 101, 34, 44, 34, 118, 97, 108, 34, 58, 34, 108, 97, 98, 32, 92, 34, 119, 101, 115, 116, 92, 34, 32, 92, 117, 48, 48, 98, 48, 92, 92, 50, 34, 125],
  // {"cmd":"set","key":"interval","val":3
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 51],
  // {"cmd":"get","keys":["name","interval","unit","alarmHi","led"]}
  [123, 34, 99, 109, 100, 34, 58, 34, 103, 101, 116, 34, 44, 34, 107, 101, 121, 115, 34, 58, 91, 34, 110, 97, 109, 101, 34, 44, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 117, 110, 105, 116, 34, 44, 34, 97, 108, 97, 114, 109, 72, 105, 34, 44, 34, 108, 101, 100, 34, 93, 125],
  // {"cmd":"set","key":"interval","val":-1}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 105, 110, 116, 101, 114, 118, 97, 108, 34, 44, 34, 118, 97, 108, 34, 58, 45, 49, 125],
  // {"cmd":"set","key":"7","val":1}
  [123, 34, 99, 109, 100, 34, 58, 34, 115, 101, 116, 34, 44, 34, 107, 101, 121, 34, 58, 34, 55, 34, 44, 34, 118, 97, 108, 34, 58, 49, 125],
  // {"cmd":"reboot","delay":null}
  [123, 34, 99, 109, 100, 34, 58, 34, 114, 101, 98, 111, 111, 116, 34, 44, 34, 100, 101, 108, 97, 121, 34, 58, 110, 117, 108, 108, 125],
  // {"cmd":"get","keys":"led"} x
  [123, 34, 99, 109, 100, 34, 58, 34, 103, 101, 116, 34, 44, 34, 107, 101, 121, 115, 34, 58, 34, 108, 101, 100, 34, 125, 32, 120],
  // [1,2,{"cmd":3}]
  [91, 49, 44, 50, 44, 123, 34, 99, 109, 100, 34, 58, 51, 125, 93],
];

const Q = 34, BSL = 92, COMMA = 44, COLON = 58;
const E_EOF = 1, E_TOKEN = 2, E_KEY = 3, E_COLON = 4, E_EXPECT = 5, E_TRAIL = 6, E_LIT = 7, E_NUM = 8,
  E_ESC = 9, E_CTRL = 10, E_DEEP = 11, E_DUP = 12, E_COMMA = 13,
  E_SHAPE = 20, E_CMD = 21, E_UNKNOWN = 22, E_VTYPE = 23, E_RANGE = 24, E_NOSTR = 25, E_TYPE = 26;
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
const POW10 = [1, 10, 100, 1000, 10000, 100000];
const TRUE_B = [116, 114, 117, 101], FALSE_B = [102, 97, 108, 115, 101], NULL_B = [110, 117, 108, 108];

// Microvium refuses to set an array's length to the value it already has
// (MVM_E_INVALID_ARRAY_INDEX), so truncation goes through this.
function truncate(a, n) {
  if (a.length > n) a.length = n;
}
function charOf(c) {
  if (c < 128) return CH[c];
  return c === 176 ? '\u00b0' : '?';
}
function spell(b) {
  let s = '';
  for (let i = 0; i < b.length; i++) s += charOf(b[i]);
  return s;
}
// The string pool: text -> its bytes.
const POOL = {};
function intern(b) {
  const s = spell(b);
  if (POOL['$' + s] === undefined) {
    const copy = [];
    for (let i = 0; i < b.length; i++) copy.push(b[i]);
    POOL['$' + s] = copy;
  }
  return s;
}
const ST_STR = [];
for (let i = 0; i < ST.length; i++) ST_STR.push(intern(ST[i]));
const DEVICE_STR = intern(DEVICE_ID);
const NOTE_STR = [];
for (let i = 0; i < NOTES.length; i++) NOTE_STR.push(intern(NOTES[i]));
const DEFAULT_UNIT = intern([67]), DEFAULT_NAME = intern([101, 110, 118]);   // "C", "env"

class JsonWriter {
  constructor() {
    this.b = [];
    this.need = [false];
    this.d = 0;
    this.afterKey = false;
    this.tmp = [];
  }
  reset() { truncate(this.b, 0); this.d = 0; this.need[0] = false; this.afterKey = false; }
  sep() {
    if (this.afterKey) this.afterKey = false;
    else if (this.need[this.d]) this.b.push(COMMA);
    this.need[this.d] = true;
  }
  open(c) { this.sep(); this.b.push(c); this.d++; this.need[this.d] = false; }
  close(c) { this.b.push(c); this.d--; }
  key(kb) {
    this.sep();
    const b = this.b;
    b.push(Q);
    for (let i = 0; i < kb.length; i++) b.push(kb[i]);
    b.push(Q);
    b.push(COLON);
    this.afterKey = true;
  }
  str(sb) {
    this.sep();
    const b = this.b;
    b.push(Q);
    for (let i = 0; i < sb.length; i++) {
      const c = sb[i];
      if (c === Q || c === BSL) { b.push(BSL); b.push(c); }
      else if (c === 10) { b.push(BSL); b.push(110); }
      else if (c === 9) { b.push(BSL); b.push(116); }
      else if (c < 32 || c > 126) {
        b.push(BSL); b.push(117); b.push(48); b.push(48);
        b.push(HEX[(c >> 4) & 15]); b.push(HEX[c & 15]);
      } else b.push(c);
    }
    b.push(Q);
  }
  digits(n, minDigits, pointAt) {
    // n: a non-negative whole number, possibly past 2^31
    const t = this.tmp;
    let k = 0;
    while (n >= 1 || k < minDigits) {
      const d = n % 10;
      t[k] = 48 + d;
      k++;
      n = (n - d) / 10;
    }
    const b = this.b;
    while (k > 0) {
      k--;
      b.push(t[k]);
      if (k === pointAt && k > 0) b.push(46);
    }
  }
  int(v) {
    this.sep();
    if (v < 0) { this.b.push(45); this.digits(-v, 1, -1); }
    else this.digits(v, 1, -1);
  }
  fixed(v, dec) {
    this.sep();
    const s = v * POW10[dec];
    let n = (s < 0 ? -s : s) + 0.5;
    n = n - n % 1;
    if (s < 0 && n >= 1) this.b.push(45);
    this.digits(n, dec + 1, dec);
  }
  lit(bytes) { this.sep(); for (let i = 0; i < bytes.length; i++) this.b.push(bytes[i]); }
  bool(v) { this.lit(v ? TRUE_B : FALSE_B); }
  value(v) {
    switch (typeof v) {
      case 'number':
        if (v - v % 1 === v) this.int(v); else this.fixed(v, 3);
        break;
      case 'string':
        if (POOL['$' + v] === undefined) throw { code: E_NOSTR };
        this.str(POOL['$' + v]);
        break;
      case 'boolean':
        this.bool(v);
        break;
      case 'object':
        if (v === null) this.lit(NULL_B);
        else if (v.length !== undefined) this.list(v);
        else throw { code: E_TYPE };
        break;
      default:
        throw { code: E_TYPE };
    }
  }
  list(a) {
    this.open(91);
    for (let i = 0; i < a.length; i++) this.value(a[i]);
    this.close(93);
  }
}

class JsonReader {
  constructor() { this.b = null; this.i = 0; this.n = 0; this.depth = 0; this.sb = []; }
  parse(b) {
    this.b = b; this.i = 0; this.n = b.length; this.depth = 0;
    const v = this.value();
    this.ws();
    if (this.i !== this.n) this.fail(E_TRAIL);
    return v;
  }
  fail(code) { throw { code: code, pos: this.i }; }
  ws() {
    const b = this.b;
    while (this.i < this.n) {
      const c = b[this.i];
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else break;
    }
  }
  next() {
    this.ws();
    if (this.i >= this.n) this.fail(E_EOF);
    return this.b[this.i];
  }
  value() {
    const c = this.next();
    switch (c) {
      case 123: return this.object();
      case 91: return this.array();
      case 34: return this.string();
      case 116: return this.lit(TRUE_B, true);
      case 102: return this.lit(FALSE_B, false);
      case 110: return this.lit(NULL_B, null);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number();
        this.fail(E_TOKEN);
    }
  }
  enter() {
    this.depth++;
    if (this.depth > 6) this.fail(E_DEEP);
    this.i++;
  }
  object() {
    this.enter();
    const o = {};
    if (this.next() === 125) { this.i++; this.depth--; return o; }
    while (true) {
      if (this.next() !== Q) this.fail(E_KEY);
      const d = this.b[this.i + 1];
      if (d >= 48 && d <= 57) this.fail(E_KEY);
      const k = this.string();
      if (this.next() !== COLON) this.fail(E_COLON);
      this.i++;
      if (o[k] !== undefined) this.fail(E_DUP);
      o[k] = this.value();
      const c = this.next();
      if (c === COMMA) {
        this.i++;
        if (this.next() === 125) this.fail(E_COMMA);
      } else if (c === 125) {
        this.i++;
        this.depth--;
        return o;
      } else this.fail(E_EXPECT);
    }
  }
  array() {
    this.enter();
    const a = [];
    if (this.next() === 93) { this.i++; this.depth--; return a; }
    while (true) {
      a.push(this.value());
      const c = this.next();
      if (c === COMMA) {
        this.i++;
        if (this.next() === 93) this.fail(E_COMMA);
      } else if (c === 93) {
        this.i++;
        this.depth--;
        return a;
      } else this.fail(E_EXPECT);
    }
  }
  hex() {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = this.b[this.i];
      this.i++;
      let d = -1;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      if (d < 0) this.fail(E_ESC);
      v = v * 16 + d;
    }
    return v;
  }
  string() {
    this.i++;
    const b = this.b, sb = this.sb;
    truncate(sb, 0);
    let s = '';
    while (true) {
      if (this.i >= this.n) this.fail(E_EOF);
      let c = b[this.i];
      this.i++;
      if (c === Q) break;
      if (c === BSL) {
        const e = b[this.i];
        this.i++;
        switch (e) {
          case 110: c = 10; break;
          case 116: c = 9; break;
          case 114: c = 13; break;
          case 98: c = 8; break;
          case 102: c = 12; break;
          case 34: case 92: case 47: c = e; break;
          case 117: c = this.hex(); break;
          default: this.fail(E_ESC);
        }
      } else if (c < 32) this.fail(E_CTRL);
      sb.push(c);
      s += charOf(c);
    }
    if (POOL['$' + s] === undefined) intern(sb);
    return s;
  }
  digit() {
    const c = this.i < this.n ? this.b[this.i] : 0;
    return c >= 48 && c <= 57 ? c - 48 : -1;
  }
  number() {
    let neg = false;
    if (this.b[this.i] === 45) { neg = true; this.i++; }
    let d = this.digit();
    if (d < 0) this.fail(E_NUM);
    if (d === 0 && this.i + 1 < this.n) {
      const c = this.b[this.i + 1];
      if (c >= 48 && c <= 57) this.fail(E_NUM);
    }
    let v = 0;
    while (d >= 0) { v = v * 10 + d; this.i++; d = this.digit(); }
    if (this.b[this.i] === 46) {
      this.i++;
      d = this.digit();
      if (d < 0) this.fail(E_NUM);
      let f = 0, scale = 1;
      while (d >= 0) { f = f * 10 + d; scale = scale * 10; this.i++; d = this.digit(); }
      v = v + f / scale;
    }
    const c = this.b[this.i];
    if (c === 101 || c === 69) {
      this.i++;
      let eneg = false;
      if (this.b[this.i] === 45) { eneg = true; this.i++; }
      else if (this.b[this.i] === 43) this.i++;
      d = this.digit();
      if (d < 0) this.fail(E_NUM);
      let e = 0;
      while (d >= 0) { e = e * 10 + d; this.i++; d = this.digit(); }
      v = eneg ? v / 10 ** e : v * 10 ** e;
    }
    return neg ? -v : v;
  }
  lit(bytes, val) {
    for (let k = 0; k < bytes.length; k++) {
      if (this.b[this.i] !== bytes[k]) this.fail(E_LIT);
      this.i++;
    }
    return val;
  }
}

// ---- telemetry ----
let seed = 1;
function rnd(n) {
  seed = (seed * 75 + 74) % 65537;
  return seed % n;
}
function makeReading(m) {
  const r = {
    seq: 1000 + m,
    ts: 1733400000 + m * 60,
    t: (rnd(4000) - 1500) / 100,
    rh: rnd(1000) / 10,
    p: 98000 + rnd(5000),
    bat: 3 + rnd(1200) / 1000,
    ok: rnd(8) !== 0,
    st: rnd(4),
    s: [rnd(600) - 300, rnd(600) - 300, rnd(600) - 300, rnd(600) - 300],
    gps: null,
    note: -1
  };
  if (m % 3 !== 0) r.gps = { lat: 47 + rnd(50000) / 100000, lon: -122 - rnd(50000) / 100000, fix: m % 5 !== 0 };
  if ((m & 3) === 1) r.note = (m >> 2) & 3;
  return r;
}
function writeReading(w, r) {
  w.reset();
  w.open(123);
  w.key(KB.id); w.str(DEVICE_ID);
  w.key(KB.seq); w.int(r.seq);
  w.key(KB.ts); w.int(r.ts);
  w.key(KB.t); w.fixed(r.t, 2);
  w.key(KB.rh); w.fixed(r.rh, 1);
  w.key(KB.p); w.int(r.p);
  w.key(KB.bat); w.fixed(r.bat, 3);
  w.key(KB.ok); w.bool(r.ok);
  w.key(KB.st); w.str(ST[r.st]);
  w.key(KB.s);
  w.open(91);
  for (let i = 0; i < r.s.length; i++) w.int(r.s[i]);
  w.close(93);
  w.key(KB.gps);
  if (r.gps === null) w.lit(NULL_B);
  else {
    w.open(123);
    w.key(KB.lat); w.fixed(r.gps.lat, 5);
    w.key(KB.lon); w.fixed(r.gps.lon, 5);
    w.key(KB.fix); w.bool(r.gps.fix);
    w.close(125);
  }
  if (r.note >= 0) { w.key(KB.note); w.str(NOTES[r.note]); }
  w.close(125);
}
function round(v, dec) {
  const s = v * POW10[dec];
  const n = (s < 0 ? -s : s) + 0.5;
  return s < 0 ? -(n - n % 1) : n - n % 1;
}
// Compares the parsed message with the reading; returns the number of mismatches.
function check(o, r) {
  let bad = 0;
  if (o.id !== DEVICE_STR) bad++;
  if (o.seq !== r.seq || o.ts !== r.ts || o.p !== r.p) bad++;
  if (round(o.t, 2) !== round(r.t, 2)) bad++;
  if (round(o.rh, 1) !== round(r.rh, 1)) bad++;
  if (round(o.bat, 3) !== round(r.bat, 3)) bad++;
  if (o.ok !== r.ok || o.st !== ST_STR[r.st]) bad++;
  if (typeof o.s !== 'object' || o.s.length !== 4) bad++;
  else for (let i = 0; i < 4; i++) if (o.s[i] !== r.s[i]) bad++;
  if (r.gps === null) { if (o.gps !== null) bad++; }
  else if (typeof o.gps !== 'object' || o.gps === null) bad++;
  else {
    if (round(o.gps.lat, 5) !== round(r.gps.lat, 5)) bad++;
    if (round(o.gps.lon, 5) !== round(r.gps.lon, 5)) bad++;
    if (o.gps.fix !== r.gps.fix) bad++;
  }
  if (r.note >= 0) { if (o.note !== NOTE_STR[r.note]) bad++; }
  else if (o.note !== undefined) bad++;
  return bad;
}

// ---- configuration store ----
const CFG = {};
function resetConfig() {
  CFG.c_interval = 10;
  CFG.c_unit = DEFAULT_UNIT;
  CFG.c_alarmHi = 40;
  CFG.c_led = false;
  CFG.c_name = DEFAULT_NAME;
}
let changes = 0;
function setKey(k, v) {
  if (typeof k !== 'string') throw { code: E_SHAPE };
  const cur = CFG['c_' + k];
  if (cur === undefined) throw { code: E_UNKNOWN };
  if (typeof v !== typeof cur) throw { code: E_VTYPE };
  switch (k) {
    case 'interval':
      if (v < 1 || v > 3600 || v % 1 !== 0) throw { code: E_RANGE };
      break;
    case 'alarmHi':
      if (v < -40 || v > 85) throw { code: E_RANGE };
      break;
    case 'unit':
      if (v !== 'C' && v !== 'F') throw { code: E_RANGE };
      break;
  }
  CFG['c_' + k] = v;
  changes++;
}
function handle(msg, w) {
  if (typeof msg !== 'object' || msg === null || msg.length !== undefined) throw { code: E_SHAPE };
  switch (msg.cmd) {
    case 'set':
      setKey(msg.key, msg.val);
      break;
    case 'get':
      if (typeof msg.keys !== 'object' || msg.keys === null || msg.keys.length === undefined) throw { code: E_SHAPE };
      w.key(KB.val);
      getKeys(msg.keys, w);
      break;
    case 'batch':
      batch(msg.ops);
      break;
    case 'reboot':
      w.key(KB.n);
      w.int(typeof msg.delay === 'number' ? msg.delay : 0);
      break;
    default:
      throw { code: E_CMD };
  }
  w.key(KB.changes);
  w.int(changes);
}
function getKeys(keys, w) {
  w.open(123);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = CFG['c_' + k];
    if (v === undefined) throw { code: E_UNKNOWN };
    w.key(POOL['$' + k]);
    w.value(v);
  }
  w.close(125);
}
function batch(ops) {
  // all or nothing: on the first bad op, put the old values back and re-throw
  const saved = [];
  const before = changes;
  try {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      saved.push(CFG['c_' + op.key]);
      setKey(op.key, op.val);
    }
  } catch (e) {
    for (let i = 0; i < saved.length; i++) {
      if (saved[i] !== undefined) CFG['c_' + ops[i].key] = saved[i];
    }
    changes = before;
    throw e;
  }
}

let checked = false;
let expected = 0;

function hashBytes(h, b) {
  for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) % 1000003;
  return h;
}

function run() {
  // (an instance made at load time cannot go into a Microvium snapshot)
  const writer = new JsonWriter();
  const reader = new JsonReader();
  seed = 1;
  changes = 0;
  resetConfig();
  let h = 7, bytes = 0, bad = 0, sum = 0;
  for (let m = 0; m < 12; m++) {
    const r = makeReading(m);
    writeReading(writer, r);
    h = hashBytes(h, writer.b);
    bytes += writer.b.length;
    const o = reader.parse(writer.b);
    bad += check(o, r);
    sum += o.s[0] + o.s[3] + (o.gps === null ? 0 : 1);
  }
  let errs = '', okCount = 0;
  for (let c = 0; c < CMDS.length; c++) {
    writer.reset();
    writer.open(123);
    writer.key(KB.seq);
    writer.int(c);
    const mark = writer.b.length;
    try {
      const msg = reader.parse(CMDS[c]);
      writer.key(KB.ok);
      writer.bool(true);
      handle(msg, writer);
      okCount++;
    } catch (e) {
      truncate(writer.b, mark);
      writer.key(KB.ok);
      writer.bool(false);
      writer.key(KB.err);
      writer.int(e.code);
      if (typeof e.pos === 'number') { writer.key(KB.pos); writer.int(e.pos); }
      errs += (errs === '' ? '' : ',') + e.code;
    }
    writer.close(125);
    h = hashBytes(h, writer.b);
    bytes += writer.b.length;
  }
  const cfgLine = `${CFG.c_interval}${CFG.c_unit}/${CFG.c_alarmHi}/${CFG.c_led ? 'on' : 'off'}/${CFG.c_name}`;
  const r = (h + bytes * 7 + bad * 1009 + sum + okCount * 13 + changes) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`telemetry-json ${bytes}B ok=${okCount} err=[${errs}] bad=${bad} cfg=${cfgLine} h=${h} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
