// LZSS compression of a data logger's buffers before they are written to
// flash: a text log (ASCII bytes, very repetitive) and a binary block of
// 16-bit samples (less so). Matches of 3 to 18 bytes are found within a
// 255-byte window through a 256-entry hash head table and a chain of
// previous positions (at most 16 links followed); tokens are grouped eight
// to a flag byte. Each buffer is decompressed again and compared.
const MIN = 3, MAX = 18, WINDOW = 255, CHAIN = 16;

// Builds "T=231;H=45;P=10131;S=OK\n"-style lines as bytes, with digits
// produced by hand (Microvium strings cannot be indexed).
function putNum(out, v) {
  const digits = [];
  if (v === 0) digits.push(0);
  while (v > 0) { digits.push(v % 10); v = (v / 10) | 0; }
  for (let i = digits.length - 1; i >= 0; i--) out.push(48 + digits[i]);
}
function putKey(out, k) { out.push(k); out.push(61); }
function makeLog() {
  const out = [];
  let seed = 777;
  for (let line = 0; line < 24; line++) {
    seed = (seed * 75 + 74) % 65537;
    putKey(out, 84); putNum(out, 215 + (seed % 23)); out.push(59);
    putKey(out, 72); putNum(out, 40 + (seed & 7)); out.push(59);
    putKey(out, 80); putNum(out, 10120 + (seed % 31)); out.push(59);
    putKey(out, 83); out.push(79); out.push(line % 7 === 3 ? 70 : 75);  // "OK" or "OF"
    out.push(10);
  }
  return out;
}
function makeSamples() {
  const out = [];
  let v = 2000, seed = 99;
  for (let i = 0; i < 200; i++) {
    seed = (seed * 75 + 74) % 65537;
    v += (i % 40 < 20 ? 9 : -9) + (seed & 3) - 1;
    const q = (i % 8 === 0) ? v : v & ~7;     // coarse except every 8th sample
    out.push(q >> 8); out.push(q & 255);
  }
  return out;
}
const BUFFERS = [makeLog(), makeSamples()];

function hash3(src, i) { return ((src[i] << 5) ^ (src[i + 1] << 2) ^ src[i + 2]) & 255; }

function compress(src, head, prev, stats) {
  const n = src.length;
  for (let i = 0; i < 256; i++) head[i] = -1;
  const out = [];
  let flagPos = 0, flagBit = 8, flags = 0;
  let i = 0;
  function insert(p) {
    if (p + 2 < n) { const h = hash3(src, p); prev[p] = head[h]; head[h] = p; }
  }
  while (i < n) {
    if (flagBit === 8) {
      if (i > 0) out[flagPos] = flags;
      flagPos = out.length; out.push(0); flags = 0; flagBit = 0;
    }
    let bestLen = 0, bestOff = 0;
    if (i + MIN <= n) {
      let cand = head[hash3(src, i)], links = 0;
      const limit = n - i < MAX ? n - i : MAX;
      while (cand >= 0 && i - cand <= WINDOW && links < CHAIN) {
        let len = 0;
        while (len < limit && src[cand + len] === src[i + len]) len++;
        if (len > bestLen) { bestLen = len; bestOff = i - cand; if (len === limit) break; }
        cand = prev[cand];
        links++;
      }
      stats.links += links;
    }
    if (bestLen >= MIN) {
      out.push(bestOff); out.push(bestLen - MIN);
      for (let k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
      stats.matches++;
    } else {
      flags |= 1 << flagBit;
      out.push(src[i]);
      insert(i);
      i++;
      stats.literals++;
    }
    flagBit++;
  }
  out[flagPos] = flags;
  return out;
}

function decompress(data, n) {
  const out = [];
  let p = 0;
  while (out.length < n) {
    const flags = data[p++];
    for (let bit = 0; bit < 8 && out.length < n; bit++) {
      if ((flags >> bit) & 1) out.push(data[p++]);
      else {
        const off = data[p++], len = data[p++] + MIN;
        const from = out.length - off;
        for (let k = 0; k < len; k++) out.push(out[from + k]);
      }
    }
  }
  return out;
}

let checked = false;
function run() {
  const head = [], prev = [];
  for (let i = 0; i < 256; i++) head.push(-1);
  const stats = { matches: 0, literals: 0, links: 0 };
  let report = '', check = 0;
  for (let b = 0; b < BUFFERS.length; b++) {
    const src = BUFFERS[b];
    const packed = compress(src, head, prev, stats);
    const back = decompress(packed, src.length);
    let same = back.length === src.length;
    for (let i = 0; i < src.length && same; i++) if (back[i] !== src[i]) same = false;
    assert(same, 'round trip');
    for (let i = 0; i < packed.length; i++) check = (check * 31 + packed[i]) % 1000003;
    report += (b > 0 ? ' ' : '') + src.length + '>' + packed.length;
  }
  const r = check + stats.matches * 3 + stats.literals;
  if (!checked) {
    checked = true;
    print('lzss ' + report + ' ' + stats.matches + '/' + stats.literals + '/' + stats.links + ' ' + check + ' ' + r);
  }
  return r;
}
vmExport(0, run);
