// Fixed-point DSP on a 12-bit ADC stream: a 15-tap Q15 low-pass FIR over a
// circular delay line, then a Q14 biquad high-pass (direct form I) with
// saturation to 16 bits, then a peak and energy detector on the output.
const TAPS = [-96, -210, 0, 880, 2400, 4300, 5900, 6420,
              5900, 4300, 2400, 880, 0, -210, -96];       // sums to 32768
const NTAPS = 15;
const B0 = 14000, B1 = -28000, B2 = 14000;                 // Q14
const A1 = -29491, A2 = 13271;                             // poles at 0.9 (Q14)

// 256 ADC samples: mid-scale offset, a slow triangle, a fast square wave
// and a little pseudo-random noise, clamped to 0..4095.
const adc = [];
let noise = 12345;                                       // ZX81 generator
for (let n = 0; n < 256; n++) {
  const ph = n % 64;
  const tri = ph < 32 ? ph * 75 - 1200 : (63 - ph) * 75 - 1200;
  const sq = (n % 10) < 5 ? 300 : -300;
  noise = (noise * 75 + 74) % 65537;
  let v = 2048 + tri + sq + (noise & 127) - 64;
  if (v < 0) v = 0;
  if (v > 4095) v = 4095;
  adc.push(v);
}

function makeChain() {
  const delay = [];
  for (let i = 0; i < NTAPS; i++) delay.push(0);
  return { delay: delay, pos: 0, x1: 0, x2: 0, y1: 0, y2: 0 };
}

function firStep(st, x) {
  const d = st.delay;
  let pos = st.pos;
  d[pos] = x;
  let acc = 0;
  let j = pos;
  for (let k = 0; k < NTAPS; k++) {
    acc += TAPS[k] * d[j];
    j = j === 0 ? NTAPS - 1 : j - 1;
  }
  pos = pos + 1;
  if (pos === NTAPS) pos = 0;
  st.pos = pos;
  return acc >> 15;
}

function iirStep(st, x) {
  let y = (B0 * x + B1 * st.x1 + B2 * st.x2 - A1 * st.y1 - A2 * st.y2) >> 14;
  if (y > 32767) y = 32767;
  else if (y < -32768) y = -32768;
  st.x2 = st.x1; st.x1 = x;
  st.y2 = st.y1; st.y1 = y;
  return y;
}

let checked = false;
function run() {
  const st = makeChain();
  let sum = 0, energy = 0, peak = 0, crossings = 0, prev = 0;
  for (let n = 0; n < adc.length; n++) {
    const lp = firStep(st, adc[n] - 2048);
    const hp = iirStep(st, lp);
    sum = (sum + hp) | 0;
    energy = (energy + ((hp * hp) >> 4)) | 0;
    const mag = hp < 0 ? -hp : hp;
    if (mag > peak) peak = mag;
    if ((hp < 0) !== (prev < 0)) crossings++;
    prev = hp;
  }
  const r = (sum ^ energy ^ (peak << 8) ^ crossings) | 0;
  if (!checked) {
    checked = true;
    print('fir-q15 ' + sum + ' ' + energy + ' ' + peak + ' ' + crossings + ' ' + r);
  }
  return r;
}
vmExport(0, run);
