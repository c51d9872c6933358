// espresso-shot piece: small top-level helpers taking 3 to 8 float
// arguments (clamp, lerp, mapRange, boilerStep). 800 iterations, 4 calls
// each plus the nested clamp and lerp calls.
const NODE_SUM = 947858;
let checked = false;

function clamp(v, lo, hi) { return v < lo ? lo : (v > hi ? hi : v); }
function lerp(x, x0, x1, y0, y1) { return x1 === x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0); }
function mapRange(v, inLo, inHi, outLo, outHi, limit) { const r = lerp(v, inLo, inHi, outLo, outHi); return limit ? clamp(r, outLo, outHi) : r; }
function boilerStep(temp, watts, flow, inletT, mass, loss, ambient, dt) {
  return temp + (watts * dt - loss * (temp - ambient) * dt - flow * dt * 4.186 * (temp - inletT)) / (mass * 4.186);
}

function run() {
  let h = 1, t = 88.5, acc = 0;
  for (let i = 0; i < 800; i++) {
    const x = (i % 40) * 0.25;
    const a = clamp(x - 3.3, 0, 5.5), b = lerp(x, 0, 10, 20.5, 70.25), c = mapRange(x, 0, 9, 20, 70, i % 2 === 0);
    t = boilerStep(t, i % 3 === 0 ? 1200 : 0, a, 22, 300, 1.5, 24, 0.25);
    acc += a + b + c;
    h = (h * 31 + ((t * 10) | 0)) % 1000003;
  }
  if (!checked) { checked = true; print('m-many-args-float t=' + ((t * 100) | 0) + ' acc=' + (acc | 0) + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
