// A DTMF (touch-tone) receiver as in a door-entry panel: a 10-bit ADC
// sampled at 4 kHz (enough for the 1,633 Hz top tone), eight Goertzel
// filters tuned to the four row and four column frequencies, run over
// blocks of N = 102 samples (39 Hz resolution, like the classic N = 205
// at 8 kHz) in integer fixed point with Q12 coefficients. Every block is
// checked: both peaks above a threshold, twist (column against row power)
// within limits, every other bin well below the peak of its group, and
// enough of the block's energy inside the two bins. A key is accepted
// when two blocks in a row agree and released after a block without a
// valid pair. Each call synthesises a dialled sequence with a phase-
// accumulator tone generator (Q10 sine table) plus LCG noise and
// clipping, including things that must be rejected: speech-like tones, a
// weak key, a key with too much twist, two keys pressed together and a
// 12 ms blip. The sine and cosine tables are built at load with a Taylor
// series; powers are compared as floats.
const NODE_SUM = 227337;
const FS = 4000, N = 102;
const FREQS = [697, 770, 852, 941, 1209, 1336, 1477, 1633];
const KEYS = ['1', '2', '3', 'A', '4', '5', '6', 'B', '7', '8', '9', 'C', '*', '0', '#', 'D'];
const PI = 3.141592653589793;
function sinT(x) {                       // x in [-pi, pi]
  let term = x, sum = x;
  for (let k = 1; k < 12; k++) { term = -term * x * x / ((2 * k) * (2 * k + 1)); sum += term; }
  return sum;
}
const roundI = (v) => (v >= 0 ? (v + 0.5) | 0 : -((0.5 - v) | 0));
const SIN = [];
for (let i = 0; i < 256; i++) SIN.push(roundI(1024 * sinT(i < 128 ? 2 * PI * i / 256 : 2 * PI * (i - 256) / 256)));
const COEF = [];
for (let j = 0; j < 8; j++) {
  let a = 2 * PI * FREQS[j] / FS + PI / 2;     // cos(x) = sin(x + pi/2)
  if (a > PI) a -= 2 * PI;
  COEF.push(roundI(2 * 4096 * sinT(a)));
}
// [tone ms, gap ms, then up to three tones as Hz, amplitude]: 1 0 0 4, speech, 8 #, a weak 5, a 3 with too
// much twist, 2 and 5 pressed together, *, a 12 ms blip of B, D
const DIAL = [
  [50, 40, 697, 200, 1209, 220, 0, 0], [50, 40, 941, 200, 1336, 220, 0, 0], [60, 40, 941, 190, 1336, 230, 0, 0],
  [50, 40, 770, 210, 1209, 210, 0, 0], [120, 40, 500, 150, 1100, 130, 300, 90], [45, 35, 852, 150, 1336, 250, 0, 0],
  [50, 40, 941, 200, 1477, 200, 0, 0], [50, 40, 770, 20, 1336, 22, 0, 0], [50, 40, 697, 240, 1477, 80, 0, 0],
  [50, 40, 697, 180, 770, 160, 1336, 200], [70, 40, 941, 175, 1209, 225, 0, 0], [12, 40, 770, 200, 1633, 220, 0, 0],
  [50, 40, 941, 150, 1633, 150, 0, 0],
];

let checked = false;

function run() {
  const s1 = [0, 0, 0, 0, 0, 0, 0, 0], s2 = [0, 0, 0, 0, 0, 0, 0, 0];
  const st = { blocks: 0, valid: 0, keys: 0, twist: 0, weak: 0, energy: 0, clipped: 0 };
  let seed = 4321, ph1 = 0, ph2 = 0, ph3 = 0, n = 0, energy = 0, prev = -1, held = -1, h = 3, text = '';
  const block = () => {
    const p = [];
    for (let j = 0; j < 8; j++) {
      const a = s1[j], b = s2[j];
      p.push(a * a + b * b - a * b * COEF[j] / 4096);
      s1[j] = 0; s2[j] = 0;
    }
    let r = 0, c = 4;
    for (let j = 1; j < 4; j++) { if (p[j] > p[r]) r = j; if (p[j + 4] > p[c]) c = j + 4; }
    let key = -1;
    if (p[r] < 1e7 || p[c] < 1e7) st.weak += 1;
    else if (p[c] > p[r] * 6.3 || p[r] > p[c] * 2.5) st.twist += 1;
    else {
      let clean = true;
      for (let j = 0; j < 8; j++) if (j !== r && j !== c && (p[j] * 10 > (j < 4 ? p[r] : p[c]))) clean = false;
      if (!clean || (p[r] + p[c]) < energy * N * 0.2) st.energy += 1;
      else key = r * 4 + c - 4;
    }
    st.blocks += 1;
    if (key >= 0) st.valid += 1;
    if (key >= 0 && key === prev && key !== held) { held = key; st.keys += 1; text += KEYS[key]; h = (h * 31 + key + 1) % 1000003; }
    if (key < 0) held = -1;
    prev = key;
    h = (h * 31 + (key + 1) * 64 + r * 8 + c) % 1000003;
    energy = 0; n = 0;
  };
  for (let e = 0; e < DIAL.length; e++) {
    const d = DIAL[e];
    const inc1 = roundI(d[2] * 65536 / FS), inc2 = roundI(d[4] * 65536 / FS), inc3 = roundI(d[6] * 65536 / FS);
    const tone = d[0] * FS / 1000, end = tone + d[1] * FS / 1000;
    for (let i = 0; i < end; i++) {
      seed = (seed * 75 + 74) % 65537;
      let x = ((seed >> 4) & 63) - 32;
      if (i < tone) {
        x += ((SIN[ph1 >> 8] * d[3]) >> 10) + ((SIN[ph2 >> 8] * d[5]) >> 10) + ((SIN[ph3 >> 8] * d[7]) >> 10);
        ph1 = (ph1 + inc1) & 65535; ph2 = (ph2 + inc2) & 65535; ph3 = (ph3 + inc3) & 65535;
      }
      if (x > 511) { x = 511; st.clipped += 1; }
      if (x < -512) { x = -512; st.clipped += 1; }
      energy += x * x;
      for (let j = 0; j < 8; j++) {
        const v = x + ((COEF[j] * s1[j]) >> 12) - s2[j];
        s2[j] = s1[j]; s1[j] = v;
      }
      n += 1;
      if (n === N) block();
    }
  }
  h = (h * 31 + st.blocks * 16 + st.keys) % 1000003;
  h = (h * 31 + st.weak * 1024 + st.twist * 32 + st.energy) % 1000003;
  const line = 'dtmf-goertzel samples=' + (st.blocks * N + n) + ' blocks=' + st.blocks + ' valid=' + st.valid + ' keys=' +
    st.keys + ' weak=' + st.weak + ' twist=' + st.twist + ' notclean=' + st.energy + ' clipped=' + st.clipped +
    ' dialled=' + text + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
