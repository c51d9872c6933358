// Modbus RTU master and slave over a simulated RS-485 line. Each call runs
// a fixed script of 36 transactions between a master and two slaves
// (addresses 17 and 34): read holding registers (0x03), write single
// register (0x06), write multiple registers (0x10), read coils (0x01) and
// write single coil (0x05). Frames are plain arrays of bytes with the
// CRC-16/MODBUS (poly 0xA001, table built at load time) appended low byte
// first. Some requests use an illegal address or function and come back
// as exception responses, and every seventh frame has a byte flipped on
// the wire, so the receiver drops it and the master counts a timeout.
const CRC_T = [];
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? (c >> 1) ^ 0xA001 : c >> 1;
  CRC_T.push(c);
}
function crc16(buf, n) {
  let crc = 0xFFFF;
  for (let i = 0; i < n; i++) crc = (crc >> 8) ^ CRC_T[(crc ^ buf[i]) & 0xFF];
  return crc;
}
function seal(f) { const c = crc16(f, f.length); f.push(c & 0xFF); f.push(c >> 8); return f; }
function frameOk(f) {
  const n = f.length;
  if (n < 4) return false;
  return crc16(f, n - 2) === (f[n - 2] | (f[n - 1] << 8));
}
function u16(f, i) { return (f[i] << 8) | f[i + 1]; }
function put16(f, v) { f.push((v >> 8) & 0xFF); f.push(v & 0xFF); }

function makeSlave(addr, nRegs, nCoils) {
  const regs = [], coils = [];
  for (let i = 0; i < nRegs; i++) regs.push((i * 37 + addr) & 0xFFFF);
  for (let i = 0; i < nCoils; i++) coils.push((i * addr) % 3 === 0 ? 1 : 0);
  return { addr, regs, coils, served: 0, errors: 0 };
}
function exception(s, fn, code) { s.errors += 1; return seal([s.addr, fn | 0x80, code]); }
function readRegs(s, f) {
  const start = u16(f, 2), cnt = u16(f, 4);
  if (cnt < 1 || cnt > 20 || start + cnt > s.regs.length) return exception(s, 3, 2);
  const r = [s.addr, 3, cnt * 2];
  for (let i = 0; i < cnt; i++) put16(r, s.regs[start + i]);
  return seal(r);
}
function writeReg(s, f) {
  const a = u16(f, 2);
  if (a >= s.regs.length) return exception(s, 6, 2);
  s.regs[a] = u16(f, 4);
  return seal([s.addr, 6, f[2], f[3], f[4], f[5]]);
}
function writeRegs(s, f) {
  const start = u16(f, 2), cnt = u16(f, 4);
  if (f[6] !== cnt * 2 || start + cnt > s.regs.length) return exception(s, 16, 2);
  for (let i = 0; i < cnt; i++) s.regs[start + i] = u16(f, 7 + 2 * i);
  const r = [s.addr, 16];
  put16(r, start); put16(r, cnt);
  return seal(r);
}
function readCoils(s, f) {
  const start = u16(f, 2), cnt = u16(f, 4);
  if (start + cnt > s.coils.length) return exception(s, 1, 2);
  const nb = (cnt + 7) >> 3, r = [s.addr, 1, nb];
  for (let b = 0; b < nb; b++) {
    let v = 0;
    for (let k = 0; k < 8 && b * 8 + k < cnt; k++) v = v | (s.coils[start + b * 8 + k] << k);
    r.push(v);
  }
  return seal(r);
}
function writeCoil(s, f) {
  const a = u16(f, 2), v = u16(f, 4);
  if (v !== 0xFF00 && v !== 0) return exception(s, 5, 3);
  if (a >= s.coils.length) return exception(s, 5, 2);
  s.coils[a] = v === 0 ? 0 : 1;
  return seal([s.addr, 5, f[2], f[3], f[4], f[5]]);
}
function serve(s, f) {
  if (!frameOk(f) || f[0] !== s.addr) return null;
  s.served += 1;
  switch (f[1]) {
    case 3: return readRegs(s, f);
    case 6: return writeReg(s, f);
    case 16: return writeRegs(s, f);
    case 1: return readCoils(s, f);
    case 5: return writeCoil(s, f);
    default: return exception(s, f[1], 1);
  }
}
function request(addr, fn, a, b, data) {
  const f = [addr, fn];
  put16(f, a); put16(f, b);
  if (fn === 16) { f.push(b * 2); for (let i = 0; i < b; i++) put16(f, data[i]); }
  return seal(f);
}

// checksum computed in node
const NODE_SUM = 365924;
let checked = false, expected = 0;
function run() {
  const slaves = [makeSlave(17, 48, 40), makeSlave(34, 32, 24)];
  let seed = 4242, h = 7, timeouts = 0, exc = 0, bytes = 0, sumRead = 0;
  for (let t = 0; t < 36; t++) {
    seed = (seed * 1103 + 12345) % 32749;
    const s = slaves[t & 1], kind = t % 6;
    let f;
    if (kind === 0) f = request(s.addr, 3, seed % 40, 1 + (seed % 9), null);
    else if (kind === 1) f = request(s.addr, 6, seed % 50, seed, null);
    else if (kind === 2) {
      const d = [];
      for (let i = 0; i < 6; i++) d.push((seed * (i + 3)) & 0xFFFF);
      f = request(s.addr, 16, seed % 30, 6, d);
    } else if (kind === 3) f = request(s.addr, 1, seed % 12, 5 + (seed % 13), null);
    else if (kind === 4) f = request(s.addr, 5, seed % 26, (seed & 1) !== 0 ? 0xFF00 : 0, null);
    else f = request(s.addr, 3 + (seed % 2) * 4, 0, 2, null);
    if (t % 7 === 6) f[2 + (seed % 3)] = f[2 + (seed % 3)] ^ 0x10;
    bytes += f.length;
    const r = serve(s, f);
    if (r === null || !frameOk(r)) { timeouts += 1; h = (h * 31 + 1) % 1000003; }
    else {
      bytes += r.length;
      if ((r[1] & 0x80) !== 0) exc += 1;
      else if (r[1] === 3) { for (let i = 0; i < r[2]; i += 2) sumRead = (sumRead + u16(r, 3 + i)) % 65521; }
      for (let i = 0; i < r.length; i++) h = (h * 131 + r[i]) % 1000003;
    }
  }
  let regSum = 0, coilOn = 0;
  for (let k = 0; k < 2; k++) {
    for (let i = 0; i < slaves[k].regs.length; i++) regSum = (regSum + slaves[k].regs[i]) % 65521;
    for (let i = 0; i < slaves[k].coils.length; i++) coilOn += slaves[k].coils[i];
  }
  h = (h + regSum * 17 + coilOn) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`modbus-rtu bytes=${bytes} timeouts=${timeouts} exc=${exc} read=${sumRead} regs=${regSum} coils=${coilOn} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
