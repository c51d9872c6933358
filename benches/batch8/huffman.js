// Huffman coding of a sensor trace before radio upload. A 360-sample
// pressure trace (random walk from an LCG, values around 101325 Pa, so
// above 8191) is delta-encoded; each delta in -15..15 is a symbol and
// anything larger is an escape symbol followed by 16 raw bits. The coder
// counts symbol frequencies, builds the tree with a binary min-heap of
// node objects (ties broken by creation order), takes code lengths from
// a recursive walk done by a closure (no length limit is needed: the
// deepest code here is 7 bits), assigns canonical codes, packs the bits
// MSB first into a byte array through a closure, and decodes them back
// with the canonical first-code/offset tables. The decoded trace must
// equal the original.
const NSYM = 32, ESC = 31, SAMPLES = 360;

function heapPush(h, n) {
  h.push(n);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p].w < n.w || (h[p].w === n.w && h[p].id < n.id)) break;
    h[i] = h[p]; h[p] = n; i = p;
  }
}
function heapTake(h, size) {
  const top = h[0], last = h[size - 1];
  let i = 0;
  h[0] = last;
  while (true) {
    let c = 2 * i + 1;
    if (c >= size - 1) break;
    if (c + 1 < size - 1 && (h[c + 1].w < h[c].w || (h[c + 1].w === h[c].w && h[c + 1].id < h[c].id))) c++;
    if (last.w < h[c].w || (last.w === h[c].w && last.id < h[c].id)) break;
    h[i] = h[c]; h[c] = last; i = c;
  }
  return top;
}
function codeLengths(freq) {
  const heap = [], lens = [];
  let id = 0;
  for (let s = 0; s < NSYM; s++) { lens.push(0); if (freq[s] > 0) heapPush(heap, { w: freq[s], id: id++, sym: s, l: null, r: null }); }
  let size = heap.length;
  while (size > 1) {
    const a = heapTake(heap, size); size--;
    const b = heapTake(heap, size); size--;
    while (heap.length > size) heap.length = size;   // drop the stale tail before pushing
    heapPush(heap, { w: a.w + b.w, id: id++, sym: -1, l: a, r: b });
    size++;
  }
  let deepest = 0;
  const walk = (n, depth) => {
    if (n.sym >= 0) { lens[n.sym] = depth === 0 ? 1 : depth; if (depth > deepest) deepest = depth; return; }
    walk(n.l, depth + 1); walk(n.r, depth + 1);
  };
  walk(heap[0], 0);
  return { lens, deepest };
}

let checked = false, expected = 0;
function run() {
  // the trace
  const trace = [];
  let seed = 4321, p = 101325;
  for (let i = 0; i < SAMPLES; i++) {
    seed = (seed * 16807) % 2147483647;
    const r = seed % 1000;
    p += r < 600 ? (r % 5) - 2 : r < 950 ? (r % 19) - 9 : (r % 301) - 150;
    trace.push(p);
  }
  const syms = [], freq = [];
  for (let s = 0; s < NSYM; s++) freq.push(0);
  for (let i = 1; i < SAMPLES; i++) {
    const d = trace[i] - trace[i - 1];
    const s = d >= -15 && d <= 15 ? d + 15 : ESC;
    syms.push(s); freq[s] += 1;
  }
  const cl = codeLengths(freq), lens = cl.lens;
  // canonical codes: by length, then by symbol
  const blCount = [], first = [], offset = [], sorted = [], code = [];
  for (let l = 0; l <= 16; l++) { blCount.push(0); first.push(0); offset.push(0); }
  for (let s = 0; s < NSYM; s++) { code.push(0); if (lens[s] > 0) blCount[lens[s]] += 1; }
  let c = 0, o = 0;
  for (let l = 1; l <= 16; l++) { c = (c + blCount[l - 1]) << 1; first[l] = c; offset[l] = o; o += blCount[l]; }
  for (let l = 1; l <= 16; l++) for (let s = 0; s < NSYM; s++) if (lens[s] === l) { code[s] = first[l] + sorted.length - offset[l]; sorted.push(s); }
  // pack: 16-bit start value, then the symbols
  const out = [];
  let acc = 0, nacc = 0, bits = 0;
  const put = (v, n) => {
    acc = (acc << n) | v; nacc += n; bits += n;
    while (nacc >= 8) { nacc -= 8; out.push((acc >> nacc) & 255); acc = acc & ((1 << nacc) - 1); }
  };
  put(trace[0] >> 16, 16); put(trace[0] & 0xffff, 16);
  for (let i = 0; i < syms.length; i++) {
    put(code[syms[i]], lens[syms[i]]);
    if (syms[i] === ESC) put((trace[i + 1] - trace[i]) & 0xffff, 16);
  }
  if (nacc > 0) put(0, 8 - nacc);
  // unpack
  let pos = 0;
  const get = (n) => {
    let v = 0;
    for (let k = 0; k < n; k++) { v = (v << 1) | ((out[pos >> 3] >> (7 - (pos & 7))) & 1); pos++; }
    return v;
  };
  let v = get(16) * 65536 + get(16), bad = 0, h = 0;
  if (v !== trace[0]) bad++;
  for (let i = 1; i < SAMPLES; i++) {
    let cd = 0, l = 0;
    while (true) { cd = (cd << 1) | get(1); l++; if (cd - first[l] < blCount[l]) break; }
    const s = sorted[offset[l] + cd - first[l]];
    if (s === ESC) { let d = get(16); if (d >= 32768) d -= 65536; v += d; } else v += s - 15;
    if (v !== trace[i]) bad++;
    h = (h * 31 + v) % 1000003;
  }
  const r = (h + bits * 7 + out.length * 131 + cl.deepest) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`huffman bytes=${out.length}/${SAMPLES * 3} bits=${bits} deepest=${cl.deepest} esc=${freq[ESC]} bad=${bad} ${r}`);
  }
  assertEqual(r, expected);
  assertEqual(bad, 0);
  return r;
}
vmExport(0, run);
