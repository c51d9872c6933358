// A KNX/IP line coupler and room controller. The ETS project is compiled at
// load time into a group-address table: an object with 160 keys such as
// '2/1/5' (main/middle/sub), each holding a datapoint record (type, name,
// flags, the list of listening devices). A second table maps a name such as
// 'light_2_1_5' back to its address. At run time the bus delivers 640
// telegrams whose destination keys are built with '+' from three numbers;
// some are for addresses the project does not hold (sub 8 and 9: misses,
// counted and dropped by the filter table). Values are encoded and decoded
// as the real datapoint types: DPT 1 (switch), DPT 5.001 (0..100 % scaled to
// 0..255 with rounding), DPT 9 (the KNX 2-byte float: 0.01 * M * 2^E with an
// 11-bit mantissa and 4-bit exponent) and DPT 7 (16-bit counter). Every
// listener updates its own state record, and read requests are answered
// from the state map by name.
const NODE_SUM = 133111;
const MAINS = 5, MIDS = 4, SUBS = 8;
const KIND = ['1.001', '5.001', '9.001', '7.001'];
const ROOMS = ['hall', 'kitchen', 'living', 'bed1', 'bed2', 'bath', 'office', 'attic'];
const GA = {}, BYNAME = {}, GAKEYS = [];
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function round(x) { return floor(x + 0.5); }

for (let m = 0; m < MAINS; m++) {
  for (let mid = 0; mid < MIDS; mid++) {
    for (let s = 0; s < SUBS; s++) {
      const key = m + '/' + mid + '/' + s;
      const k = (m + mid * 3 + s) % 4;
      const name = (k === 0 ? 'light_' : k === 1 ? 'dim_' : k === 2 ? 'temp_' : 'count_') + m + '_' + mid + '_' + s;
      const listeners = [];
      for (let d = 0; d < 1 + (s + m) % 3; d++) listeners.push('dev' + ((m * 7 + mid * 5 + s * 3 + d) % 24));
      GA[key] = { dpt: KIND[k], kind: k, name: name, room: ROOMS[(m * 4 + mid) % 8], read: (s & 1) === 0, write: s !== 7, listeners: listeners };
      BYNAME[name] = key;
      GAKEYS.push(key);
    }
  }
}

function encode9(v) {               // KNX 2-byte float
  let mant = v * 100, e = 0;
  while (mant > 2047 || mant < -2048) { mant = mant / 2; e += 1; }
  let m = round(mant);
  if (m > 2047) m = 2047;
  const sign = m < 0 ? 0x8000 : 0;
  return sign | (e << 11) | (m & 0x7ff);
}
function decode9(raw) {
  let m = raw & 0x7ff;
  if ((raw & 0x8000) !== 0) m = m - 2048;
  return 0.01 * m * (1 << ((raw >> 11) & 15));
}
function encodeValue(kind, v) {
  if (kind === 0) return v ? 1 : 0;
  if (kind === 1) return round(v * 255 / 100);
  if (kind === 2) return encode9(v);
  return v & 0xffff;
}
function decodeValue(kind, raw) {
  if (kind === 0) return raw & 1;
  if (kind === 1) return round(raw * 100 / 255);
  if (kind === 2) return decode9(raw);
  return raw;
}

function deliver(dev, states, rec, value, t) {
  for (let i = 0; i < rec.listeners.length; i++) {
    const id = rec.listeners[i];
    let st = dev[id];
    if (st === undefined) { st = { updates: 0, last: 0, sum: 0, since: t }; dev[id] = st; }
    st.updates += 1;
    st.sum = (st.sum + floor(value * 10)) % 1000003;
    if (st.sum < 0) st.sum += 1000003;
    st.last = t;
  }
  states[rec.name] = value;
}

function run() {
  const states = {}, dev = {}, stats = { tx: 0, miss: 0, denied: 0, reads: 0, answered: 0, unknownRead: 0 };
  let h = 7, seed = 4711;
  for (let t = 0; t < 640; t++) {
    seed = (seed * 1103 + 12345) % 65521;
    const m = seed % MAINS, mid = (seed >> 3) % MIDS, s = (seed >> 5) % 10;   // s 8 and 9: not in the table
    const key = m + '/' + mid + '/' + s;
    const rec = GA[key];
    if (rec === undefined) { stats.miss += 1; h = (h * 31 + 1) % 1000003; }
    else if (t % 7 === 3) {                                 // GroupValueRead
      stats.reads += 1;
      const v = states[rec.name];
      if (!rec.read) stats.denied += 1;
      else if (v === undefined) stats.unknownRead += 1;
      else { stats.answered += 1; h = (h * 31 + (encodeValue(rec.kind, v) & 0xffff)) % 1000003; }
    } else if (!rec.write) stats.denied += 1;
    else {                                                // GroupValueWrite
      let v;
      if (rec.kind === 0) v = (seed >> 2) & 1;
      else if (rec.kind === 1) v = (seed % 101);
      else if (rec.kind === 2) v = ((seed % 9000) - 2000) / 100 + t * 0.37;
      else v = (t * 97 + seed) % 70000;
      const raw = encodeValue(rec.kind, v);
      const back = decodeValue(rec.kind, raw);
      deliver(dev, states, rec, back, t);
      stats.tx += 1;
      h = (h * 31 + raw) % 1000003;
    }
    if (t % 40 === 39) {                                  // scene: read back by name
      for (let r = 0; r < 8; r++) {
        const nm = 'temp_' + (r % MAINS) + '_' + ((r * 3) % MIDS) + '_' + ((r * 5) % SUBS);
        const ga = BYNAME[nm];
        if (ga === undefined) stats.unknownRead += 1;
        else {
          const v = states[nm];
          h = (h * 31 + (v === undefined ? 3 : round(v * 100) + 70000)) % 1000003;
        }
      }
    }
  }
  let devs = 0, upd = 0;
  for (let d = 0; d < 24; d++) {
    const st = dev['dev' + d];
    if (st !== undefined) { devs += 1; upd += st.updates; h = (h * 31 + st.sum + st.last) % 1000003; }
  }
  let known = 0;
  for (let i = 0; i < GAKEYS.length; i++) if (states[GA[GAKEYS[i]].name] !== undefined) known += 1;
  const line = 'knx-groups tx=' + stats.tx + ' miss=' + stats.miss + ' denied=' + stats.denied + ' reads=' + stats.reads +
    ' answered=' + stats.answered + ' unk=' + stats.unknownRead + ' devs=' + devs + ' upd=' + upd + ' known=' + known + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
