// A bank of 8 PWM outputs on one 1,000-count timer (LED strings and two
// fans on a lighting controller), updated by a 1 ms control tick. Each
// call runs 600 ticks of a lighting programme:
//  - scene changes set new targets; every channel ramps from where it is
//    with its own length and curve (linear, smoothstep, quadratic ease-in)
//    in integer fixed point (u in 0..1024);
//  - a gamma table (a blend of x^2 and x^3, built at load) turns the
//    ramped level in permille into compare counts;
//  - a 1.9 A supply budget: when the summed load current would pass it,
//    every channel is scaled down by the same Q10 factor;
//  - channel 5's fan jams from tick 180 to 360: its current sense trips,
//    the channel goes into hiccup mode (40 ms off, then a quick 20 ms
//    soft start), latches off after three retries and is cleared at tick 500;
//  - every 8th tick the edges are laid out: each channel's pulse starts at
//    a staggered phase, the 16 edges are insertion-sorted, and a sweep
//    finds the peak number of channels on at once, the peak current, and
//    the widest edge-free window for sampling the current sense ADC.
const NODE_SUM = 689333;
const PERIOD = 1000, NCH = 8, BUDGET = 1900, TRIP_MA = 600;
const LOAD_MA = [350, 350, 500, 500, 700, 900, 250, 250];
const GAMMA = [];
for (let x = 0; x <= 1000; x++) { const sq = (x * x / 1000) | 0; GAMMA.push((sq + ((sq * x / 1000) | 0)) >> 1); }
// [tick, ramp ticks, curve, targets in permille]
const SCENES = [
  [0, 100, 1, [600, 600, 800, 800, 1000, 700, 300, 300]],
  [150, 80, 1, [1000, 1000, 1000, 1000, 400, 400, 900, 900]],
  [300, 40, 0, [200, 200, 200, 200, 200, 200, 200, 200]],
  [420, 60, 2, [0, 900, 0, 900, 0, 900, 0, 900]],
  [520, 30, 1, [500, 450, 400, 350, 300, 250, 200, 150]],
];

class Channel {
  constructor(id) {
    this.id = id; this.phase = (id * PERIOD / NCH) | 0;
    this.from = 0; this.to = 0; this.t = 0; this.ramp = 1; this.curve = 0;
    this.level = 0; this.out = 0;
    this.trips = 0; this.cool = 0; this.retries = 0; this.latched = false; this.energy = 0;
  }
  target(to, ticks, curve) { this.from = this.level; this.to = to; this.t = 0; this.ramp = ticks; this.curve = curve; }
  step() {
    if (this.latched) { this.level = 0; return 0; }
    if (this.cool > 0) {
      this.cool -= 1;
      if (this.cool === 0) { this.retries += 1; this.from = 0; this.t = 0; this.ramp = 20; }
      this.level = 0;
      return 0;
    }
    if (this.t < this.ramp) this.t += 1;
    const u = ((this.t * 1024) / this.ramp) | 0;
    let s = u;
    switch (this.curve) {
      case 1: s = (((u * u) >> 10) * (3072 - 2 * u)) >> 10; break;
      case 2: s = (u * u) >> 10; break;
      default: break;
    }
    this.level = this.from + (((this.to - this.from) * s) >> 10);
    return this.level;
  }
  trip() {
    this.trips += 1; this.level = 0; this.out = 0;
    if (this.retries >= 3) this.latched = true; else this.cool = 40;
  }
  clear() { this.latched = false; this.retries = 0; this.cool = 0; this.from = 0; this.t = 0; }
}

function sweep(chs, st) {
  const ev = [];
  let active = 0, cur = 0;
  for (let i = 0; i < NCH; i++) {
    const c = chs[i];
    if (c.out >= PERIOD) { active += 1; cur += LOAD_MA[i]; }
    else if (c.out > 0) {
      const on = c.phase, off = (c.phase + c.out) % PERIOD;
      if (off < on) { active += 1; cur += LOAD_MA[i]; }
      ev.push(on * 32 + 16 + i); ev.push(off * 32 + i);
    }
  }
  for (let i = 1; i < ev.length; i++) {
    const k = ev[i];
    let j = i - 1;
    while (j >= 0 && ev[j] > k) { ev[j + 1] = ev[j]; j -= 1; }
    ev[j + 1] = k;
  }
  let peak = active, peakMa = cur, gap = ev.length > 0 ? PERIOD - (ev[ev.length - 1] >> 5) + (ev[0] >> 5) : PERIOD;
  for (let i = 0; i < ev.length; i++) {
    const e = ev[i], ch = e & 15;
    if ((e & 16) !== 0) { active += 1; cur += LOAD_MA[ch]; } else { active -= 1; cur -= LOAD_MA[ch]; }
    if (active > peak) peak = active;
    if (cur > peakMa) peakMa = cur;
    if (i + 1 < ev.length && (ev[i + 1] >> 5) - (e >> 5) > gap) gap = (ev[i + 1] >> 5) - (e >> 5);
  }
  if (peak > st.peak) st.peak = peak;
  if (peakMa > st.peakMa) st.peakMa = peakMa;
  if (gap < st.minGap) st.minGap = gap;
  return peak * 4096 + gap;
}

let checked = false;

function run() {
  const chs = [];
  for (let i = 0; i < NCH; i++) chs.push(new Channel(i));
  const st = { peak: 0, peakMa: 0, minGap: PERIOD, limited: 0, sweeps: 0, latchTick: -1 };
  let h = 5, scene = 0, maxDemand = 0;
  for (let tick = 0; tick < 600; tick++) {
    if (scene < SCENES.length && SCENES[scene][0] === tick) {
      const sc = SCENES[scene];
      for (let i = 0; i < NCH; i++) chs[i].target(sc[3][i], sc[1] + i * 10, i > 5 ? 0 : sc[2]);
      scene += 1;
    }
    if (tick === 500) chs[5].clear();
    let demand = 0;
    for (let i = 0; i < NCH; i++) {
      const c = chs[i];
      c.out = GAMMA[c.step()];
      demand += (c.out * LOAD_MA[i] / PERIOD) | 0;
    }
    if (demand > maxDemand) maxDemand = demand;
    if (demand > BUDGET) {
      const k = ((BUDGET * 1024) / demand) | 0;
      for (let i = 0; i < NCH; i++) chs[i].out = (chs[i].out * k) >> 10;
      st.limited += 1;
    }
    const jam = tick >= 180 && tick < 360 ? 30 : 1;
    const fan = chs[5];
    if (fan.out > 0 && ((fan.out * LOAD_MA[5] * jam / PERIOD) | 0) > TRIP_MA) fan.trip();
    if (fan.latched && st.latchTick < 0) st.latchTick = tick;
    let sum = 0;
    for (let i = 0; i < NCH; i++) { sum += chs[i].out; chs[i].energy += chs[i].out; }
    h = (h * 31 + sum) % 1000003;
    if (tick % 8 === 7) { st.sweeps += 1; h = (h * 31 + sweep(chs, st)) % 1000003; }
  }
  let energy = 0;
  for (let i = 0; i < NCH; i++) { energy += (chs[i].energy / 1000) | 0; h = (h * 31 + chs[i].out + chs[i].trips * 7) % 1000003; }
  h = (h * 31 + maxDemand + st.limited + st.latchTick) % 1000003;
  const fan = chs[5];
  const line = 'pwm-softstart ticks=600 energy=' + energy + ' limited=' + st.limited + ' maxdemand=' + maxDemand +
    'mA trips=' + fan.trips + ' latched@' + st.latchTick + ' sweeps=' + st.sweeps +
    ' peak=' + st.peak + '/' + st.peakMa + 'mA mingap=' + st.minGap + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
