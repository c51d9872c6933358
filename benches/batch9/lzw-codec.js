// LZW compression of a controller's event log before it is written to
// flash. Each call builds a 400-byte log from 12 phrases picked by an LCG,
// compresses it with LZW (string table keyed by prefix code and next
// byte, as 'p<code>_<byte>' strings in a plain object, up to 1,024 codes),
// packs the codes LSB-first with a width that grows from 9 to 10 bits,
// unpacks them, and decodes with growing prefix/suffix arrays and a reversal
// stack (including the KwKwK case). The decoded log must equal the input.
const WORDS = [
  [116, 101, 109, 112, 61], // "temp="
  [104, 117, 109, 61], // "hum="
  [111, 107, 59], // "ok;"
  [119, 97, 114, 110, 59], // "warn;"
  [32, 102, 97, 110, 32], // " fan "
  [32, 112, 117, 109, 112, 32], // " pump "
  [111, 110], // "on"
  [111, 102, 102], // "off"
  [50, 49], // "21"
  [50, 50], // "22"
  [52, 55], // "47"
  [101, 114, 114, 58, 10], // "err:\n"
];
const MAX_CODES = 1024;
function makeLog(seed, n) {
  const out = [];
  while (out.length < n) {
    seed = (seed * 1103 + 12345) % 32749;
    // skewed choice: low word indexes are more common
    const w = WORDS[((seed % 12) * (seed % 13)) % 12];
    for (let i = 0; i < w.length && out.length < n; i++) out.push(w[i]);
  }
  return out;
}
function compress(data) {
  const dict = {};
  let next = 256, w = data[0];
  const codes = [];
  for (let i = 1; i < data.length; i++) {
    const c = data[i];
    const key = 'p' + w + '_' + c;
    const hit = dict[key];
    if (hit !== undefined) w = hit;
    else {
      codes.push(w);
      if (next < MAX_CODES) { dict[key] = next; next += 1; }
      w = c;
    }
  }
  codes.push(w);
  return codes;
}
function widthFor(count) { return count < 511 ? 9 : 10; }
function pack(codes) {
  const out = [];
  let acc = 0, bits = 0;
  for (let i = 0; i < codes.length; i++) {
    const width = widthFor(256 + i);
    acc = acc | (codes[i] << bits);
    bits += width;
    while (bits >= 8) { out.push(acc & 0xFF); acc = acc >> 8; bits -= 8; }
  }
  if (bits > 0) out.push(acc & 0xFF);
  return out;
}
function unpack(bytes, count) {
  const codes = [];
  let acc = 0, bits = 0, pos = 0;
  for (let i = 0; i < count; i++) {
    const width = widthFor(256 + i);
    while (bits < width) { acc = acc | (bytes[pos] << bits); pos += 1; bits += 8; }
    codes.push(acc & ((1 << width) - 1));
    acc = acc >> width;
    bits -= width;
  }
  return codes;
}
function emit(prefix, suffix, code, out, stack) {
  // spell a code by walking its prefix chain, then reverse; returns first byte
  let n = 0, c = code;
  while (c >= 256) { stack[n] = suffix[c - 256]; n += 1; c = prefix[c - 256]; }
  stack[n] = c;
  for (let i = n; i >= 0; i--) out.push(stack[i]);
  return c;
}
function decompress(codes) {
  const prefix = [], suffix = [], out = [], stack = [];
  for (let i = 0; i < 64; i++) stack.push(0);
  let next = 256, old = codes[0];
  out.push(old);
  let first = old;
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i];
    if (code < next) first = emit(prefix, suffix, code, out, stack);
    else { first = emit(prefix, suffix, old, out, stack); out.push(first); }
    if (next < MAX_CODES) { prefix.push(old); suffix.push(first); next += 1; }
    old = code;
  }
  return out;
}

// checksum computed in node
const NODE_SUM = 299186;
let checked = false, expected = 0;
function run() {
  const data = makeLog(321, 400);
  const codes = compress(data);
  const packed = pack(codes);
  const back = decompress(unpack(packed, codes.length));
  let same = back.length === data.length ? 1 : 0, h = 11, maxCode = 0;
  for (let i = 0; i < data.length && same === 1; i++) if (back[i] !== data[i]) same = 0;
  assertEqual(same, 1);
  for (let i = 0; i < codes.length; i++) { if (codes[i] > maxCode) maxCode = codes[i]; h = (h * 31 + codes[i]) % 1000003; }
  for (let i = 0; i < packed.length; i++) h = (h * 7 + packed[i]) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`lzw-codec in=${data.length} codes=${codes.length} max=${maxCode} packed=${packed.length} ok=${same} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
