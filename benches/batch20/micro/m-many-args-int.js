// Control for m-many-args-float: the same call shapes (3, 5, 6 and 8
// arguments) with small-integer arguments and integer arithmetic only.
const NODE_SUM = 127495;
let checked = false;

function clamp(v, lo, hi) { return v < lo ? lo : (v > hi ? hi : v); }
function lerp(x, x0, x1, y0, y1) { return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0) / (x1 - x0) | 0); }
function mapRange(v, inLo, inHi, outLo, outHi, limit) { const r = lerp(v, inLo, inHi, outLo, outHi); return limit ? clamp(r, outLo, outHi) : r; }
function boilerStep(temp, watts, flow, inletT, mass, loss, ambient, dt) {
  return temp + ((watts * dt - loss * (temp - ambient) * dt - flow * dt * (temp - inletT)) / mass | 0);
}

function run() {
  let h = 1, t = 885, acc = 0;
  for (let i = 0; i < 800; i++) {
    const x = (i % 40) * 2;
    const a = clamp(x - 33, 0, 55), b = lerp(x, 0, 100, 205, 702), c = mapRange(x, 0, 90, 20, 70, i % 2 === 0);
    t = boilerStep(t, i % 3 === 0 ? 120 : 0, a, 220, 30, 1, 240, 2);
    acc += a + b + c;
    h = (h * 31 + (t & 1023)) % 1000003;
  }
  if (!checked) { checked = true; print('m-many-args-int t=' + t + ' acc=' + acc + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
