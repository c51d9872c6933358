// The audio front end of a PDM MEMS microphone, all in integers and bit
// operations. A second-order sigma-delta modulator (the microphone's own)
// turns a test signal (a 1 kHz tone from a quarter-wave table, a burst of a
// second tone, a DC offset) into a 1-bit stream at 64 times the output rate;
// the bits are packed 16 to a word as the I2S/PDM peripheral delivers them.
// The firmware then unpacks the words, runs a third-order CIC decimator by
// 64 (three integrators and three combs in 20-bit wrap-around arithmetic
// with sign extension), a DC-blocking filter in Q15, and a 7-tap FIR
// compensation filter. Per 32-sample frame it computes the peak, a
// power sum, a level in dB from its bit length, zero crossings and a CRC-8 of the 16-bit samples as little-endian
// bytes, and checks the bit density of each word with a popcount. 10,240
// PDM bits, 160 output samples per call.
const NODE_SUM = 618157;
const QUARTER = [0, 804, 1606, 2404, 3196, 3981, 4756, 5520, 6270, 7005, 7723, 8423, 9102, 9760, 10394, 11003, 11585,
  12140, 12665, 13160, 13623, 14053, 14449, 14811, 15137, 15426, 15679, 15893, 16069, 16207, 16305, 16364, 16384];
const FIR = [-3, 12, 143, 720, 143, 12, -3];          // CIC droop compensation, sum 1024
const MASK = 0xfffff, SIGN = 0x80000;
let checked = false;

function sine(phase) {                                 // phase 0..127 -> Q14
  const q = phase & 127, k = q & 31;
  if (q < 32) return QUARTER[k];
  if (q < 64) return QUARTER[32 - k];
  if (q < 96) return -QUARTER[k];
  return -QUARTER[32 - k];
}
function popcount16(w) {
  w = w - ((w >> 1) & 0x5555);
  w = (w & 0x3333) + ((w >> 2) & 0x3333);
  w = (w + (w >> 4)) & 0x0f0f;
  return (w + (w >> 8)) & 0x1f;
}
function crc8(crc, b) {
  crc ^= b;
  for (let k = 0; k < 8; k++) crc = (crc & 0x80) !== 0 ? ((crc << 1) ^ 0x31) & 0xff : (crc << 1) & 0xff;
  return crc;
}
function levelDb(power) {                          // about 3 dB per half bit of the power sum: 6 * log2
  let n = 0, p = power;
  while (p > 1) { p = p >> 1; n += 1; }
  const frac = n > 2 ? (power >> (n - 2)) & 3 : 0;  // two more bits of the mantissa
  return n * 6 + (frac * 3 >> 1);
}
function sext20(v) { v = v & MASK; return (v & SIGN) !== 0 ? v - 0x100000 : v; }

function modulate(words, n) {                          // n bits at 64x oversampling into 16-bit words
  let i1 = 0, i2 = 0, fb = 0, w = 0, ph = 0, ph2 = 0;
  for (let b = 0; b < n; b++) {
    if ((b & 63) === 0) { ph += 1; ph2 += 3; }
    const out = b >> 6;
    let x = (sine(ph * 128 / 16 | 0) >> 1) + 1200;     // 1 kHz at 16 kHz output, half scale, DC offset
    if (out >= 60 && out < 100) x += sine((ph2 * 128 / 16 | 0) + (b & 63) / 32 | 0) >> 2;
    i1 += x - fb;
    i2 += i1 - fb;
    const bit = i2 >= 0 ? 1 : 0;
    fb = bit === 1 ? 16384 : -16384;
    w = ((w << 1) | bit) & 0xffff;
    if ((b & 15) === 15) { words.push(w); w = 0; }
  }
}

function run() {
  let h = 19;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const words = [];
  modulate(words, 10240);
  let s1 = 0, s2 = 0, s3 = 0, d1 = 0, d2 = 0, d3 = 0, nbits = 0;
  let dcX = 0, dcY = 0;
  const hist = [0, 0, 0, 0, 0, 0, 0];
  const frame = [];
  let frames = 0, denseWords = 0, crcAll = 0, peakAll = 0, crossings = 0, prevSign = 0, minDensity = 16, maxDensity = 0, maxDb = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi], pc = popcount16(w);
    if (pc < minDensity) minDensity = pc;
    if (pc > maxDensity) maxDensity = pc;
    if (pc >= 14 || pc <= 2) denseWords += 1;
    for (let k = 15; k >= 0; k--) {
      const x = ((w >> k) & 1) === 1 ? 1 : -1;
      s1 = (s1 + x) & MASK; s2 = (s2 + s1) & MASK; s3 = (s3 + s2) & MASK;
      nbits += 1;
      if ((nbits & 63) === 0) {
        const c1 = (s3 - d1) & MASK; d1 = s3;
        const c2 = (c1 - d2) & MASK; d2 = c1;
        const c3 = (c2 - d3) & MASK; d3 = c2;
        const pcm = sext20(c3) >> 3;                     // +-262144 -> +-32768
        const y = pcm - dcX + ((dcY * 32440) >> 15);     // DC blocker, pole 0.99
        dcX = pcm; dcY = y;
        for (let j = 6; j > 0; j--) hist[j] = hist[j - 1];
        hist[0] = y;
        let acc = 0;
        for (let j = 0; j < 7; j++) acc += hist[j] * FIR[j];
        let out = acc >> 10;
        out = out > 32767 ? 32767 : (out < -32768 ? -32768 : out);
        frame.push(out);
        if (frame.length === 32) {
          let peak = 0, power = 0, crc = 0xff, zc = 0;
          for (let j = 0; j < 32; j++) {
            const v = frame[j], a = v < 0 ? -v : v, u = v & 0xffff;
            if (a > peak) peak = a;
            power += (a >> 4) * (a >> 4) >> 6;
            crc = crc8(crc8(crc, u & 0xff), u >> 8);
            const sg = v < 0 ? -1 : 1;
            if (sg !== prevSign && prevSign !== 0) zc += 1;
            prevSign = sg;
          }
          frames += 1; crossings += zc;
          if (peak > peakAll) peakAll = peak;
          crcAll = ((crcAll << 3) ^ (crcAll >> 13) ^ crc) & 0xffff;
          const db = levelDb(power);
          if (db > maxDb) maxDb = db;
          add(peak); add(power % 100000); add(crc); add(zc); add(db);
          frame.length = 0;
        }
      }
    }
  }
  add(denseWords); add(minDensity); add(maxDensity); add(crcAll);
  const out = 'pdm-cic bits=' + nbits + ' words=' + words.length + ' frames=' + frames + ' peak=' + peakAll + ' zc=' + crossings +
    ' density=' + minDensity + '..' + maxDensity + ' dense=' + denseWords + ' crc=' + crcAll + ' maxDb=' + maxDb + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
