// A data logger's SD card driver in SPI mode, written with async/await as an
// RTOS-less SDK would: every wait on the card is an awaited delay of the
// simulated clock. The card (a plain class, synchronous) answers the SPI
// command set: CMD0 into idle, CMD8 voltage check with its echo pattern,
// ACMD41 (CMD55 + CMD41) polled until initialisation ends, CMD58 for the
// OCR, CMD16, CMD17 single-block read with a start token and CRC-16, CMD24
// write with a data-response token and a busy period, CMD13 status. It
// injects faults: one command answered with a CRC error, a data-response
// CRC error on some writes, a read token timeout. The driver's async
// functions await each other: session -> initCard -> appCommand -> command ->
// waitReady -> delay. The logger appends 384 sensor records of 16 bytes into
// 512-byte blocks, writes each full block with retries, reads it back and
// checks it. Everything after the first await runs from the job queue,
// inside the same call in Microvium; the session prints and checks the
// checksum itself, and run() returns the number of sessions it starts.
const NODE_SUM = 93672;
const CRC16 = [];
for (let i = 0; i < 256; i++) {
  let c = i << 8;
  for (let k = 0; k < 8; k++) c = (c & 0x8000) !== 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC16.push(c);
}
let checked = false;

function crc7(bytes, n) {
  let crc = 0;
  for (let i = 0; i < n; i++) {
    let d = bytes[i];
    for (let k = 0; k < 8; k++) { crc = (crc << 1) & 0xff; if (((d ^ crc) & 0x80) !== 0) crc ^= 0x09; d = (d << 1) & 0xff; }
  }
  return crc & 0x7f;
}
function crc16(data) { let c = 0; for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xffff) ^ CRC16[((c >> 8) ^ data[i]) & 255]; return c; }

class SdCard {
  constructor() { this.idle = false; this.ready = false; this.initLeft = 6; this.app = false; this.busyUntil = 0; this.blocks = {}; this.n = 0; this.blockLen = 512; this.slow = false; }
  busy(now) { return now < this.busyUntil; }
  command(now, frame) {                              // frame: 6 bytes; returns R1 (and extra bytes in this.extra)
    this.n += 1; this.extra = null;
    if ((frame[5] >> 1) !== crc7(frame, 5) || this.n === 21) return 0x08;   // com CRC error
    const idx = frame[0] & 63, arg = frame[1] * 16777216 + frame[2] * 65536 + frame[3] * 256 + frame[4];
    const app = this.app; this.app = false;
    if (idx === 0) { this.idle = true; this.ready = false; this.initLeft = 6; return 0x01; }
    if (!this.idle && !this.ready) return 0x04;
    const r1 = this.ready ? 0 : 1;
    if (idx === 8) { this.extra = [0, 0, 1, arg & 255]; return r1; }
    if (idx === 55) { this.app = true; return r1; }
    if (idx === 41 && app) { this.initLeft -= 1; if (this.initLeft <= 0) { this.ready = true; this.idle = false; return 0; } return 1; }
    if (idx === 58) { this.extra = [0xc0, 0xff, 0x80, 0]; return r1; }
    if (idx === 16) { this.blockLen = arg; return r1; }
    if (idx === 13) { this.extra = [0]; return r1; }
    if (!this.ready) return 0x05;
    if (idx === 17) { this.readLba = arg; this.tokenAt = now + 2 + (arg % 3) + (arg === 5 && !this.slow ? 20 : 0); if (arg === 5) this.slow = true; return 0; }
    if (idx === 24) { this.writeLba = arg; return 0; }
    return 0x04;                                      // illegal command
  }
  token(now) { return now >= this.tokenAt ? 0xfe : 0xff; }
  readData() { const b = this.blocks['b' + this.readLba]; return b === undefined ? null : b; }
  writeData(now, data, crc) {
    if (crc !== crc16(data)) return 0x0b;
    if (this.n % 7 === 3) { this.n += 1; return 0x0b; }           // a flaky write: CRC error reported
    this.blocks['b' + this.writeLba] = data; this.busyUntil = now + 3 + (this.writeLba & 3); return 0x05;
  }
}

async function delay(env, ms) { env.clock += ms; env.awaits += 1; }
async function waitReady(env, limit) {
  let n = 0;
  while (env.card.busy(env.clock)) { if (n >= limit) throw { code: 'busy' }; await delay(env, 1); n += 1; }
  return n;
}
async function command(env, idx, arg) {
  await waitReady(env, 50);
  const f = [0x40 | idx, (arg / 16777216) & 255, (arg >> 16) & 255, (arg >> 8) & 255, arg & 255, 0];
  f[5] = (crc7(f, 5) << 1) | 1;
  let r1 = 0xff;
  for (let attempt = 0; attempt < 3; attempt++) {
    r1 = env.card.command(env.clock, f);
    env.cmds += 1;
    if ((r1 & 0x08) === 0) return r1;
    env.crcErrors += 1; await delay(env, 1);
  }
  throw { code: 'cmd' + idx, r1: r1 };
}
async function appCommand(env, idx, arg) { await command(env, 55, 0); const r1 = await command(env, idx, arg); return r1; }
async function initCard(env) {
  let r = await command(env, 0, 0);
  if (r !== 1) throw { code: 'cmd0', r1: r };
  r = await command(env, 8, 0x1aa);
  if (env.card.extra[3] !== 0xaa) throw { code: 'cmd8' };
  let polls = 0;
  while ((await appCommand(env, 41, 0x40000000)) !== 0) { polls += 1; await delay(env, 10); }
  await command(env, 58, 0);
  env.sdhc = (env.card.extra[0] & 0x40) !== 0;
  if (!env.sdhc) await command(env, 16, 512);
  return polls;
}
async function readBlock(env, lba) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await command(env, 17, lba);
    let waited = 0;
    while (env.card.token(env.clock) !== 0xfe && waited < 8) { await delay(env, 1); waited += 1; }
    if (waited < 8) { const d = env.card.readData(); if (d !== null) return d; }
    env.timeouts += 1;
  }
  throw { code: 'read', lba: lba };
}
async function writeBlock(env, lba, data) {
  const crc = crc16(data);
  for (let attempt = 0; attempt < 4; attempt++) {
    await command(env, 24, lba);
    const resp = env.card.writeData(env.clock, data, crc) & 0x1f;
    await waitReady(env, 20);
    if (resp === 0x05) { await command(env, 13, 0); return attempt; }
    env.retries += 1;
  }
  throw { code: 'write', lba: lba };
}
async function appendRecord(env, rec) {
  const b = env.buf;
  b.push(rec.t & 255); b.push((rec.t >> 8) & 255); b.push((rec.t >> 16) & 255); b.push(rec.seq & 255);
  b.push(rec.temp & 255); b.push(rec.temp >> 8); b.push(rec.hum & 255); b.push(rec.hum >> 8);
  b.push(rec.press & 255); b.push((rec.press >> 8) & 255); b.push(rec.press >> 16); b.push(rec.flags);
  b.push(rec.bat & 255); b.push(rec.bat >> 8);
  const c = (rec.t + rec.seq * 31 + rec.temp + rec.hum) & 0xffff;                  // a record check word
  b.push(c & 255); b.push(c >> 8);
  if (b.length < 512) return false;
  env.buf = [];
  await writeBlock(env, env.lba, b);
  const back = await readBlock(env, env.lba);
  if (crc16(back) !== crc16(b)) env.mismatch += 1;
  env.lba += 1; env.written += 1;
  return true;
}
async function session(env) {
  try {
    env.polls = await initCard(env);
    let seed = 7;
    for (let i = 0; i < 384; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const rec = { t: env.clock, seq: i, temp: 2100 + (seed >> 20) % 300, hum: 4000 + (seed >> 12) % 900,
        press: 100000 + (seed >> 8) % 4000, flags: i % 16 === 0 ? 1 : 0, bat: 3700 - (i >> 2) };
      await delay(env, 5);
      if (await appendRecord(env, rec)) env.add(env.clock);
    }
  } catch (e) { env.error = e.code; }
  env.add(env.cmds); env.add(env.awaits); env.add(env.clock); env.add(env.retries); env.add(env.timeouts);
  for (let i = 0; i < env.lba; i++) env.add(crc16(env.card.blocks['b' + i]));
  const out = 'sdspi-async blocks=' + env.written + ' cmds=' + env.cmds + ' awaits=' + env.awaits + ' polls=' + env.polls +
    ' crcErr=' + env.crcErrors + ' retries=' + env.retries + ' timeouts=' + env.timeouts + ' mismatch=' + env.mismatch +
    ' sdhc=' + (env.sdhc ? 1 : 0) + ' error=' + env.error + ' clock=' + env.clock + ' ' + env.h;
  if (!checked) { checked = true; print(out); assertEqual(env.h, NODE_SUM); }
}

function run() {
  const env = { card: new SdCard(), clock: 0, awaits: 0, cmds: 0, crcErrors: 0, retries: 0, timeouts: 0, mismatch: 0,
    written: 0, lba: 0, buf: [], polls: 0, sdhc: false, error: 'none', h: 11, add: null };
  env.add = (x) => { env.h = (env.h * 31 + x) % 1000003; };
  session(env);
  return 1;
}

vmExport(0, run);
