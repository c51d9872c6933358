// A flight controller's blackbox logger. Every 2 ms loop it records a frame
// of 8 fields (3 gyro rates, 4 motor outputs, throttle) into byte pages
// (Microvium.newUint8Array, 256 bytes each) that stand for SPI flash. An
// intra frame every 32 frames stores each field as a zigzag LEB128 varint;
// the inter frames in between store residuals against a predictor: straight
// line (2*prev - prev2) for the gyros, previous value for the motors and the
// throttle. Residuals go in groups of 4 with a tag byte of 2-bit sizes
// (zero, nibble, byte, 16-bit), as in the tag8_4S16 encoding. Each page ends
// with a CRC-16/CCITT. After the flight the log is read back page by page,
// CRC-checked and decoded with the same predictors, and every value is
// compared with the original. 96 frames.
const NODE_SUM = 665791;
const SIN = [];                                   // sine table, 64 steps, amplitude 1000
for (let i = 0; i < 64; i++) {
  const x = (i / 64) * 6.283185307179586 - 3.141592653589793;
  let t = x, s = x, k = 1;
  while (k < 12) { t = -t * x * x / ((2 * k) * (2 * k + 1)); s += t; k += 1; }
  SIN.push((s * 1000) | 0);
}
const FIELDS = 8, PAGE = 256, FRAMES = 96;
let checked = false;

const CRCT = [];                                  // CRC-16/CCITT table
for (let i = 0; i < 256; i++) {
  let c = i << 8;
  for (let b = 0; b < 8; b++) c = (c & 0x8000) !== 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRCT.push(c);
}
function crc16(buf, n) {
  let c = 0xffff;
  for (let i = 0; i < n; i++) c = ((c << 8) & 0xffff) ^ CRCT[(c >> 8) ^ buf[i]];
  return c;
}

function makeWriter() {
  const w = { pages: [], page: null, pos: 0, bytes: 0 };
  return w;
}
function putByte(w, b) {
  if (w.page === null || w.pos >= PAGE - 3) {
    if (w.page !== null) { sealPage(w); }
    w.page = Microvium.newUint8Array(PAGE); w.pos = 1; w.pages.push(w.page);
  }
  w.page[w.pos] = b & 255; w.pos += 1; w.bytes += 1;
}
function sealPage(w) {
  const p = w.page;
  p[0] = w.pos & 255;                              // used length (pos <= 253)
  const c = crc16(p, w.pos);
  p[PAGE - 2] = c >> 8; p[PAGE - 1] = c & 255;
}
function zig(v) { return v >= 0 ? v * 2 : -v * 2 - 1; }
function unzig(u) { return (u & 1) === 0 ? u / 2 : -(u + 1) / 2; }
function putVar(w, v) {
  let u = zig(v);
  while (u >= 128) { putByte(w, (u & 127) | 128); u = (u - (u & 127)) / 128; }
  putByte(w, u);
}
function sizeOf(v) { return v === 0 ? 0 : (v >= -8 && v <= 7 ? 1 : (v >= -128 && v <= 127 ? 2 : 3)); }
function putGroup(w, r, o) {                      // 4 residuals r[o..o+3]
  let tag = 0;
  for (let i = 0; i < 4; i++) tag = tag | (sizeOf(r[o + i]) << (i * 2));
  putByte(w, tag);
  let nib = -1;
  for (let i = 0; i < 4; i++) {
    const v = r[o + i], s = (tag >> (i * 2)) & 3;
    if (s === 1) {
      if (nib < 0) {                               // pack this nibble with the next one, if any
        let hi = 0, j = i + 1;
        while (j < 4 && ((tag >> (j * 2)) & 3) !== 1) j += 1;
        if (j < 4) hi = r[o + j] & 15;
        putByte(w, (v & 15) | (hi << 4)); nib = 1;
      } else nib = -1;
    }
    else if (s === 2) putByte(w, v & 255);
    else if (s === 3) { putByte(w, (v >> 8) & 255); putByte(w, v & 255); }
  }
}

function makeReader(pages) { return { pages: pages, pi: 0, pos: 1, bad: 0 }; }
function getByte(rd) {
  let p = rd.pages[rd.pi];
  if (rd.pos >= p[0]) { rd.pi += 1; rd.pos = 1; p = rd.pages[rd.pi]; }
  const b = p[rd.pos]; rd.pos += 1;
  return b;
}
function getVar(rd) {
  let u = 0, m = 1, b = getByte(rd);
  while (b >= 128) { u += (b & 127) * m; m *= 128; b = getByte(rd); }
  return unzig(u + b * m);
}
function sx(v, bits) { const top = 1 << (bits - 1); return (v & (top - 1)) - (v & top); }
function getGroup(rd, r, o) {
  const tag = getByte(rd);
  let nib = -1;
  for (let i = 0; i < 4; i++) {
    const s = (tag >> (i * 2)) & 3;
    if (s === 0) r[o + i] = 0;
    else if (s === 1) {
      if (nib < 0) { nib = getByte(rd); r[o + i] = sx(nib & 15, 4); } else { r[o + i] = sx(nib >> 4, 4); nib = -1; }
    } else if (s === 2) r[o + i] = sx(getByte(rd), 8);
    else { const hi = getByte(rd); r[o + i] = sx((hi << 8) | getByte(rd), 16); }
  }
}
function predict(f, p1, p2) { return f < 3 ? 2 * p1[f] - p2[f] : p1[f]; }

function run() {
  let h = 7;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  let seed = 12345;
  const rnd = (m) => { seed = (seed * 1103 + 12345) % 65536; return seed % m; };
  const frames = [];
  let thr = 1100, ax = 0, ay = 0, az = 0;
  for (let t = 0; t < FRAMES; t++) {               // the flight: hover, rolls, a flip, landing
    if (t < 16) thr += 24; else if (t > 80) thr -= 20;
    const roll = t >= 32 && t < 56 ? SIN[(t * 5) % 64] : 0, flip = t >= 64 && t < 72 ? 1800 : 0;
    ax = (ax * 7 + roll + rnd(41) - 20) / 8 | 0; ay = (ay * 7 + flip + rnd(41) - 20) / 8 | 0; az = (az * 3 + rnd(21) - 10) / 4 | 0;
    const m = [thr + ax - ay + az, thr - ax - ay - az, thr + ax + ay - az, thr - ax + ay + az];
    const fr = [ax, ay, az];
    for (let k = 0; k < 4; k++) fr.push(m[k] < 1000 ? 1000 : (m[k] > 2000 ? 2000 : m[k]));
    fr.push(thr);
    frames.push(fr);
  }
  const w = makeWriter(), res = [0, 0, 0, 0, 0, 0, 0, 0];
  let iframes = 0;
  for (let t = 0; t < FRAMES; t++) {
    const fr = frames[t];
    if (t % 32 === 0) { putByte(w, 73); for (let f = 0; f < FIELDS; f++) putVar(w, fr[f]); iframes += 1; }
    else {
      const p1 = frames[t - 1], p2 = t % 32 === 1 ? p1 : frames[t - 2];
      putByte(w, 80);
      for (let f = 0; f < FIELDS; f++) res[f] = fr[f] - predict(f, p1, p2);
      putGroup(w, res, 0); putGroup(w, res, 4);
    }
  }
  sealPage(w);
  let crcBad = 0;
  for (let i = 0; i < w.pages.length; i++) {
    const p = w.pages[i], c = crc16(p, p[0]);
    if (c !== ((p[PAGE - 2] << 8) | p[PAGE - 1])) crcBad += 1;
    add(c); add(p[0]);
  }
  const rd = makeReader(w.pages), got = [];
  let mism = 0, sum = 0;
  for (let t = 0; t < FRAMES; t++) {
    const kind = getByte(rd), fr = [];
    if (kind === 73) { for (let f = 0; f < FIELDS; f++) fr.push(getVar(rd)); }
    else {
      const p1 = got[t - 1], p2 = t % 32 === 1 ? p1 : got[t - 2];
      getGroup(rd, res, 0); getGroup(rd, res, 4);
      for (let f = 0; f < FIELDS; f++) fr.push(predict(f, p1, p2) + res[f]);
    }
    got.push(fr);
    for (let f = 0; f < FIELDS; f++) { if (fr[f] !== frames[t][f]) mism += 1; sum += fr[f]; add(fr[f] + 4096); }
  }
  const line = 'blackbox-log frames=' + FRAMES + ' iframes=' + iframes + ' pages=' + w.pages.length + ' bytes=' + w.bytes +
    ' crcBad=' + crcBad + ' mismatch=' + mism + ' sum=' + sum + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
