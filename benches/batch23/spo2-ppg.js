// A pulse oximeter's signal chain (MAX3010x-style front end, 100 Hz): red
// and infrared ADC streams go through DC-removal filters, a 4-tap moving
// average and a biquad low-pass, each a small class with a step() method
// keeping float state in fields. A beat detector with an adaptive threshold
// finds systolic peaks on the IR channel, per-beat AC/DC ratios give the
// ratio of ratios R, and SpO2 comes from a calibration table by
// interpolation; heart rate is the mean of the last 4 beat intervals. An
// accelerometer magnitude flags motion and holds the outputs. The 6 s of
// samples (a slow desaturation from 98 % and a heart-rate ramp) are built at load.
const NODE_SUM = 988722;
const FS = 100, NS = 600;
const PULSE = [0, 8, 30, 62, 88, 100, 96, 84, 70, 58, 50, 47, 46, 44, 40, 35, 30, 25, 20, 16, 12, 9, 6, 4, 2, 1];
const CAL_R = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2];          // R -> SpO2 % (empirical curve)
const CAL_S = [100, 99.2, 97.5, 95.4, 93.1, 90.5, 87.6, 84.5, 81.1];
const RED = [], IR = [], ACC = [];
let phase = 0;
for (let i = 0; i < NS; i++) {
  const bpm = 62 + i / 20, spo2 = 98 - i / 120;
  phase += bpm / 60 / FS * PULSE.length;
  if (phase >= PULSE.length) phase -= PULSE.length;
  const p = PULSE[phase | 0], r = 0.5 + (98 - spo2) * 0.06;            // the red AC amplitude follows the desaturation
  IR.push(120000 + (p * 30 | 0) + ((i * 37) % 23) - 11 + (i % 150) * 4);  // DC wander and noise
  RED.push(90000 + (p * 30 * r * 90 / 120 | 0) + ((i * 53) % 19) - 9 + (i % 150) * 3);
  ACC.push(i > 380 && i < 420 ? 1000 + ((i * 97) % 300) : 1000 + ((i * 13) % 40));
}
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }

class DcRemover {
  constructor(alpha) { this.alpha = alpha; this.w = 0; this.dc = 0; this.init = false; }
  step(x) {
    if (!this.init) { this.w = x; this.dc = x; this.init = true; }
    const w = x + this.alpha * this.w, y = w - this.w;
    this.w = w; this.dc = this.dc * 0.95 + x * 0.05;
    return y;
  }
}
class MovingAvg {
  constructor(n) { this.buf = []; for (let i = 0; i < n; i++) this.buf.push(0); this.i = 0; this.sum = 0; }
  step(x) { this.sum += x - this.buf[this.i]; this.buf[this.i] = x; this.i = (this.i + 1) % this.buf.length; return this.sum / this.buf.length; }
}
class Biquad {                                                   // 2nd-order Butterworth low-pass, fc = 5 Hz at 100 Hz
  constructor() { this.b0 = 0.0200834; this.b1 = 0.0401667; this.b2 = 0.0200834; this.a1 = -1.5610181; this.a2 = 0.6413515; this.x1 = 0; this.x2 = 0; this.y1 = 0; this.y2 = 0; }
  step(x) {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1; this.x1 = x; this.y2 = this.y1; this.y1 = y;
    return y;
  }
}
class Channel {
  constructor() { this.dcr = new DcRemover(0.95); this.ma = new MovingAvg(4); this.lp = new Biquad(); this.max = -1e9; this.min = 1e9; }
  step(x) { const v = this.lp.step(this.ma.step(this.dcr.step(x))); if (v > this.max) this.max = v; if (v < this.min) this.min = v; return v; }
  beat() { const ac = this.max - this.min; this.max = -1e9; this.min = 1e9; return ac / this.dcr.dc; }
}

function spo2FromR(R) {
  if (R <= CAL_R[0]) return CAL_S[0];
  for (let i = 1; i < CAL_R.length; i++) {
    if (R <= CAL_R[i]) { const f = (R - CAL_R[i - 1]) / (CAL_R[i] - CAL_R[i - 1]); return CAL_S[i - 1] + f * (CAL_S[i] - CAL_S[i - 1]); }
  }
  return CAL_S[CAL_S.length - 1];
}

class Alarm {                                                     // low-SpO2 alarm with a delay and a latch
  constructor(limit, delay) { this.limit = limit; this.delay = delay; this.low = 0; this.latched = false; this.count = 0; this.pi = 0; }
  update(spo2, pi) {
    this.pi = this.pi * 0.8 + pi * 0.2;                            // perfusion index, smoothed
    if (spo2 > 0 && spo2 < this.limit && this.pi > 0.001) this.low += 1; else { this.low = 0; this.latched = false; }
    if (this.low >= this.delay && !this.latched) { this.latched = true; this.count += 1; }
    return this.latched;
  }
}

class Oximeter {
  constructor() {
    this.red = new Channel(); this.ir = new Channel(); this.prev = 0; this.prev2 = 0; this.thresh = 0;
    this.alarm = new Alarm(94, 2); this.lastBeat = -1; this.intervals = []; this.spo2 = 0; this.bpm = 0; this.beats = 0; this.held = 0; this.motion = 0;
  }
  sample(n, red, ir, acc) {
    const r = this.red.step(red), v = this.ir.step(ir);
    const moving = acc > 1150 || acc < 850;
    if (moving) this.motion = 40;
    else if (this.motion > 0) this.motion -= 1;
    // a peak: the previous sample is above both neighbours and the adaptive threshold
    const peak = this.prev > this.prev2 && this.prev >= v && this.prev > this.thresh && n - this.lastBeat > 25;
    this.thresh = peak ? this.prev * 0.6 : this.thresh * 0.99;
    if (peak) this.onBeat(n);
    this.prev2 = this.prev; this.prev = v;
    return r;
  }
  onBeat(n) {
    const acdcR = this.red.beat(), acdcIr = this.ir.beat();
    this.beats += 1;
    if (this.lastBeat >= 0) {
      this.intervals.push(n - this.lastBeat);
      if (this.intervals.length > 4) { const k = []; for (let i = 1; i < this.intervals.length; i++) k.push(this.intervals[i]); this.intervals = k; }
    }
    this.lastBeat = n;
    if (this.motion > 0 || acdcIr <= 0) { this.held += 1; return; }
    let sum = 0;
    for (let i = 0; i < this.intervals.length; i++) sum += this.intervals[i];
    if (this.intervals.length > 0) this.bpm = 60 * FS * this.intervals.length / sum;
    const s = spo2FromR(acdcR / acdcIr);
    this.spo2 = this.spo2 === 0 ? s : this.spo2 * 0.7 + s * 0.3;
    this.alarm.update(this.spo2, acdcIr * 100);
  }
}

function run() {
  let h = 7, line = 'spo2-ppg samples=' + NS;
  for (let pass = 0; pass < 2; pass++) {
    const ox = new Oximeter();
    for (let n = 0; n < NS; n++) {
      const r = ox.sample(n, RED[n] + pass * 500, IR[n], ACC[n]);
      if (n % 25 === 24) h = (h * 31 + floor(ox.spo2 * 10) + floor(ox.bpm * 10) + floor(r) + 100000) % 1000003;
    }
    h = (h * 31 + ox.beats * 100 + ox.held + ox.alarm.count * 7 + floor(ox.alarm.pi * 1000)) % 1000003;
    if (pass === 0) line += ' beats=' + ox.beats + ' held=' + ox.held + ' alarms=' + ox.alarm.count + ' spo2=' + floor(ox.spo2 * 10) + ' bpm=' + floor(ox.bpm);
  }
  line += ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
