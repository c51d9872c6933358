// The animation engine of a smart LED strip (32 WS2812 pixels). Effects are
// closures (pixel, time, channel) -> 0..255 built by small factories, and
// scenes are chains of combinators wrapped around them, six to nine
// closures deep: solid, rainbow, chase, twinkle and breathe sources;
// shift, mirror, scale, fade-in, mix, add-saturate, mask, dither and
// gamma wrappers. Some closures keep their own state (the twinkle
// generator's seed, a breathe phase accumulator, a frame counter for
// dithering). A scheduler switches scenes on a timeline and cross-fades
// between the outgoing and the incoming chain, itself a closure over both.
// Each frame is rendered into GRB bytes as the strip wants them, and the
// power limiter scales the frame when the estimated current exceeds the
// supply's budget (a closure installed in front of the chain for the next
// frame). 24 frames of 32 pixels, 3 channels.
const NODE_SUM = 916720;
const GAMMA = [];
for (let i = 0; i < 256; i++) { const x = i / 255; GAMMA.push((x * x * (0.6 + 0.4 * x) * 255 + 0.5) | 0); }
const WHEEL = [];                                       // hue 0..95 -> r, g, b
for (let i = 0; i < 96; i++) {
  const s = i % 32, up = s * 8, dn = 255 - s * 8, k = (i / 32) | 0;
  WHEEL.push(k === 0 ? [dn, up, 0] : (k === 1 ? [0, dn, up] : [up, 0, dn]));
}
const N = 32;
let checked = false;

function solid(r, g, b) {
  const c = [r, g, b];
  return (i, t, ch) => c[ch];
}
function rainbow(spread, speed) {
  return (i, t, ch) => WHEEL[((i * spread + t * speed) % 96 + 96) % 96][ch];
}
function chase(color, width, speed) {
  return (i, t, ch) => {
    const head = (t * speed) % N, d = (head - i + N) % N;
    return d < width ? color(i, t, ch) * (width - d) / width | 0 : 0;
  };
}
function twinkle(seed, density, color) {
  let s = seed, lastT = -1;
  const lit = [];
  for (let i = 0; i < N; i++) lit.push(0);
  return (i, t, ch) => {
    if (t !== lastT) {                                   // new frame: age the sparkles, light new ones
      lastT = t;
      for (let k = 0; k < N; k++) { s = (s * 109 + 89) % 251; lit[k] = s < density ? 255 : (lit[k] * 3 >> 2); }
    }
    return color(i, t, ch) * lit[i] >> 8;
  };
}
function breathe(fx, period) {
  let phase = 0, lastT = -1;
  return (i, t, ch) => {
    if (t !== lastT) { lastT = t; phase = (phase + 1) % period; }
    const tri = phase < period / 2 ? phase : period - phase;
    return fx(i, t, ch) * (64 + (tri * 384 / period | 0)) >> 8;
  };
}
function shift(fx, rate) {
  return (i, t, ch) => fx(((i + t * rate) % N + N) % N, t, ch);
}
function mirror(fx) {
  return (i, t, ch) => fx(i < N / 2 ? i : N - 1 - i, t, ch);
}
function scale(fx, level) {
  return (i, t, ch) => fx(i, t, ch) * level() >> 8;
}
function fadeIn(fx, t0, dur) {
  return (i, t, ch) => {
    const k = t <= t0 ? 0 : (t >= t0 + dur ? 256 : ((t - t0) * 256 / dur | 0));
    return fx(i, t, ch) * k >> 8;
  };
}
function mix(a, b, amount) {
  return (i, t, ch) => {
    const m = amount(t);
    return (a(i, t, ch) * (256 - m) + b(i, t, ch) * m) >> 8;
  };
}
function addSat(a, b) {
  return (i, t, ch) => {
    const v = a(i, t, ch) + b(i, t, ch);
    return v > 255 ? 255 : v;
  };
}
function mask(fx, from, to) {
  return (i, t, ch) => i >= from && i < to ? fx(i, t, ch) : 0;
}
function dither(fx) {
  let frame = 0, lastT = -1;
  return (i, t, ch) => {
    if (t !== lastT) { lastT = t; frame += 1; }
    const v = fx(i, t, ch);
    return v < 255 && ((i + frame + ch) & 3) === 0 ? v + 1 : v;
  };
}
function gamma(fx) {
  return (i, t, ch) => GAMMA[fx(i, t, ch)];
}
function crossFade(a, b, t0, frames) { return mix(a, b, (t) => (t - t0) >= frames ? 256 : ((t - t0) * 256 / frames | 0)); }

function run() {
  let h = 23;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  let budget = 256;                                          // power limiter level, 256 = full
  const limiter = () => budget;
  const scenes = [
    { at: 0, make: () => gamma(scale(dither(mirror(shift(rainbow(5, 3), 1))), limiter)) },
    { at: 6, make: () => gamma(scale(addSat(chase(solid(255, 40, 0), 6, 2), breathe(solid(0, 0, 90), 8)), limiter)) },
    { at: 12, make: () => gamma(scale(dither(twinkle(7, 40, fadeIn(rainbow(3, 1), 12, 4))), limiter)) },
    { at: 18, make: () => gamma(scale(mask(mix(rainbow(2, 2), chase(solid(255, 255, 255), 4, 3), (t) => (t * 40) % 256), 4, 28),
      limiter)) },
  ];
  let cur = scenes[0].make(), next = null, xStart = 0, si = 0, fx = cur;
  const out = [];
  for (let i = 0; i < N * 3; i++) out.push(0);
  let bytes = 0, limited = 0, peak = 0, calls = 0;
  for (let t = 0; t < 24; t++) {
    if (si + 1 < scenes.length && t === scenes[si + 1].at) {
      si += 1; next = scenes[si].make(); xStart = t;
      fx = crossFade(cur, next, t, 3);
    }
    if (next !== null && t - xStart >= 3) { cur = next; next = null; fx = cur; }
    let sum = 0;
    for (let i = 0; i < N; i++) {
      const r = fx(i, t, 0), g = fx(i, t, 1), b = fx(i, t, 2);
      out[i * 3] = g; out[i * 3 + 1] = r; out[i * 3 + 2] = b;        // GRB order
      sum += r + g + b; calls += 3;
    }
    const ma = sum * 20 / 255 | 0;                              // 20 mA per channel at full
    if (ma > peak) peak = ma;
    if (ma > 300) { budget = budget * 300 / ma | 0; limited += 1; }            // budget 300 mA
    else if (budget < 256) budget = budget + 16 > 256 ? 256 : budget + 16;
    for (let k = 0; k < N * 3; k++) { add(out[k]); bytes += 1; }
    add(ma); add(budget);
  }
  const line = 'ws2812-scenes frames=24 pixels=' + N + ' calls=' + calls + ' bytes=' + bytes + ' limited=' + limited +
    ' peak=' + peak + 'mA budget=' + budget + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
