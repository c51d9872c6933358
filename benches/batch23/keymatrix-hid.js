// Keyboard firmware in the style of QMK: a 5 x 14 switch matrix is scanned
// every millisecond (drive one row, read a column mask), each key has its own
// debounce counter, ghost-prone scans (two rows sharing two columns) are
// ignored, and stable changes go through a 3-layer keymap with transparent
// keys, momentary layers, a tap/hold key and macros held as arrow functions.
// The result is an 8-byte boot-protocol HID report (modifier bits plus six
// key slots), sent only when it changes. One call types a burst of 34 key
// strokes with contact bounce, including a ghosting chord.
const NODE_SUM = 474593;
const ROWS = 5, COLS = 14, DEBOUNCE = 5, TAPPING_MS = 180;
const TRNS = 1, NONE = 0, MO1 = 0x5101, MO2 = 0x5102, LT2_SPC = 0x6202;
const MOD_BASE = 0xe0;                                     // 0xe0..0xe7: LCtrl..RGui
const LAYERS = [[], [], []];
for (let r = 0; r < ROWS; r++) {
  const base = [], fn = [], sym = [];
  for (let c = 0; c < COLS; c++) {
    base.push(r === 4 ? [MOD_BASE, MOD_BASE + 3, MOD_BASE + 2, LT2_SPC, LT2_SPC, LT2_SPC, LT2_SPC, 0x2c, MOD_BASE + 6, MO1, 0x65, MOD_BASE + 4, 0x50, 0x4f][c]
      : r === 3 && c === 0 ? MOD_BASE + 1 : 4 + ((r * COLS + c) * 7) % 40);
    fn.push(r === 0 ? (c > 0 && c < 13 ? 0x3a + c - 1 : TRNS) : (r === 2 && c > 9 ? 0x7000 + c - 10 : TRNS));   // F1..F12, macros
    sym.push(r === 1 ? 0x1e + (c % 10) : (r === 4 ? TRNS : (c % 3 === 0 ? 0x2d + (c % 5) : TRNS)));
  }
  LAYERS[0].push(base); LAYERS[1].push(fn); LAYERS[2].push(sym);
}
// Stroke list: [row, col, press ms, release ms]; the bounce lasts 3 ms.
const STROKES = [];
for (let i = 0; i < 30; i++) {
  const r = (i * 3) % 4, c = (i * 5 + 1) % COLS, t = 5 + i * 22;
  STROKES.push([r, c, t, t + 15 + (i % 4) * 20]);
}
const EXTRA = [[4, 9, 300, 520], [2, 11, 330, 360], [4, 3, 560, 650], [4, 4, 700, 960],   // Fn+macro, tap, hold
  [1, 2, 100, 160], [1, 6, 102, 150], [2, 2, 104, 130], [2, 6, 110, 128],               // a ghosting chord
  [0, 1, 800, 900], [0, 3, 805, 900], [0, 5, 810, 900], [0, 7, 815, 900], [3, 2, 820, 900], [3, 4, 825, 900], [3, 6, 830, 900]];   // 7-key roll
for (let i = 0; i < EXTRA.length; i++) STROKES.push(EXTRA[i]);
let checked = false;

function physical(t) {                                        // which switches are closed at time t (with bounce)
  const m = [];
  for (let r = 0; r < ROWS; r++) m.push(0);
  for (let i = 0; i < STROKES.length; i++) {
    const s = STROKES[i], on = t >= s[2] && t < s[3];
    const bouncing = (t >= s[2] && t < s[2] + 3) || (t >= s[3] && t < s[3] + 3);
    if (bouncing ? ((t * 7 + i) & 1) === 1 : on) m[s[0]] |= 1 << s[1];
  }
  return m;
}

class Keyboard {
  constructor() {
    this.cnt = []; this.state = []; this.usage = [];
    for (let r = 0; r < ROWS; r++) {
      const a = [], u = [];
      for (let c = 0; c < COLS; c++) { a.push(0); u.push(0); }
      this.cnt.push(a); this.usage.push(u); this.state.push(0);
    }
    this.overflow = 0;
    this.layerMask = 1; this.mods = 0; this.keys = []; this.last = ''; this.sent = 0; this.ghosts = 0; this.out = 7;
    this.pressedAt = {}; this.held = {}; this.stuck = [];
    this.macros = [() => this.tapCodes([0x0b, 0x08, 0x0f, 0x0f, 0x12]), () => this.tapCodes([0x1e, 0x1f, 0x20]), () => { this.layerMask ^= 4; }, () => { this.mods = 0; }];
  }
  keycodeAt(r, c) {
    for (let l = 2; l >= 0; l--) if (this.layerMask & (1 << l)) { const k = LAYERS[l][r][c]; if (k !== TRNS) return k; }
    return NONE;
  }
  add(k) {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === k) return;
    this.keys.push(k);
    if (this.keys.length > 6) this.overflow += 1;
  }
  del(k) { const n = []; for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== k) n.push(this.keys[i]); this.keys = n; }
  tapCodes(list) { for (let i = 0; i < list.length; i++) { this.add(list[i]); this.report(); this.del(list[i]); this.report(); } }
  event(r, c, down, now) {
    const pos = 'k' + r + '_' + c;
    const k = down ? this.keycodeAt(r, c) : this.held[pos];
    if (down) { this.held[pos] = k; this.pressedAt[pos] = now; this.usage[r][c] += 1; }
    if (k === undefined || k === NONE) return;
    if (k >= MOD_BASE && k < MOD_BASE + 8) { if (down) this.mods |= 1 << (k - MOD_BASE); else this.mods &= ~(1 << (k - MOD_BASE)); }
    else if (k === MO1 || k === MO2) { if (down) this.layerMask |= 1 << (k & 15); else this.layerMask &= ~(1 << (k & 15)); }
    else if (k === LT2_SPC) {
      if (down) this.layerMask |= 4;
      else { this.layerMask &= ~4; if (now - this.pressedAt[pos] < TAPPING_MS) this.tapCodes([0x2c]); }
    }
    else if (k >= 0x7000) { if (down) this.macros[k - 0x7000](); }
    else if (down) this.add(k); else this.del(k);
    this.report();
  }
  report() {
    let s = '' + this.mods;
    const rollover = this.keys.length > 6;                        // boot protocol: phantom state 0x01 in every slot
    for (let i = 0; i < 6; i++) s += ',' + (rollover ? 1 : i < this.keys.length ? this.keys[i] : 0);
    if (s === this.last) return;
    this.last = s; this.sent += 1;
    this.out = (this.out * 31 + this.mods * 7 + this.keys.length + (this.keys.length ? this.keys[0] : 0)) % 1000003;
  }
  ghosted(raw) {
    for (let a = 0; a < ROWS; a++) for (let b = a + 1; b < ROWS; b++) {
      const both = raw[a] & raw[b];
      if (both !== 0 && (both & (both - 1)) !== 0) return true;       // two or more shared columns
    }
    return false;
  }
  scan(now) {
    const raw = physical(now);
    if (this.ghosted(raw)) { this.ghosts += 1; return; }
    for (let r = 0; r < ROWS; r++) {
      const row = this.cnt[r], diff = raw[r] ^ this.state[r];
      for (let c = 0; c < COLS; c++) {
        if ((diff >> c) & 1) {
          row[c] += 1;
          if (row[c] >= DEBOUNCE) { row[c] = 0; this.state[r] ^= 1 << c; this.event(r, c, ((this.state[r] >> c) & 1) === 1, now); }
        } else row[c] = 0;
      }
    }
  }
}

function run() {
  const kb = new Keyboard();
  for (let t = 0; t < 1000; t++) kb.scan(t);
  let h = (kb.out * 31 + kb.sent * 100 + kb.ghosts + kb.layerMask + kb.overflow * 5) % 1000003;
  for (let r = 0; r < ROWS; r++) for (let c = 0; c < COLS; c++) h = (h * 31 + kb.usage[r][c] * (c + 1)) % 1000003;
  const line = 'keymatrix-hid scans=1000 reports=' + kb.sent + ' ghosts=' + kb.ghosts + ' rollover=' + kb.overflow + ' last=' + kb.last + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
