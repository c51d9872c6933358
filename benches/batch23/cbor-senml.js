// A sensor node's uplink encoder: readings are plain nested records, encoded
// as CBOR (RFC 8949) with integer map keys from a key dictionary, as
// constrained SenML/COSE profiles do, and decimals as tag-4 decimal fractions
// [exponent, mantissa]. Known strings go out as small enum codes. The encoder
// walks records with Reflect.ownKeys and dispatches on typeof; the decoder
// rebuilds records through the reverse tables, and a deep compare checks the
// round trip before the frame's CRC-16 is taken and the frame is copied into
// the radio buffer. Each call encodes 64 readings built from the tick.
const NODE_SUM = 940991;
const KEY_NAMES = ['dev', 't', 'temp', 'hum', 'press', 'batt', 'mv', 'pct', 'flags', 'alarm', 'loc', 'lat', 'lon', 'seq', 'mode', 'err'];
const KEY_ID = {};
for (let i = 0; i < KEY_NAMES.length; i++) KEY_ID[KEY_NAMES[i]] = i + 1;
const ENUM_NAMES = ['node1', 'node2', 'node7', 'gw', 'eco', 'normal', 'boost', 'ok', 'lowbatt', 'sensor-fail'];
const ENUM_ID = {};
for (let i = 0; i < ENUM_NAMES.length; i++) ENUM_ID[ENUM_NAMES[i]] = i;
const CRC_T = [];
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = (c & 0x8000) ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC_T.push(c);
}
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }

class Encoder {
  constructor() { this.out = []; }
  head(major, n) {
    const m = major << 5;
    if (n < 24) this.out.push(m | n);
    else if (n < 256) { this.out.push(m | 24); this.out.push(n); }
    else if (n < 65536) { this.out.push(m | 25); this.out.push(n >> 8); this.out.push(n & 255); }
    else { this.out.push(m | 26); this.out.push(floor(n / 16777216) & 255); this.out.push((n >> 16) & 255); this.out.push((n >> 8) & 255); this.out.push(n & 255); }
  }
  int(v) { if (v >= 0) this.head(0, v); else this.head(1, -1 - v); }
  value(v) {
    switch (typeof v) {
      case 'number':
        if ((v | 0) === v) this.int(v);
        else { this.head(6, 4); this.head(4, 2); this.int(-2); this.int(floor(v * 100 + 0.5)); }   // 4([-2, m])
        break;
      case 'boolean': this.out.push(v ? 0xf5 : 0xf4); break;
      case 'string': this.enumCode(v); break;
      case 'object':
        if (v === null) this.out.push(0xf6);
        else if (typeof v.length === 'number') this.array(v);
        else this.map(v);
        break;
      default: this.out.push(0xf7);
    }
  }
  array(a) { this.head(4, a.length); for (let i = 0; i < a.length; i++) this.value(a[i]); }
  enumCode(v) {
    const id = ENUM_ID[v];
    if (id === undefined) throw { code: 'enum', what: v };
    this.head(6, 40); this.int(id);                         // tag 40: our enum
  }
  map(o) {
    const keys = Reflect.ownKeys(o);
    this.head(5, keys.length);
    for (let i = 0; i < keys.length; i++) { this.int(KEY_ID[keys[i]]); this.value(o[keys[i]]); }
  }
}

class Decoder {
  constructor(bytes) { this.b = bytes; this.p = 0; }
  arg(info) {
    const b = this.b;
    if (info < 24) return info;
    if (info === 24) { this.p += 1; return b[this.p - 1]; }
    if (info === 25) { this.p += 2; return b[this.p - 2] * 256 + b[this.p - 1]; }
    this.p += 4; return ((b[this.p - 4] * 256 + b[this.p - 3]) * 256 + b[this.p - 2]) * 256 + b[this.p - 1];
  }
  item() {
    const ib = this.b[this.p]; this.p += 1;
    const major = ib >> 5, n = ib < 0xe0 ? this.arg(ib & 31) : ib & 31;
    switch (major) {
      case 0: return n;
      case 1: return -1 - n;
      case 4: return this.array(n);
      case 5: return this.map(n);
      case 6: return this.tagged(n, this.item());
      default: return n === 21 ? true : n === 20 ? false : n === 22 ? null : undefined;
    }
  }
}

Decoder.prototype.array = function (n) { const a = []; for (let i = 0; i < n; i++) a.push(this.item()); return a; };
Decoder.prototype.map = function (n) { const o = {}; for (let i = 0; i < n; i++) { const k = KEY_NAMES[this.item() - 1]; o[k] = this.item(); } return o; };
Decoder.prototype.tagged = function (tag, x) { return tag === 4 ? x[1] / 100 : ENUM_NAMES[x]; };

function same(a, b) {
  if (typeof a !== 'object' || a === null) return a === b || (typeof a === 'number' && floor(a * 100 + 0.5) === floor(b * 100 + 0.5));
  if (typeof b !== 'object' || b === null) return false;
  if (typeof a.length === 'number') { if (a.length !== b.length) return false; for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false; return true; }
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || !same(a[ka[i]], b[kb[i]])) return false;
  return true;
}

function reading(i, tick) {
  const r = { dev: ENUM_NAMES[i % 3], t: 1700000 + tick * 60 + i, seq: tick * 48 + i, temp: 18.5 + ((i * 37) % 90) / 10 };
  r.hum = 30 + (i * 7) % 55;
  if (i % 4 === 0) r.press = 1013.25 - (i % 9) * 0.5;
  r.batt = { mv: 3300 - i * 9 - tick, pct: 90 - (i % 40) };
  r.flags = [i & 1, (i >> 1) & 1, (i % 5) === 0];
  r.mode = i % 23 === 22 ? 'turbo' : ENUM_NAMES[4 + (i % 3)];     // 'turbo' is not in the table
  if (i % 6 === 5) r.loc = { lat: 47.37 + i / 1000, lon: 8.54 - i / 1000 }; else if (i % 6 === 2) r.loc = null;
  if (r.batt.mv < 3000) r.err = ENUM_NAMES[8];
  r.alarm = r.temp > 26;
  return r;
}

function crc16(bytes) { let c = 0xffff; for (let i = 0; i < bytes.length; i++) c = ((c << 8) & 0xffff) ^ CRC_T[((c >> 8) ^ bytes[i]) & 255]; return c; }

function run() {
  const radio = Microvium.newUint8Array(256);
  let h = 7, total = 0, bad = 0, errs = 0;
  for (let tick = 0; tick < 4; tick++) {
    for (let i = 0; i < 16; i++) {
      const r = reading(i + tick * 16, tick);
      const enc = new Encoder();
      try { enc.map(r); } catch (e) { errs += 1; h = (h * 31 + (e.code === 'enum' ? 1 : 2)) % 1000003; r.mode = ENUM_NAMES[3]; enc.out = []; enc.map(r); }
      const back = new Decoder(enc.out).item();
      if (!same(r, back)) bad += 1;
      const crc = crc16(enc.out);
      for (let k = 0; k < enc.out.length && k < 254; k++) radio[k] = enc.out[k];
      radio[254] = crc >> 8; radio[255] = crc & 255;
      total += enc.out.length;
      h = (h * 31 + crc + enc.out.length + radio[7] + back.batt.pct) % 1000003;
    }
  }
  const line = 'cbor-senml frames=64 bytes=' + total + ' bad=' + bad + ' errs=' + errs + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
