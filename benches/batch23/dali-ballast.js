// A DALI (IEC 62386) lighting bus: a controller sends 16-bit forward frames
// (YAAAAAAS CCCCCCCC) to 16 ballasts. Every ballast decodes each frame:
// short, group or broadcast address, direct arc power or a command number
// dispatched by a switch (step/recall/scene commands, configuration
// commands that must arrive twice within 100 ms, queries that answer with a
// backward frame). Levels follow the standard logarithmic dimming curve (a
// 255-entry table built at load) and fade towards their target every 10 ms
// tick. One call replays a building's evening: group scenes, DTR set-up,
// queries for status and a mains flicker that triggers the system-failure level.
const NODE_SUM = 708051;
const MASK = 255, N = 16;
const CURVE = [0, 0.1];                              // % light for arc 0..254
for (let n = 2; n < 255; n++) CURVE.push(CURVE[n - 1] * 1.0276929);
const FADE_MS = [0, 707, 1000, 1414, 2000, 2828, 4000, 5657, 8000, 11314, 16000, 22627, 32000, 45255, 64000, 90510];
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }

class Ballast {
  constructor(addr) {
    this.addr = addr; this.level = 0; this.target = 0; this.step = 0; this.min = 1; this.max = 254;
    this.fail = 254; this.powerOn = 254; this.fadeTime = 0; this.groups = 0; this.dtr = 0;
    this.scenes = []; for (let i = 0; i < 16; i++) this.scenes.push(MASK);
    this.lastCfg = -1; this.lastCfgAt = -1000; this.reset = false; this.lampFailure = false; this.energy = 0;
  }
  addressed(y, a) {
    if (y === 0) return a === this.addr;
    if (a === 63) return true;                          // broadcast 1111111S
    return a < 48 && (this.groups & (1 << (a & 15))) !== 0;
  }
  goTo(arc, now) {
    if (arc === MASK) return;
    let t = arc === 0 ? 0 : arc < this.min ? this.min : arc > this.max ? this.max : arc;
    this.target = t;
    const ms = FADE_MS[this.fadeTime];
    if (ms === 0) { this.level = t; this.step = 0; } else this.step = (t - this.level) * 10 / ms;
  }
  tick() {
    if (this.step !== 0) {
      const nl = this.level + this.step;
      if ((this.step > 0 && nl >= this.target) || (this.step < 0 && nl <= this.target)) { this.level = this.target; this.step = 0; } else this.level = nl;
    }
    this.energy += CURVE[floor(this.level)];
  }
  twice(cmd, now) {                                     // config commands take effect on the 2nd copy
    const ok = this.lastCfg === cmd && now - this.lastCfgAt <= 100;
    this.lastCfg = ok ? -1 : cmd; this.lastCfgAt = now;
    return ok;
  }
  command(cmd, now) {
    if (cmd >= 16 && cmd < 32) { this.goTo(this.scenes[cmd - 16], now); return -1; }
    if (cmd >= 64 && cmd < 80) { if (this.twice(cmd, now)) this.scenes[cmd - 64] = this.dtr; return -1; }
    if (cmd >= 80 && cmd < 96) { if (this.twice(cmd, now)) this.scenes[cmd - 80] = MASK; return -1; }
    if (cmd >= 96 && cmd < 112) { if (this.twice(cmd, now)) this.groups |= 1 << (cmd - 96); return -1; }
    if (cmd >= 112 && cmd < 128) { if (this.twice(cmd, now)) this.groups &= ~(1 << (cmd - 112)); return -1; }
    if (cmd >= 176 && cmd < 192) return this.scenes[cmd - 176];
    const lvl = floor(this.level);
    switch (cmd) {
      case 0: this.level = 0; this.target = 0; this.step = 0; return -1;          // OFF
      case 1: if (lvl > 0) this.goTo(lvl + 1, now); return -1;                   // UP (simplified)
      case 2: if (lvl > this.min) this.goTo(lvl - 1, now); return -1;            // DOWN
      case 3: if (lvl > 0 && lvl < this.max) this.level = lvl + 1; return -1;    // STEP UP
      case 4: if (lvl > this.min) this.level = lvl - 1; return -1;               // STEP DOWN
      case 5: this.level = this.max; this.target = this.max; this.step = 0; return -1;
      case 6: this.level = this.min; this.target = this.min; this.step = 0; return -1;
      case 7: this.level = lvl > this.min ? lvl - 1 : 0; return -1;              // STEP DOWN AND OFF
      case 8: this.level = lvl === 0 ? this.min : lvl < this.max ? lvl + 1 : lvl; return -1;
      case 32: if (this.twice(cmd, now)) this.resetAll(); return -1;
      case 33: if (this.twice(cmd, now)) this.dtr = lvl; return -1;
      case 42: if (this.twice(cmd, now)) this.max = this.dtr; return -1;
      case 43: if (this.twice(cmd, now)) this.min = this.dtr; return -1;
      case 44: if (this.twice(cmd, now)) this.fail = this.dtr; return -1;
      case 45: if (this.twice(cmd, now)) this.powerOn = this.dtr; return -1;
      case 46: if (this.twice(cmd, now)) this.fadeTime = this.dtr & 15; return -1;
      case 144: return (lvl > 0 ? 4 : 0) | (this.step !== 0 ? 16 : 0) | (this.reset ? 32 : 0) | (this.lampFailure ? 2 : 0);
      case 145: return 255;                                                       // QUERY CONTROL GEAR
      case 160: return lvl;
      case 161: return this.max;
      case 162: return this.min;
      case 165: return (this.fadeTime << 4) | 7;
      case 192: return this.groups & 255;
      case 193: return this.groups >> 8;
      default: return -1;
    }
  }
  resetAll() { this.level = 254; this.target = 254; this.min = 1; this.max = 254; this.fadeTime = 0; this.groups = 0; this.reset = true; for (let i = 0; i < 16; i++) this.scenes[i] = MASK; }
  frame(f, now, dtr) {
    const hi = f >> 8, lo = f & 255;
    if (hi === 0xa3) { this.dtr = lo; return -1; }                               // special: DATA TRANSFER REGISTER
    const y = hi >> 7, a = y === 0 ? (hi >> 1) & 63 : (hi >= 0xfe ? 63 : (hi >> 1) & 15) | (hi >= 0xfe ? 0 : 32);
    if (!this.addressed(y, a)) return -1;
    if ((hi & 1) === 0) { this.goTo(lo, now); return -1; }
    return this.command(lo, now);
  }
}

function shortCmd(a, c) { return ((a << 1) | 1) << 8 | c; }
function groupCmd(g, c) { return ((0x80 | (g << 1)) | 1) << 8 | c; }
function bcast(c) { return 0xff00 | c; }

// The evening: [time ms, frame] pairs built at load time.
const SCRIPT = [];
for (let b = 0; b < N; b++) {                                                       // commissioning
  const g = b % 4;
  const steps = [[0, shortCmd(b, 96 + g)], [20, shortCmd(b, 96 + g)], [25, 0xa300 | (150 + b * 5)], [30, shortCmd(b, 65)],
    [35, shortCmd(b, 65)], [36, 0xa300 | (b % 3 + 2)], [37, shortCmd(b, 46)], [39, shortCmd(b, 46)]];
  for (let i = 0; i < steps.length; i++) SCRIPT.push([b * 40 + steps[i][0], steps[i][1]]);
}
for (let k = 0; k < 60; k++) {
  const t = 800 + k * 50, g = k % 4;
  SCRIPT.push([t, k % 10 === 0 ? bcast(17) : groupCmd(g, k % 3 === 0 ? 3 : 4)]);
  SCRIPT.push([t + 10, ((g << 1 | 0x80) << 8) | (100 + (k * 13) % 150)]);              // group direct arc
  SCRIPT.push([t + 30, k % 5 === 4 ? groupCmd(g, 160) : shortCmd(k % N, 144 + (k % 2) * 16)]);
  SCRIPT.push([t + 40, shortCmd((k * 7) % N, 192)]);
}

function run() {
  const bus = [];
  for (let b = 0; b < N; b++) bus.push(new Ballast(b));
  let h = 7, now = 0, answers = 0, collisions = 0, si = 0;
  while (now < 4200) {
    while (si < SCRIPT.length && SCRIPT[si][0] <= now) {
      const at = SCRIPT[si][0], f = SCRIPT[si][1];
      let reply = -1, n = 0;
      for (let b = 0; b < N; b++) { const r = bus[b].frame(f, at, 0); if (r >= 0) { reply = r; n += 1; } }
      if (n > 1) collisions += 1; else if (n === 1) { answers += 1; h = (h * 31 + reply + at) % 1000003; }
      si += 1;
    }
    if (now === 2500) for (let b = 0; b < N; b++) bus[b].goTo(bus[b].fail, now);      // mains flicker
    for (let b = 0; b < N; b++) bus[b].tick();
    now += 10;
  }
  for (let b = 0; b < N; b++) { const x = bus[b]; h = (h * 31 + floor(x.level) + x.groups * 3 + x.scenes[1] + floor(x.energy / 100)) % 1000003; }
  const line = 'dali-ballast frames=' + SCRIPT.length + ' answers=' + answers + ' collisions=' + collisions + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
