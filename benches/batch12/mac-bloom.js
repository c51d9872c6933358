// A Bloom filter of device addresses, as a BLE scanner or a Wi-Fi probe
// logger keeps to remember which 6-byte MAC addresses it has already
// reported without storing them all. The filter is 2048 bits in an array
// of 16-bit words; k = 4 bit positions come from double hashing with two
// 32-bit hashes of the address bytes, FNV-1a and a Murmur3-style mixer.
// Multiplications and additions are done on 16-bit halves: Math.imul is
// not available in Microvium 8, and its ToInt32 saturates instead of
// wrapping (3000000000 | 0 is -2147483648 there), so no intermediate may
// leave int32 before a bitwise operator. 32-bit constants above 0x7FFFFFFF
// are written as two halves for the same reason. Each call keeps up to 180 addresses from six
// vendor prefixes (with a random 24-bit tail from an xorshift generator),
// sees 300 sightings, 60 % of them repeats, counts the "new" reports and
// the false positives against an exact list of the addresses kept as
// strings, estimates the fill with a popcount table, and finally ages the
// filter by clearing every fourth word and checking again.
const NODE_SUM = 19361;
const OUIS = [[0x00, 0x1A, 0x7D], [0xAC, 0x23, 0x3F], [0xF0, 0x9F, 0xC2], [0x3C, 0x71, 0xBF], [0xB8, 0x27, 0xEB], [0x24, 0x0A, 0xC4]];
const BITS = 2048, WORDS = BITS / 16, K = 4;
const POP = [];
for (let i = 0; i < 256; i++) { let c = 0, x = i; while (x > 0) { c += x & 1; x = x >> 1; } POP.push(c); }
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

// (a * b) mod 2^32 and (a + b) mod 2^32 for int32 a and b, as int32
const mul32 = (a, b) => {
  const al = a & 0xFFFF, ah = a >>> 16, bl = b & 0xFFFF, bh = b >>> 16;
  const lo = al * bl, loLo = lo % 65536;
  const top = ((lo - loLo) / 65536 + ah * bl + al * bh) % 65536;
  return (top << 16) | loLo;
};
const add32 = (a, b) => {
  const lo = (a & 0xFFFF) + (b & 0xFFFF);
  return ((((a >>> 16) + (b >>> 16) + (lo >>> 16)) & 0xFFFF) << 16) | (lo & 0xFFFF);
};
const u32 = (hi, lo) => (hi << 16) | lo;
const rotl = (x, r) => (x << r) | (x >>> (32 - r));

function fnv1a(bytes) {
  let h = u32(0x811C, 0x9DC5);
  for (let i = 0; i < bytes.length; i++) { h = h ^ bytes[i]; h = mul32(h, 0x01000193); }
  return h;
}

function murmur(bytes, seed) {
  let h = seed | 0, i = 0;
  const c1 = u32(0xCC9E, 0x2D51), c2 = 0x1B873593;
  while (i + 4 <= bytes.length) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = mul32(rotl(mul32(k, c1), 15), c2);
    h = add32(mul32(rotl(h ^ k, 13), 5), u32(0xE654, 0x6B64));
    i += 4;
  }
  let k = 0;
  switch (bytes.length - i) {
    case 3: k = k ^ (bytes[i + 2] << 16);
    // falls through
    case 2: k = k ^ (bytes[i + 1] << 8);
    // falls through
    case 1: k = k ^ bytes[i]; h = h ^ mul32(rotl(mul32(k, c1), 15), c2);
  }
  h = h ^ bytes.length;
  h = mul32(h ^ (h >>> 16), u32(0x85EB, 0xCA6B));
  h = mul32(h ^ (h >>> 13), u32(0xC2B2, 0xAE35));
  return h ^ (h >>> 16);
}

class Bloom {
  constructor() { this.words = []; for (let i = 0; i < WORDS; i++) this.words.push(0); }
  positions(mac) {
    const a = fnv1a(mac) >>> 0, b = murmur(mac, u32(0x9747, 0xB28C)) | 1;
    const out = [];
    for (let i = 0; i < K; i++) out.push((a + i * ((b >>> 0) % BITS)) % BITS);
    return out;
  }
  add(mac) {
    const p = this.positions(mac);
    for (let i = 0; i < K; i++) this.words[p[i] >> 4] |= 1 << (p[i] & 15);
  }
  has(mac) {
    const p = this.positions(mac);
    for (let i = 0; i < K; i++) if ((this.words[p[i] >> 4] & (1 << (p[i] & 15))) === 0) return false;
    return true;
  }
  fill() { let n = 0; for (let i = 0; i < WORDS; i++) n += POP[this.words[i] & 255] + POP[this.words[i] >> 8]; return n; }
}

const macText = (m) => { let s = ''; for (let i = 0; i < 6; i++) s += (i > 0 ? ':' : '') + HEX[m[i] >> 4] + HEX[m[i] & 15]; return s; };

let checked = false;

function run() {
  let x = 1463534242;                                  // xorshift32 state (int32)
  const next = () => { x = x ^ (x << 13); x = x ^ (x >>> 17); x = x ^ (x << 5); return x; };
  const below = (n) => (next() >>> 0) % n;
  const bloom = new Bloom();
  const seen = [], exact = {};
  let reports = 0, falsePos = 0, repeats = 0;
  for (let s = 0; s < 300; s++) {
    let mac;
    if (seen.length > 0 && below(10) < 6) { mac = seen[below(seen.length)]; repeats++; }
    else {
      const o = OUIS[below(OUIS.length)], r = next();
      mac = [o[0], o[1], o[2], (r >>> 16) & 255, (r >>> 8) & 255, r & 255];
    }
    const key = 'm' + macText(mac);
    const known = exact[key] === true;
    if (bloom.has(mac)) { if (!known) falsePos++; }
    else { bloom.add(mac); reports++; }
    if (!known) { exact[key] = true; if (seen.length < 180) seen.push(mac); }
  }
  const fill = bloom.fill();
  for (let i = 0; i < WORDS; i += 4) bloom.words[i] = 0;   // age the filter
  let stillThere = 0;
  for (let i = 0; i < seen.length; i++) if (bloom.has(seen[i])) stillThere++;
  let h = 19;
  for (let i = 0; i < WORDS; i++) h = (h * 31 + bloom.words[i]) % 1000003;
  h = (h * 31 + reports * 1000 + falsePos) % 1000003;
  h = (h * 31 + fill * 1000 + stillThere) % 1000003;
  const line = 'mac-bloom sightings=300 repeats=' + repeats + ' reports=' + reports + ' falsepos=' + falsePos + ' fill=' + fill +
    '/' + BITS + ' aged=' + stillThere + '/' + seen.length + ' first=' + macText(seen[0]) + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
