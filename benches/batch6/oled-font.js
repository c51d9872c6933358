// The display task of a handheld thermo-hygrometer with a 128x32 SSD1306
// OLED. The framebuffer is 4 pages of 128 column bytes, bit 0 at the top.
// It is drawn from a classic 5x7 font (96 glyphs, 480 bytes), double-size
// digits (nested arrays, two pages each), 8x8 status icons, an analog dial
// whose needle comes from a 91-entry quarter sine table local to the
// drawing function, and a sparkline of the last 32 readings drawn with
// Bresenham lines. After each frame the task finds the dirty column span of
// every page (what it would send over I2C), run-length encodes the frame
// for the remote viewer, and on request dumps the screen as hex text lines,
// as its "screenshot over UART" command does.
const W = 128, PAGES = 4;
const FONT = [
  0x00, 0x00, 0x00, 0x00, 0x00,   // space
  0x00, 0x00, 0x5f, 0x00, 0x00,   // !
  0x00, 0x07, 0x00, 0x07, 0x00,   // "
  0x14, 0x7f, 0x14, 0x7f, 0x14,   // #
  0x24, 0x2a, 0x7f, 0x2a, 0x12,   // $
  0x23, 0x13, 0x08, 0x64, 0x62,   // %
  0x36, 0x49, 0x55, 0x22, 0x50,   // &
  0x00, 0x05, 0x03, 0x00, 0x00,   // '
  0x00, 0x1c, 0x22, 0x41, 0x00,   // (
  0x00, 0x41, 0x22, 0x1c, 0x00,   // )
  0x08, 0x2a, 0x1c, 0x2a, 0x08,   // *
  0x08, 0x08, 0x3e, 0x08, 0x08,   // +
  0x00, 0x50, 0x30, 0x00, 0x00,   // ,
  0x08, 0x08, 0x08, 0x08, 0x08,   // -
  0x00, 0x60, 0x60, 0x00, 0x00,   // .
  0x20, 0x10, 0x08, 0x04, 0x02,   // /
  0x3e, 0x51, 0x49, 0x45, 0x3e,   // 0
  0x00, 0x42, 0x7f, 0x40, 0x00,   // 1
  0x42, 0x61, 0x51, 0x49, 0x46,   // 2
  0x21, 0x41, 0x45, 0x4b, 0x31,   // 3
  0x18, 0x14, 0x12, 0x7f, 0x10,   // 4
  0x27, 0x45, 0x45, 0x45, 0x39,   // 5
  0x3c, 0x4a, 0x49, 0x49, 0x30,   // 6
  0x01, 0x71, 0x09, 0x05, 0x03,   // 7
  0x36, 0x49, 0x49, 0x49, 0x36,   // 8
  0x06, 0x49, 0x49, 0x29, 0x1e,   // 9
  0x00, 0x36, 0x36, 0x00, 0x00,   // :
  0x00, 0x56, 0x36, 0x00, 0x00,   // ;
  0x00, 0x08, 0x14, 0x22, 0x41,   // <
  0x14, 0x14, 0x14, 0x14, 0x14,   // =
  0x41, 0x22, 0x14, 0x08, 0x00,   // >
  0x02, 0x01, 0x51, 0x09, 0x06,   // ?
  0x32, 0x49, 0x79, 0x41, 0x3e,   // @
  0x7e, 0x11, 0x11, 0x11, 0x7e,   // A
  0x7f, 0x49, 0x49, 0x49, 0x36,   // B
  0x3e, 0x41, 0x41, 0x41, 0x22,   // C
  0x7f, 0x41, 0x41, 0x22, 0x1c,   // D
  0x7f, 0x49, 0x49, 0x49, 0x41,   // E
  0x7f, 0x09, 0x09, 0x01, 0x01,   // F
  0x3e, 0x41, 0x41, 0x51, 0x32,   // G
  0x7f, 0x08, 0x08, 0x08, 0x7f,   // H
  0x00, 0x41, 0x7f, 0x41, 0x00,   // I
  0x20, 0x40, 0x41, 0x3f, 0x01,   // J
  0x7f, 0x08, 0x14, 0x22, 0x41,   // K
  0x7f, 0x40, 0x40, 0x40, 0x40,   // L
  0x7f, 0x02, 0x04, 0x02, 0x7f,   // M
  0x7f, 0x04, 0x08, 0x10, 0x7f,   // N
  0x3e, 0x41, 0x41, 0x41, 0x3e,   // O
  0x7f, 0x09, 0x09, 0x09, 0x06,   // P
  0x3e, 0x41, 0x51, 0x21, 0x5e,   // Q
  0x7f, 0x09, 0x19, 0x29, 0x46,   // R
  0x46, 0x49, 0x49, 0x49, 0x31,   // S
  0x01, 0x01, 0x7f, 0x01, 0x01,   // T
  0x3f, 0x40, 0x40, 0x40, 0x3f,   // U
  0x1f, 0x20, 0x40, 0x20, 0x1f,   // V
  0x7f, 0x20, 0x18, 0x20, 0x7f,   // W
  0x63, 0x14, 0x08, 0x14, 0x63,   // X
  0x03, 0x04, 0x78, 0x04, 0x03,   // Y
  0x61, 0x51, 0x49, 0x45, 0x43,   // Z
  0x00, 0x00, 0x7f, 0x41, 0x41,   // [
  0x02, 0x04, 0x08, 0x10, 0x20,   // backslash
  0x41, 0x41, 0x7f, 0x00, 0x00,   // ]
  0x04, 0x02, 0x01, 0x02, 0x04,   // ^
  0x40, 0x40, 0x40, 0x40, 0x40,   // _
  0x00, 0x01, 0x02, 0x04, 0x00,   // `
  0x20, 0x54, 0x54, 0x54, 0x78,   // a
  0x7f, 0x48, 0x44, 0x44, 0x38,   // b
  0x38, 0x44, 0x44, 0x44, 0x20,   // c
  0x38, 0x44, 0x44, 0x48, 0x7f,   // d
  0x38, 0x54, 0x54, 0x54, 0x18,   // e
  0x08, 0x7e, 0x09, 0x01, 0x02,   // f
  0x08, 0x14, 0x54, 0x54, 0x3c,   // g
  0x7f, 0x08, 0x04, 0x04, 0x78,   // h
  0x00, 0x44, 0x7d, 0x40, 0x00,   // i
  0x20, 0x40, 0x44, 0x3d, 0x00,   // j
  0x00, 0x7f, 0x10, 0x28, 0x44,   // k
  0x00, 0x41, 0x7f, 0x40, 0x00,   // l
  0x7c, 0x04, 0x18, 0x04, 0x78,   // m
  0x7c, 0x08, 0x04, 0x04, 0x78,   // n
  0x38, 0x44, 0x44, 0x44, 0x38,   // o
  0x7c, 0x14, 0x14, 0x14, 0x08,   // p
  0x08, 0x14, 0x14, 0x18, 0x7c,   // q
  0x7c, 0x08, 0x04, 0x04, 0x08,   // r
  0x48, 0x54, 0x54, 0x54, 0x20,   // s
  0x04, 0x3f, 0x44, 0x40, 0x20,   // t
  0x3c, 0x40, 0x40, 0x20, 0x7c,   // u
  0x1c, 0x20, 0x40, 0x20, 0x1c,   // v
  0x3c, 0x40, 0x30, 0x40, 0x3c,   // w
  0x44, 0x28, 0x10, 0x28, 0x44,   // x
  0x0c, 0x50, 0x50, 0x50, 0x3c,   // y
  0x44, 0x64, 0x54, 0x4c, 0x44,   // z
  0x00, 0x08, 0x36, 0x41, 0x00,   // {
  0x00, 0x00, 0x7f, 0x00, 0x00,   // |
  0x00, 0x41, 0x36, 0x08, 0x00,   // }
  0x08, 0x08, 0x2a, 0x1c, 0x08,   // ~
  0x08, 0x1c, 0x2a, 0x08, 0x08,   // DEL
];
const BIG = [
  [248, 248, 6, 6, 134, 134, 102, 102, 248, 248, 31, 31, 102, 102, 97, 97, 96, 96, 31, 31],
  [0, 0, 24, 24, 254, 254, 0, 0, 0, 0, 0, 0, 96, 96, 127, 127, 96, 96, 0, 0],
  [24, 24, 6, 6, 6, 6, 134, 134, 120, 120, 96, 96, 120, 120, 102, 102, 97, 97, 96, 96],
  [6, 6, 6, 6, 102, 102, 158, 158, 6, 6, 24, 24, 96, 96, 96, 96, 97, 97, 30, 30],
  [128, 128, 96, 96, 24, 24, 254, 254, 0, 0, 7, 7, 6, 6, 6, 6, 127, 127, 6, 6],
  [126, 126, 102, 102, 102, 102, 102, 102, 134, 134, 24, 24, 96, 96, 96, 96, 96, 96, 31, 31],
  [224, 224, 152, 152, 134, 134, 134, 134, 0, 0, 31, 31, 97, 97, 97, 97, 97, 97, 30, 30],
  [6, 6, 6, 6, 134, 134, 102, 102, 30, 30, 0, 0, 126, 126, 1, 1, 0, 0, 0, 0],
  [120, 120, 134, 134, 134, 134, 134, 134, 120, 120, 30, 30, 97, 97, 97, 97, 97, 97, 30, 30],
  [120, 120, 134, 134, 134, 134, 134, 134, 248, 248, 0, 0, 97, 97, 97, 97, 25, 25, 7, 7]
];
const ICONS = [
  [0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],   // signal 0..3 bars
  [0x03, 0x00, 0x0f, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x03, 0x00, 0x0f, 0x00, 0x3f, 0x00, 0x00, 0x00],
  [0x03, 0x00, 0x0f, 0x00, 0x3f, 0x00, 0xff, 0x00],
  [0x7e, 0x42, 0x5a, 0x5a, 0x5a, 0x42, 0x7e, 0x18],   // battery
  [0x00, 0x42, 0x24, 0xff, 0x99, 0x5a, 0x24, 0x00],   // bluetooth
  [0x30, 0x38, 0x3e, 0x7f, 0x3e, 0x38, 0x30, 0x00]    // bell
];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];
const LBL_RH = [37, 82, 72];               // "%RH"
const LBL_C = [39, 67];                    // "'C"
const LBL_MIN = [109, 105, 110];           // "min"
const LBL_MAX = [109, 97, 120];            // "max"
const LBL_ALARM = [65, 76, 65, 82, 77, 33]; // "ALARM!"

function clear(fb) { for (let i = 0; i < W * PAGES; i++) fb[i] = 0; }
function drawChar(fb, x, page, code) {
  const base = (code - 32) * 5, row = page * W;
  for (let c = 0; c < 5; c++) {
    const cx = x + c;
    if (cx >= 0 && cx < W) fb[row + cx] |= FONT[base + c];
  }
  return x + 6;
}
function drawText(fb, x, page, codes) {
  for (let i = 0; i < codes.length; i++) x = drawChar(fb, x, page, codes[i]);
  return x;
}
// Signed integer with an optional decimal point, in the small font.
function drawNumber(fb, x, page, v, decimals) {
  if (v < 0) { x = drawChar(fb, x, page, 45); v = -v; }
  const digits = [];
  let n = 0;
  while (n === 0 || v > 0 || n <= decimals) {
    digits.push(48 + (v % 10));
    v = (v - (v % 10)) / 10;
    n++;
    if (n === decimals) digits.push(46);
  }
  for (let i = digits.length - 1; i >= 0; i--) x = drawChar(fb, x, page, digits[i]);
  return x;
}
function drawBig(fb, x, page, d) {
  const g = BIG[d];
  for (let c = 0; c < 10; c++) {
    fb[page * W + x + c] |= g[c];
    fb[(page + 1) * W + x + c] |= g[10 + c];
  }
  return x + 12;
}
function drawIcon(fb, x, page, icon) {
  const g = ICONS[icon];
  for (let c = 0; c < 8; c++) fb[page * W + x + c] |= g[c];
  return x + 9;
}
function setPixel(fb, x, y) {
  if (x >= 0 && x < W && y >= 0 && y < PAGES * 8) fb[(y >> 3) * W + x] |= 1 << (y & 7);
}
function line(fb, x0, y0, x1, y1) {
  const dx = x1 > x0 ? x1 - x0 : x0 - x1, sx = x0 < x1 ? 1 : -1;
  const dy = y1 > y0 ? y0 - y1 : y1 - y0, sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  while (true) {
    setPixel(fb, x0, y0);
    if (x0 === x1 && y0 === y1) break;
    const e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
  }
}
// Analog dial: a half circle of ticks and a needle at 0..180 degrees.
function dial(fb, cx, cy, r, deg) {
  const SIN = [
    0, 286, 572, 857, 1143, 1428, 1713, 1997, 2280, 2563, 2845, 3126, 3406,
    3686, 3964, 4240, 4516, 4790, 5063, 5334, 5604, 5872, 6138, 6402, 6664, 6924,
    7182, 7438, 7692, 7943, 8192, 8438, 8682, 8923, 9162, 9397, 9630, 9860, 10087,
    10311, 10531, 10749, 10963, 11174, 11381, 11585, 11786, 11982, 12176, 12365, 12551, 12733,
    12911, 13085, 13255, 13421, 13583, 13741, 13894, 14044, 14189, 14330, 14466, 14598, 14726,
    14849, 14968, 15082, 15191, 15296, 15396, 15491, 15582, 15668, 15749, 15826, 15897, 15964,
    16026, 16083, 16135, 16182, 16225, 16262, 16294, 16322, 16344, 16362, 16374, 16382, 16384
  ];
  function sinQ(a) {               // a in whole degrees, 0..359
    if (a < 90) return SIN[a];
    if (a < 180) return SIN[180 - a];
    if (a < 270) return -SIN[a - 180];
    return -SIN[360 - a];
  }
  function cosQ(a) { return sinQ((a + 90) % 360); }
  for (let t = 0; t <= 180; t += 30) {
    const a = (180 + t) % 360;
    setPixel(fb, cx + ((cosQ(a) * r) >> 14), cy + ((sinQ(a) * r) >> 14));
  }
  const a = (180 + deg) % 360;
  line(fb, cx, cy, cx + ((cosQ(a) * (r - 2)) >> 14), cy + ((sinQ(a) * (r - 2)) >> 14));
}
function sparkline(fb, x0, hist, lo, hi) {
  const span = hi - lo > 0 ? hi - lo : 1;
  let px = x0, py = 31 - (((hist[0] - lo) * 7 / span) | 0);
  for (let i = 1; i < hist.length; i++) {
    const y = 31 - (((hist[i] - lo) * 7 / span) | 0);
    line(fb, px, py, x0 + i * 2, y);
    px = x0 + i * 2; py = y;
  }
}

function render(fb, s) {
  clear(fb);
  let x = drawIcon(fb, 0, 0, s.bars);
  x = drawIcon(fb, x, 0, 4);
  if (s.ble) x = drawIcon(fb, x, 0, 5);
  if (s.alarm) { x = drawIcon(fb, x, 0, 6); drawText(fb, x + 2, 0, LBL_ALARM); }
  x = drawNumber(fb, 92, 0, s.hour, 0);
  x = drawChar(fb, x, 0, 58);
  if (s.minute < 10) x = drawChar(fb, x, 0, 48);
  drawNumber(fb, x, 0, s.minute, 0);
  // big temperature, tenths: sign, 2 digits, point, 1 digit
  const t10 = s.temp >= 0 ? ((s.temp * 10 + 0.5) | 0) : -((-s.temp * 10 + 0.5) | 0);
  let v = t10 < 0 ? -t10 : t10;
  x = 0;
  if (t10 < 0) { for (let c = 0; c < 6; c++) fb[W * 2 + c] |= 0x18; }
  x = 8;
  x = drawBig(fb, x, 1, ((v / 100) | 0) % 10);
  x = drawBig(fb, x, 1, ((v / 10) | 0) % 10);
  fb[W * 2 + x] |= 0x60; fb[W * 2 + x + 1] |= 0x60;
  x = drawBig(fb, x + 3, 1, v % 10);
  drawText(fb, x, 1, LBL_C);
  x = drawNumber(fb, 60, 1, s.rh, 0);
  drawText(fb, x, 1, LBL_RH);
  dial(fb, 112, 30, 14, (s.rh * 18 / 10) | 0);
  x = drawText(fb, 60, 2, LBL_MIN);
  drawNumber(fb, x + 2, 2, s.min10, 1);
  x = drawText(fb, 60, 3, LBL_MAX);
  drawNumber(fb, x + 2, 3, s.max10, 1);
  sparkline(fb, 0, s.hist, s.lo, s.hi);
}

// Dirty span of each page against the previous frame: [first, last] or none.
function dirtySpans(prev, fb, spans) {
  let bytes = 0;
  for (let p = 0; p < PAGES; p++) {
    let first = -1, last = -1;
    for (let c = 0; c < W; c++) {
      if (prev[p * W + c] !== fb[p * W + c]) { if (first < 0) first = c; last = c; }
    }
    spans[p * 2] = first; spans[p * 2 + 1] = last;
    if (first >= 0) bytes += last - first + 1;
  }
  return bytes;
}
function rle(fb, out) {
  let n = 0, i = 0;
  while (i < W * PAGES) {
    const v = fb[i];
    let run = 1;
    while (i + run < W * PAGES && fb[i + run] === v && run < 255) run++;
    out[n] = run; out[n + 1] = v;
    n += 2; i += run;
  }
  return n;
}
function hexDump(fb, lines) {
  let all = '';
  for (let off = 0; off < W * PAGES; off += 32) {
    let s = HEX[off >> 12] + HEX[(off >> 8) & 15] + HEX[(off >> 4) & 15] + HEX[off & 15] + ':';
    for (let i = 0; i < 32; i++) {
      const b = fb[off + i];
      s += ((i & 7) === 0 ? '  ' : ' ') + HEX[b >> 4] + HEX[b & 15];
    }
    lines.push(s);
    all += s + '\n';
  }
  return all;
}

const bufA = [], bufB = [], rleBuf = [];
for (let i = 0; i < W * PAGES; i++) { bufA.push(0); bufB.push(0); }
for (let i = 0; i < W * PAGES * 2; i++) rleBuf.push(0);

let checked = false;
function run() {
  const hist = [];
  let t = -2.35, lo = 1000, hi = -1000, mn = 1000, mx = -1000;
  for (let i = 0; i < 32; i++) {
    t += (i % 7) * 0.45 - 1.1 + (i % 3) * 0.3;
    const r = (t * 10) | 0;
    hist.push(r);
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  const spans = [0, 0, 0, 0, 0, 0, 0, 0];
  let fb = bufA, prev = bufB, sum = 0, dirty = 0, rleBytes = 0;
  clear(prev);
  for (let f = 0; f < 3; f++) {
    const temp = t + f * 1.7 - 3.05;
    const t10 = (temp * 10) | 0;
    if (t10 < mn) mn = t10;
    if (t10 > mx) mx = t10;
    const s = { bars: f % 4, ble: f !== 1, alarm: temp > 0, hour: 9 + f, minute: 7 * f + 5,
      temp: temp, rh: 41 + f * 17, min10: mn, max10: mx, hist: hist, lo: lo, hi: hi };
    render(fb, s);
    dirty += dirtySpans(prev, fb, spans);
    rleBytes += rle(fb, rleBuf);
    for (let i = 0; i < W * PAGES; i++) sum = (sum * 3 + fb[i]) % 1000003;
    const tmp = prev; prev = fb; fb = tmp;
  }
  const lines = [];
  const dump = hexDump(prev, lines);
  const r = (sum + dirty * 7 + rleBytes) % 1000003;
  if (!checked) {
    checked = true;
    let again = '';
    for (let i = 0; i < lines.length; i++) again += lines[i] + '\n';
    print('oled-font ' + sum + ' ' + dirty + ' ' + rleBytes + ' ' + spans[0] + '..' + spans[1] + ' ' + r + ' ' +
      lines.length + (dump === again ? ' same' : ' differ'));
  }
  return r;
}
vmExport(0, run);
