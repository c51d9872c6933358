// A small flash translation layer for a raw NAND chip in a data logger:
// 24 blocks of 16 pages, a logical-to-physical page map, per-page valid
// flags, per-block erase counts and write pointers, and a few factory bad
// blocks. Writes go to the open block; when it is full, the allocator looks
// for a free block with the lowest erase count. When free blocks run low,
// garbage collection picks a victim (fewest valid pages, with the erase
// count as a tie-break), copies its valid pages forward and erases it.
// Static wear levelling moves a cold block when the erase-count spread
// grows too large. The code is written the way such firmware is: while
// (true) loops left with break, flag variables, and early exits instead of
// continue (which Microvium 8 does not accept). 1,400 host writes per call.
const NODE_SUM = 677357;
const BLOCKS = 24, PAGES = 16, LOGICAL = 256, BAD = [5, 17];
let checked = false;

function makeFtl() {
  const f = { map: [], owner: [], valid: [], erase: [], wp: [], bad: [], free: [], open: -1,
    hostWrites: 0, weak: 0, flashWrites: 0, erases: 0, gcRuns: 0, wlMoves: 0, failed: 0 };
  for (let l = 0; l < LOGICAL; l++) f.map.push(-1);
  for (let p = 0; p < BLOCKS * PAGES; p++) { f.owner.push(-1); f.valid.push(false); }
  for (let b = 0; b < BLOCKS; b++) {
    f.erase.push(0); f.wp.push(0);
    let isBad = false, i = 0;
    while (i < BAD.length) { if (BAD[i] === b) { isBad = true; break; } i += 1; }
    f.bad.push(isBad); f.free.push(!isBad);
  }
  return f;
}

function countFree(f) {
  let n = 0, b = 0;
  while (b < BLOCKS) { if (f.free[b]) n += 1; b += 1; }
  return n;
}

function allocBlock(f) {
  let best = -1, b = 0;
  while (true) {
    if (b >= BLOCKS) break;
    if (f.free[b] && !f.bad[b]) {
      if (best < 0 || f.erase[b] < f.erase[best]) best = b;
    }
    b += 1;
  }
  if (best >= 0) { f.free[best] = false; f.wp[best] = 0; }
  return best;
}

function program(f, lpn) {                         // write one logical page to the open block
  while (true) {
    if (f.open < 0 || f.wp[f.open] >= PAGES) {
      f.open = allocBlock(f);
      if (f.open < 0) { f.failed += 1; return false; }
    }
    const ppn = f.open * PAGES + f.wp[f.open];
    f.wp[f.open] += 1;
    // a page that fails to program (a weak page) is skipped
    if ((ppn * 7 + f.erase[f.open]) % 97 === 3) { f.flashWrites += 1; f.weak += 1; }
    else {
      const old = f.map[lpn];
      if (old >= 0) { f.valid[old] = false; f.owner[old] = -1; }
      f.map[lpn] = ppn; f.owner[ppn] = lpn; f.valid[ppn] = true; f.flashWrites += 1;
      return true;
    }
  }
}

function eraseBlock(f, b) {
  let p = 0;
  while (p < PAGES) { f.valid[b * PAGES + p] = false; f.owner[b * PAGES + p] = -1; p += 1; }
  f.erase[b] += 1; f.wp[b] = 0; f.free[b] = true; f.erases += 1;
  if (f.erase[b] > 60 && (b * 13 + f.erase[b]) % 41 === 0) { f.bad[b] = true; f.free[b] = false; }  // worn out
}

function validIn(f, b) {
  let n = 0, p = b * PAGES;
  const end = p + PAGES;
  while (p < end) { if (f.valid[p]) n += 1; p += 1; }
  return n;
}

function relocate(f, b) {
  let p = 0;
  while (p < PAGES) {
    const ppn = b * PAGES + p;
    if (f.valid[ppn]) { if (!program(f, f.owner[ppn])) return false; }
    p += 1;
  }
  eraseBlock(f, b);
  return true;
}

function collect(f) {
  f.gcRuns += 1;
  let victim = -1, vv = PAGES + 1, b = 0;
  while (b < BLOCKS) {
    const eligible = !f.bad[b] && !f.free[b] && b !== f.open;
    if (eligible) {
      const v = validIn(f, b);
      if (v < vv || (v === vv && victim >= 0 && f.erase[b] < f.erase[victim])) { vv = v; victim = b; }
      if (v === 0) break;                          // cannot do better
    }
    b += 1;
  }
  if (victim >= 0) relocate(f, victim);
}

function wearLevel(f) {
  let lo = -1, hi = -1, b = 0;
  while (b < BLOCKS) {
    if (!f.bad[b]) {
      if (lo < 0 || f.erase[b] < f.erase[lo]) lo = b;
      if (hi < 0 || f.erase[b] > f.erase[hi]) hi = b;
    }
    b += 1;
  }
  if (f.erase[hi] - f.erase[lo] > 8 && !f.free[lo] && lo !== f.open) { f.wlMoves += 1; relocate(f, lo); }
}

function run() {
  const f = makeFtl();
  let seed = 4242, h = 11;
  for (let i = 0; i < 1400; i++) {
    seed = (seed * 75 + 74) % 65537;
    // hot data: 70 % of the writes go to the first 32 logical pages
    const lpn = seed % 10 < 7 ? (seed >> 4) % 32 : (seed >> 4) % LOGICAL;
    while (countFree(f) < 3) {
      const before = f.erases;
      collect(f);
      if (f.erases === before) break;
    }
    if (program(f, lpn)) f.hostWrites += 1;
    if ((i & 63) === 63) wearLevel(f);
    if ((i & 15) === 0) h = (h * 31 + f.map[lpn] + 1) % 1000003;
  }
  let mapped = 0, l = 0;
  while (l < LOGICAL) {                                   // check the map against the owners
    const p = f.map[l];
    if (p >= 0) { if (f.owner[p] !== l || !f.valid[p]) { h = (h * 31 + 999) % 1000003; break; } mapped += 1; }
    l += 1;
  }
  let minE = 9999, maxE = 0, bads = 0;
  for (let b = 0; b < BLOCKS; b++) {
    if (f.bad[b]) bads += 1;
    else { if (f.erase[b] < minE) minE = f.erase[b]; if (f.erase[b] > maxE) maxE = f.erase[b]; }
    h = (h * 31 + f.erase[b]) % 1000003;
  }
  const waf = ((f.flashWrites * 100) / f.hostWrites) | 0;
  const line = 'nand-ftl host=' + f.hostWrites + ' flash=' + f.flashWrites + ' waf=' + waf + ' erases=' + f.erases + ' gc=' + f.gcRuns +
    ' wl=' + f.wlMoves + ' weak=' + f.weak + ' bad=' + bads + ' mapped=' + mapped + ' wear=' + minE + '..' + maxE + ' failed=' + f.failed + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
