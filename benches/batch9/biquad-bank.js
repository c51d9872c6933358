// Audio front end of a sound-level sensor, in Q14 fixed point. Each call
// synthesises 64 samples of a 16-bit signal (a 440 Hz-ish tone from a
// Q14 sine table, a slow hum, a square-wave click train and LCG noise),
// removes DC with a one-pole blocker, and feeds it to a bank of four
// two-section biquad cascades (low-pass, high-pass, band-pass, notch),
// Direct Form I with per-product rounding and 16-bit saturation. Each
// band then has a peak-hold envelope follower and a 4:1 decimator that
// keeps a running energy. The coefficients are RBJ cookbook designs
// rounded to Q14 offline. The work is many small function calls on
// small integers, with products up to 2^30.
const LP = [[209, 418, 209, -25798, 10251], [235, 470, 235, -28987, 13543]];
const HP = [[14991, -29981, 14991, -29863, 13716], [14991, -29981, 14991, -29863, 13716]];
const BP = [[2099, 0, -2099, -23113, 12186], [2099, 0, -2099, -23113, 12186]];
const NOTCH = [[15053, -21289, 15053, -21289, 13723], [14643, -9050, 14643, -9050, 12902]];
const SINQ = [];
for (let k = 0; k < 64; k++) {
  // quarter-wave-free sine by a cubic-ish recurrence: parabola approximation, Q14
  const x = k < 32 ? k : 64 - k;        // 0..32 over half a period
  const p = (x * (32 - x) * 64) >> 0;   // peak 256*64 = 16384
  SINQ.push(k < 32 ? p : -p);
}
function mulQ14(a, b) { return (a * b + 8192) >> 14; }
function sat16(v) { return v > 32767 ? 32767 : v < -32768 ? -32768 : v; }
// A section is a 9-element array, as in C: b0 b1 b2 a1 a2, then x1 x2 y1 y2.
function makeSection(c) { return [c[0], c[1], c[2], c[3], c[4], 0, 0, 0, 0]; }
function section(s, x) {
  const acc = mulQ14(s[0], x) + mulQ14(s[1], s[5]) + mulQ14(s[2], s[6]) - mulQ14(s[3], s[7]) - mulQ14(s[4], s[8]);
  const y = sat16(acc);
  s[6] = s[5]; s[5] = x; s[8] = s[7]; s[7] = y;
  return y;
}
function makeBand(name, coefs) {
  const secs = [];
  for (let i = 0; i < coefs.length; i++) secs.push(makeSection(coefs[i]));
  return { name, secs, env: 0, peak: 0, dec: 0, phase: 0, energy: 0, clips: 0 };
}
function cascade(b, x) {
  let v = x;
  for (let i = 0; i < b.secs.length; i++) v = section(b.secs[i], v);
  return v;
}
function absI(v) { return v < 0 ? -v : v; }
function follow(b, y) {
  const a = absI(y);
  if (a > b.env) b.env = b.env + ((a - b.env) >> 2);
  else b.env = b.env - ((b.env - a) >> 5);
  if (b.env > b.peak) b.peak = b.env;
  if (a >= 32767) b.clips += 1;
}
function decimate(b, y) {
  b.dec += y;
  b.phase += 1;
  if (b.phase === 4) {
    const d = b.dec >> 2;
    b.energy = (b.energy + ((d * d) >> 8)) % 1000003;
    b.dec = 0; b.phase = 0;
  }
}
function dcBlock(st, x) {
  // y = x - x1 + 0.995 * y1, with 0.995 in Q14
  const y = x - st.x1 + mulQ14(16302, st.y1);
  st.x1 = x; st.y1 = y;
  return sat16(y);
}
function source(n, st) {
  st.seed = (st.seed * 1103 + 12345) % 32749;
  const tone = mulQ14(SINQ[(n * 5) & 63], 12000);
  const hum = mulQ14(SINQ[(n >> 1) & 63], 3000);
  const click = (n & 31) < 2 ? 9000 : 0;
  return sat16(1500 + tone + hum + click + (st.seed % 801) - 400);
}

// checksum computed in node
const NODE_SUM = 724352;
let checked = false, expected = 0;
function run() {
  const bands = [makeBand('lp', LP), makeBand('hp', HP), makeBand('bp', BP), makeBand('notch', NOTCH)];
  const src = { seed: 99 }, dc = { x1: 0, y1: 0 };
  let h = 1, last = 0;
  for (let n = 0; n < 64; n++) {
    const x = dcBlock(dc, source(n, src));
    for (let k = 0; k < bands.length; k++) {
      const y = cascade(bands[k], x);
      follow(bands[k], y);
      decimate(bands[k], y);
      last = y;
    }
    h = (h * 31 + (last & 0xFFFF)) % 1000003;
  }
  let summary = '';
  for (let k = 0; k < bands.length; k++) {
    const b = bands[k];
    h = (h * 131 + b.peak * 7 + b.energy + b.clips) % 1000003;
    summary += `${k === 0 ? '' : ' '}${b.name}=${b.peak}/${b.energy}`;
  }
  if (!checked) {
    checked = true;
    expected = h;
    print(`biquad-bank ${summary} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
