// Acoustic echo canceller for a speakerphone's DSP loop, all in Q15 integers.
// The far-end voice is an LCG excitation through a two-pole resonator whose
// pitch and syllable envelope change every 96 samples. The loudspeaker-to-
// microphone path is a 20-tap decaying room response, and the microphone
// also hears a near-end talker (a second resonator) in two bursts, plus a
// DC offset and hiss. The canceller is a 32-tap normalised LMS filter: the
// estimate is a Q15 dot product, the error drives a gain E * mu / power and
// every tap moves by ((G >> 5) * x) >> 10. A Geigel double-talk detector freezes the
// adaptation while the near end talks. A DC blocker (one-pole IIR) cleans the
// microphone, a residual echo suppressor attenuates the error when only the
// far end talks, and a soft limiter saturates to int16. Every 64 samples the
// echo return loss enhancement is measured in tenths of a dB through an
// integer log2 with a 16-entry mantissa table. Each product stays inside
// int32 before it is shifted; sums of squares are doubles.
const NODE_SUM = 828455;
const N = 800, TAPS = 32, ROOM = 20, BLOCK = 64;
const ROOM_H = [];                                   // Q15 room impulse response, built at load time
let rs = 12345;
for (let k = 0; k < ROOM; k++) {
  rs = (rs * 1103 + 12345) % 65536;
  let amp = 19000;
  for (let j = 0; j < k; j++) amp = (amp * 27) >> 5;   // about -1.5 dB per tap
  const sign = (rs & 256) ? -1 : 1;
  ROOM_H.push(k < 3 ? 0 : sign * ((amp * (64 + (rs & 63))) >> 7));
}
const LOG2_FRAC = [0, 87, 170, 248, 322, 392, 459, 522, 583, 640, 696, 749, 800, 849, 896, 941];   // 1000*log2(1+i/16)
const PITCH = [20000, 17000, 23000, 15500, 21500, 18500, 24000, 16500];   // resonator a1 coefficients, Q14
let checked = false;

function sat16(v) { return v > 32767 ? 32767 : (v < -32768 ? -32768 : v); }

function log2milli(v) {                              // 1000 * log2(v) for v >= 1, v may be a double up to 2^40
  let e = 0;
  while (v >= 2) { v = v / 2; e += 1; }
  const idx = ((v - 1) * 16) | 0;
  return e * 1000 + LOG2_FRAC[idx];
}

function makeResonator(a1, a2, gain) {               // y[n] = g*u + a1*y[n-1] - a2*y[n-2], Q14, shift per term
  return { a1: a1, a2: a2, g: gain, y1: 0, y2: 0 };
}

function resonate(r, u) {
  const y = sat16(((r.g * u) >> 14) + ((r.a1 * r.y1) >> 14) - ((r.a2 * r.y2) >> 14));
  r.y2 = r.y1; r.y1 = y;
  return y;
}

function run() {
  let h = 17, seed = 4242, seed2 = 999;
  const rnd = () => { seed = (seed * 75 + 74) % 65537; return seed - 32768; };
  const rnd2 = () => { seed2 = (seed2 * 171) % 30269; return seed2 - 15134; };
  const far = makeResonator(PITCH[0], 10500, 6000);
  const near = makeResonator(27000, 15800, 2600);
  const xHist = [], w = [], room = [];
  for (let k = 0; k < TAPS; k++) { xHist.push(0); w.push(0); }
  for (let k = 0; k < ROOM; k++) room.push(0);
  let xPos = 0, rPos = 0, pow = 0, dcX = 0, dcY = 0, farMax = 0;
  const farWin = [];
  for (let k = 0; k < BLOCK; k++) farWin.push(0);
  let blkD = 0, blkE = 0, blkN = 0, frozen = 0, adapted = 0, limited = 0, suppressed = 0;
  const erle = [];
  let env = 0, envTarget = 0;
  for (let n = 0; n < N; n++) {
    // far end: syllables every 96 samples, pitch from the table
    if (n % 96 === 0) {
      const syl = (n / 96) | 0;
      far.a1 = PITCH[syl & 7];
      envTarget = (syl % 3 === 2) ? 200 : 1024 - (syl & 3) * 150;
    }
    env += (envTarget - env) >> 3;
    const farRaw = resonate(far, rnd() >> 3) + (rnd() >> 3);
    const x = (farRaw * env) >> 10;
    // the room: the loudspeaker signal through ROOM_H
    room[rPos] = x;
    let echo = 0;
    for (let k = 0; k < ROOM; k++) {
      let idx = rPos - k; if (idx < 0) idx += ROOM;
      echo += (ROOM_H[k] * room[idx]) >> 15;
    }
    rPos = rPos + 1 === ROOM ? 0 : rPos + 1;
    // near end talks in two bursts
    const talking = (n >= 300 && n < 380) || (n >= 620 && n < 700);
    const s = talking ? resonate(near, rnd2() >> 2) : 0;
    const mic = sat16(echo + s + 300 + (rnd2() >> 9));
    // DC blocker: y = x - x1 + 0.995 y1 (Q15)
    const d = sat16(mic - dcX + ((32604 * dcY) >> 15));
    dcX = mic; dcY = d;
    // reference history and its power, kept incrementally
    const old = xHist[xPos];
    pow += ((x * x) >> 15) - ((old * old) >> 15);
    xHist[xPos] = x;
    // the adaptive filter's estimate
    let est = 0, j = xPos;
    for (let k = 0; k < TAPS; k++) {
      est += (w[k] * xHist[j]) >> 15;
      j = j === 0 ? TAPS - 1 : j - 1;
    }
    const e = sat16(d - est);
    // Geigel double-talk detector over the last 64 far-end samples
    farWin[n & 63] = x < 0 ? -x : x;
    if ((n & 15) === 0) { farMax = 0; for (let k = 0; k < BLOCK; k++) if (farWin[k] > farMax) farMax = farWin[k]; }
    const ad = d < 0 ? -d : d;
    const doubleTalk = ad > (farMax >> 1) + 400;
    if (doubleTalk) frozen += 1;
    else if (pow > 64) {
      let g = ((e * 16384) / (pow + 256)) | 0;        // mu = 0.5, normalised, Q15 gain
      if (g > 1048575) g = 1048575; if (g < -1048575) g = -1048575;
      const gs = g >> 5;                              // the product gs * x stays inside int32
      j = xPos;
      for (let k = 0; k < TAPS; k++) {
        w[k] += (gs * xHist[j]) >> 10;
        j = j === 0 ? TAPS - 1 : j - 1;
      }
      adapted += 1;
    }
    xPos = xPos + 1 === TAPS ? 0 : xPos + 1;
    // residual echo suppression and a soft limiter
    let out = e;
    if (!doubleTalk && !talking) { out = e >> 2; suppressed += 1; }
    if (out > 24000) { out = 24000 + ((out - 24000) >> 2); limited += 1; }
    if (out < -24000) { out = -24000 + ((out + 24000) >> 2); limited += 1; }
    // ERLE per block, far end only
    if (!talking) { blkD += d * d; blkE += e * e; blkN += 1; }
    if ((n & 63) === 63) {
      if (blkN > 16) {
        const db10 = ((log2milli(blkD + 1) - log2milli(blkE + 1)) * 30103 / 1000000) | 0;   // 10*log10 in tenths
        erle.push(db10);
        h = (h * 31 + (db10 + 1000)) % 1000003;
      }
      blkD = 0; blkE = 0; blkN = 0;
    }
    if ((n & 7) === 0) h = (h * 31 + (out + 32768)) % 1000003;
  }
  let wsum = 0, wpeak = 0, wpeakAt = 0;
  for (let k = 0; k < TAPS; k++) {
    h = (h * 31 + (w[k] + 65536)) % 1000003;
    const a = w[k] < 0 ? -w[k] : w[k];
    wsum += a;
    if (a > wpeak) { wpeak = a; wpeakAt = k; }
  }
  let misalign = 0;                                   // distance between the learned taps and the room, Q15 sum of |diff|
  for (let k = 0; k < TAPS; k++) { const t = k < ROOM ? ROOM_H[k] : 0; const df = w[k] - t; misalign += df < 0 ? -df : df; }
  h = (h * 31 + misalign % 100000) % 1000003;
  let erleList = '';
  for (let k = 0; k < erle.length; k++) erleList += (k ? ',' : '') + erle[k];
  const out = 'lms-echo samples=' + N + ' taps=' + TAPS + ' adapted=' + adapted + ' frozen=' + frozen + ' suppressed=' + suppressed +
    ' limited=' + limited + ' wpeak=' + wpeak + '@' + wpeakAt + ' wsum=' + wsum + ' misalign=' + misalign + ' erle_dB10=' + erleList + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
