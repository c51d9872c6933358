// Reed-Solomon RS(40,32) over GF(256) (polynomial 0x11d, first
// consecutive root alpha^0), as a radio link or a QR-style label reader
// would use it: 8 parity bytes correct up to 4 byte errors. The exp and
// log tables and the generator polynomial are built at load time. Each
// call encodes five 32-byte packets (LCG payloads) by polynomial division,
// corrupts them with 0, 1, 2, 4 and 5 byte errors, computes the syndromes,
// finds the error locator with Berlekamp-Massey, its roots by a Chien
// search and the magnitudes by Forney's formula, then repairs the packet
// and checks it against the original. The fifth packet has more errors
// than the code can fix; the decoder must report that rather than
// "repair" it. Polynomials are arrays, lowest power first.
const NSYM = 8, K = 32, NN = K + NSYM;
const EXP = [], LOG = [];
for (let i = 0; i < 256; i++) LOG.push(0);
let x0 = 1;
for (let i = 0; i < 510; i++) {
  EXP.push(x0);
  if (i < 255) LOG[x0] = i;
  x0 = x0 << 1;
  if (x0 > 255) x0 = x0 ^ 0x11d;
}
function mul(a, b) { return a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]]; }
function div(a, b) { return a === 0 ? 0 : EXP[LOG[a] + 255 - LOG[b]]; }
// generator g(x) = prod (x - alpha^i), highest power first for the encoder
let GEN = [1];
for (let i = 0; i < NSYM; i++) {
  const next = [];
  for (let j = 0; j <= GEN.length; j++) next.push((j < GEN.length ? GEN[j] : 0) ^ (j > 0 ? mul(GEN[j - 1], EXP[i]) : 0));
  GEN = next;
}

function encode(msg) {
  const rem = [0, 0, 0, 0, 0, 0, 0, 0], out = [];
  for (let i = 0; i < K; i++) {
    out.push(msg[i]);
    const f = msg[i] ^ rem[0];
    for (let j = 0; j < NSYM - 1; j++) rem[j] = rem[j + 1] ^ mul(f, GEN[j + 1]);
    rem[NSYM - 1] = mul(f, GEN[NSYM]);
  }
  for (let j = 0; j < NSYM; j++) out.push(rem[j]);
  return out;
}
function syndromes(cw) {
  const s = [];
  let bad = 0;
  for (let i = 0; i < NSYM; i++) {
    let v = 0;
    const a = EXP[i];
    for (let j = 0; j < NN; j++) v = mul(v, a) ^ cw[j];
    s.push(v);
    bad = bad | v;
  }
  return bad === 0 ? null : s;
}
function evalAt(p, xv) {
  let v = 0;
  for (let i = p.length - 1; i >= 0; i--) v = mul(v, xv) ^ p[i];
  return v;
}
// returns the number of corrected bytes, or -1 if the packet cannot be fixed
function decode(cw) {
  const S = syndromes(cw);
  if (S === null) return 0;
  let C = [1], B = [1], L = 0, m = 1, b = 1;
  for (let n = 0; n < NSYM; n++) {
    let d = S[n];
    for (let i = 1; i <= L; i++) d = d ^ mul(C[i], S[n - i]);
    if (d === 0) { m++; } else {
      const coef = div(d, b), T = [];
      for (let i = 0; i < C.length; i++) T.push(C[i]);
      while (C.length < B.length + m) C.push(0);
      for (let i = 0; i < B.length; i++) C[i + m] = C[i + m] ^ mul(coef, B[i]);
      if (2 * L <= n) { L = n + 1 - L; B = T; b = d; m = 1; } else m++;
    }
  }
  if (2 * L > NSYM) return -1;
  const omega = [];                      // S(x) * Lambda(x) mod x^NSYM
  for (let i = 0; i < NSYM; i++) {
    let v = 0;
    for (let j = 0; j <= i && j < C.length; j++) v = v ^ mul(C[j], S[i - j]);
    omega.push(v);
  }
  const deriv = [];                      // formal derivative: odd terms only
  for (let i = 1; i < C.length; i++) deriv.push((i & 1) === 1 ? C[i] : 0);
  const fixes = [];
  for (let pos = 0; pos < NN; pos++) {
    const p = NN - 1 - pos, xinv = EXP[(255 - p) % 255];
    if (evalAt(C, xinv) === 0) fixes.push({ pos, mag: mul(EXP[p], div(evalAt(omega, xinv), evalAt(deriv, xinv))) });
  }
  if (fixes.length !== L) return -1;
  for (let i = 0; i < fixes.length; i++) cw[fixes[i].pos] = cw[fixes[i].pos] ^ fixes[i].mag;
  return syndromes(cw) === null ? L : -1;
}

let checked = false, expected = 0;
function run() {
  let seed = 20211, h = 0, report = '';
  const errs = [0, 1, 2, 4, 5];
  for (let p = 0; p < errs.length; p++) {
    const msg = [];
    for (let i = 0; i < K; i++) { seed = (seed * 16807) % 2147483647; msg.push((seed >> 16) & 255); }
    const cw = encode(msg), sent = encode(msg);
    for (let e = 0; e < errs[p]; e++) {
      seed = (seed * 48271) % 2147483647;
      const at = (e * 8 + ((seed >> 12) & 7)) % NN;
      cw[at] = cw[at] ^ (1 + ((seed >> 20) & 127));
    }
    const fixed = decode(cw);
    let same = 1;
    for (let i = 0; i < NN; i++) { if (cw[i] !== sent[i]) same = 0; h = (h * 31 + cw[i]) % 1000003; }
    h = (h + sent[K] * 256 + sent[NN - 1] + fixed * 7919) % 1000003;
    report += `${p === 0 ? '' : ','}${fixed}${same === 1 ? '' : '!'}`;
  }
  if (!checked) {
    checked = true;
    expected = h;
    print(`reed-solomon fixed=[${report}] gen=${GEN[1]}/${GEN[NSYM]} ${h}`);
  }
  assertEqual(h, expected);
  return h;
}
vmExport(0, run);
