// Power-on RAM self-test of a 64-word external SRAM bank, as a safety-rated
// controller runs it: a walking-ones data-bus test, an address-bus test at
// power-of-two offsets, a March C- over all-zeros/all-ones words, and two
// xorshift32 pseudo-random fill-and-verify passes (the second with the
// inverted pattern). The memory is simulated behind read/write closures
// with injected faults: a stuck-at-0 bit, a stuck-at-1 bit, a coupling
// fault (a write to one word flips a bit in another) and an address line
// shorted so that two words alias. All arithmetic stays in int32 (|0, >>>).
const WORDS = 64;

function makeRam(faults) {
  const cells = [];
  for (let i = 0; i < WORDS; i++) cells.push(0);
  let reads = 0, writes = 0;
  function decode(addr) {
    addr = addr & (WORDS - 1);
    if (faults.alias >= 0 && (addr & faults.alias) !== 0) addr = addr & ~faults.alias;
    return addr;
  }
  return {
    write: function (addr, v) {
      writes++;
      const a = decode(addr);
      v = v | 0;
      if (a === faults.sa0Addr) v = v & ~(1 << faults.sa0Bit);
      if (a === faults.sa1Addr) v = v | (1 << faults.sa1Bit);
      cells[a] = v;
      if (a === faults.cfAggressor) {
        const c = faults.cfVictim;
        cells[c] = cells[c] ^ (1 << faults.cfBit);
      }
    },
    read: function (addr) { reads++; return cells[decode(addr)]; },
    stats: function () { return reads * 3 + writes; }
  };
}

function makeLog() {
  const log = { count: 0, hash: 0, first: -1, addrs: [] };
  log.report = function (test, addr, expected, got) {
    log.count++;
    if (log.first < 0) log.first = addr;
    let seen = false;
    for (let i = 0; i < log.addrs.length; i++) if (log.addrs[i] === addr) seen = true;
    if (!seen && log.addrs.length < 16) log.addrs.push(addr);
    const syndrome = expected ^ got;
    log.hash = ((log.hash << 5) | (log.hash >>> 27)) ^ syndrome ^ (addr << 8) ^ test;
  };
  return log;
}

function dataBusTest(ram, log, addr) {
  for (let bit = 0; bit < 32; bit++) {
    const p = 1 << bit;
    ram.write(addr, p);
    const got = ram.read(addr);
    if (got !== p) log.report(1, addr, p, got);
  }
}

function addressBusTest(ram, log) {
  const PAT = 0x55aa55aa, ANTI = ~0x55aa55aa;
  for (let off = 1; off < WORDS; off <<= 1) ram.write(off, PAT);
  ram.write(0, ANTI);
  for (let off = 1; off < WORDS; off <<= 1) {
    const got = ram.read(off);
    if (got !== PAT) log.report(2, off, PAT, got);
  }
  for (let t = 1; t < WORDS; t <<= 1) {
    ram.write(t, ANTI);
    for (let off = 1; off < WORDS; off <<= 1) {
      const got = ram.read(off);
      const want = off === t ? ANTI : PAT;
      if (got !== want) log.report(3, off, want, got);
    }
    ram.write(t, PAT);
  }
}

// March C-: up(w0); up(r0,w1); up(r1,w0); down(r0,w1); down(r1,w0); up(r0)
function marchElement(ram, log, step, up, expect, write) {
  for (let k = 0; k < WORDS; k++) {
    const a = up ? k : WORDS - 1 - k;
    if (expect !== null) {
      const got = ram.read(a);
      if (got !== expect) log.report(step, a, expect, got);
    }
    if (write !== null) ram.write(a, write);
  }
}
function marchC(ram, log) {
  const Z = 0, O = -1;
  marchElement(ram, log, 10, true, null, Z);
  marchElement(ram, log, 11, true, Z, O);
  marchElement(ram, log, 12, true, O, Z);
  marchElement(ram, log, 13, false, Z, O);
  marchElement(ram, log, 14, false, O, Z);
  marchElement(ram, log, 15, true, Z, null);
}

function xorshift(x) {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x;
}
function randomTest(ram, log, seed, invert) {
  let x = seed;
  for (let a = 0; a < WORDS; a++) {
    x = xorshift(x);
    ram.write(a, invert ? ~x : x);
  }
  x = seed;
  let sum = 0;
  for (let a = 0; a < WORDS; a++) {
    x = xorshift(x);
    const want = invert ? ~x : x;
    const got = ram.read(a);
    if (got !== want) log.report(invert ? 21 : 20, a, want, got);
    sum = (sum + (got & 0xffff)) & 0xfffffff;
  }
  return sum;
}

const BOARDS = [
  { sa0Addr: -1, sa0Bit: 0, sa1Addr: -1, sa1Bit: 0, cfAggressor: -1, cfVictim: 0, cfBit: 0, alias: -1 },
  { sa0Addr: 37, sa0Bit: 31, sa1Addr: 50, sa1Bit: 4, cfAggressor: -1, cfVictim: 0, cfBit: 0, alias: -1 },
  { sa0Addr: -1, sa0Bit: 0, sa1Addr: -1, sa1Bit: 0, cfAggressor: 29, cfVictim: 30, cfBit: 17, alias: -1 },
  { sa0Addr: -1, sa0Bit: 0, sa1Addr: -1, sa1Bit: 0, cfAggressor: -1, cfVictim: 0, cfBit: 0, alias: 32 }
];

let checked = false;
function run() {
  let verdict = 0, hash = 0, sums = 0, ops = 0, summary = '';
  for (let b = 0; b < BOARDS.length; b++) {
    const ram = makeRam(BOARDS[b]);
    const log = makeLog();
    dataBusTest(ram, log, 37);
    addressBusTest(ram, log);
    marchC(ram, log);
    sums = (sums + randomTest(ram, log, 2463534 + b, false)) & 0xfffffff;
    sums = (sums + randomTest(ram, log, 88172645 - b, true)) & 0xfffffff;
    if (log.count > 0) verdict |= 1 << b;
    hash = hash ^ log.hash ^ (log.count << (b * 4));
    ops += ram.stats();
    summary += (b > 0 ? ',' : '') + log.count + '@' + log.first;
  }
  const r = (hash ^ sums ^ ops) | 0;
  if (!checked) {
    checked = true;
    print('march-test ' + verdict + ' ' + summary + ' ' + (hash >>> 0) + ' ' + sums + ' ' + ops + ' ' + r);
  }
  return r;
}
vmExport(0, run);
