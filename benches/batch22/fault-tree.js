// The safety supervisor of a robot work cell evaluates a fault tree every
// 10 ms cycle. The tree (built at load time as nested objects: OR, AND,
// 2-of-N voting and NOT gates over 28 basic events such as light-curtain
// channels, e-stop contacts, drive temperatures and encoder cross-checks)
// is walked recursively three times per cycle: a boolean evaluation of the
// current event states, a probability estimate (product rules on floats,
// reported in ppm by rounding), and for every cycle where the top event
// fires, a recursive explanation that returns a small object {n, text} per
// subtree (the basic events that caused it, joined with '+'). The
// explanation text is the key of a map that counts how often each distinct
// cause was seen; new causes are added, repeated ones are hits. Events
// come from simulated sensors with debounce records, and a periodic
// diagnostic recomputes the depth and minimal cut-set order of every gate.
const NODE_SUM = 228096;
const EV = ['lc1a', 'lc1b', 'lc2a', 'lc2b', 'es1', 'es2', 'es3', 'door1', 'door2', 'encA', 'encB', 'encX',
  'tDrv1', 'tDrv2', 'tDrv3', 'brk1', 'brk2', 'sto1', 'sto2', 'vBus', 'wdt', 'crc', 'speed', 'zone', 'mat1', 'mat2', 'fan', 'key'];
const P = [];                                       // failure probabilities per cycle, as floats
for (let i = 0; i < EV.length; i++) P.push((1 + (i * 7) % 11) * 1e-5);
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function round(x) { return floor(x + 0.5); }
function ev(i) { return { kind: 'ev', id: i, name: EV[i] }; }
function gate(kind, kids, k) { return { kind: kind, kids: kids, k: k === undefined ? 0 : k }; }

const TREE = gate('or', [
  gate('and', [ev(0), ev(1)]), gate('and', [ev(2), ev(3)]),                             // both channels of a curtain
  gate('kofn', [ev(4), ev(5), ev(6)], 2),                                               // e-stop 2oo3
  gate('and', [gate('or', [ev(7), ev(8)]), gate('not', [ev(27)])]),                     // door open while not in key mode
  gate('and', [gate('kofn', [ev(9), ev(10), ev(11)], 2), ev(22)]),                      // encoder disagreement at speed
  gate('or', [gate('and', [ev(12), ev(26)]), gate('and', [ev(13), ev(26)]), gate('kofn', [ev(12), ev(13), ev(14)], 2)]),
  gate('and', [gate('or', [ev(15), ev(16)]), gate('or', [ev(17), ev(18)]), gate('or', [ev(19), gate('and', [ev(20), ev(21)])])]),
  gate('and', [ev(23), gate('or', [ev(24), ev(25)]), gate('not', [gate('and', [ev(27), gate('not', [ev(22)])])])])]);

function evalBool(n, s) {
  if (n.kind === 'ev') return s[n.id];
  if (n.kind === 'not') return !evalBool(n.kids[0], s);
  let c = 0;
  for (let i = 0; i < n.kids.length; i++) if (evalBool(n.kids[i], s)) c += 1;
  if (n.kind === 'or') return c > 0;
  if (n.kind === 'and') return c === n.kids.length;
  return c >= n.k;
}
function prob(n, pv) {
  if (n.kind === 'ev') return pv[n.id];
  if (n.kind === 'not') return 1 - prob(n.kids[0], pv);
  if (n.kind === 'and') { let p = 1; for (let i = 0; i < n.kids.length; i++) p *= prob(n.kids[i], pv); return p; }
  if (n.kind === 'or') { let q = 1; for (let i = 0; i < n.kids.length; i++) q *= 1 - prob(n.kids[i], pv); return 1 - q; }
  const a = prob(n.kids[0], pv), b = prob(n.kids[1], pv), c = prob(n.kids[2], pv);   // 2-of-3
  return a * b + a * c + b * c - 2 * a * b * c;
}
function explain(n, s) {                           // why is this (true) node true?
  if (n.kind === 'ev') return { n: 1, text: n.name };
  if (n.kind === 'not') return { n: 0, text: '' };
  let r = { n: 0, text: '' };
  for (let i = 0; i < n.kids.length; i++) {
    const k = n.kids[i];
    if (evalBool(k, s)) {
      const e = explain(k, s);
      if (e.n > 0) { r = { n: r.n + e.n, text: r.n > 0 ? r.text + '+' + e.text : e.text }; }
      if (n.kind === 'or') break;
    }
  }
  return r;
}
function diag(n, depth) {                          // {depth, order}: tree depth and minimal cut-set order
  if (n.kind === 'ev') return { depth: depth, order: 1 };
  if (n.kind === 'not') return { depth: diag(n.kids[0], depth + 1).depth, order: 0 };
  let d = depth, best = 99, sum = 0, ords = [];
  for (let i = 0; i < n.kids.length; i++) {
    const r = diag(n.kids[i], depth + 1);
    if (r.depth > d) d = r.depth;
    if (r.order > 0 && r.order < best) best = r.order;
    sum += r.order; ords.push(r.order);
  }
  if (n.kind === 'and') return { depth: d, order: sum };
  if (n.kind === 'or') return { depth: d, order: best === 99 ? 0 : best };
  for (let i = 1; i < ords.length; i++) { let j = i; while (j > 0 && ords[j - 1] > ords[j]) { const t = ords[j]; ords[j] = ords[j - 1]; ords[j - 1] = t; j -= 1; } }
  let o = 0;
  for (let i = 0; i < n.k; i++) o += ords[i];
  return { depth: d, order: o };
}

function run() {
  const s = [], deb = [], pv = [], seen = {}, causes = [];
  for (let i = 0; i < EV.length; i++) { s.push(false); deb.push({ cnt: 0, on: false, trips: 0 }); pv.push(P[i]); }
  s[27] = false;
  let h = 7, seed = 99991, trips = 0, hits = 0, ppmMax = 0;
  for (let cyc = 0; cyc < 400; cyc++) {
    for (let i = 0; i < EV.length; i++) {           // sensors with a 2-cycle debounce
      seed = (seed * 1103 + 12345) % 65521;
      const raw = (seed % 97) < (i === 27 ? 40 : 14 + (cyc >> 5));
      const d = deb[i];
      if (raw !== d.on) { d.cnt += 1; if (d.cnt >= 2) { d.on = raw; d.cnt = 0; if (raw) d.trips += 1; } } else d.cnt = 0;
      s[i] = d.on;
      pv[i] = P[i] * (1 + (d.trips % 5));
    }
    const top = evalBool(TREE, s);
    const ppm = round(prob(TREE, pv) * 1e6);
    if (ppm > ppmMax) ppmMax = ppm;
    if (top) {
      trips += 1;
      const e = explain(TREE, s), key = e.n + ':' + e.text;
      const rec = seen[key];
      if (rec === undefined) { seen[key] = { count: 1, first: cyc, last: cyc }; causes.push(key); }
      else { rec.count += 1; rec.last = cyc; hits += 1; }
      h = (h * 31 + e.n * 7 + seen[key].count) % 1000003;
    }
    if (cyc % 50 === 0) {                          // diagnostics: shape, and the three largest contributors
      const d = diag(TREE, 0), top3 = [];
      h = (h * 31 + d.depth * 10 + d.order) % 1000003;
      for (let i = 0; i < TREE.kids.length; i++) {
        const c = { i: i, ppm: round(prob(TREE.kids[i], pv) * 1e6) };
        let j = top3.length;
        top3.push(c);
        while (j > 0 && top3[j - 1].ppm < c.ppm) { top3[j] = top3[j - 1]; j -= 1; }
        top3[j] = c;
        if (top3.length > 3) top3.length = 3;
      }
      for (let i = 0; i < top3.length; i++) h = (h * 31 + top3[i].i * 1000 + top3[i].ppm % 1000) % 1000003;
    }
    h = (h * 31 + ppm % 100000 + (top ? 1 : 0)) % 1000003;
  }
  for (let i = 0; i < causes.length; i++) { const r = seen[causes[i]]; h = (h * 31 + r.count + r.first * 3 + r.last) % 1000003; }
  const line = 'fault-tree cycles=400 trips=' + trips + ' causes=' + causes.length + ' hits=' + hits + ' ppmMax=' + ppmMax + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
