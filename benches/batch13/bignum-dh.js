// Multi-precision modular arithmetic as a secure-element-less sensor node
// would do it for key agreement: numbers are little-endian arrays of
// 15-bit limbs (so every partial product and carry stays inside int32),
// multiplied with Montgomery's CIOS method, exponentiated by left-to-
// right square-and-multiply. Each call:
//  1. sets up Montgomery constants for four moduli, 2^61-1, 2^67-1,
//     2^89-1 and 2^127-1 (-n^-1 mod 2^15 by Newton, R^2 mod n by
//     doubling);
//  2. runs Diffie-Hellman over 2^89-1 with generator 3 and 40-bit
//     secrets from an LCG: A = g^a, B = g^b, then B^a and A^b must agree;
//  3. a Fermat test 2^(n-1) mod n for 2^61-1 (prime, gives 1) and
//     2^67-1 (Cole's composite, does not);
//  4. "verifies" three 127-bit values with e = 65537 mod 2^127-1;
//  5. prints the shared secret in decimal by short division by 10,000.
const NODE_SUM = 897576;
const M = 32767;

function mersenne(k) {
  const n = [];
  for (let b = 0; b < k; b += 15) n.push(k - b >= 15 ? M : (1 << (k - b)) - 1);
  return n;
}
function cmp(a, b) {
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] > b[i] ? 1 : -1;
  return 0;
}
function subInPlace(a, b) {
  let borrow = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] - b[i] - borrow;
    if (x < 0) { a[i] = x + 32768; borrow = 1; } else { a[i] = x; borrow = 0; }
  }
}
function makeField(n) {
  const s = n.length;
  let inv = 1;
  for (let k = 0; k < 4; k++) inv = (inv * ((2 - n[0] * inv) & M)) & M;
  const r2 = [1];
  for (let i = 1; i < s; i++) r2.push(0);
  for (let k = 0; k < 30 * s; k++) {
    let carry = 0;
    for (let i = 0; i < s; i++) { const x = r2[i] * 2 + carry; r2[i] = x & M; carry = x >> 15; }
    if (carry > 0 || cmp(r2, n) >= 0) subInPlace(r2, n);
  }
  return { n: n, s: s, ninv: (32768 - inv) & M, r2: r2, muls: 0 };
}
// a * b / R mod n (CIOS); a, b < n
function mont(f, a, b) {
  const n = f.n, s = f.s, t = [];
  for (let i = 0; i < s + 2; i++) t.push(0);
  for (let i = 0; i < s; i++) {
    const bi = b[i];
    let c = 0, x = 0;
    for (let j = 0; j < s; j++) { x = t[j] + a[j] * bi + c; t[j] = x & M; c = x >> 15; }
    x = t[s] + c; t[s] = x & M; t[s + 1] = x >> 15;
    const m = (t[0] * f.ninv) & M;
    c = (t[0] + m * n[0]) >> 15;
    for (let j = 1; j < s; j++) { x = t[j] + m * n[j] + c; t[j - 1] = x & M; c = x >> 15; }
    x = t[s] + c; t[s - 1] = x & M;
    t[s] = t[s + 1] + (x >> 15);
  }
  const r = [];
  for (let i = 0; i < s; i++) r.push(t[i]);
  if (t[s] > 0 || cmp(r, n) >= 0) subInPlace(r, n);
  f.muls += 1;
  return r;
}
function fromInt(f, v) { const a = [v & M]; for (let i = 1; i < f.s; i++) a.push(i === 1 ? v >> 15 : 0); return a; }
function modexp(f, base, e) {
  const bm = mont(f, base, f.r2);
  let acc = mont(f, fromInt(f, 1), f.r2), started = false;
  for (let i = e.length - 1; i >= 0; i--) {
    for (let k = 14; k >= 0; k--) {
      if (started) acc = mont(f, acc, acc);
      if (((e[i] >> k) & 1) === 1) { acc = started ? mont(f, acc, bm) : bm; started = true; }
    }
  }
  return mont(f, acc, fromInt(f, 1));
}
function decimal(a) {
  const x = [];
  for (let i = 0; i < a.length; i++) x.push(a[i]);
  const groups = [];
  let zero = false;
  while (!zero) {
    let rem = 0;
    zero = true;
    for (let i = x.length - 1; i >= 0; i--) {
      const cur = rem * 32768 + x[i];
      x[i] = (cur / 10000) | 0; rem = cur - x[i] * 10000;
      if (x[i] !== 0) zero = false;
    }
    groups.push(rem);
  }
  let out = '' + groups[groups.length - 1];
  for (let g = groups.length - 2; g >= 0; g--) {
    const v = groups[g];
    out += (v < 1000 ? '0' : '') + (v < 100 ? '0' : '') + (v < 10 ? '0' : '') + v;
  }
  return out;
}
const isOne = (a) => { let ok = a[0] === 1; for (let i = 1; i < a.length; i++) if (a[i] !== 0) ok = false; return ok; };
const hashLimbs = (h, a) => { for (let i = 0; i < a.length; i++) h = (h * 31 + a[i]) % 1000003; return h; };

let checked = false;

function run() {
  const f61 = makeField(mersenne(61)), f67 = makeField(mersenne(67));
  const f89 = makeField(mersenne(89)), f127 = makeField(mersenne(127));
  let seed = 99991;
  const limb = () => { seed = (seed * 1103 + 12345) % 1048576; return seed >> 5; };
  const a = [limb(), limb(), limb() & 1023], b = [limb(), limb(), limb() & 1023];
  const g = fromInt(f89, 3);
  const pa = modexp(f89, g, a), pb = modexp(f89, g, b);
  const s1 = modexp(f89, pb, a), s2 = modexp(f89, pa, b);
  const agree = cmp(s1, s2) === 0;
  let h = hashLimbs(hashLimbs(7, pa), pb);
  const m61 = mersenne(61), m67 = mersenne(67);
  m61[0] -= 1; m67[0] -= 1;
  const prime61 = isOne(modexp(f61, fromInt(f61, 2), m61)), prime67 = isOne(modexp(f67, fromInt(f67, 3), m67));
  const e65537 = [1, 2];
  let sig = 0;
  for (let k = 0; k < 3; k++) {
    const x = [];
    for (let i = 0; i < f127.s; i++) x.push(limb());
    x[f127.s - 1] = x[f127.s - 1] & 3;
    const y = modexp(f127, x, e65537);
    h = hashLimbs(h, y);
    sig += y[0] & 255;
  }
  const text = decimal(s1);
  h = (h * 31 + (agree ? 1 : 0) * 4 + (prime61 ? 2 : 0) + (prime67 ? 1 : 0)) % 1000003;
  h = (h * 31 + f61.muls + f67.muls + f89.muls + f127.muls) % 1000003;
  h = hashLimbs(h, s1);
  const line = 'bignum-dh agree=' + (agree ? 'yes' : 'NO') + ' m61=' + (prime61 ? 'prime' : 'composite') + ' m67=' +
    (prime67 ? 'prime' : 'composite') + ' muls=' + f61.muls + '/' + f67.muls + '/' + f89.muls + '/' + f127.muls +
    ' sig=' + sig + ' secret=' + text + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
