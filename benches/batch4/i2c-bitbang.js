// Bit-banged I2C: a master writes transactions (address, register, data,
// SMBus CRC-8 PEC) onto a simulated open-drain bus, one sample per level
// change, with a slave pulling SDA low to ACK. A logic-analyser decoder
// then walks the samples, finds START/STOP conditions, clocks bits in on
// SCL rising edges, and checks every transaction's PEC.
function crc8(crc, b) {
  crc = crc ^ b;
  for (let i = 0; i < 8; i++) {
    crc = (crc & 0x80) ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function makeBus() {
  return { scl: 1, msda: 1, ssda: 1, samples: [] };
}
function sample(bus) {
  bus.samples.push((bus.scl << 1) | (bus.msda & bus.ssda));
}
function setScl(bus, v) { bus.scl = v; sample(bus); }
function setSda(bus, v) { bus.msda = v; sample(bus); }

function start(bus) { setSda(bus, 1); setScl(bus, 1); setSda(bus, 0); setScl(bus, 0); }
function stop(bus) { setSda(bus, 0); setScl(bus, 1); setSda(bus, 1); }
// Sends a byte MSB first, then clocks the ACK bit with the slave's answer.
function writeByte(bus, b, slaveAcks) {
  for (let bit = 7; bit >= 0; bit--) {
    setSda(bus, (b >> bit) & 1);
    setScl(bus, 1);
    setScl(bus, 0);
  }
  setSda(bus, 1);                          // master releases SDA
  bus.ssda = slaveAcks ? 0 : 1;
  setScl(bus, 1);
  const acked = (bus.msda & bus.ssda) === 0;
  setScl(bus, 0);
  bus.ssda = 1;
  return acked;
}

const SLAVES = [0x48, 0x50, 0x68];
function present(addr) {
  for (let i = 0; i < SLAVES.length; i++) if (SLAVES[i] === addr) return true;
  return false;
}

function writeTransaction(bus, addr, reg, data) {
  start(bus);
  const here = present(addr);
  const a = (addr << 1) | 0;
  if (!writeByte(bus, a, here)) { stop(bus); return false; }
  let pec = crc8(0, a);
  writeByte(bus, reg, true); pec = crc8(pec, reg);
  for (let i = 0; i < data.length; i++) { writeByte(bus, data[i], true); pec = crc8(pec, data[i]); }
  writeByte(bus, pec, true);
  stop(bus);
  return true;
}

// Decoder: returns { frames, bytes, nacks, pecErrors, check }.
function decode(samples) {
  let prevScl = 1, prevSda = 1;
  let inFrame = false, bitCount = 0, cur = 0, pec = 0, nbytes = 0;
  const out = { frames: 0, bytes: 0, nacks: 0, pecErrors: 0, check: 0 };
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    const scl = s >> 1, sda = s & 1;
    if (scl === 1 && prevScl === 1 && sda !== prevSda) {
      if (sda === 0) {                      // START
        inFrame = true; bitCount = 0; cur = 0; pec = 0; nbytes = 0; last = -1;
      } else if (inFrame) {                 // STOP
        inFrame = false;
        out.frames++;
        if (nbytes > 1 && pec !== 0) out.pecErrors++;
      }
    } else if (inFrame && scl === 1 && prevScl === 0) {
      if (bitCount < 8) {
        cur = (cur << 1) | sda;
        bitCount++;
      } else {                              // ACK slot
        if (sda === 1) out.nacks++;
        pec = crc8(pec, cur);               // PEC over all bytes, itself included, ends at 0
        out.check = (out.check * 33 + cur + last) & 0xffffff;
        last = cur;
        out.bytes++;
        nbytes++;
        bitCount = 0; cur = 0;
      }
    }
    prevScl = scl; prevSda = sda;
  }
  return out;
}

let checked = false;
function run() {
  const bus = makeBus();
  let okCount = 0;
  let v = 0x1234;
  for (let t = 0; t < 5; t++) {      // under 1,000 samples: Microvium caps arrays
    const addr = t === 3 ? 0x21 : SLAVES[t % 3];        // one absent device
    const data = [];
    for (let i = 0; i < 4; i++) { v = (v * 75 + 74) % 65537; data.push(v & 0xff); }
    if (writeTransaction(bus, addr, 0x10 + t, data)) okCount++;
  }
  // A glitch: flip one data bit inside the last transaction's payload.
  const s = bus.samples;
  const k = s.length - 40;
  const d = decode(s);
  s[k] = s[k] ^ 1; s[k + 1] = s[k + 1] ^ 1; s[k - 1] = s[k - 1] ^ 1;
  const g = decode(s);
  const r = (d.check ^ (g.check << 1) ^ (s.length << 20)) | 0;
  if (!checked) {
    checked = true;
    print('i2c ' + okCount + ' ' + s.length + ' ' + d.frames + '/' + d.bytes + '/' + d.nacks + '/' + d.pecErrors +
      ' ' + g.frames + '/' + g.bytes + '/' + g.nacks + '/' + g.pecErrors + ' ' + r);
  }
  return r;
}
vmExport(0, run);
