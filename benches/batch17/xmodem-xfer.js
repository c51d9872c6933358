// A firmware image sent from a gateway to a device's bootloader over a noisy
// UART with XMODEM-CRC, both ends as switch-dispatched state machines. The
// wire is two byte FIFOs (arrays with a head index, compacted when they have
// been read out); each tick it carries up to 14 bytes each way, flipping a
// bit in about one byte in 500 and losing about one in 900, and the line
// goes dead for 60 ticks once. The sender waits for 'C', sends 133-byte
// blocks (SOH, number, its complement, 128 data bytes, CRC-16/XMODEM from a
// table), resends on NAK or timeout, then sends EOT. The receiver parses
// byte by byte (header, number, complement, data, CRC), times out inside a
// block, NAKs bad blocks, ACKs a repeated block without writing it, and
// cancels on a sequence error. Good blocks go to a flash model with 256-byte
// pages and its own state machine (erase, program two halves, verify).
const NODE_SUM = 829192;
const SOH = 1, EOT = 4, ACK = 6, NAK = 21, CAN = 24, CEE = 67;
const CRC_T = [];
for (let i = 0; i < 256; i++) { let c = i << 8; for (let k = 0; k < 8; k++) c = (c & 0x8000) ? ((c << 1) ^ 0x1021) & 65535 : (c << 1) & 65535; CRC_T.push(c); }
const S_WAIT_C = 0, S_SEND = 1, S_WAIT_ACK = 2, S_EOT = 3, S_WAIT_EOT = 4, S_DONE = 5, S_ABORT = 6;
const R_IDLE = 0, R_NUM = 1, R_CMP = 2, R_DATA = 3, R_CRC1 = 4, R_CRC2 = 5, R_DONE = 6, R_CANCEL = 7;
const F_ERASED = 0, F_HALF = 1, F_FULL = 2;
let checked = false;

function crc16(buf, from, to) { let c = 0; for (let i = from; i < to; i++) c = ((c << 8) & 65535) ^ CRC_T[((c >> 8) ^ buf[i]) & 255]; return c; }

function makeFifo() { return { q: [], head: 0 }; }
function fifoPush(f, b) { f.q.push(b); }
function fifoLen(f) { return f.q.length - f.head; }
function fifoPop(f) {
  const b = f.q[f.head]; f.head += 1;
  if (f.head === f.q.length && f.head > 64) { f.q = []; f.head = 0; }
  return b;
}
function fifoClear(f) { f.q = []; f.head = 0; }

function run() {
  let seed = 8080, h = 13;
  const rnd = (n) => { seed = (seed * 22695477 + 1) % 4294967296; return ((seed / 65536) | 0) % n; };
  const BLOCKS = 32, SIZE = BLOCKS * 128 - 50, image = [];           // one array per block (Microvium arrays stay under 2,048 items)
  for (let b = 0; b < BLOCKS; b++) { const blk = []; for (let j = 0; j < 128; j++) { const i = b * 128 + j; blk.push(i < SIZE ? (i * 7 + b * 13 + ((i * i) >> 5)) & 255 : 0x1a); } image.push(blk); }
  const nBlocks = image.length;
  const s2r = makeFifo(), r2s = makeFifo();
  // sender
  let sState = S_WAIT_C, sBlock = 1, sTimer = 0, sRetries = 0, resends = 0, naks = 0, timeouts = 0;
  // receiver
  let rState = R_IDLE, rTimer = 0, rNum = 0, rCmp = 0, rExpect = 1, rCrc = 0, rCount = 0, rBad = 0, rDup = 0, cTries = 0;
  const rBuf = [];
  for (let i = 0; i < 128; i++) rBuf.push(0);
  // flash: pages of 256 bytes
  const pages = [], pageState = [];
  let erases = 0, programs = 0, verifyErr = 0;
  const flashWrite = (blockNo, buf) => {
    const page = (blockNo - 1) >> 1, half = (blockNo - 1) & 1;
    while (pages.length <= page) { const p = []; for (let i = 0; i < 256; i++) p.push(255); pages.push(p); pageState.push(F_ERASED); }
    switch (pageState[page]) {
      case F_FULL: erases += 1; pageState[page] = F_ERASED; eraseBytes(pages[page]); break;
      case F_HALF: if (half === 0) { erases += 1; pageState[page] = F_ERASED; eraseBytes(pages[page]); } break;
      case F_ERASED: break;
    }
    const p = pages[page];
    for (let i = 0; i < 128; i++) p[half * 128 + i] &= buf[i];       // NOR flash: programming only clears bits
    programs += 1;
    for (let i = 0; i < 128; i++) if (p[half * 128 + i] !== buf[i]) verifyErr += 1;
    pageState[page] = half === 0 ? F_HALF : F_FULL;
  };
  const eraseBytes = (p) => { for (let i = 0; i < 256; i++) p[i] = 255; };
  const sendBlock = (n) => {
    const blk = image[n - 1];
    fifoPush(s2r, SOH); fifoPush(s2r, n & 255); fifoPush(s2r, 255 - (n & 255));
    for (let i = 0; i < 128; i++) fifoPush(s2r, blk[i]);
    const c = crc16(blk, 0, 128);
    fifoPush(s2r, c >> 8); fifoPush(s2r, c & 255);
  };
  const senderByte = (b) => {
    switch (sState) {
      case S_WAIT_C: if (b === CEE) { sState = S_SEND; } break;
      case S_WAIT_ACK:
        if (b === ACK) { sBlock += 1; sRetries = 0; sState = sBlock > nBlocks ? S_EOT : S_SEND; }
        else if (b === NAK) { naks += 1; sRetries += 1; resends += 1; sState = sRetries > 10 ? S_ABORT : S_SEND; }
        else if (b === CAN) sState = S_ABORT;
        break;
      case S_WAIT_EOT: if (b === ACK) sState = S_DONE; else if (b === NAK) sState = S_EOT; break;
      default: break;
    }
  };
  const senderTick = () => {
    switch (sState) {
      case S_SEND: sendBlock(sBlock); sTimer = 0; sState = S_WAIT_ACK; break;
      case S_WAIT_ACK: sTimer += 1; if (sTimer > 40) { timeouts += 1; resends += 1; sRetries += 1; sState = sRetries > 10 ? S_ABORT : S_SEND; } break;
      case S_EOT: fifoPush(s2r, EOT); sTimer = 0; sState = S_WAIT_EOT; break;
      case S_WAIT_EOT: sTimer += 1; if (sTimer > 40) sState = S_EOT; break;
      default: break;
    }
  };
  const reply = (b) => { fifoPush(r2s, b); };
  const finishBlock = () => {
    if (rNum + rCmp !== 255 || rCrc !== crc16(rBuf, 0, 128)) { rBad += 1; reply(NAK); }
    else if (rNum === ((rExpect - 1) & 255)) { rDup += 1; reply(ACK); }
    else if (rNum !== (rExpect & 255)) { reply(CAN); reply(CAN); rState = R_CANCEL; return; }
    else { flashWrite(rExpect, rBuf); rExpect += 1; reply(ACK); h = (h * 31 + rCrc) % 1000003; }
    rState = R_IDLE;
  };
  const receiverByte = (b) => {
    rTimer = 0;
    switch (rState) {
      case R_IDLE:
        if (b === SOH) { rState = R_NUM; rCount = 0; }
        else if (b === EOT) { reply(ACK); rState = R_DONE; }
        break;
      case R_NUM: rNum = b; rState = R_CMP; break;
      case R_CMP: rCmp = b; rState = R_DATA; break;
      case R_DATA: rBuf[rCount] = b; rCount += 1; if (rCount === 128) rState = R_CRC1; break;
      case R_CRC1: rCrc = b << 8; rState = R_CRC2; break;
      case R_CRC2: rCrc |= b; finishBlock(); break;
      default: break;
    }
  };
  const receiverTick = (t) => {
    rTimer += 1;
    if (rState === R_IDLE && rExpect === 1 && rTimer % 30 === 1) { reply(CEE); cTries += 1; }
    if (rState >= R_NUM && rState <= R_CRC2 && rTimer > 12) { rBad += 1; fifoClear(s2r); rState = R_IDLE; reply(NAK); }
  };
  let tick = 0, flips = 0, drops = 0, carried = 0;
  const wire = (from, to, deliver) => {
    let n = 0;
    while (n < 14 && fifoLen(from) > 0) {
      let b = fifoPop(from); n += 1;
      if (tick >= 200 && tick < 260) { drops += 1; }          // the line is dead for a while
      else if (rnd(900) === 0) { drops += 1; }
      else { if (rnd(500) === 0) { b ^= 1 << rnd(8); flips += 1; } carried += 1; deliver(b); }
    }
  };
  while (tick < 6000 && sState !== S_DONE && sState !== S_ABORT && rState !== R_CANCEL) {
    senderTick();
    wire(s2r, null, receiverByte);
    receiverTick(tick);
    wire(r2s, null, senderByte);
    tick += 1;
  }
  let same = 0;
  for (let i = 0; i < nBlocks * 128; i++) if (pages[i >> 8][i & 255] === image[i >> 7][i & 127]) same += 1;
  h = (h * 31 + tick) % 1000003;
  h = (h * 31 + resends * 64 + naks) % 1000003;
  h = (h * 31 + rBad * 64 + rDup) % 1000003;
  h = (h * 31 + same) % 1000003;
  h = (h * 31 + flips * 100 + drops) % 1000003;
  const names = ['WAIT_C', 'SEND', 'WAIT_ACK', 'EOT', 'WAIT_EOT', 'DONE', 'ABORT'];
  const out = 'xmodem-xfer blocks=' + nBlocks + ' ticks=' + tick + ' sender=' + names[sState] + ' receiver=' + rState + ' written=' + (rExpect - 1) +
    ' resends=' + resends + ' naks=' + naks + ' timeouts=' + timeouts + ' bad=' + rBad + ' dup=' + rDup + ' c=' + cTries + ' bytes=' + carried +
    ' flips=' + flips + ' drops=' + drops + ' pages=' + pages.length + ' erases=' + erases + ' programs=' + programs + ' verify=' + verifyErr + ' same=' + same + '/' + nBlocks * 128 + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
