// The remote-control port of a bench power supply: an SCPI parser. Lines
// arrive as bytes (Microvium 8 cannot index strings, so the host's test
// lines are byte arrays spelt with letter constants). The parser splits
// program message units at ';', headers at ':', handles the SCPI path rule
// (after ';' a header continues at the previous level unless it starts with
// ':'), common commands (*IDN?, *RST, *CLS, *ESR?, *OPC?), short and long
// forms in any case (VOLT or VOLTAGE), optional default nodes ([:LEVel],
// [:DC], [:STATe], [:NEXT]), numeric suffixes on headers (OUTP2), numbers
// with fraction, exponent and unit suffix (mV, kHz, ms), character data
// (ON, OFF, MIN, MAX, DEF) and the error queue (-113 undefined header, -104
// data type error, -131 invalid suffix, -222 out of range). Responses are
// built as strings: NR1, NR3 (+1.2345000E+01) formatted by hand, joined with
// ';'. The simulated supply regulates into a load. 29 host lines, 10 times.
const NODE_SUM = 377346;
const A = 65, B = 66, C = 67, D = 68, E = 69, F = 70, G = 71, H = 72, I = 73, K = 75, L = 76, M = 77, N = 78, O = 79, P = 80;
const Q = 81, R = 82, S = 83, T = 84, U = 85, V = 86, X = 88, Y = 89, Z = 90, CO = 58, QM = 63, SC = 59, CM = 44, SP = 32, ST = 42, DOT = 46, MI = 45;
const CHR = [];
for (let i = 0; i < 128; i++) CHR.push('?');
const ALPHA = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
for (let i = 0; i < 26; i++) CHR[65 + i] = ALPHA[i];
for (let i = 0; i < 10; i++) CHR[48 + i] = '' + i;
const lc = (w) => { const r = []; for (let i = 0; i < w.length; i++) r.push(w[i] >= 65 && w[i] <= 90 ? w[i] + 32 : w[i]); return r; };
const num = (s) => { const r = []; for (let i = 0; i < s.length; i++) r.push(s[i] === '.' ? DOT : (s[i] === '-' ? MI : (s[i] === 'e' ? E : 48 + s[i]))); return r; };
function cat(parts) { const r = []; for (let i = 0; i < parts.length; i++) for (let j = 0; j < parts[i].length; j++) r.push(parts[i][j]); return r; }
const MEAS = [M, E, A, S], VOLT = [V, O, L, T], CURR = [C, U, R, R], SOUR = [S, O, U, R], OUTP = [O, U, T, P], SYST = [S, Y, S, T];
const LINES = [
  [ST, I, D, N, QM], [ST, R, S, T, SC, ST, C, L, S], cat([SOUR, [CO], VOLT, [SP], num([1, 2, '.', 5])]),
  cat([SOUR, [CO], CURR, [CO, L, I, M, SP], num([1, '.', 5])]), cat([[CO], OUTP, [49, SP, O, N]]),
  cat([lc([S, O, U, R, C, E]), [CO], lc([V, O, L, T, A, G, E]), [CO], lc([L, E, V, E, L]), [SP], num([5, 0, 0, 0]), [M, V]]),
  cat([MEAS, [CO], VOLT, [QM, SC], CURR, [QM]]), cat([MEAS, [CO], VOLT, [CO, D, C, QM, SC, CO], SOUR, [CO], VOLT, [QM]]),
  cat([SOUR, [CO], VOLT, [SP], num([4, 5])]), cat([SYST, [CO, E, R, R, QM]]), cat([SOUR, [CO], VOLT, [SP, M, A, X, SC], VOLT, [QM]]),
  cat([SOUR, [CO], VOLT, [SP, O, N]]), cat([SYST, [CO, E, R, R, O, R, CO, N, E, X, T, QM]]), cat([[F, O, O, CO, B, A, R, QM]]),
  cat([OUTP, [50, SP, O, F, F, SC], OUTP, [50, QM]]), cat([SOUR, [CO], VOLT, [SP], num([2, '.', 5, 'e', 1])]), [ST, E, S, R, QM],
  cat([SOUR, [CO], VOLT, [SP], num([3, 3, 0, 0]), [K, V]]), cat([SYST, [CO, E, R, R, QM, SC, E, R, R, QM, SC, E, R, R, QM]]),
  cat([[T, R, I, G, CO, S, O, U, R, SP, B, U, S, SC, C, O, U, N, SP], num([3])]), cat([[I, N, I, T, SC, ST, O, P, C, QM]]),
  cat([MEAS, [CO, F, R, E, Q, QM, SP], num([1, 0]), [K, H, Z]]), cat([SOUR, [CO], CURR, [CO, L, I, M, SP, M, I, N, SC, L, I, M, QM]]),
  cat([SOUR, [CO], VOLT, [SP, D, E, F, SC, SP, QM]]), cat([MEAS, [QM]]), cat([SYST, [CO, V, E, R, S, QM]]),
  cat([SOUR, [CO], VOLT, [SP], num([8, '.', 2, 5])]), cat([MEAS, [CO], CURR, [CO, D, C, QM]]), [ST, O, P, C, QM, SC, ST, E, S, R, QM],
];
let checked = false;

function makeTree(dev) {
  const n = (s, l, fn, kids, def) => ({ s: s, l: l, fn: fn, kids: kids, def: def });
  const volt = n('VOLT', 'VOLTAGE', null, [n('LEV', 'LEVEL', dev.setVolt, [], false)], true);
  const lim = n('LIM', 'LIMIT', dev.setLimit, [], false);
  return [
    n('MEAS', 'MEASURE', null, [n('VOLT', 'VOLTAGE', dev.measV, [n('DC', 'DC', dev.measV, [], false)], true),
      n('CURR', 'CURRENT', dev.measI, [n('DC', 'DC', dev.measI, [], false)], true), n('FREQ', 'FREQUENCY', dev.measF, [], false)], false),
    n('SOUR', 'SOURCE', null, [volt, n('CURR', 'CURRENT', null, [lim], false)], false),
    n('OUTP', 'OUTPUT', null, [n('STAT', 'STATE', dev.output, [], false)], true),
    n('SYST', 'SYSTEM', null, [n('ERR', 'ERROR', null, [n('NEXT', 'NEXT', dev.nextErr, [], false)], true), n('VERS', 'VERSION', dev.version, [], false)], false),
    n('TRIG', 'TRIGGER', null, [n('SOUR', 'SOURCE', dev.trigSource, [], false), n('COUN', 'COUNT', dev.trigCount, [], false)], false),
    n('INIT', 'INITIATE', dev.initiate, [], false),
  ];
}

function fmtNR3(v) {                                   // v in millionths -> '+d.ddddddE+xx'
  let neg = v < 0, m = neg ? -v : v, e = 0;
  if (m === 0) return '+0.000000E+00';
  while (m >= 10000000) { m = (m + 5) / 10 | 0; e += 1; }
  while (m < 1000000) { m = m * 10; e -= 1; }
  const ex = e, ea = ex < 0 ? -ex : ex;
  let digits = '';
  for (let k = 0; k < 6; k++) { digits = CHR[48 + m % 10] + digits; m = m / 10 | 0; }
  return (neg ? '-' : '+') + CHR[48 + m] + '.' + digits + 'E' + (ex < 0 ? '-' : '+') + (ea < 10 ? '0' : '') + ea;
}

function run() {
  let h = 29;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const errs = [];
  const err = (code, text) => { if (errs.length < 10) errs.push(code + ',"' + text + '"'); add(-code); };
  const st = { set: 0, lim: 1000000, on: [false, false], t: 0, trigSrc: 'IMM', trigCount: 1, esr: 0, cmds: 0, queries: 0 };
  const load = 10;                                                     // ohms
  const vOut = () => { const v = st.on[0] ? st.set : 0; return v > st.lim * load ? st.lim * load : v; };
  const dev = {};
  dev.setVolt = (p, q, k) => {
    if (q) return fmtNR3(st.set);
    if (p.kind === 'word') { if (p.word === 'MAX') st.set = 30000000; else if (p.word === 'MIN' || p.word === 'DEF') st.set = 0; else { err(-104, 'Data type error'); return null; } return null; }
    if (p.kind !== 'num') { err(-109, 'Missing parameter'); return null; }
    const v = p.scale === 'M' ? p.v / 1000 | 0 : (p.scale === 'K' ? p.v * 1000 : p.v);
    if (p.unit !== '' && p.unit !== 'V') { err(-131, 'Invalid suffix'); return null; }
    if (v < 0 || v > 30000000) { err(-222, 'Data out of range'); return null; }
    st.set = v; return null;
  };
  dev.setLimit = (p, q) => { if (q) return fmtNR3(st.lim); if (p.kind === 'word') st.lim = p.word === 'MIN' ? 10000 : 3000000; else st.lim = p.v; return null; };
  dev.measV = (p, q) => fmtNR3(vOut() + ((st.t * 37) % 200) - 100);
  dev.measI = (p, q) => fmtNR3(vOut() / load | 0);
  dev.measF = (p, q) => fmtNR3(p.kind === 'num' ? (p.scale === 'K' ? p.v * 1000 : p.v) + 3 : 50000000);
  dev.output = (p, q, k) => { if (q) return st.on[k - 1] ? '1' : '0'; if (p.word === 'ON' || p.word === 'OFF') st.on[k - 1] = p.word === 'ON'; else err(-104, 'Data type error'); return null; };
  dev.nextErr = (p, q) => {
    if (errs.length === 0) return '0,"No error"';
    const e = errs[0];
    for (let i = 1; i < errs.length; i++) errs[i - 1] = errs[i];
    errs.length = errs.length - 1;
    return e;
  };
  dev.version = (p, q) => '1999.0';
  dev.trigSource = (p, q) => { if (q) return st.trigSrc; st.trigSrc = p.word; return null; };
  dev.trigCount = (p, q) => { if (q) return '' + st.trigCount; st.trigCount = p.v / 1000000 | 0; return null; };
  dev.initiate = (p, q) => { st.esr = st.esr | 1; return null; };
  const tree = makeTree(dev);
  const word = (line, a, b) => { let s = ''; for (let i = a; i < b; i++) { const c = line[i]; s += CHR[c >= 97 && c <= 122 ? c - 32 : c]; } return s; };
  const find = (nodes, name) => { for (let i = 0; i < nodes.length; i++) if (nodes[i].s === name || nodes[i].l === name) return nodes[i]; return null; };
  const parseParam = (line, i, end) => {                             // returns { kind, v (millionths), scale, unit, word }
    while (i < end && line[i] === SP) i += 1;
    if (i >= end) return { kind: 'none', v: 0, scale: '', unit: '', word: '', next: i };
    const c = line[i];
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122) { let j = i; while (j < end && line[j] !== CM && line[j] !== SP) j += 1; return { kind: 'word', v: 0, scale: '', unit: '', word: word(line, i, j), next: j }; }
    let neg = false, ip = 0, fp = 0, fd = 0, ex = 0, exNeg = false;
    if (c === MI) { neg = true; i += 1; }
    while (i < end && line[i] >= 48 && line[i] <= 57) { ip = ip * 10 + line[i] - 48; i += 1; }
    if (i < end && line[i] === DOT) { i += 1; while (i < end && line[i] >= 48 && line[i] <= 57) { if (fd < 6) { fp = fp * 10 + line[i] - 48; fd += 1; } i += 1; } }
    if (i < end && (line[i] === E) && i + 1 < end && (line[i + 1] >= 48 && line[i + 1] <= 57 || line[i + 1] === MI)) {
      i += 1; if (line[i] === MI) { exNeg = true; i += 1; }
      while (i < end && line[i] >= 48 && line[i] <= 57) { ex = ex * 10 + line[i] - 48; i += 1; }
    }
    while (fd < 6) { fp = fp * 10; fd += 1; }
    let v = ip * 1000000 + fp;
    for (let k = 0; k < ex; k++) v = exNeg ? v / 10 | 0 : v * 10;
    let j = i; while (j < end && line[j] !== CM) j += 1;
    const suf = word(line, i, j);
    let scale = '', unit = suf;
    if (suf === 'MV' || suf === 'MS') { scale = 'M'; unit = suf === 'MV' ? 'V' : 'S'; } else if (suf === 'KV' || suf === 'KHZ') { scale = 'K'; unit = suf === 'KV' ? 'V' : 'HZ'; }
    return { kind: 'num', v: neg ? -v : v, scale: scale, unit: unit, word: '', next: j };
  };
  let units = 0, responses = 0;
  for (let rep = 0; rep < 10; rep++) {
    for (let li = 0; li < LINES.length; li++) {
      const line = LINES[li], n = line.length;
      let pos = 0, level = tree, out = '';
      st.t += 1;
      while (pos < n) {
        let end = pos; while (end < n && line[end] !== SC) end += 1;
        while (pos < end && line[pos] === SP) pos += 1;
        let i = pos, res = null;
        units += 1;
        if (line[i] === ST) {
          let j = i + 1; while (j < end && line[j] !== QM && line[j] !== SP) j += 1;
          const w = word(line, i + 1, j);
          if (w === 'IDN') res = 'BENCH,PSU-3005,SN0042,' + '2.' + (rep + 1);
          else if (w === 'RST') { st.set = 0; st.lim = 1000000; st.on[0] = false; st.on[1] = false; }
          else if (w === 'CLS') { if (errs.length > 0) errs.length = 0; st.esr = 0; }
          else if (w === 'ESR') { res = '' + (st.esr | (errs.length > 0 ? 32 : 0)); st.esr = 0; }
          else if (w === 'OPC') res = '1';
          else err(-113, 'Undefined header');
        } else {
          let nodes = line[i] === CO ? tree : level, node = null, suffix = 1, q = false;
          if (line[i] === CO) i += 1;
          while (i < end && line[i] !== SP) {
            let j = i; while (j < end && line[j] !== CO && line[j] !== SP && line[j] !== QM) j += 1;
            let k = j; while (k > i && line[k - 1] >= 48 && line[k - 1] <= 57) k -= 1;
            if (k < j) suffix = line[k] - 48;
            node = find(nodes, word(line, i, k));
            if (node === null) break;
            level = nodes; nodes = node.kids; i = j;
            if (i < end && line[i] === QM) { q = true; i += 1; break; }
            if (i < end && line[i] === CO) i += 1;
          }
          while (node !== null && node.def && node.fn === null) node = node.kids[0];
          st.cmds += 1;
          if (node === null || node.fn === null) err(-113, 'Undefined header');
          else { if (q) st.queries += 1; res = node.fn(parseParam(line, i, end), q, suffix); }
        }
        if (res !== null) { out += (responses > 0 && out !== '' ? ';' : '') + res; responses += 1; add(units); }
        pos = end + 1;
      }
      if (out !== '') { add(li); if (out === '1' || out === '0') add(out === '1' ? 11 : 10); }
    }
  }
  add(st.set % 1000000); add(st.lim % 1000000); add(errs.length); add(st.trigCount); add(st.cmds); add(st.queries);
  const last = fmtNR3(st.set);
  const outLine = 'scpi-parser lines=' + LINES.length * 10 + ' units=' + units + ' responses=' + responses + ' errors=' + errs.length +
    ' set=' + last + ' trig=' + st.trigSrc + ' ' + h;
  if (!checked) { checked = true; print(outLine); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
