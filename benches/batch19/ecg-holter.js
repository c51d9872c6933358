// A two-lead Holter ECG recorder: 12 s of signal at 250 Hz per call. The
// heart is simulated (P wave, QRS, T wave drawn as integer triangles, a heart
// rate that rises and falls, premature ventricular beats with a wide QRS and
// no P wave, baseline wander, noise, one lead-off stretch). Every ADC reading
// is a new Sample object; a Pan-Tompkins style QRS detector makes a new
// Stage object per sample (high-passed value, derivative, square, moving
// window integral), a Peak when the integral falls back under its adaptive
// threshold, a Beat with its RR interval, width and class, and an Episode
// for runs of tachycardia and for pauses. Samples are also packed ten at a
// time into Packet objects for the BLE link, delta-encoded into a fresh byte
// array with a CRC-8. Only short rings of recent objects stay alive, so
// nearly everything soon becomes garbage: 3,000 samples, about 6,350
// objects and 600 arrays per call.
const NODE_SUM = 274357;
const FS = 250;
let checked = false;

class Sample { constructor(t, l1, l2, off) { this.t = t; this.l1 = l1; this.l2 = l2; this.off = off; this.q = off ? 0 : 1; } }
class Stage {
  constructor(t, hp, d, sq, mwi) { this.t = t; this.hp = hp; this.d = d; this.sq = sq; this.mwi = mwi; }
}
class Peak { constructor(t, amp, width, level) { this.t = t; this.amp = amp; this.width = width; this.level = level; } }
class Beat {
  constructor(t, rr, width, amp, kind) { this.t = t; this.rr = rr; this.width = width; this.amp = amp; this.kind = kind; this.hr = rr > 0 ? (15000 / rr) | 0 : 0; }
}
class Episode { constructor(kind, start, end, beats) { this.kind = kind; this.start = start; this.end = end; this.beats = beats; } }
class Packet {
  constructor(seq, t0, samples) { this.seq = seq; this.t0 = t0; this.samples = samples; this.bytes = null; this.crc = 0; }
}

function tri(x, start, width, amp) {                  // a triangle of height amp over [start, start + width)
  if (x < start || x >= start + width) return 0;
  const half = width >> 1, d = x - start;
  return d < half ? ((amp * d) / half) | 0 : ((amp * (width - d)) / (width - half)) | 0;
}
function crc8(crc, b) {
  crc ^= b;
  for (let k = 0; k < 8; k++) crc = (crc & 0x80) !== 0 ? ((crc << 1) ^ 0x07) & 255 : (crc << 1) & 255;
  return crc;
}

class Heart {
  constructor(seed) { this.seed = seed; this.next = 40; this.start = 0; this.pvc = false; this.nextPvc = false; this.n = 0; }
  rnd(n) { this.seed = (this.seed * 1103515245 + 12345) % 2147483648; return (this.seed >> 10) % n; }
  rate(t) { return t < 800 ? 72 : (t < 2000 ? 72 + ((t - 800) * 60 / 1200 | 0) : 132 - ((t - 2000) * 40 / 1000 | 0)); }
  sample(t) {
    if (t === this.next) {                            // a premature ventricular beat comes early, then a pause
      this.start = t; this.n += 1; this.pvc = this.nextPvc;
      this.nextPvc = (this.n + 1) % 9 === 0 || (this.n + 1) % 23 === 0;
      const rr = (15000 / this.rate(t)) | 0;
      this.next = t + (this.nextPvc ? (rr * 3) >> 2 : (this.pvc ? rr + (rr >> 2) : (this.n === 12 ? rr * 3 : rr - 3 + this.rnd(7))));
    }
    const x = t - this.start;
    let v;
    if (this.pvc) v = tri(x, 40, 30, -40) + tri(x, 44, 22, 150) + tri(x, 90, 50, -35);
    else v = tri(x, 20, 22, 15) + tri(x, 46, 4, -12) + tri(x, 48, 8, 120) + tri(x, 55, 6, -28) + tri(x, 85, 40, 30);
    const wander = tri(t % 1000, 0, 1000, 60) - 30;
    return new Sample(t, 512 + v + wander + this.rnd(7) - 3, 512 + ((v * 3) >> 2) - (wander >> 1) + this.rnd(5) - 2,
      t >= 2400 && t < 2460);
  }
}

function run() {
  let h = 5;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const heart = new Heart(2024);
  const hist = [], stages = [], win = [];
  for (let i = 0; i < 32; i++) hist.push(null);
  for (let i = 0; i < 8; i++) stages.push(new Stage(0, 0, 0, 0, 0));
  for (let i = 0; i < 30; i++) win.push(0);
  let base = 0, winSum = 0, spk = 300, npk = 10, thr = 80, above = false;
  let maxMwi = 0, maxAmp = 0, maxT = 0, width = 0, lastBeat = -100, lastRR = 0, rrAvg = 200;
  const beats = [], episodes = [], packets = [];
  let pending = [], seq = 0, bytesSent = 0, crcAll = 0, tachyRun = 0, tachyStart = 0, offCount = 0;
  for (let t = 0; t < 3000; t++) {
    const s = heart.sample(t);
    if (s.off) { offCount += 1; s.l1 = 512; s.l2 = 512; }
    const old = hist[t & 31];
    base += s.l1 - (old === null ? 512 : old.l1);
    hist[t & 31] = s;
    const hp = s.l1 - ((base >> 5) + 512);
    const p1 = stages[(t + 7) & 7], p3 = stages[(t + 5) & 7], p4 = stages[(t + 4) & 7];
    const d = (2 * hp + p1.hp - p3.hp - 2 * p4.hp) >> 3;
    const sq = d * d > 30000 ? 30000 : d * d;
    winSum += sq - win[t % 30]; win[t % 30] = sq;
    const st = new Stage(t, hp, d, sq, (winSum / 30) | 0);
    stages[t & 7] = st;
    if (st.mwi > thr) {
      if (!above) { above = true; maxMwi = 0; maxAmp = -1000; width = 0; }
      width += 1;
      if (st.mwi > maxMwi) maxMwi = st.mwi;
      if (hp > maxAmp) { maxAmp = hp; maxT = t; }
    } else if (above) {
      above = false;
      const pk = new Peak(maxT, maxAmp, width, maxMwi);
      if (pk.t - lastBeat > 50 && !s.off) {
        spk = (pk.level + 7 * spk) >> 3;
        const rr = lastBeat < 0 ? 0 : pk.t - lastBeat;
        let kind = 'N';
        if (rr > 0 && rr * 10 < rrAvg * 8) kind = 'V';
        else if (rr * 10 > rrAvg * 17) kind = 'P';
        const b = new Beat(pk.t, rr, pk.width, pk.amp, kind);
        beats.push(b);
        if (kind !== 'P' && rr > 0) rrAvg = (rrAvg * 3 + rr) >> 2;
        if (kind === 'P') episodes.push(new Episode('pause', lastBeat, pk.t, 1));
        if (b.hr > 110) { if (tachyRun === 0) tachyStart = pk.t; tachyRun += 1; }
        else { if (tachyRun >= 4) episodes.push(new Episode('tachy', tachyStart, lastBeat, tachyRun)); tachyRun = 0; }
        lastBeat = pk.t; lastRR = rr;
      } else npk = (pk.level + 7 * npk) >> 3;
      thr = npk + ((spk - npk) >> 2);
    }
    pending.push(s);
    if (pending.length === 10) {
      const pk = new Packet(seq, pending[0].t, pending);
      const bytes = [seq & 255, pk.t0 & 255, pk.t0 >> 8];
      let prev = 512, crc = 0;
      for (let i = 0; i < 10; i++) {
        const v = pk.samples[i].l1, dz = v - prev >= 0 ? (v - prev) * 2 : (prev - v) * 2 - 1;
        if (dz < 128) bytes.push(dz); else { bytes.push(128 | (dz & 127)); bytes.push(dz >> 7); }
        prev = v;
      }
      for (let i = 0; i < bytes.length; i++) crc = crc8(crc, bytes[i]);
      pk.bytes = bytes; pk.crc = crc; bytesSent += bytes.length + 1;
      crcAll = (crcAll * 7 + crc) % 65521;
      packets.push(pk);
      if (packets.length > 6) packets.length = 0;                 // acknowledged: drop them
      pending = []; seq += 1;
    }
  }
  let nV = 0, nP = 0, hrMax = 0, rrSum = 0, rrN = 0;
  for (let i = 0; i < beats.length; i++) {
    const b = beats[i];
    if (b.kind === 'V') nV += 1; else if (b.kind === 'P') nP += 1;
    if (b.hr > hrMax) hrMax = b.hr;
    if (b.kind === 'N' && b.rr > 0) { rrSum += b.rr; rrN += 1; }
    add(b.t); add(b.width); add(b.amp + 1000);
  }
  for (let i = 0; i < episodes.length; i++) { const e = episodes[i]; add(e.start); add(e.end); add(e.beats); }
  add(crcAll); add(bytesSent); add(thr);
  const out = 'ecg-holter samples=3000 beats=' + beats.length + ' pvc=' + nV + ' pauses=' + nP + ' episodes=' + episodes.length +
    ' hrMax=' + hrMax + ' meanRR=' + (rrN > 0 ? (rrSum / rrN) | 0 : 0) + ' off=' + offCount + ' packets=' + seq +
    ' bytes=' + bytesSent + ' lastRR=' + lastRR + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
