// Keyword spotting on a voice remote: MFCC features and DTW template
// matching, all in floating point. Utterances are synthesised at 8 kHz as a
// few vowel-like segments (two formant oscillators, a pitch buzz and LCG
// noise, with per-speaker timing and pitch). Each 64-sample frame is
// pre-emphasised, Hamming-windowed, transformed by an in-place radix-2 FFT,
// turned into 12 mel-band log energies (log by range reduction and an
// atanh series) and a DCT-II gives 8 cepstral coefficients. Three keywords
// are enrolled from one utterance each; five test utterances (other
// timings and pitches, one of them noise only) are matched by dynamic time
// warping with a reject threshold. Tables (window, twiddles, mel filters,
// DCT, the test oscillators' sine) are built at load time with a Taylor sine.
const NODE_SUM = 374247;
const N = 64, BINS = 33, MELS = 12, CEPS = 8, FS = 8000;
const PI = 3.141592653589793;
function sinT(x) {                                 // Taylor series after reduction to [-pi, pi]
  while (x > PI) x -= 2 * PI;
  while (x < -PI) x += 2 * PI;
  let term = x, sum = x;
  for (let k = 1; k < 12; k++) { term = -term * x * x / ((2 * k) * (2 * k + 1)); sum += term; }
  return sum;
}
function cosT(x) { return sinT(x + PI / 2); }
const WINDOW = [], TW_RE = [], TW_IM = [], REV = [], DCT = [], MEL_LO = [], MEL_W = [], SINE = [];
for (let i = 0; i < 256; i++) SINE.push(sinT(2 * PI * i / 256));   // for the test-signal oscillators (DDS)
for (let i = 0; i < N; i++) WINDOW.push(0.54 - 0.46 * cosT(2 * PI * i / (N - 1)));
for (let i = 0; i < N / 2; i++) { TW_RE.push(cosT(-2 * PI * i / N)); TW_IM.push(sinT(-2 * PI * i / N)); }
for (let i = 0; i < N; i++) { let r = 0; for (let b = 1, v = i; b < N; b *= 2) { r = r * 2 + (v & 1); v >>= 1; } REV.push(r); }
for (let k = 0; k < CEPS; k++) for (let m = 0; m < MELS; m++) DCT.push(cosT(PI * k * (m + 0.5) / MELS));
// mel filter edges: 14 points evenly spaced on a mel-like scale (linear to 1 kHz, then quadratic up to 4 kHz)
const EDGES = [];
for (let i = 0; i < MELS + 2; i++) { const m = i / (MELS + 1) * 2000; EDGES.push(m <= 1000 ? m : 1000 * (1 + (m - 1000) / 1000) * (1 + (m - 1000) / 1000)); }
for (let m = 0; m < MELS; m++) {
  const lo = EDGES[m] * N / FS, mid = EDGES[m + 1] * N / FS, hi = EDGES[m + 2] * N / FS;
  MEL_LO.push((lo | 0) + 1);
  const w = [];
  for (let b = (lo | 0) + 1; b <= (hi | 0); b++) w.push(b <= mid ? (b - lo) / (mid - lo) : (hi - b) / (hi - mid));
  MEL_W.push(w);
}
const WORDS = [                                    // keyword: segments of [f1, f2, relative length]
  [[700, 1200, 3], [300, 2300, 2], [500, 900, 3]],           // "lights"
  [[400, 800, 2], [650, 1100, 3], [300, 2200, 3]],           // "volume"
  [[300, 2300, 3], [700, 1700, 2], [450, 1000, 2], [600, 1300, 2]],   // "weather"
];

function ln(x) {
  let k = 0;
  while (x >= 2) { x /= 2; k += 1; }
  while (x < 1) { x *= 2; k -= 1; }
  const y = (x - 1) / (x + 1), y2 = y * y;
  return k * 0.6931471805599453 + 2 * y * (1 + y2 * (1 / 3 + y2 * (1 / 5 + y2 * (1 / 7 + y2 / 9))));
}

function fft(re, im) {                             // in place, radix 2, decimation in time
  for (let i = 0; i < N; i++) {
    const j = REV[i];
    if (j > i) { const tr = re[i], ti = im[i]; re[i] = re[j]; im[i] = im[j]; re[j] = tr; im[j] = ti; }
  }
  for (let size = 2; size <= N; size *= 2) {
    const half = size / 2, step = N / size;
    for (let start = 0; start < N; start += size) {
      for (let k = 0; k < half; k++) {
        const a = start + k, b = a + half, wr = TW_RE[k * step], wi = TW_IM[k * step];
        const xr = re[b] * wr - im[b] * wi, xi = re[b] * wi + im[b] * wr;
        re[b] = re[a] - xr; im[b] = im[a] - xi; re[a] += xr; im[a] += xi;
      }
    }
  }
}

function mfcc(frame, prev) {                       // 64 samples -> 8 coefficients
  const re = [], im = [], mel = [], out = [];
  for (let i = 0; i < N; i++) { re.push((frame[i] - 0.95 * (i > 0 ? frame[i - 1] : prev)) * WINDOW[i]); im.push(0); }
  fft(re, im);
  for (let m = 0; m < MELS; m++) {
    let e = 1e-3;
    const w = MEL_W[m];
    for (let k = 0; k < w.length; k++) { const b = MEL_LO[m] + k; e += w[k] * (re[b] * re[b] + im[b] * im[b]); }
    mel.push(ln(e));
  }
  for (let k = 0; k < CEPS; k++) { let c = 0; for (let m = 0; m < MELS; m++) c += DCT[k * MELS + m] * mel[m]; out.push(c); }
  return out;
}

function dtw(a, b) {                               // a, b: arrays of feature vectors; returns mean path cost
  let prev = [], cur = [];
  for (let j = 0; j <= b.length; j++) prev.push(j === 0 ? 0 : 1e9);
  for (let i = 1; i <= a.length; i++) {
    cur = [1e9];
    for (let j = 1; j <= b.length; j++) {
      let d = 0;
      for (let k = 1; k < CEPS; k++) { const t = a[i - 1][k] - b[j - 1][k]; d += t * t; }   // c0 (loudness) left out
      const best = prev[j - 1] < prev[j] ? (prev[j - 1] < cur[j - 1] ? prev[j - 1] : cur[j - 1]) : (prev[j] < cur[j - 1] ? prev[j] : cur[j - 1]);
      cur.push(d + best);
    }
    prev = cur;
  }
  return prev[b.length] / (a.length + b.length);
}

function trim(feats) {                            // voice activity: keep the first to the last frame within 12 of the loudest c0
  let top = -1e9, a = 0, b = feats.length - 1;
  for (let i = 0; i < feats.length; i++) if (feats[i][0] > top) top = feats[i][0];
  while (a < b && feats[a][0] < top - 12) a += 1;
  while (b > a && feats[b][0] < top - 12) b -= 1;
  const out = [];
  for (let i = a; i <= b; i++) out.push(feats[i]);
  return out;
}

let checked = false;

function run() {
  let seed = 777, h = 19, frames = 0, kept = 0;
  const noise = () => { seed = (seed * 8121 + 28411) % 134456; return seed / 67228 - 1; };
  const utter = (word, speed, pitch, loud) => {   // synthesise, then frame by frame -> features
    const feats = [], frame = [];
    let p1 = 0, p2 = 0, pp = 0, last = 0;         // phases in 1/256 turns
    const segs = word === null ? [[0, 0, 8]] : word;
    for (let s = 0; s < segs.length; s++) {
      const n = (segs[s][2] * speed * N) | 0, w1 = 256 * segs[s][0] / FS, w2 = 256 * segs[s][1] / FS, wp = 256 * pitch / FS;
      for (let i = 0; i < n; i++) {
        const env = i < 48 ? i / 48 : (n - i < 48 ? (n - i) / 48 : 1), buzz = 0.6 + 0.4 * SINE[pp | 0];
        frame.push(word === null ? 0.3 * noise() : loud * env * buzz * (SINE[p1 | 0] + 0.5 * SINE[p2 | 0]) + 0.02 * noise());
        p1 += w1; p2 += w2; pp += wp;
        if (p1 >= 256) p1 -= 256;
        if (p2 >= 256) p2 -= 256;
        if (pp >= 256) pp -= 256;
        if (frame.length === N) { feats.push(mfcc(frame, last)); last = frame[N - 1]; frame.length = 0; frames += 1; }
      }
    }
    return feats;
  };
  const templates = [];
  for (let w = 0; w < WORDS.length; w++) { templates.push(trim(utter(WORDS[w], 1, 120, 1))); kept += templates[w].length; }
  const tests = [[1, 0.8, 150, 0.7], [0, 1.3, 100, 1.2], [2, 1.15, 180, 0.9], [1, 1.25, 110, 1.1], [-1, 1, 0, 0]];
  let right = 0, rejected = 0, text = '';
  for (let t = 0; t < tests.length; t++) {
    const spec = tests[t], f = trim(utter(spec[0] < 0 ? null : WORDS[spec[0]], spec[1], spec[2], spec[3]));
    kept += f.length;
    let best = -1, bestCost = 1e9, second = 1e9;
    for (let w = 0; w < templates.length; w++) {
      const c = dtw(f, templates[w]);
      h = (h * 31 + ((c * 100) | 0) % 1000003) % 1000003;
      if (c < bestCost) { second = bestCost; bestCost = c; best = w; } else if (c < second) second = c;
    }
    if (bestCost > 100) { best = -1; rejected += 1; }
    if (best === spec[0]) right += 1;
    text += (t > 0 ? ',' : '') + (best < 0 ? 'none' : ['lights', 'volume', 'weather'][best]) + ':' + ((bestCost * 10) | 0) + '/' + ((second * 10) | 0);
  }
  for (let w = 0; w < templates.length; w++) {
    for (let i = 0; i < templates[w].length; i++) for (let k = 0; k < CEPS; k++) h = (h * 31 + ((templates[w][i][k] * 1000 + 1000000) | 0) % 1000003) % 1000003;
  }
  const out = 'kws-mfcc frames=' + frames + ' kept=' + kept + ' words=' + templates.length + ' tests=' + tests.length + ' right=' + right + ' rejected=' + rejected + ' ' + text + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
