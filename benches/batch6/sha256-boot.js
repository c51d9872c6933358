// Secure boot on a small MCU: before jumping to an application image the
// bootloader checks its header (magic, version, length, load and entry
// addresses, flags with bit 31 set), hashes header and body with SHA-256
// and compares the digest with the one the signing tool recorded, then
// extends a measured-boot register (pcr = SHA-256(pcr || digest)). As in
// size-optimised C ports, the compression function is fully unrolled: the
// message schedule and the 64 rounds are one long straight-line function.
// Microvium's ToInt32 saturates numbers outside the int32 range, so the
// 32-bit additions go through 16-bit halves, and the round constants are
// written as signed int32.
const H0 = [1779033703, -1150833019, 1013904242, -1521486534, 1359893119, -1694144372, 528734635, 1541459225];
const EXPECT = [-980441963, 708366105, -820091957, -364398194, -1292854077, 1043987813, 304789212, 1727554256];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

function add(x, y) {
  const lo = (x & 0xffff) + (y & 0xffff);
  return (((x >>> 16) + (y >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
}
function S0(x) { return ((x >>> 2) | (x << 30)) ^ ((x >>> 13) | (x << 19)) ^ ((x >>> 22) | (x << 10)); }
function S1(x) { return ((x >>> 6) | (x << 26)) ^ ((x >>> 11) | (x << 21)) ^ ((x >>> 25) | (x << 7)); }
function s0(x) { return ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3); }
function s1(x) { return ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10); }

// One 64-byte block: M[o..o+15] are big-endian words.
function compress(H, M, o) {
  const w0 = M[o + 0];
  const w1 = M[o + 1];
  const w2 = M[o + 2];
  const w3 = M[o + 3];
  const w4 = M[o + 4];
  const w5 = M[o + 5];
  const w6 = M[o + 6];
  const w7 = M[o + 7];
  const w8 = M[o + 8];
  const w9 = M[o + 9];
  const w10 = M[o + 10];
  const w11 = M[o + 11];
  const w12 = M[o + 12];
  const w13 = M[o + 13];
  const w14 = M[o + 14];
  const w15 = M[o + 15];
  const w16 = add(add(s1(w14), w9), add(s0(w1), w0));
  const w17 = add(add(s1(w15), w10), add(s0(w2), w1));
  const w18 = add(add(s1(w16), w11), add(s0(w3), w2));
  const w19 = add(add(s1(w17), w12), add(s0(w4), w3));
  const w20 = add(add(s1(w18), w13), add(s0(w5), w4));
  const w21 = add(add(s1(w19), w14), add(s0(w6), w5));
  const w22 = add(add(s1(w20), w15), add(s0(w7), w6));
  const w23 = add(add(s1(w21), w16), add(s0(w8), w7));
  const w24 = add(add(s1(w22), w17), add(s0(w9), w8));
  const w25 = add(add(s1(w23), w18), add(s0(w10), w9));
  const w26 = add(add(s1(w24), w19), add(s0(w11), w10));
  const w27 = add(add(s1(w25), w20), add(s0(w12), w11));
  const w28 = add(add(s1(w26), w21), add(s0(w13), w12));
  const w29 = add(add(s1(w27), w22), add(s0(w14), w13));
  const w30 = add(add(s1(w28), w23), add(s0(w15), w14));
  const w31 = add(add(s1(w29), w24), add(s0(w16), w15));
  const w32 = add(add(s1(w30), w25), add(s0(w17), w16));
  const w33 = add(add(s1(w31), w26), add(s0(w18), w17));
  const w34 = add(add(s1(w32), w27), add(s0(w19), w18));
  const w35 = add(add(s1(w33), w28), add(s0(w20), w19));
  const w36 = add(add(s1(w34), w29), add(s0(w21), w20));
  const w37 = add(add(s1(w35), w30), add(s0(w22), w21));
  const w38 = add(add(s1(w36), w31), add(s0(w23), w22));
  const w39 = add(add(s1(w37), w32), add(s0(w24), w23));
  const w40 = add(add(s1(w38), w33), add(s0(w25), w24));
  const w41 = add(add(s1(w39), w34), add(s0(w26), w25));
  const w42 = add(add(s1(w40), w35), add(s0(w27), w26));
  const w43 = add(add(s1(w41), w36), add(s0(w28), w27));
  const w44 = add(add(s1(w42), w37), add(s0(w29), w28));
  const w45 = add(add(s1(w43), w38), add(s0(w30), w29));
  const w46 = add(add(s1(w44), w39), add(s0(w31), w30));
  const w47 = add(add(s1(w45), w40), add(s0(w32), w31));
  const w48 = add(add(s1(w46), w41), add(s0(w33), w32));
  const w49 = add(add(s1(w47), w42), add(s0(w34), w33));
  const w50 = add(add(s1(w48), w43), add(s0(w35), w34));
  const w51 = add(add(s1(w49), w44), add(s0(w36), w35));
  const w52 = add(add(s1(w50), w45), add(s0(w37), w36));
  const w53 = add(add(s1(w51), w46), add(s0(w38), w37));
  const w54 = add(add(s1(w52), w47), add(s0(w39), w38));
  const w55 = add(add(s1(w53), w48), add(s0(w40), w39));
  const w56 = add(add(s1(w54), w49), add(s0(w41), w40));
  const w57 = add(add(s1(w55), w50), add(s0(w42), w41));
  const w58 = add(add(s1(w56), w51), add(s0(w43), w42));
  const w59 = add(add(s1(w57), w52), add(s0(w44), w43));
  const w60 = add(add(s1(w58), w53), add(s0(w45), w44));
  const w61 = add(add(s1(w59), w54), add(s0(w46), w45));
  const w62 = add(add(s1(w60), w55), add(s0(w47), w46));
  const w63 = add(add(s1(w61), w56), add(s0(w48), w47));
  let a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), 1116352408), w0));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), 1899447441), w1));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), -1245643825), w2));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), -373957723), w3));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), 961987163), w4));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), 1508970993), w5));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), -1841331548), w6));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), -1424204075), w7));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), -670586216), w8));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), 310598401), w9));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), 607225278), w10));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), 1426881987), w11));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), 1925078388), w12));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), -2132889090), w13));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), -1680079193), w14));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), -1046744716), w15));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), -459576895), w16));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), -272742522), w17));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), 264347078), w18));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), 604807628), w19));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), 770255983), w20));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), 1249150122), w21));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), 1555081692), w22));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), 1996064986), w23));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), -1740746414), w24));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), -1473132947), w25));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), -1341970488), w26));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), -1084653625), w27));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), -958395405), w28));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), -710438585), w29));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), 113926993), w30));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), 338241895), w31));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), 666307205), w32));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), 773529912), w33));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), 1294757372), w34));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), 1396182291), w35));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), 1695183700), w36));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), 1986661051), w37));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), -2117940946), w38));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), -1838011259), w39));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), -1564481375), w40));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), -1474664885), w41));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), -1035236496), w42));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), -949202525), w43));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), -778901479), w44));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), -694614492), w45));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), -200395387), w46));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), 275423344), w47));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), 430227734), w48));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), 506948616), w49));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), 659060556), w50));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), 883997877), w51));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), 958139571), w52));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), 1322822218), w53));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), 1537002063), w54));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), 1747873779), w55));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  h = add(add(h, S1(e)), add(add((e & f) ^ (~e & g), 1955562222), w56));
  d = add(d, h);
  h = add(h, add(S0(a), (a & b) ^ (a & c) ^ (b & c)));
  g = add(add(g, S1(d)), add(add((d & e) ^ (~d & f), 2024104815), w57));
  c = add(c, g);
  g = add(g, add(S0(h), (h & a) ^ (h & b) ^ (a & b)));
  f = add(add(f, S1(c)), add(add((c & d) ^ (~c & e), -2067236844), w58));
  b = add(b, f);
  f = add(f, add(S0(g), (g & h) ^ (g & a) ^ (h & a)));
  e = add(add(e, S1(b)), add(add((b & c) ^ (~b & d), -1933114872), w59));
  a = add(a, e);
  e = add(e, add(S0(f), (f & g) ^ (f & h) ^ (g & h)));
  d = add(add(d, S1(a)), add(add((a & b) ^ (~a & c), -1866530822), w60));
  h = add(h, d);
  d = add(d, add(S0(e), (e & f) ^ (e & g) ^ (f & g)));
  c = add(add(c, S1(h)), add(add((h & a) ^ (~h & b), -1538233109), w61));
  g = add(g, c);
  c = add(c, add(S0(d), (d & e) ^ (d & f) ^ (e & f)));
  b = add(add(b, S1(g)), add(add((g & h) ^ (~g & a), -1090935817), w62));
  f = add(f, b);
  b = add(b, add(S0(c), (c & d) ^ (c & e) ^ (d & e)));
  a = add(add(a, S1(f)), add(add((f & g) ^ (~f & h), -965641998), w63));
  e = add(e, a);
  a = add(a, add(S0(b), (b & c) ^ (b & d) ^ (c & d)));
  H[0] = add(H[0], a); H[1] = add(H[1], b); H[2] = add(H[2], c); H[3] = add(H[3], d);
  H[4] = add(H[4], e); H[5] = add(H[5], f); H[6] = add(H[6], g); H[7] = add(H[7], h);
}

function sha256(bytes, n) {
  const words = [];
  const total = ((n + 9 + 63) >> 6) << 4;
  for (let i = 0; i < total; i++) words.push(0);
  for (let i = 0; i < n; i++) words[i >> 2] |= bytes[i] << (24 - 8 * (i & 3));
  words[n >> 2] |= 0x80 << (24 - 8 * (n & 3));
  words[total - 1] = n * 8;            // message length in bits, low word
  const H = [];
  for (let i = 0; i < 8; i++) H.push(H0[i]);
  for (let o = 0; o < total; o += 16) compress(H, words, o);
  return H;
}

function le32(b, o) { return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24); }
function hex32(w) {
  let s = '';
  for (let sh = 28; sh >= 0; sh -= 4) s += HEX[(w >> sh) & 15];   // not >>>: Microvium gets (w >>> 0) & 15 wrong for w < 0
  return s;
}

// The image as the flash holds it: a 32-byte header and a 200-byte body.
const IMAGE = [0x4d, 0x56, 0x42, 0x54, 3, 1, 7, 0, 200, 0, 0, 0, 0x00, 0x40, 0x00, 0x08,
  0xc1, 0x40, 0x00, 0x08, 0x00, 0x00, 0x00, 0x80];
while (IMAGE.length < 32) IMAGE.push(0xff);
let lcg = 12345;
for (let i = 0; i < 200; i++) { lcg = (lcg * 75 + 74) % 65537; IMAGE.push(lcg & 255); }
const pcr = [0, 0, 0, 0, 0, 0, 0, 0];

let checked = false;
function run() {
  const magic = le32(IMAGE, 0), len = le32(IMAGE, 8), load = le32(IMAGE, 12), entry = le32(IMAGE, 16);
  const flags = le32(IMAGE, 20);
  let status = 'ok';
  if (magic !== 0x5442564d) status = 'bad-magic';
  else if (len + 32 !== IMAGE.length) status = 'bad-length';
  else if ((entry & 1) !== 1 || (entry >>> 0) < (load >>> 0) || (entry >>> 0) >= (load >>> 0) + len) status = 'bad-entry';
  const signed = (flags >>> 31) === 1;
  const digest = sha256(IMAGE, IMAGE.length);
  for (let i = 0; i < 8; i++) if (digest[i] !== EXPECT[i]) status = 'bad-digest';
  // measured boot: pcr = SHA-256(pcr || digest)
  const ext = [];
  for (let i = 0; i < 8; i++) {
    const w = pcr[i];
    ext.push(w >>> 24); ext.push((w >>> 16) & 255); ext.push((w >>> 8) & 255); ext.push(w & 255);
  }
  for (let i = 0; i < 8; i++) {
    const w = digest[i];
    ext.push(w >>> 24); ext.push((w >>> 16) & 255); ext.push((w >>> 8) & 255); ext.push(w & 255);
  }
  const next = sha256(ext, 64);
  let r = 0;
  for (let i = 0; i < 8; i++) r = (r * 16 + (next[i] >>> 20)) % 1000003;
  if (!checked) {
    checked = true;
    print('sha256-boot ' + status + ' ' + (signed ? 'signed ' : 'unsigned ') + (load >>> 0) + ' ' + (flags >>> 0) + ' ' +
      hex32(digest[0]) + hex32(digest[1]) + '.. ' + hex32(next[0]) + ' ' + r);
  }
  return r;
}
vmExport(0, run);
