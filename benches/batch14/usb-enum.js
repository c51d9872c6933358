// A full-speed USB CDC-ACM device (a virtual serial port on a sensor hub)
// and the host that enumerates it, at the packet level. Each call:
//  - the host enumerates: GET_DESCRIPTOR(device) at address 0, SET_ADDRESS,
//    device and configuration descriptors (9 bytes, then all 67), language
//    and three string descriptors (the serial number is the chip id in hex,
//    as UTF-16LE), an unknown vendor request (STALLed), SET_CONFIGURATION,
//    CDC SET_LINE_CODING, GET_LINE_CODING, SET_CONTROL_LINE_STATE and
//    GET_STATUS; then it streams 60 bulk OUT packets to endpoint 2 and polls
//    endpoint 1 IN for the replies (NAK when the 96-byte ring is full/empty);
//  - tokens carry a CRC5, data packets a CRC16. The bus corrupts packets and
//    loses handshakes; the host retries; data toggles expose duplicates.
// Both sides are state machines driven by `switch` on PIDs and stages.
const NODE_SUM = 254074;
const OUT = 1, IN = 9, SETUP = 13, DATA0 = 3, DATA1 = 11, ACK = 2, NAK = 10, STALL = 14, MPS = 16;   // MPS: endpoint 0 packet size
const DEVICE_DESC = [18, 1, 0, 2, 2, 0, 0, MPS, 0x83, 0x04, 0x40, 0x57, 0, 1, 1, 2, 3, 1];
const CONFIG_DESC = [9, 2, 67, 0, 2, 1, 0, 0x80, 50,
  9, 4, 0, 0, 1, 2, 2, 1, 0, 5, 0x24, 0, 0x10, 1, 5, 0x24, 1, 0, 1, 4, 0x24, 2, 2, 5, 0x24, 6, 0, 1,
  7, 5, 0x83, 3, 8, 0, 255, 9, 4, 1, 0, 2, 10, 0, 0, 0, 7, 5, 0x02, 2, 64, 0, 0, 7, 5, 0x81, 2, 64, 0, 0];
const MANUFACTURER = [65, 99, 109, 101, 32, 76, 97, 98, 115];                  // "Acme Labs"
const PRODUCT = [83, 101, 110, 115, 111, 114, 32, 72, 117, 98];                // "Sensor Hub"
// enumeration: [bmRequestType, bRequest, wValue, wIndex, wLength (-1: the configuration's total)]
const SCRIPT = [[0x80, 6, 0x100, 0, 64], [0, 5, 7, 0, 0], [0x80, 6, 0x100, 0, 18], [0x80, 6, 0x200, 0, 9], [0x80, 6, 0x200, 0, -1],
  [0x80, 6, 0x300, 0, 255], [0x80, 6, 0x301, 0x409, 255], [0x80, 6, 0x302, 0x409, 255], [0x80, 6, 0x303, 0x409, 255],
  [0xc0, 0x42, 0, 0, 4], [0, 9, 1, 0, 0], [0x21, 0x20, 0, 0, 7], [0xa1, 0x21, 0, 0, 7], [0x21, 0x22, 3, 0, 0], [0x80, 0, 0, 0, 2]];
const LINE_115200 = [0x00, 0xc2, 0x01, 0x00, 0, 0, 8];
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 65, 66, 67, 68, 69, 70];

function crc5(v) {                                 // 11 bits, LSB first, poly x^5 + x^2 + 1
  let c = 0x1f;
  for (let i = 0; i < 11; i++) c = (((v >> i) ^ c) & 1) === 1 ? (c >> 1) ^ 0x14 : c >> 1;
  return c ^ 0x1f;
}
function crc16(d) {
  let c = 0xffff;
  for (let i = 0; i < d.length; i++) { c ^= d[i]; for (let k = 0; k < 8; k++) c = (c & 1) === 1 ? (c >> 1) ^ 0xa001 : c >> 1; }
  return c ^ 0xffff;
}
function stringDesc(codes) { const d = [2 + codes.length * 2, 3]; for (let i = 0; i < codes.length; i++) { d.push(codes[i]); d.push(0); } return d; }

function makeDevice(chipId) {
  const serial = [];
  for (let i = 28; i >= 0; i -= 4) serial.push(HEX[(chipId >> i) & 15]);
  const dev = { state: 'default', addr: 0, newAddr: -1, config: 0, stage: 'idle', tx: [], txPos: 0, rxLen: 0,
    toggle: [0, 0, 0], line: [0x80, 0x25, 0, 0, 0, 0, 8], dtr: 0, ring: [], stalls: 0, drops: 0 };
  const strings = [[4, 3, 9, 4], stringDesc(MANUFACTURER), stringDesc(PRODUCT), stringDesc(serial)];
  const reply = (d, len) => { dev.tx = []; for (let i = 0; i < d.length && i < len; i++) dev.tx.push(d[i]); dev.txPos = 0; dev.stage = 'in'; };
  const setup = (s) => {
    const type = s[0], req = s[1], value = s[2] + s[3] * 256, len = s[6] + s[7] * 256;
    dev.stage = len > 0 && type < 128 ? 'out' : 'status';
    switch (type * 256 + req) {
      case 0x8006:
        switch (s[3]) {
          case 1: reply(DEVICE_DESC, len); break;
          case 2: reply(CONFIG_DESC, len); break;
          case 3: if (s[2] < 4) reply(strings[s[2]], len); else dev.stage = 'stall'; break;
          default: dev.stage = 'stall';
        }
        break;
      case 0x0005: dev.newAddr = value; break;                   // takes effect after the status stage
      case 0x0009: dev.config = value; dev.state = value > 0 ? 'configured' : 'address'; dev.toggle = [0, 0, 0]; break;
      case 0x8000: reply([dev.config > 0 ? 1 : 0, 0], len); break;
      case 0x2120: dev.rxLen = 0; break;                           // SET_LINE_CODING: 7 bytes follow
      case 0xa121: reply(dev.line, len); break;
      case 0x2122: dev.dtr = value & 1; break;
      default: dev.stage = 'stall';
    }
    if (dev.stage === 'stall') dev.stalls += 1;
  };
  const out0 = (pkt) => {
    if (dev.stage === 'stall') return STALL;
    if (dev.stage !== 'out' || pkt.data.length === 0) { dev.stage = 'idle'; return ACK; }   // status stage of an IN transfer
    if ((pkt.pid === DATA1 ? 1 : 0) !== dev.toggle[0]) return ACK;
    for (let i = 0; i < pkt.data.length; i++) dev.line[dev.rxLen + i] = pkt.data[i];
    dev.rxLen += pkt.data.length; dev.toggle[0] ^= 1; return ACK;
  };
  const bulkOut = (ep, pkt) => {
    if (dev.state !== 'configured') return STALL;
    if (dev.ring.length + pkt.data.length > 96) return NAK;
    if ((pkt.pid === DATA1 ? 1 : 0) !== dev.toggle[ep]) { dev.drops += 1; return ACK; }   // a retry we already have
    for (let i = 0; i < pkt.data.length; i++) dev.ring.push(pkt.data[i] ^ 0x20);        // the "command": swap case
    dev.toggle[ep] ^= 1; return ACK;
  };
  const dataPacket = (ep, src, from, max) => {
    const chunk = [];
    for (let i = from; i < src.length && chunk.length < max; i++) chunk.push(src[i]);
    return { pid: dev.toggle[ep] === 1 ? DATA1 : DATA0, data: chunk, advance: chunk.length };
  };
  const in0 = () => {
    if (dev.stage === 'stall') return { pid: STALL };
    if (dev.stage !== 'status' && dev.stage !== 'out') return dataPacket(0, dev.tx, dev.txPos, MPS);
    if (dev.newAddr >= 0) { dev.addr = dev.newAddr; dev.newAddr = -1; dev.state = 'address'; }
    dev.stage = 'idle'; return { pid: DATA1, data: [] };
  };
  // one transaction: token (pid, addr, ep) plus an optional data packet; returns the device's answer
  dev.handle = (tok, pkt) => {
    if (crc5(tok.addr + tok.ep * 128) !== tok.crc || tok.addr !== dev.addr) return null;
    if (pkt !== null && crc16(pkt.data) !== pkt.crc) return null;            // corrupted: no handshake
    switch (tok.pid) {
      case SETUP: dev.toggle[0] = 1; setup(pkt.data); return { pid: ACK };
      case OUT: return { pid: tok.ep === 0 ? out0(pkt) : bulkOut(tok.ep, pkt) };
      case IN: return tok.ep === 0 ? in0() : (dev.ring.length === 0 ? { pid: NAK } : dataPacket(tok.ep, dev.ring, 0, 64));
      default: return null;
    }
  };
  dev.acked = (ep, r) => {                         // the host's ACK of an IN data packet arrived
    dev.toggle[ep] ^= 1;
    if (ep === 0) dev.txPos += r.advance; else dev.ring = dataPacket(ep, dev.ring, r.advance, 96).data;
  };
  return dev;
}

let checked = false;

function run() {
  let seed = 2718, h = 23, addr = 0, retries = 0, naks = 0, packets = 0, received = 0, outToggle = 0, sent = 0, total = 0;
  const rand = (n) => { seed = (seed * 16807) % 2147483647; return (seed >> 8) % n; }, dev = makeDevice(0x5a17c0de);
  const pack = (pid, data) => {                   // the CRC is the sender's; the copy may get a flipped bit
    const d = [];
    for (let i = 0; i < data.length; i++) d.push(data[i]);
    if (d.length > 0 && rand(25) === 0) { const k = rand(d.length); d[k] ^= 4; }   // not d[rand(..)] ^= 4: see the README
    return { pid: pid, data: d, crc: crc16(data) };
  };
  const token = (pid, ep) => ({ pid: pid, addr: addr, ep: ep, crc: rand(60) === 0 ? 0 : crc5(addr + ep * 128) });
  const transact = (pid, ep, data) => {           // retries until a handshake comes back; returns it
    for (let tries = 0; tries < 8; tries++) {
      packets += 1;
      const r = dev.handle(token(pid, ep), data === null ? null : pack(data.pid, data.data));
      if (r === null || (r.pid === ACK && pid === OUT && rand(30) === 0)) retries += 1;   // no handshake seen
      else if (r.pid === NAK) { naks += 1; return r; }
      else if (r.data === undefined || r.data.length === 0) return r;
      else if (rand(25) === 0) retries += 1;       // our ACK was lost: the device sends the same packet again
      else { dev.acked(ep, r); return r; }
    }
    return { pid: STALL };
  };
  const control = (type, req, value, index, len, outData) => {
    const s = [type, req, value & 255, value >> 8, index & 255, index >> 8, len & 255, len >> 8];
    if (transact(SETUP, 0, { pid: DATA0, data: s }).pid !== ACK) return null;
    const got = [];
    if (type >= 128) {
      while (got.length < len) {
        const r = transact(IN, 0, null);
        if (r.pid === STALL) return null;
        for (let i = 0; i < r.data.length; i++) got.push(r.data[i]);
        if (r.data.length < MPS) break;
      }
      return transact(OUT, 0, { pid: DATA1, data: [] }).pid === ACK ? got : null;
    }
    for (let p = 0; p < len; p += MPS) {
      const chunk = [];
      for (let i = p; i < len && i < p + MPS; i++) chunk.push(outData[i]);
      if (transact(OUT, 0, { pid: (p / MPS) % 2 === 0 ? DATA1 : DATA0, data: chunk }).pid !== ACK) return null;
    }
    return transact(IN, 0, null).pid === DATA1 ? got : null;
  };
  const fold = (d) => { if (d === null) { h = (h * 31 + 999) % 1000003; return; } for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]) % 1000003; received += d.length; };
  for (let i = 0; i < SCRIPT.length; i++) {
    const c = SCRIPT[i], got = control(c[0], c[1], c[2], c[3], c[4] < 0 ? total : c[4], c[0] === 0x21 ? LINE_115200 : null);
    fold(got);
    if (c[0] === 0 && c[1] === 5) addr = c[2];
    if (got !== null && got.length === 9 && got[1] === 2) total = got[2] + got[3] * 256;   // wTotalLength
  }
  for (let n = 0; n < 60; n++) {                  // bulk: commands out, replies in
    const data = [], len = 16 + rand(33);
    for (let i = 0; i < len; i++) data.push(65 + (n + i) % 26);
    while (transact(OUT, 2, { pid: outToggle === 1 ? DATA1 : DATA0, data: data }).pid === NAK) {
      const r = transact(IN, 1, null);
      if (r.pid !== NAK) fold(r.data);
    }
    outToggle ^= 1; sent += len;
  }
  for (let r = transact(IN, 1, null); r.pid !== NAK; r = transact(IN, 1, null)) fold(r.data);
  h = ((h * 31 + retries * 100 + naks) * 31 + dev.drops * 100 + dev.stalls * 10 + dev.dtr) % 1000003;
  const line = 'usb-enum state=' + dev.state + ' addr=' + dev.addr + ' baud=' + (dev.line[0] + dev.line[1] * 256 + dev.line[2] * 65536) + ' sent=' + sent +
    ' received=' + received + ' packets=' + packets + ' retries=' + retries + ' naks=' + naks + ' dups=' + dev.drops + ' stalls=' + dev.stalls + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
