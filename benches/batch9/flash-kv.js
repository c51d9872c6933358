// A log-structured key-value store for device settings on a simulated
// NOR flash: 4 pages of 160 bytes, erased to 0xFF, where programming can
// only clear bits (a write is ANDed in, and a write that would need to
// set a bit is counted as a fault). Each page has a 4-byte header (magic,
// state, 16-bit sequence number). A record is key, length, data and a
// CRC-8 (poly 0x07); length 0 is a delete. When the active page is full
// the store moves to the spare page, then reclaims the oldest page by
// copying its live records forward and erasing it. Each call runs 150
// LCG-driven set/delete/get operations against a shadow copy, then
// "reboots": it rebuilds the RAM index by scanning the pages in sequence
// order, and checks every key against the shadow.
const PAGES = 4, PSIZE = 160, HDR = 4, KEYS = 12;
function crc8(bytes, from, n) {
  let c = 0;
  for (let i = from; i < from + n; i++) {
    c = c ^ bytes[i];
    for (let k = 0; k < 8; k++) c = (c & 0x80) !== 0 ? ((c << 1) ^ 0x07) & 0xFF : (c << 1) & 0xFF;
  }
  return c;
}
function makeFlash() {
  const pages = [];
  for (let p = 0; p < PAGES; p++) { const pg = []; for (let i = 0; i < PSIZE; i++) pg.push(0xFF); pages.push(pg); }
  return { pages, erases: [0, 0, 0, 0], faults: 0, writes: 0 };
}
function program(fl, p, off, v) {
  const old = fl.pages[p][off];
  if ((old & v) !== v) fl.faults += 1;
  fl.pages[p][off] = old & v;
  fl.writes += 1;
}
function erase(fl, p) { const pg = fl.pages[p]; for (let i = 0; i < PSIZE; i++) pg[i] = 0xFF; fl.erases[p] += 1; }
function store(fl) { return { fl, index: {}, active: -1, top: 0, seq: 0, reclaims: 0 }; }
function openPage(st, p) {
  st.seq += 1;
  program(st.fl, p, 0, 0xA5); program(st.fl, p, 1, 0x7F);
  program(st.fl, p, 2, st.seq & 0xFF); program(st.fl, p, 3, st.seq >> 8);
  st.active = p; st.top = HDR;
}
function seqOf(fl, p) { const pg = fl.pages[p]; return pg[0] === 0xA5 ? pg[2] | (pg[3] << 8) : -1; }
function append(st, key, data, len) {
  const p = st.active, at = st.top;
  const rec = [key, len];
  for (let i = 0; i < len; i++) rec.push(data[i]);
  rec.push(crc8(rec, 0, len + 2));
  for (let i = 0; i < rec.length; i++) program(st.fl, p, at + i, rec[i]);
  st.top = at + rec.length;
  if (len === 0) st.index['k' + key] = undefined; else st.index['k' + key] = p * 256 + at;
}
function findErased(st) { for (let p = 0; p < PAGES; p++) if (seqOf(st.fl, p) < 0) return p; return -1; }
function oldest(st) {
  let best = -1, bs = 1 << 20;
  for (let p = 0; p < PAGES; p++) { const s = seqOf(st.fl, p); if (p !== st.active && s >= 0 && s < bs) { bs = s; best = p; } }
  return best;
}
function reclaim(st) {
  const victim = oldest(st), pg = st.fl.pages[victim];
  st.reclaims += 1;
  for (let k = 0; k < KEYS; k++) {
    const loc = st.index['k' + k];
    if (loc !== undefined && (loc >> 8) === victim) {
      const off = loc & 0xFF, len = pg[off + 1], data = [];
      for (let i = 0; i < len; i++) data.push(pg[off + 2 + i]);
      append(st, k, data, len);
    }
  }
  erase(st.fl, victim);
}
function set(st, key, data, len) {
  if (st.active < 0 || st.top + len + 3 > PSIZE) {
    if (st.active >= 0) program(st.fl, st.active, 1, 0x3F);
    openPage(st, findErased(st));
    if (findErased(st) < 0) reclaim(st);
  }
  append(st, key, data, len);
}
function get(st, key) {
  const loc = st.index['k' + key];
  if (loc === undefined) return null;
  const pg = st.fl.pages[loc >> 8], off = loc & 0xFF, len = pg[off + 1], out = [];
  if (crc8(pg, off, len + 2) !== pg[off + 2 + len]) return null;
  for (let i = 0; i < len; i++) out.push(pg[off + 2 + i]);
  return out;
}
function mount(fl) {
  const st = store(fl), order = [];
  for (let p = 0; p < PAGES; p++) if (seqOf(fl, p) >= 0) order.push(p);
  // insertion sort of the used pages by sequence number
  for (let i = 1; i < order.length; i++) {
    const v = order[i];
    let j = i - 1;
    while (j >= 0 && seqOf(fl, order[j]) > seqOf(fl, v)) { order[j + 1] = order[j]; j -= 1; }
    order[j + 1] = v;
  }
  for (let i = 0; i < order.length; i++) {
    const p = order[i], pg = fl.pages[p];
    let off = HDR;
    while (off < PSIZE - 2 && pg[off] !== 0xFF) {
      const len = pg[off + 1];
      if (crc8(pg, off, len + 2) === pg[off + 2 + len]) st.index['k' + pg[off]] = len === 0 ? undefined : p * 256 + off;
      off += len + 3;
    }
    st.active = p; st.top = off; st.seq = seqOf(fl, p);
  }
  return st;
}
function same(a, b) {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// checksum computed in node
const NODE_SUM = 579942;
let checked = false, expected = 0;
function run() {
  const fl = makeFlash();
  let st = store(fl), seed = 555, bad = 0, h = 19;
  const shadow = [];
  for (let k = 0; k < KEYS; k++) shadow.push(null);
  for (let op = 0; op < 150; op++) {
    seed = (seed * 1103 + 12345) % 32749;
    const key = seed % KEYS, kind = (seed >> 4) % 10;
    if (kind < 7) {
      const len = 1 + (seed >> 3) % 6, data = [];
      for (let i = 0; i < len; i++) data.push((seed * (i + 7) + op) & 0xFF);
      set(st, key, data, len);
      shadow[key] = data;
    } else if (kind < 8) { set(st, key, [], 0); shadow[key] = null; }
    else {
      const v = get(st, key);
      if (!same(v, shadow[key])) bad += 1;
      h = (h * 31 + (v === null ? 1 : v.length * 5 + v[0])) % 1000003;
    }
  }
  const before = st.reclaims;
  st = mount(fl);
  for (let k = 0; k < KEYS; k++) {
    const v = get(st, k);
    if (!same(v, shadow[k])) bad += 1;
    h = (h * 7 + (v === null ? 3 : v.length + v[v.length - 1])) % 1000003;
  }
  assertEqual(bad, 0);
  h = (h * 131 + fl.writes + fl.faults * 1000 + before * 17 + st.seq) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`flash-kv writes=${fl.writes} faults=${fl.faults} reclaims=${before} seq=${st.seq} erases=${fl.erases[0]}/${fl.erases[1]}/${fl.erases[2]}/${fl.erases[3]} bad=${bad} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
