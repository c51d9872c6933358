// Statistics over a window of temperature readings in floating point, as
// an environmental logger reports them each period: Welford's running mean
// and variance, min/max, a 24-bin histogram with float-width bins and
// per-bin sums, and the 10th/50th/90th percentiles interpolated inside the
// bins. Readings are a drifting float signal plus noise from an integer LCG.
const LO = 15.0, WIDTH = 0.625, NBINS = 24, N = 300;
const INV_WIDTH = 1 / WIDTH;

function percentile(counts, total, p) {
  const target = p * total;
  let cum = 0;
  for (let b = 0; b < NBINS; b++) {
    const c = counts[b];
    if (c > 0 && cum + c >= target) {
      const frac = (target - cum) / c;
      return LO + (b + frac) * WIDTH;
    }
    cum += c;
  }
  return LO + NBINS * WIDTH;
}

function scaled(x) { return (x * 1000 + 0.5) | 0; }   // positive values only

let checked = false;
function run() {
  const counts = [], sums = [];
  for (let b = 0; b < NBINS; b++) { counts.push(0); sums.push(0.0); }
  let seed = 31337;
  let mean = 0.0, m2 = 0.0, min = 1e9, max = -1e9, under = 0, over = 0;
  let drift = 0.0, dir = 0.013;
  for (let i = 0; i < N; i++) {
    seed = (seed * 75 + 74) % 65537;
    drift += dir;
    if (drift > 3.2 || drift < -2.7) dir = -dir;
    const v = 21.25 + drift + ((seed & 1023) - 512) * 0.0049 + (i % 50 === 49 ? 6.5 : 0);
    const n = i + 1;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
    if (v < min) min = v;
    if (v > max) max = v;
    const bin = ((v - LO) * INV_WIDTH) | 0;
    if (v < LO) under++;
    else if (bin >= NBINS) over++;
    else { counts[bin] = counts[bin] + 1; sums[bin] += v; }   // Microvium: no a[i]++
  }
  const variance = m2 / (N - 1);
  const inRange = N - under - over;
  const p10 = percentile(counts, inRange, 0.1);
  const p50 = percentile(counts, inRange, 0.5);
  const p90 = percentile(counts, inRange, 0.9);
  let busiest = 0, binCheck = 0;
  for (let b = 0; b < NBINS; b++) {
    if (counts[b] > counts[busiest]) busiest = b;
    if (counts[b] > 0) binCheck = (binCheck * 31 + scaled(sums[b] / counts[b])) % 1000003;
  }
  const r = (scaled(mean) * 7 + scaled(variance) * 3 + scaled(p10) + scaled(p50) * 5 + scaled(p90) * 11 + binCheck) | 0;
  if (!checked) {
    checked = true;
    print('histogram ' + scaled(mean) + ' ' + scaled(variance) + ' ' + scaled(min) + ' ' + scaled(max) + ' ' +
      scaled(p10) + ' ' + scaled(p50) + ' ' + scaled(p90) + ' ' + busiest + ' ' + under + '/' + over + ' ' + binCheck + ' ' + r);
  }
  return r;
}
vmExport(0, run);
