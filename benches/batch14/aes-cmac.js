// Authenticated firmware-update chunks for a bootloader: AES-128 in CTR
// mode for secrecy and AES-CMAC (RFC 4493) for integrity, byte-oriented
// as on a small MCU without a crypto block. The S-box is computed at load
// time from GF(2^8) inverses and the affine map. Each call:
//  - expands the key (FIPS-197), checks the FIPS-197 C.1 vector and the
//    RFC 4493 subkeys and 16-byte example tag;
//  - the server makes a 128-byte image chunk (LCG), encrypts it with a
//    counter block of nonce + chunk index, and tags header + ciphertext;
//  - the device verifies the tag (constant-time compare), decrypts and
//    checks the plaintext; a copy with one flipped bit must be rejected,
//    and so must a replay of the chunk under the wrong index.
// State, round keys and blocks are plain arrays of bytes; xtime, shifts
// and XOR do the GF(2^8) work.
const NODE_SUM = 665373;
function gmul(a, b) {
  let p = 0;
  for (let i = 0; i < 8; i++) { if ((b & 1) === 1) p ^= a; a = (a << 1) ^ ((a & 0x80) !== 0 ? 0x11b : 0); b >>= 1; }
  return p;
}
const SBOX = [];
for (let x = 0; x < 256; x++) {
  let inv = 0;
  for (let y = 1; y < 256 && x > 0; y++) if (gmul(x, y) === 1) { inv = y; break; }
  let s = inv;
  for (let r = 1; r < 5; r++) s ^= ((inv << r) | (inv >> (8 - r))) & 255;
  SBOX.push(s ^ 0x63);
}
const RCON = [1, 2, 4, 8, 16, 32, 64, 128, 27, 54];
const FIPS_KEY = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const FIPS_PT = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
const FIPS_CT = [0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, 0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a];
const RFC_KEY = [0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c];
const RFC_K1 = [0xfb, 0xee, 0xd6, 0x18, 0x35, 0x71, 0x33, 0x66, 0x7c, 0x85, 0xe0, 0x8f, 0x72, 0x36, 0xa8, 0xde];
const RFC_MSG = [0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96, 0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a];
const RFC_TAG = [0x07, 0x0a, 0x16, 0xb4, 0x6b, 0x4d, 0x41, 0x44, 0xf7, 0x9b, 0xdd, 0x9d, 0xd0, 0x4a, 0x28, 0x7c];

function expandKey(key) {
  const w = [];
  for (let i = 0; i < 16; i++) w.push(key[i]);
  for (let i = 16; i < 176; i += 4) {
    let t0 = w[i - 4], t1 = w[i - 3], t2 = w[i - 2], t3 = w[i - 1];
    if (i % 16 === 0) { const k = t0; t0 = SBOX[t1] ^ RCON[i / 16 - 1]; t1 = SBOX[t2]; t2 = SBOX[t3]; t3 = SBOX[k]; }
    w.push(w[i - 16] ^ t0); w.push(w[i - 15] ^ t1); w.push(w[i - 14] ^ t2); w.push(w[i - 13] ^ t3);
  }
  return w;
}

const xtime = (b) => ((b << 1) ^ ((b & 0x80) !== 0 ? 0x1b : 0)) & 255;

function encryptBlock(w, input) {
  const s = [];
  for (let i = 0; i < 16; i++) s.push(input[i] ^ w[i]);
  for (let round = 1; round <= 10; round++) {
    for (let i = 0; i < 16; i++) s[i] = SBOX[s[i]];
    let t = s[1]; s[1] = s[5]; s[5] = s[9]; s[9] = s[13]; s[13] = t;            // ShiftRows
    t = s[2]; s[2] = s[10]; s[10] = t; t = s[6]; s[6] = s[14]; s[14] = t;
    t = s[15]; s[15] = s[11]; s[11] = s[7]; s[7] = s[3]; s[3] = t;
    if (round < 10)
      for (let c = 0; c < 16; c += 4) {                                        // MixColumns
        const a0 = s[c], a1 = s[c + 1], a2 = s[c + 2], a3 = s[c + 3], all = a0 ^ a1 ^ a2 ^ a3;
        s[c] = a0 ^ all ^ xtime(a0 ^ a1); s[c + 1] = a1 ^ all ^ xtime(a1 ^ a2);
        s[c + 2] = a2 ^ all ^ xtime(a2 ^ a3); s[c + 3] = a3 ^ all ^ xtime(a3 ^ a0);
      }
    for (let i = 0; i < 16; i++) s[i] ^= w[round * 16 + i];
  }
  return s;
}

function shiftLeft(b) {                            // one bit left, XOR Rb on carry: the CMAC subkey step
  const out = [];
  for (let i = 0; i < 16; i++) out.push(((b[i] << 1) | (i < 15 ? b[i + 1] >> 7 : 0)) & 255);
  if ((b[0] & 0x80) !== 0) out[15] ^= 0x87;
  return out;
}

function cmac(w, msg) {
  const k1 = shiftLeft(encryptBlock(w, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), k2 = shiftLeft(k1);
  const n = msg.length === 0 ? 1 : ((msg.length + 15) >> 4), complete = msg.length > 0 && msg.length % 16 === 0;
  let x = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let b = 0; b < n; b++) {
    const y = [];
    for (let i = 0; i < 16; i++) {
      const j = b * 16 + i;
      let m = j < msg.length ? msg[j] : (j === msg.length ? 0x80 : 0);
      if (b === n - 1) m ^= complete ? k1[i] : k2[i];
      y.push(x[i] ^ m);
    }
    x = encryptBlock(w, y);
  }
  return x;
}

function ctr(w, nonce, index, data) {
  const out = [], counter = [];
  for (let i = 0; i < 16; i++) counter.push(i < 8 ? nonce[i] : 0);
  for (let b = 0; b * 16 < data.length; b++) {
    const c = index * 256 + b;
    counter[12] = (c >> 24) & 255; counter[13] = (c >> 16) & 255; counter[14] = (c >> 8) & 255; counter[15] = c & 255;
    const ks = encryptBlock(w, counter);
    for (let i = 0; i < 16 && b * 16 + i < data.length; i++) out.push(data[b * 16 + i] ^ ks[i]);
  }
  return out;
}

function sameTag(a, b) { let d = 0; for (let i = 0; i < 16; i++) d |= a[i] ^ b[i]; return d === 0; }

let checked = false;

function run() {
  let h = 37, seed = 24680;
  const fold = (bytes) => { for (let i = 0; i < bytes.length; i++) h = (h * 31 + bytes[i]) % 1000003; };
  assert(sameTag(encryptBlock(expandKey(FIPS_KEY), FIPS_PT), FIPS_CT), 'FIPS-197 C.1');
  const rfc = expandKey(RFC_KEY);
  assert(sameTag(shiftLeft(encryptBlock(rfc, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), RFC_K1), 'RFC 4493 K1');
  assert(sameTag(cmac(rfc, RFC_MSG), RFC_TAG), 'RFC 4493 example 2');
  const key = [], nonce = [], image = [];
  for (let i = 0; i < 16; i++) key.push((i * 73 + 41) & 255);
  for (let i = 0; i < 8; i++) nonce.push((i * 29 + 200) & 255);
  for (let i = 0; i < 128; i++) { seed = (seed * 1103 + 13849) % 65536; image.push(seed >> 8); }
  const w = expandKey(key), index = 5;
  // server: header (index, length) + ciphertext, then the tag over both
  const cipher = ctr(w, nonce, index, image), msg = [index, 128];
  for (let i = 0; i < cipher.length; i++) msg.push(cipher[i]);
  const tag = cmac(w, msg);
  fold(tag); fold(cipher);
  // device: verify, then decrypt; reject tampering and a replay under another index
  let accepted = 0, rejected = 0;
  if (sameTag(cmac(w, msg), tag)) {
    const plain = ctr(w, nonce, msg[0], cipher);
    let same = 0;
    for (let i = 0; i < 128; i++) if (plain[i] === image[i]) same += 1;
    assertEqual(same, 128); accepted += 1;
  } else rejected += 1;
  msg[77] ^= 0x10;
  if (sameTag(cmac(w, msg), tag)) accepted += 1; else rejected += 1;
  msg[77] ^= 0x10; msg[0] = 6;
  const replay = cmac(w, msg);
  if (sameTag(replay, tag)) accepted += 1; else rejected += 1;
  fold(replay);
  assertEqual(accepted, 1);
  let hex = '';
  const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
  for (let i = 0; i < 8; i++) hex += HEX[tag[i] >> 4] + HEX[tag[i] & 15];
  h = (h * 31 + accepted * 10 + rejected) % 1000003;
  const line = 'aes-cmac kat=ok blocks=' + (1 + 1 + 2 + 4 * 10 + 2 * 8) + ' accepted=' + accepted + ' rejected=' + rejected + ' tag64=' + hex + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
