// A FAT16-style file system on a 64-cluster in-memory image (128-byte
// clusters, 32-byte directory entries: 8.3 name, attribute, first cluster and
// 32-bit size in little-endian bytes). One call formats the volume, builds a
// small data logger's tree (/SYS, /LOG/D01../D03, /DATA/RAW), writes files with
// LCG contents, deletes every third log file, writes more files into the
// holes (so chains fragment) until the disk is full (the allocator throws and
// the writer catches it), then walks the tree recursively: 8.3 names become
// strings through a character table, paths are built with '+', every file's
// cluster chain is read and its Fletcher-16 compared with the one recorded
// by path when it was written. It resolves paths component by component (names
// compared as strings) and runs an fsck that marks every reachable cluster.
const NODE_SUM = 121001;
const CS = 128, NCL = 64, EOC = 65535, ATTR_DIR = 16;
const CH = [];
const UP = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
const DG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
for (let i = 0; i < 128; i++) CH.push('?');
for (let i = 0; i < 26; i++) CH[65 + i] = UP[i];
for (let i = 0; i < 10; i++) CH[48 + i] = DG[i];
CH[32] = ' '; CH[95] = '_'; CH[126] = '~';
const BASES = [[83, 89, 83], [76, 79, 71], [68, 65, 84, 65], [82, 65, 87], [68], [67, 70, 71], [69, 86, 84], [66, 79, 79, 84]];   // SYS LOG DATA RAW D CFG EVT BOOT
const EXTS = [[32, 32, 32], [84, 88, 84], [66, 73, 78], [67, 70, 71]];                                        // '   ' TXT BIN CFG
let checked = false;

function name11(base, num, ext) {                 // -> 11 bytes, space padded; num < 0: no digits
  const b = [];
  for (let i = 0; i < BASES[base].length; i++) b.push(BASES[base][i]);
  if (num >= 0) { if (num >= 10) b.push(48 + ((num / 10) | 0)); b.push(48 + num % 10); }
  while (b.length < 8) b.push(32);
  for (let i = 0; i < 3; i++) b.push(EXTS[ext][i]);
  return b;
}

function show(b) {                                  // 'LOG7    TXT' -> 'LOG7.TXT'
  let s = '';
  for (let i = 0; i < 8; i++) if (b[i] !== 32) s += CH[b[i]];
  if (b[8] !== 32) { s += '.'; for (let i = 8; i < 11; i++) if (b[i] !== 32) s += CH[b[i]]; }
  return s;
}

class Volume {
  constructor() {
    this.fat = []; this.img = []; this.hint = 3; this.free = NCL - 3;
    for (let c = 0; c < NCL; c++) { this.fat.push(0); const row = []; for (let i = 0; i < CS; i++) row.push(0); this.img.push(row); }
    this.fat[0] = 65528; this.fat[1] = EOC; this.fat[2] = EOC;        // cluster 2: root directory
  }
  alloc(prev) {
    for (let k = 0; k < NCL - 2; k++) {
      const c = 2 + (this.hint - 2 + k) % (NCL - 2);
      if (this.fat[c] === 0) {
        this.fat[c] = EOC; if (prev !== 0) this.fat[prev] = c;
        const row = this.img[c];
        for (let i = 0; i < CS; i++) row[i] = 0;
        this.hint = c + 1; this.free -= 1;
        return c;
      }
    }
    throw { code: 28, prev: prev };                 // ENOSPC
  }
  freeChain(c) { while (c >= 2 && c !== EOC) { const n = this.fat[c]; this.fat[c] = 0; this.free += 1; c = n; } }
  write(data) {                                     // -> first cluster (0 for an empty file)
    if (data.length === 0) return 0;
    let first = 0, cur = 0;
    try {
      for (let off = 0; off < data.length; off += CS) {
        cur = this.alloc(cur); if (first === 0) first = cur;
        const row = this.img[cur];
        for (let i = 0; i < CS && off + i < data.length; i++) row[i] = data[off + i];
      }
    } catch (e) { if (first !== 0) this.freeChain(first); throw e; }
    return first;
  }
  addEntry(dir, nm, attr, first, size) {
    let c = dir, last = dir;
    while (c !== EOC) {
      const row = this.img[c];
      for (let e = 0; e < CS; e += 32) {
        if (row[e] === 0 || row[e] === 0xe5) {
          for (let i = 0; i < 11; i++) row[e + i] = nm[i];
          row[e + 11] = attr; row[e + 26] = first & 255; row[e + 27] = first >> 8;
          for (let i = 0; i < 4; i++) row[e + 28 + i] = (size >> (8 * i)) & 255;
          return c * 8 + e / 32;                      // entry handle
        }
      }
      last = c; c = this.fat[c];
    }
    this.alloc(last);
    return this.addEntry(dir, nm, attr, first, size);
  }
  mkdir(dir, nm) { const c = this.alloc(0); this.addEntry(dir, nm, ATTR_DIR, c, 0); return c; }
  entries(dir, visit) {                               // visit(row, offset) for every live entry
    let c = dir;
    while (c !== EOC) {
      const row = this.img[c];
      for (let e = 0; e < CS; e += 32) if (row[e] !== 0 && row[e] !== 0xe5) visit(row, e);
      c = this.fat[c];
    }
  }
  lookup(dir, want) {                                 // want: 'NAME.EXT' -> [first, size, attr] or null
    let found = null;
    this.entries(dir, (row, e) => {
      if (found !== null) return;
      const nm = [];
      for (let i = 0; i < 11; i++) nm.push(row[e + i]);
      if (show(nm) === want) found = [row[e + 26] + row[e + 27] * 256, row[e + 28] + row[e + 29] * 256, row[e + 11]];
    });
    return found;
  }
}

function fletcher(vol, first, size) {
  let a = 0, b = 0, c = first, left = size, hops = 0;
  while (left > 0) {
    const row = vol.img[c];
    for (let i = 0; i < CS && i < left; i++) { a = (a + row[i]) % 255; b = (b + a) % 255; }
    left -= CS; c = vol.fat[c]; hops += 1;
  }
  return b * 256 + a + hops * 65536;
}

function run() {
  let seed = 2024, h = 3;
  const rand = (n) => { seed = (seed * 25173 + 13849) % 65536; return seed % n; };
  const vol = new Volume(), sums = {}, made = [];
  const file = (dir, path, base, num, ext, size) => {
    const data = [];
    for (let i = 0; i < size; i++) data.push((rand(256) + i) & 255);
    const nm = name11(base, num, ext), first = vol.write(data);
    const handle = vol.addEntry(dir, nm, 0, first, size);
    sums[path + '/' + show(nm)] = fletcher(vol, first, size);
    made.push([dir, handle, first, path + '/' + show(nm)]);
  };
  const sys = vol.mkdir(2, name11(0, -1, 0)), log = vol.mkdir(2, name11(1, -1, 0)), data = vol.mkdir(2, name11(2, -1, 0));
  const raw = vol.mkdir(data, name11(3, -1, 0));
  file(sys, '/SYS', 5, -1, 3, 90); file(sys, '/SYS', 7, -1, 2, 300);
  const days = [];
  for (let d = 1; d <= 3; d++) days.push(vol.mkdir(log, name11(4, d, 0)));
  for (let k = 0; k < 15; k++) file(days[k % 3], '/LOG/D' + (k % 3 + 1), 6, k, 1, 40 + rand(200));
  let deleted = 0;
  for (let m = 0; m < made.length; m++) {
    if (m % 3 === 2) {
      const hd = made[m][1];
      vol.img[hd >> 3][(hd & 7) * 32] = 0xe5; vol.freeChain(made[m][2]); sums[made[m][3]] = -1; deleted += 1;
    }
  }
  let full = 0, extra = 0;
  for (let k = 0; k < 40 && full === 0; k++) {
    try { file(raw, '/DATA/RAW', 3, k, 2, 100 + rand(400)); extra += 1; }
    catch (e) { if (e.code === 28) full = k; else throw e; }
  }
  // the walk
  let files = 0, dirs = 0, bytes = 0, okSums = 0, list = '';
  const walk = (dir, path, depth) => {
    vol.entries(dir, (row, e) => {
      const nm = [];
      for (let i = 0; i < 11; i++) nm.push(row[e + i]);
      const p = path + '/' + show(nm), first = row[e + 26] + row[e + 27] * 256;
      if (row[e + 11] === ATTR_DIR) { dirs += 1; walk(first, p, depth + 1); return; }
      const size = row[e + 28] + row[e + 29] * 256 + row[e + 30] * 65536;
      files += 1; bytes += size;
      const f = fletcher(vol, first, size);
      if (sums[p] === f) okSums += 1;
      h = (h * 31 + (f % 65536) + depth * 7) % 1000003;
      if (files % 6 === 1) list += (list === '' ? '' : ' ') + p + ':' + size;
    });
  };
  walk(2, '', 0);
  // path resolution, component by component
  const paths = [['SYS', 'BOOT.BIN'], ['LOG', 'D2', 'EVT4.TXT'], ['LOG', 'D3', 'EVT5.TXT'], ['DATA', 'RAW', 'RAW7.BIN'], ['LOG', 'D1', 'EVT12.TXT'], ['DATA', 'RAW', 'RAW31.BIN']];
  let resolved = 0, missing = 0;
  for (let r = 0; r < 4; r++) {
    for (let p = 0; p < paths.length; p++) {
      let cur = [2, 0, ATTR_DIR];
      for (let k = 0; k < paths[p].length && cur !== null; k++) cur = vol.lookup(cur[0], paths[p][k]);
      if (cur === null) missing += 1; else { resolved += 1; h = (h * 31 + cur[0] * 1024 + cur[1]) % 1000003; }
    }
  }
  // fsck: mark every cluster reachable from the root
  const mark = [];
  for (let c = 0; c < NCL; c++) mark.push(0);
  let lost = 0, cross = 0, used = 0;
  const chain = (c) => { while (c >= 2 && c !== EOC) { if (mark[c] === 1) { cross += 1; return; } mark[c] = 1; c = vol.fat[c]; } };
  const fsck = (dir) => { chain(dir); vol.entries(dir, (row, e) => { const f = row[e + 26] + row[e + 27] * 256; if (row[e + 11] === ATTR_DIR) fsck(f); else chain(f); }); };
  fsck(2);
  for (let c = 2; c < NCL; c++) { if (vol.fat[c] !== 0) used += 1; if (vol.fat[c] !== 0 && mark[c] === 0) lost += 1; }
  h = (h * 31 + files * 64 + dirs) % 1000003;
  h = (h * 31 + bytes) % 1000003;
  h = (h * 31 + used * 256 + vol.free) % 1000003;
  const out = 'fat-walker files=' + files + ' dirs=' + dirs + ' bytes=' + bytes + ' deleted=' + deleted + ' extra=' + extra + ' full=' + full + ' ok=' + okSums +
    ' resolved=' + resolved + ' missing=' + missing + ' used=' + used + ' free=' + vol.free + ' lost=' + lost + ' cross=' + cross + ' list=' + list + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
