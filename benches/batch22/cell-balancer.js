// The balancing task of a 24-cell (2 x 12s) battery management system. Each
// 100 ms tick the analog front ends report every cell as a record (mV,
// temperature, bleed state); the task copies each record field by field
// into the history ring and merges it with the module's calibration record,
// sorts the cells by voltage with a hand-written insertion sort and a
// comparator, and by temperature then index with a hand-written merge sort.
// The highest cells above the median plus a dead band get bleed resistors,
// at most 4 per module and never a hot cell; the pack's min/max/median and
// an internal-resistance estimate (dV/dI, rounded) go into a status record
// built by merging three partial records. 240 ticks, with charging and rest
// phases.
const NODE_SUM = 997383;
const CELLS = 24, PER = 12, BAND = 8, HIST = 4;
const FIELDS = ['idx', 'mv', 'temp', 'bleed', 'soc', 'flags'];
const CAL = [];
for (let m = 0; m < 2; m++) CAL.push({ module: m, gain: 1 + (m ? 0.0021 : -0.0013), offset: m ? -3 : 4, tMax: 45 - m * 2, rBleed: 33 + m * 6 });
const CAP = [];                            // cell capacities in mAh, a spread as in a real pack
for (let i = 0; i < CELLS; i++) CAP.push(3000 - ((i * 37) % 11) * 21 + (i === 17 ? -180 : 0));
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function round(x) { return floor(x + 0.5); }
function copyRec(src) { const d = {}; for (let i = 0; i < FIELDS.length; i++) d[FIELDS[i]] = src[FIELDS[i]]; return d; }
function mergeInto(dst, src) { for (let i = 0; i < FIELDS.length; i++) { const v = src[FIELDS[i]]; if (v !== undefined) dst[FIELDS[i]] = v; } return dst; }
function byVoltDesc(a, b) { return b.mv - a.mv; }
function byTempThenIdx(a, b) { return a.temp !== b.temp ? b.temp - a.temp : a.idx - b.idx; }

function insertionSort(a, cmp) {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && cmp(a[j], x) > 0) { a[j + 1] = a[j]; j -= 1; }
    a[j + 1] = x;
  }
  return a;
}
function mergeSort(a, cmp) {
  if (a.length < 2) return a;
  const mid = a.length >> 1, l = [], r = [];
  for (let i = 0; i < a.length; i++) { if (i < mid) l.push(a[i]); else r.push(a[i]); }
  const L = mergeSort(l, cmp), R = mergeSort(r, cmp), out = [];
  let i = 0, j = 0;
  while (i < L.length || j < R.length) {
    if (j >= R.length || (i < L.length && cmp(L[i], R[j]) <= 0)) { out.push(L[i]); i += 1; }
    else { out.push(R[j]); j += 1; }
  }
  return out;
}

function measure(cells, t, current) {
  const out = [];
  for (let i = 0; i < CELLS; i++) {
    const c = cells[i], cal = CAL[floor(i / PER)];
    const ocv = 3000 + c.soc * 12 - (c.soc > 90 ? 0 : (90 - c.soc) * 3);
    const raw = ocv + current * (0.018 + (i % 5) * 0.002) + ((t * 7 + i * 13) % 5) - 2;
    const temp = 24 + floor(current / 900) + ((i * 5 + floor(t / 20)) % 7) + (c.bleed ? 3 : 0);
    out.push({ idx: i, mv: round(raw * cal.gain + cal.offset), temp: temp, bleed: c.bleed, soc: round(c.soc * 10) / 10, flags: 0 });
  }
  return out;
}

function run() {
  const cells = [], hist = [];
  for (let i = 0; i < CELLS; i++) cells.push({ soc: 40 + ((i * 29) % 13) * 0.8, bleed: false, bledMs: 0 });
  let h = 7, prevAvg = 0, prevI = 0, rSum = 0, rN = 0, bleedTicks = 0;
  const faults = {};
  const status = { phase: 'rest', min: 0, max: 0, median: 0, spread: 0, rInt: 0, bleeding: 0 };
  for (let t = 0; t < 240; t++) {
    const current = t < 150 ? (t % 40 < 30 ? 2800 : 600) : (t < 200 ? 0 : 1400);   // mA into the pack
    const rep = measure(cells, t, current);
    for (let i = 0; i < CELLS; i++) {
      const c = copyRec(rep[i]);
      mergeInto(c, { flags: c.temp > CAL[floor(i / PER)].tMax ? 1 : 0 });
      if (hist.length < HIST * CELLS) hist.push(c); else hist[(t % HIST) * CELLS + i] = c;
    }
    const byV = insertionSort(copyAll(rep), byVoltDesc);
    const byT = mergeSort(rep, byTempThenIdx);
    const median = (byV[CELLS / 2 - 1].mv + byV[CELLS / 2].mv) / 2;
    const hot = {};
    for (let k = 0; k < 5; k++) hot['c' + byT[k].idx] = byT[k].temp > 38;
    const count = [0, 0];
    for (let i = 0; i < CELLS; i++) cells[i].bleed = false;
    for (let k = 0; k < CELLS; k++) {
      const r = byV[k], m = floor(r.idx / PER);
      if (r.mv > median + BAND && count[m] < 4 && hot['c' + r.idx] !== true) { cells[r.idx].bleed = true; count[m] += 1; }
    }
    let avg = 0;
    for (let i = 0; i < CELLS; i++) {
      const c = cells[i];
      const bleedMa = c.bleed ? 3700 / CAL[floor(i / PER)].rBleed : 0;
      if (c.bleed) { c.bledMs += 100; bleedTicks += 1; }
      c.soc += (current - bleedMa) * 0.1 / 3600 * 100 / CAP[i] * 40;   // accelerated time
      avg += rep[i].mv;
    }
    avg = avg / CELLS;
    if (t > 0 && current !== prevI) { const r = (avg - prevAvg) / ((current - prevI) / 1000); rSum += r; rN += 1; }
    prevAvg = avg; prevI = current;
    const part1 = { phase: current > 0 ? 'charge' : 'rest', min: byV[CELLS - 1].mv, max: byV[0].mv };
    const part2 = { median: round(median), spread: byV[0].mv - byV[CELLS - 1].mv };
    const part3 = { rInt: rN > 0 ? round(rSum / rN * 10) : 0, bleeding: count[0] + count[1] };
    const keys = ['phase', 'min', 'max', 'median', 'spread', 'rInt', 'bleeding'], parts = [part1, part2, part3];
    for (let p = 0; p < parts.length; p++) for (let k = 0; k < keys.length; k++) if (parts[p][keys[k]] !== undefined) status[keys[k]] = parts[p][keys[k]];
    h = (h * 31 + status.min + status.max * 3 + status.median + status.spread * 7 + status.bleeding + (status.phase === 'rest' ? 1 : 2)) % 1000003;
    for (let k = 0; k < 3; k++) {                     // over-voltage warnings, counted per cell
      const r = byV[k], fk = 'ov' + r.idx;
      if (r.mv > 3600) faults[fk] = (faults[fk] === undefined ? 0 : faults[fk]) + 1;
    }
    h = (h * 31 + byT[0].idx * 100 + byT[0].temp + byV[0].idx) % 1000003;
  }
  let old = 0;
  for (let i = 0; i < hist.length; i++) old = (old * 7 + hist[i].mv + hist[i].flags) % 1000003;
  for (let i = 0; i < CELLS; i++) h = (h * 31 + floor(cells[i].bledMs / 100) + round(cells[i].soc * 10)) % 1000003;
  let ov = 0;
  for (let i = 0; i < CELLS; i++) { const f = faults['ov' + i]; if (f !== undefined) { ov += f; h = (h * 31 + i * 1000 + f) % 1000003; } }
  h = (h * 31 + old) % 1000003;
  const line = 'cell-balancer ticks=240 bleed=' + bleedTicks + ' ov=' + ov + ' rInt=' + status.rInt + ' spread=' + status.spread + ' median=' + status.median + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}
function copyAll(a) { const o = []; for (let i = 0; i < a.length; i++) o.push(a[i]); return o; }

vmExport(0, run);
