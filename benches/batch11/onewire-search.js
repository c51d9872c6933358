// 1-Wire bus master: ROM search and temperature sensors. Each call builds a
// simulated bus of thermometers (DS18B20, DS1822, DS1825 and DS18S20 family
// codes) whose 64-bit ROMs carry a Dallas CRC-8. It then runs three passes.
// In each pass the master enumerates the bus with the search algorithm of
// Maxim's application note 187, bit by bit (every device answers the bit
// and its complement, the bus is a wired AND, and devices drop out when the
// master writes a direction). A line glitch every 997 bit reads corrupts
// one read, so a search can end early (the master searches again) or skip
// a branch unnoticed; ROMs seen are kept as 'r' + hex strings. Then it
// starts a conversion, reads each known device's scratchpad with Match ROM
// (9 bytes, CRC-8, three tries; every seventh read arrives with a flipped
// bit), decodes 12-bit, 9-bit and DS18S20 extended-resolution readings, and
// runs an alarm search (0xEC) that only devices outside their TH/TL limits
// answer. Six devices to start with; in pass 2 one is unplugged and a new
// one plugged in, in pass 3 the first comes back. Bus time is counted in
// microseconds of reset pulses and time slots.
const FAM = [0x28, 0x28, 0x10, 0x22, 0x28, 0x3B, 0x10, 0x28, 0x28];
const BASE = [345, 0 - 290, 1210, 402, 0 - 40, 880, 255, 1630, 610]; // 1/16 degree C
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

function crc8(bytes, n) {
  let crc = 0;
  for (let i = 0; i < n; i++) {
    let b = bytes[i];
    for (let k = 0; k < 8; k++) { const mix = (crc ^ b) & 1; crc >>= 1; if (mix !== 0) crc ^= 0x8C; b >>= 1; }
  }
  return crc;
}
function romKey(rom) {
  let s = 'r';
  for (let i = 7; i >= 0; i--) s = s + HEX[rom[i] >> 4] + HEX[rom[i] & 15];
  return s;
}
function makeDevice(bus, i) {
  const rom = [FAM[i]];
  for (let k = 0; k < 6; k++) { bus.seed = (bus.seed * 25173 + 13849) % 65536; rom.push(bus.seed >> 8); }
  rom.push(crc8(rom, 7));
  return { rom, key: romKey(rom), base: BASE[i], temp: 0, res: i % 4 === 1 ? 9 : 12, th: (BASE[i] >> 4) + 4, tl: (BASE[i] >> 4) - 3, sel: false };
}
function reset(bus, alarmOnly) {
  let any = false;
  bus.us += 960;
  for (let i = 0; i < bus.devs.length; i++) {
    const d = bus.devs[i], t = d.temp >> 4;
    d.sel = !alarmOnly || t >= d.th || t <= d.tl; if (d.sel) any = true;
  }
  return any;
}
function writeBytes(bus, bytes) { bus.us += bytes.length * 8 * 65; }
// one search; returns 1 (ROM found, CRC good), 2 (bad CRC) or 0 (nothing)
function searchOne(bus, cmd, st) {
  if (!reset(bus, cmd === 0xEC)) { st.done = true; return 0; }
  writeBytes(bus, [cmd]);
  let lastZero = 0, id = 0, ok = true;
  const devs = bus.devs;
  while (id < 64 && ok) {
    const byte = id >> 3, mask = 1 << (id & 7);
    let a = 1, b = 1;
    for (let i = 0; i < devs.length; i++) if (devs[i].sel) { if ((devs[i].rom[byte] & mask) !== 0) b = 0; else a = 0; }
    bus.us += 195; bus.bits += 1;
    if (bus.bits % 997 === 500) { a = 1 - a; bus.glitches += 1; }
    if (a === 1 && b === 1) ok = false;
    else {
      let dir = a;
      if (a === b) {
        if (id + 1 < st.last) dir = (st.rom[byte] & mask) !== 0 ? 1 : 0;
        else dir = id + 1 === st.last ? 1 : 0;
        if (dir === 0) lastZero = id + 1;
      }
      if (dir === 1) st.rom[byte] |= mask; else st.rom[byte] &= 255 ^ mask;
      const want = dir === 1 ? mask : 0;
      for (let i = 0; i < devs.length; i++) if (devs[i].sel && (devs[i].rom[byte] & mask) !== want) devs[i].sel = false;
      id += 1;
    }
  }
  if (!ok) { st.done = true; st.err += 1; return 0; }
  st.last = lastZero;
  if (lastZero === 0) st.done = true;
  return crc8(st.rom, 8) === 0 ? 1 : 2;
}
// full enumeration; adds new ROMs to bus.order, returns the number found (-1 on an error)
function enumerate(bus, cmd, list) {
  const st = { last: 0, done: false, err: 0, rom: [0, 0, 0, 0, 0, 0, 0, 0] };
  let n = 0;
  while (!st.done) {
    const r = searchOne(bus, cmd, st);
    if (r === 2) { bus.crcBad += 1; st.err += 1; }
    if (r === 1) {
      n += 1;
      const rom = [];
      for (let i = 0; i < 8; i++) rom.push(st.rom[i]);
      const k = romKey(rom);
      let seen = false;
      for (let i = 0; i < bus.order.length; i++) if (bus.order[i] === k) seen = true;
      if (!seen) { bus.order.push(k); list.push(rom); }
    }
  }
  return st.err === 0 ? n : 0 - 1;
}
function findDev(bus, key) {
  for (let i = 0; i < bus.devs.length; i++) if (bus.devs[i].key === key) return bus.devs[i];
  return null;
}
function scratchpad(bus, d) {
  let lsb = 0, msb = 0, b6 = 0x0C, cfg = d.res === 9 ? 0x1F : 0x7F;
  if (d.rom[0] === 0x10) {
    const t = d.temp + 4, raw = (t >> 4) << 1;
    lsb = raw & 255; msb = (raw >> 8) & 255; b6 = 16 - (t & 15); cfg = 0xFF;
  } else {
    const raw = d.res === 9 ? d.temp - (d.temp & 7) : d.temp;
    lsb = raw & 255; msb = (raw >> 8) & 255;
  }
  const sp = [lsb, msb, d.th & 255, d.tl & 255, cfg, 0xFF, b6, 0x10];
  sp.push(crc8(sp, 8));
  bus.reads += 1;
  if (bus.reads % 7 === 0) sp[2] ^= 4;
  return sp;
}
function readTemp(bus, key) {
  const d = findDev(bus, key);
  let tries = 0;
  while (tries < 3) {
    tries += 1;
    if (d === null || !reset(bus, false)) return 9999;
    writeBytes(bus, [0x55, 0, 0, 0, 0, 0, 0, 0, 0, 0xBE]);
    const sp = scratchpad(bus, d);
    bus.us += 9 * 8 * 65;
    if (crc8(sp, 9) === 0) {
      let v = sp[0] | (sp[1] << 8);
      if (v >= 32768) v -= 65536;
      if (d.rom[0] === 0x10) return ((v >> 1) << 4) - 4 + 16 - sp[6];
      return v;
    }
    bus.retries += 1;
  }
  return 9999;
}

// checksum computed in node
const NODE_SUM = 709557;
let checked = false, expected = 0;
function run() {
  const bus = { devs: [], order: [], seed: 1771, us: 0, bits: 0, glitches: 0, crcBad: 0, reads: 0, retries: 0 };
  for (let i = 0; i < 6; i++) bus.devs.push(makeDevice(bus, i));
  const spare = makeDevice(bus, 8);
  let unplugged = null, h = 3, found = 0, alarms = 0, searches = 0, sum = 0, missing = 0, alarmErr = 0;
  for (let pass = 0; pass < 3; pass++) {
    if (pass === 1) { unplugged = bus.devs[3]; bus.devs[3] = spare; }
    if (pass === 2) bus.devs.push(unplugged);
    for (let i = 0; i < bus.devs.length; i++) bus.devs[i].temp = bus.devs[i].base + ((pass * 37 + i * 11) % 64) * 4 - 128;
    const list = [];
    let n = 0 - 1;
    while (n < 0 && searches < 12) { n = enumerate(bus, 0xF0, list); searches += 1; }
    found += list.length;
    reset(bus, false); writeBytes(bus, [0xCC, 0x44]); bus.us += 750000;
    for (let i = 0; i < list.length; i++) for (let k = 0; k < 8; k++) h = (h * 7 + list[i][k]) % 1000003;
    for (let i = 0; i < bus.order.length; i++) {
      const t = readTemp(bus, bus.order[i]);
      if (t === 9999) missing += 1; else sum += t;
      h = (h * 31 + (t & 0xFFFF) + i) % 1000003;
    }
    const na = enumerate(bus, 0xEC, []);
    if (na < 0) alarmErr += 1; else alarms += na;
  }
  h = (h * 31 + found * 5 + alarms + alarmErr * 17 + missing * 13 + (sum & 0xFFFF)) % 1000003;
  h = (h * 31 + bus.glitches + bus.crcBad * 3 + bus.retries * 11 + searches) % 1000003;
  const ms = (bus.us - bus.us % 1000) / 1000;
  h = (h * 31 + ms % 100000) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`onewire-search roms=${found} searches=${searches} alarms=${alarms}/${alarmErr} glitches=${bus.glitches} badcrc=${bus.crcBad} retries=${bus.retries} tsum=${sum} missing=${missing} ms=${ms} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
