// XTEA in CBC mode, as a bootloader uses it for an encrypted
// configuration blob: 64 rounds (32 cycles) on 64-bit blocks with a
// 128-bit key. All words are kept as signed int32 and added through a
// wrapping helper, since Microvium's ToInt32 saturates instead of
// wrapping; shifts right are arithmetic and masked. Each call builds a
// 96-byte record (device name bytes, a serial above 8191, calibration
// words), encrypts it in CBC with an IV, decrypts it, checks the round
// trip, computes a CBC-MAC over the ciphertext with a second key and
// prints the MAC in hex (digits from a 16-entry string table). The
// cipher is first checked against the published XTEA test vector.
const DELTA = -1640531527;                     // 0x9E3779B9 as int32
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const KEY_ENC = [0x01234567, -1985229329, -19088744, 0x76543210];
const KEY_MAC = [0x2b7e1516, 0x28aed2a6, -1409870451, 0x09cf4f3c];
const NAME = [109, 118, 45, 110, 111, 100, 101, 45, 48, 55];   // "mv-node-07"

function add(a, b) {
  const s = a + b;
  return s > 2147483647 ? s - 4294967296 : s < -2147483648 ? s + 4294967296 : s;
}
function mix(v) { return add((v << 4) ^ ((v >> 5) & 0x07ffffff), v); }
function encipher(v, o, k) {
  let v0 = v[o], v1 = v[o + 1], sum = 0;
  for (let i = 0; i < 32; i++) {
    v0 = add(v0, mix(v1) ^ add(sum, k[sum & 3]));
    sum = add(sum, DELTA);
    v1 = add(v1, mix(v0) ^ add(sum, k[(sum >> 11) & 3]));
  }
  v[o] = v0; v[o + 1] = v1;
}
function decipher(v, o, k) {
  let v0 = v[o], v1 = v[o + 1], sum = -957401312;   // DELTA * 32, wrapped
  for (let i = 0; i < 32; i++) {
    v1 = add(v1, -(mix(v0) ^ add(sum, k[(sum >> 11) & 3])));
    sum = add(sum, -DELTA);
    v0 = add(v0, -(mix(v1) ^ add(sum, k[sum & 3])));
  }
  v[o] = v0; v[o + 1] = v1;
}
function cbcEncrypt(words, iv0, iv1, k) {
  const out = [];
  let c0 = iv0, c1 = iv1;
  for (let i = 0; i < words.length; i += 2) {
    out.push(words[i] ^ c0); out.push(words[i + 1] ^ c1);
    encipher(out, i, k);
    c0 = out[i]; c1 = out[i + 1];
  }
  return out;
}
function cbcDecrypt(words, iv0, iv1, k) {
  const out = [];
  let c0 = iv0, c1 = iv1;
  for (let i = 0; i < words.length; i += 2) {
    out.push(words[i]); out.push(words[i + 1]);
    decipher(out, i, k);
    out[i] = out[i] ^ c0; out[i + 1] = out[i + 1] ^ c1;
    c0 = words[i]; c1 = words[i + 1];
  }
  return out;
}
function hex32(w) {
  let s = '';
  for (let sh = 28; sh >= 0; sh -= 4) s += HEX[(w >> sh) & 15];
  return s;
}

let checked = false, expected = 0;
function run() {
  const tv = [0x41424344, 0x45464748];
  encipher(tv, 0, [0x00010203, 0x04050607, 0x08090a0b, 0x0c0d0e0f]);
  assertEqual(hex32(tv[0]) + hex32(tv[1]), '497df3d072612cb5');
  const bytes = [];
  for (let i = 0; i < 16; i++) bytes.push(i < NAME.length ? NAME[i] : 0);
  const serial = 4022007 + 17;
  bytes.push((serial >> 24) & 255); bytes.push((serial >> 16) & 255); bytes.push((serial >> 8) & 255); bytes.push(serial & 255);
  for (let i = 0; i < 38; i++) { const cal = 16384 + i * 1237 - (i & 3) * 4099; bytes.push((cal >> 8) & 255); bytes.push(cal & 255); }
  const words = [];
  for (let i = 0; i < bytes.length; i += 4) words.push((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]);
  const ct = cbcEncrypt(words, 0x1badb002, -559038737, KEY_ENC);
  const pt = cbcDecrypt(ct, 0x1badb002, -559038737, KEY_ENC);
  let same = 0;
  for (let i = 0; i < words.length; i++) if (pt[i] === words[i]) same++;
  const mac = cbcEncrypt(ct, 0, 0, KEY_MAC);
  const tag = hex32(mac[mac.length - 2]) + hex32(mac[mac.length - 1]);
  let h = 0;
  for (let i = 0; i < ct.length; i++) h = (h * 31 + ((ct[i] >> 16) & 0xffff) * 7 + (ct[i] & 0xffff)) % 1000003;
  h = (h + ((mac[mac.length - 1] >> 8) & 0xffff)) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`xtea-cbc words=${words.length} ok=${same} ct0=${hex32(ct[0])} mac=${tag} ${h}`);
  }
  assertEqual(same, words.length);
  assertEqual(h, expected);
  return h;
}
vmExport(0, run);
