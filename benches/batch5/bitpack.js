// Radio uplink frames for a battery-powered environmental sensor. Each
// record is packed field by field into a bit stream (MSB first, fields of
// 1 to 16 bits straddling byte boundaries) following a schema table of
// { name, bits, signed, offset, scale }; out-of-range values are clamped
// and counted. The frame gets a CRC-16/CCITT, then is unpacked again with
// sign extension into records keyed by field name, and compared with what
// was sent. A 32-bit header word packs the frame's metadata with shifts.
const SCHEMA = [
  { name: 'node', bits: 6, signed: false, offset: 0, scale: 1 },
  { name: 'seq', bits: 8, signed: false, offset: 0, scale: 1 },
  { name: 'temp', bits: 11, signed: true, offset: 0, scale: 5 },      // 0.05 °C units in, 0.25 °C packed
  { name: 'hum', bits: 7, signed: false, offset: 0, scale: 1 },
  { name: 'press', bits: 12, signed: false, offset: 8700, scale: 1 },  // hPa*10 - 8700
  { name: 'batt', bits: 4, signed: false, offset: 30, scale: 1 },      // 0.1 V over 3.0 V
  { name: 'flags', bits: 3, signed: false, offset: 0, scale: 1 },
  { name: 'ax', bits: 10, signed: true, offset: 0, scale: 1 },
  { name: 'ay', bits: 10, signed: true, offset: 0, scale: 1 },
  { name: 'az', bits: 10, signed: true, offset: 0, scale: 1 },
  { name: 'lux', bits: 16, signed: false, offset: 0, scale: 4 }
];

class BitWriter {
  constructor() { this.bytes = []; this.acc = 0; this.nacc = 0; this.nbits = 0; }
  put(v, bits) {
    for (let k = bits - 1; k >= 0; k--) {
      this.acc = (this.acc << 1) | ((v >> k) & 1);
      this.nacc++;
      if (this.nacc === 8) { this.bytes.push(this.acc); this.acc = 0; this.nacc = 0; }
    }
    this.nbits += bits;
  }
  flush() {
    if (this.nacc > 0) { this.bytes.push((this.acc << (8 - this.nacc)) & 255); this.acc = 0; this.nacc = 0; }
    return this.bytes;
  }
}

class BitReader {
  constructor(bytes) { this.bytes = bytes; this.pos = 0; }
  get(bits) {
    let v = 0;
    while (bits > 0) {
      const byte = this.bytes[this.pos >> 3];
      const used = this.pos & 7;
      const avail = 8 - used;
      const take = bits < avail ? bits : avail;
      const chunk = (byte >> (avail - take)) & ((1 << take) - 1);
      v = (v << take) | chunk;
      this.pos += take;
      bits -= take;
    }
    return v;
  }
}

function crc16(bytes, n) {
  let crc = 0xffff;
  for (let i = 0; i < n; i++) {
    crc ^= bytes[i] << 8;
    for (let k = 0; k < 8; k++) {
      // '!== 0' rather than a bare test: Microvium 8 takes 0x8000 (a boxed int32) as falsy.
      crc = (crc & 0x8000) !== 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

function encodeField(w, f, value, stats) {
  let v = ((value - f.offset) / f.scale) | 0;
  const lo = f.signed ? -(1 << (f.bits - 1)) : 0;
  const hi = f.signed ? (1 << (f.bits - 1)) - 1 : (1 << f.bits) - 1;
  if (v < lo) { v = lo; stats.clamped++; }
  if (v > hi) { v = hi; stats.clamped++; }
  w.put(v & ((1 << f.bits) - 1), f.bits);
}

function decodeField(r, f) {
  let v = r.get(f.bits);
  if (f.signed) v = (v << (32 - f.bits)) >> (32 - f.bits);
  return v * f.scale + f.offset;
}

// Sensor readings of one reporting period, from a deterministic generator.
function sampleRecords(count, seed) {
  const recs = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 75 + 74) % 65537;
    const s = seed;
    recs.push({
      node: 3 + (i & 1) * 40, seq: (i * 37) & 255,
      temp: -300 + ((s * 7) % 1500) * 2, hum: 20 + (s % 70) + (i === 5 ? 60 : 0),
      press: 9800 + (s % 500) - 250, batt: 30 + (s & 15) - (i === 9 ? 5 : 0),
      flags: s & 7, ax: (s % 1023) - 511, ay: ((s >> 3) % 1100) - 550, az: 480 + (s & 31),
      lux: (s * 3) & 0x3ffff
    });
  }
  return recs;
}
const RECORDS = sampleRecords(12, 4242);

let checked = false;
function run() {
  const stats = { clamped: 0, mismatched: 0 };
  const w = new BitWriter();
  for (let i = 0; i < RECORDS.length; i++) {
    const rec = RECORDS[i];
    for (let k = 0; k < SCHEMA.length; k++) encodeField(w, SCHEMA[k], rec[SCHEMA[k].name], stats);
  }
  const nbits = w.nbits;
  const bytes = w.flush();
  const crc = crc16(bytes, bytes.length);
  // Header: version(3) | record count(5) | schema id(8) | crc(16).
  const header = (1 << 29) | (RECORDS.length << 24) | (0x5c << 16) | crc;

  const version = header >>> 29, count = (header >> 24) & 31, schemaId = (header >> 16) & 255;
  assert(crc16(bytes, bytes.length) === (header & 0xffff), 'crc');
  const r = new BitReader(bytes);
  let sum = 0, worst = 0;
  for (let i = 0; i < count; i++) {
    const out = {};
    for (let k = 0; k < SCHEMA.length; k++) {
      const f = SCHEMA[k];
      out[f.name] = decodeField(r, f);
    }
    const rec = RECORDS[i];
    for (let k = 0; k < SCHEMA.length; k++) {
      const name = SCHEMA[k].name;
      let err = out[name] - rec[name];
      if (err < 0) err = -err;
      if (err >= SCHEMA[k].scale) stats.mismatched++;
      if (err > worst) worst = err;
      sum = (sum * 17 + out[name]) % 1000003;
    }
  }
  const res = (sum ^ crc ^ (stats.clamped << 20)) + nbits;
  if (!checked) {
    checked = true;
    print('bitpack ' + version + '/' + count + '/' + schemaId + ' ' + nbits + ' ' + bytes.length + ' ' + crc + ' ' +
      stats.clamped + ' ' + stats.mismatched + ' ' + worst + ' ' + sum + ' ' + res);
  }
  return res;
}
vmExport(0, run);
