// A Zephyr-style NVS on a 4-sector, 2 KB flash area held in a Uint8Array.
// Data grows up from a sector's start and 8-byte allocation table entries
// (id, offset, length, CRC-8) grow down from its end. Programming only clears
// bits (the emulation ANDs), erase sets 0xff, a full sector gets a close
// ATE, and GC copies the newest live entries out of the oldest sector before
// erasing it. Reads search ATEs newest first. One call stores settings
// (counters, calibration, credentials, deletions) over 420 steps, remounts
// twice by scanning the flash, and reads everything back every 20 steps.
const NODE_SUM = 951129;
const SECTORS = 4, SSIZE = 512, ATE = 8;
const CRC8 = [];
for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 255 : (c << 1) & 255; CRC8.push(c); }
// Settings written by the application: [id, length, how often (every k-th step)]
const SETTINGS = [[1, 4, 1], [2, 4, 3], [3, 16, 7], [4, 24, 11], [5, 2, 2], [6, 32, 17], [7, 8, 5], [8, 12, 13]];
let checked = false;
function crc8(bytes, from, n) { let c = 0xff; for (let i = 0; i < n; i++) c = CRC8[c ^ bytes[from + i]]; return c; }

class Flash {
  constructor(size) {
    this.mem = Microvium.newUint8Array(size); this.writes = 0; this.erases = 0; this.violations = 0;
    for (let i = 0; i < size; i++) this.mem[i] = 0xff;
  }
  program(addr, bytes) {
    for (let i = 0; i < bytes.length; i++) {
      const old = this.mem[addr + i], v = bytes[i] & old;             // NOR: 1 -> 0 only
      if (v !== bytes[i]) this.violations += 1;
      this.mem[addr + i] = v;
    }
    this.writes += 1;
  }
  erase(sector) { const base = sector * SSIZE; for (let i = 0; i < SSIZE; i++) this.mem[base + i] = 0xff; this.erases += 1; }
  isErased(addr, n) { for (let i = 0; i < n; i++) if (this.mem[addr + i] !== 0xff) return false; return true; }
}

class Nvs {
  constructor(flash) { this.f = flash; this.sector = 0; this.ateWr = 0; this.dataWr = 0; this.gcs = 0; }
  ateAddr(sector, slot) { return sector * SSIZE + SSIZE - ATE * (slot + 2); }      // the last slot holds the close ATE
  readAte(addr) {
    const m = this.f.mem;
    if (crc8(m, addr, 7) !== m[addr + 7]) return null; return { id: m[addr] | (m[addr + 1] << 8), off: m[addr + 2] | (m[addr + 3] << 8), len: m[addr + 4] | (m[addr + 5] << 8), part: m[addr + 6] };
  }
  writeAte(addr, id, off, len) {
    const b = [id & 255, id >> 8, off & 255, off >> 8, len & 255, len >> 8, 0xff, 0];
    b[7] = crc8(b, 0, 7); this.f.program(addr, b);
  }
  mount() {                                                             // find the open sector and its write positions
    let open = -1;
    for (let s = 0; s < SECTORS; s++) {
      const closed = !this.f.isErased(s * SSIZE + SSIZE - ATE, ATE);
      const next = (s + 1) % SECTORS, nextClosed = !this.f.isErased(next * SSIZE + SSIZE - ATE, ATE);
      if (closed && !nextClosed) { open = next; break; }
    }
    this.sector = open < 0 ? 0 : open;
    let slot = 0, data = 0;
    while (slot < SSIZE / ATE - 1 && !this.f.isErased(this.ateAddr(this.sector, slot), ATE)) {
      const a = this.readAte(this.ateAddr(this.sector, slot));
      if (a !== null && a.off + a.len > data) data = a.off + a.len;
      slot += 1;
    }
    this.ateWr = slot; this.dataWr = data;
  }
  room(len) { return SSIZE - ATE * (this.ateWr + 2) - this.dataWr >= len; }
  close() {
    this.writeAte(this.sector * SSIZE + SSIZE - ATE, 0xffff, this.ateWr, 0);    // close ATE: how many ATEs
    this.sector = (this.sector + 1) % SECTORS; this.ateWr = 0; this.dataWr = 0;
    this.gc((this.sector + 1) % SECTORS);
  }
  gc(old) {                                                             // copy live entries of the oldest sector
    this.gcs += 1;
    const n = this.f.mem[old * SSIZE + SSIZE - ATE + 2];
    for (let slot = 0; slot < n; slot++) {
      const a = this.readAte(this.ateAddr(old, slot));
      if (a === null || a.len === 0) break;
      const newest = this.find(a.id, old);
      if (newest !== null && newest.sector === old && newest.slot === slot) {
        const bytes = [];
        for (let i = 0; i < a.len; i++) bytes.push(this.f.mem[old * SSIZE + a.off + i]);
        this.append(a.id, bytes);
      }
    }
    this.f.erase(old);
  }
  append(id, bytes) {
    const base = this.sector * SSIZE;
    if (bytes.length > 0) this.f.program(base + this.dataWr, bytes);
    this.writeAte(this.ateAddr(this.sector, this.ateWr), id, this.dataWr, bytes.length);
    this.ateWr += 1; this.dataWr += bytes.length;
  }
  write(id, bytes) { if (!this.room(bytes.length)) this.close(); this.append(id, bytes); }
  find(id, stopAfter) {                                                 // newest ATE for id, searching backwards
    for (let k = 0; k < SECTORS; k++) {
      const s = (this.sector - k + SECTORS) % SECTORS;
      const count = s === this.sector ? this.ateWr : this.f.mem[s * SSIZE + SSIZE - ATE + 2];
      for (let slot = count - 1; slot >= 0; slot--) {
        const a = this.readAte(this.ateAddr(s, slot));
        if (a !== null && a.id === id) return { sector: s, slot: slot, off: a.off, len: a.len };
      }
      if (s === stopAfter) return null;
    }
    return null;
  }
  read(id) {
    const e = this.find(id, -1), out = [];
    if (e === null || e.len === 0) return null;                         // a zero-length entry is a deletion
    for (let i = 0; i < e.len; i++) out.push(this.f.mem[e.sector * SSIZE + e.off + i]);
    return out;
  }
}

function payload(id, len, step) { const b = []; for (let i = 0; i < len; i++) b.push((id * 37 + step * 11 + i * 5) & 255); return b; }

function run() {
  const flash = new Flash(SECTORS * SSIZE), last = [];
  let nvs = new Nvs(flash), h = 7, hits = 0, misses = 0;
  for (let i = 0; i <= SETTINGS.length; i++) last.push(-1);
  for (let step = 0; step < 420; step++) {
    for (let k = 0; k < SETTINGS.length; k++) {
      const s = SETTINGS[k];
      if (step % s[2] === 0) {
        const del = s[0] === 8 && step % 39 === 0;
        nvs.write(s[0], del ? [] : payload(s[0], s[1], step));
        last[s[0]] = del ? -1 : step;
      }
    }
    if (step === 150 || step === 300) { nvs = new Nvs(flash); nvs.mount(); }       // reboot
    if (step % 20 === 19) {
      for (let id = 1; id <= SETTINGS.length; id++) {
        const v = nvs.read(id);
        if (v === null) misses += 1;
        else { hits += 1; const want = payload(id, v.length, last[id]); h = (h * 31 + v[v.length - 1] + (v[0] === want[0] ? 1 : 0)) % 1000003; }
      }
    }
  }
  h = (h * 31 + flash.writes + flash.erases * 100 + flash.violations + nvs.gcs) % 1000003;
  const line = 'zephyr-nvs steps=420 writes=' + flash.writes + ' erases=' + flash.erases + ' hits=' + hits + ' misses=' + misses + ' bad=' + flash.violations + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
