// An encrypted over-the-air update on a lossy radio link. The server builds
// a 448-byte image (a 16-byte header with magic, version, length and the
// payload's CRC-32, then pseudo-random "code" from xorshift32), encrypts it
// with ChaCha20 (RFC 8439) under a per-device key and a per-image nonce and
// sends it in 64-byte packets, each with its own CRC-32. The radio flips a
// bit now and then; the device NAKs bad packets and the server resends.
// The device decrypts into its flash buffer, checks the header and the
// image CRC, and rejects a second copy encrypted under a stale nonce.
// Known answers are checked on every call: the RFC 8439 block function
// test (section 2.3.2) and CRC-32 of "123456789".
// All 32-bit words are kept as int32: constants above 0x7fffffff are written
// as negative numbers, and additions mod 2^32 are done in 16-bit halves.
const NODE_SUM = 136700;
const POLY = -306674912;                           // 0xEDB88320, reflected CRC-32 polynomial
const CRC_TABLE = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = (c & 1) ? (POLY ^ (c >>> 1)) : (c >>> 1);
  CRC_TABLE.push(c);
}
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];   // "expand 32-byte k"
const KAT_OUT = [-454561520, 358169553, 534581072, -999219037];   // e4e7f110 15593bd1 1fdd0f50 c47120a3
const CHECK_STR = [49, 50, 51, 52, 53, 54, 55, 56, 57];          // "123456789"
const CHECK_CRC = -873187034;                                    // 0xcbf43926

function add32(a, b) {
  const lo = (a & 0xffff) + (b & 0xffff);
  return (((a >>> 16) + (b >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
}

function rotl(x, n) { return (x << n) | (x >>> (32 - n)); }

function quarter(s, a, b, c, d) {
  s[a] = add32(s[a], s[b]); s[d] = rotl(s[d] ^ s[a], 16);
  s[c] = add32(s[c], s[d]); s[b] = rotl(s[b] ^ s[c], 12);
  s[a] = add32(s[a], s[b]); s[d] = rotl(s[d] ^ s[a], 8);
  s[c] = add32(s[c], s[d]); s[b] = rotl(s[b] ^ s[c], 7);
}

function chachaBlock(key, counter, nonce) {        // key: 8 words, nonce: 3 words; returns 16 words
  const init = [SIGMA[0], SIGMA[1], SIGMA[2], SIGMA[3]];
  for (let i = 0; i < 8; i++) init.push(key[i]);
  init.push(counter); init.push(nonce[0]); init.push(nonce[1]); init.push(nonce[2]);
  const s = [];
  for (let i = 0; i < 16; i++) s.push(init[i]);
  for (let r = 0; r < 10; r++) {                   // 20 rounds: column round, then diagonal round
    quarter(s, 0, 4, 8, 12); quarter(s, 1, 5, 9, 13); quarter(s, 2, 6, 10, 14); quarter(s, 3, 7, 11, 15);
    quarter(s, 0, 5, 10, 15); quarter(s, 1, 6, 11, 12); quarter(s, 2, 7, 8, 13); quarter(s, 3, 4, 9, 14);
  }
  for (let i = 0; i < 16; i++) s[i] = add32(s[i], init[i]);
  return s;
}

function chachaXor(key, nonce, counter, src, from, to, dst) {   // appends the result to dst
  let ks = null;
  for (let i = from; i < to; i++) {
    const j = i - from;
    if ((j & 63) === 0) ks = chachaBlock(key, counter + (j >> 6), nonce);
    dst.push(src[i] ^ ((ks[(j >> 2) & 15] >> ((j & 3) * 8)) & 255));
  }
  return dst;
}

function crc32(bytes, from, to) {
  let crc = -1;
  for (let i = from; i < to; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 255] ^ (crc >>> 8);
  return ~crc;
}

function hex32(x) {
  let s = '';
  for (let sh = 28; sh >= 0; sh -= 4) s += HEX[(x >> sh) & 15];
  return s;
}

function manifest(bytes, name) {                  // "name:crc,crc,...;" with one CRC per 64-byte sector
  let s = name + ':';
  for (let i = 0; i < bytes.length; i += 64) {
    if (i > 0) s += ',';
    s += hex32(crc32(bytes, i, i + 64 < bytes.length ? i + 64 : bytes.length));
  }
  return s + ';';
}

function putWord(b, w) { b.push(w & 255); b.push((w >> 8) & 255); b.push((w >> 16) & 255); b.push((w >>> 24) & 255); }
function getWord(b, i) { return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24); }

let checked = false;

function run() {
  let h = 7, x = 0x2545f491;                       // xorshift32 state
  const next = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x; };
  // known answers
  const katKey = [], katNonce = [0x09000000, 0x4a000000, 0];
  for (let i = 0; i < 8; i++) katKey.push((4 * i) | ((4 * i + 1) << 8) | ((4 * i + 2) << 16) | ((4 * i + 3) << 24));
  const kat = chachaBlock(katKey, 1, katNonce);
  let katOk = crc32(CHECK_STR, 0, 9) === CHECK_CRC;
  for (let i = 0; i < 4; i++) if (kat[i] !== KAT_OUT[i]) katOk = false;
  assert(katOk, 'known answers');
  // server: the device key is derived from its id, the image is 16 + 432 bytes
  const deviceKey = [];
  for (let i = 0; i < 8; i++) deviceKey.push(next());
  const nonce = [next(), next(), 7], staleNonce = [nonce[0], nonce[1], 6];
  const payload = [];
  for (let i = 0; i < 108; i++) putWord(payload, next());
  const image = [77, 86, 79, 84, 3, 1, 432 & 255, 432 >> 8];   // "MVOT", version 3.1, length
  putWord(image, crc32(payload, 0, payload.length));
  putWord(image, 0);
  for (let i = 0; i < payload.length; i++) image.push(payload[i]);
  const cipher = chachaXor(deviceKey, nonce, 1, image, 0, image.length, []);
  const packets = [];
  for (let p = 0; p * 64 < cipher.length; p++) {
    const data = [];
    for (let i = p * 64; i < p * 64 + 64 && i < cipher.length; i++) data.push(cipher[i]);
    packets.push({ seq: p, data: data, crc: crc32(data, 0, data.length) });
  }
  // the link and the device
  const flash = [];
  let sent = 0, naks = 0, flips = 0, p = 0;
  while (p < packets.length) {
    const pk = packets[p], rx = [];
    for (let i = 0; i < pk.data.length; i++) rx.push(pk.data[i]);
    sent += 1;
    if ((next() & 3) === 0) { const k = (next() >>> 8) % rx.length; rx[k] ^= 1 << (next() & 7); flips += 1; }
    if (crc32(rx, 0, rx.length) !== pk.crc) { naks += 1; h = (h * 31 + pk.seq) % 1000003; }
    else { chachaXor(deviceKey, nonce, 1 + pk.seq, rx, 0, rx.length, flash); p += 1; }
  }
  const magicOk = flash[0] === 77 && flash[1] === 86 && flash[2] === 79 && flash[3] === 84;
  const len = flash[6] | (flash[7] << 8), want = getWord(flash, 8), got = crc32(flash, 16, 16 + len);
  const accepted = magicOk && got === want;
  // a replayed copy under the previous nonce decrypts to garbage
  const stale = chachaXor(deviceKey, staleNonce, 1, cipher, 0, cipher.length, []);
  const staleOk = stale[0] === 77 && crc32(stale, 16, 16 + len) === getWord(stale, 8);
  // both ends describe the slot by its sector CRCs; the device reports its own
  const serverList = manifest(image, 'slotB'), deviceList = manifest(flash, 'slotB');
  const listsMatch = serverList === deviceList, staleList = manifest(stale, 'slotB');
  let same = 0;
  for (let i = 0; i < image.length; i++) if (flash[i] === image[i]) same += 1;
  h = (h * 31 + ((want >>> 16) ^ (want & 0xffff))) % 1000003;
  h = (h * 31 + (getWord(cipher, 440) >>> 12)) % 1000003;
  h = (h * 31 + (kat[15] >>> 12)) % 1000003;
  h = (h * 31 + same * 16 + sent) % 1000003;
  h = (h * 31 + (accepted ? 8 : 0) + (staleOk ? 4 : 0) + (listsMatch ? 2 : 0) + (staleList === serverList ? 1 : 0)) % 1000003;
  h = (h * 31 + ((x >>> 4) % 1000003)) % 1000003;
  const out = 'chacha-ota kat=' + (katOk ? 'ok' : 'bad') + ' bytes=' + image.length + ' packets=' + packets.length + ' sent=' + sent +
    ' naks=' + naks + ' flips=' + flips + ' crc=' + hex32(want) + ' accepted=' + accepted + ' manifest=' + (listsMatch ? 'match' : 'differs') + ' stale=' + (staleOk ? 'accepted' : 'rejected') +
    ' last=' + hex32(getWord(cipher, 444)) + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
