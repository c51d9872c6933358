// BLE advertising scanner. Each call builds 96 advertising and scan-response
// PDUs for 8 synthetic devices (iBeacon, Eddystone-TLM, environmental-sensing
// service data, and a plain peripheral with a UUID list and TX power), then
// parses them back. Every packet is a byte array: PDU type, payload length,
// 6-byte address, a run of AD structures (length, type, data) and a trailing
// RSSI byte. The parser walks the AD structures and decodes flags, local
// names (spelt back into strings through a 128-entry table), 16-bit UUID
// lists, manufacturer data and service data. The scanner keeps a device table
// keyed by the address string ('d' + 'c0:12:...'), merges scan responses and
// smooths RSSI. Every eleventh packet has its first AD length corrupted
// (+9); the parser drops it when an AD structure runs past the end.
const UP = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
const LO = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const ASC = [];
for (let i = 0; i < 128; i++) ASC.push('?');
for (let i = 0; i < 26; i++) { ASC[65 + i] = UP[i]; ASC[97 + i] = LO[i]; }
for (let i = 0; i < 10; i++) ASC[48 + i] = HEX[i];
ASC[45] = '-';
// name syllables, as bytes and as the same text
const SYL = [[84, 104], [101, 114], [109, 111], [66, 108], [117, 101], [83, 101], [110, 115], [76, 97], [109, 112], [68, 111], [111, 114]];
const SYLS = ['Th', 'er', 'mo', 'Bl', 'ue', 'Se', 'ns', 'La', 'mp', 'Do', 'or'];
const BEACON = [0xE2, 0xC5, 0x6D, 0xB5, 0xDF, 0xFB, 0x48, 0xD2, 0xB0, 0x60, 0xD0, 0xF5, 0xA7, 0x10, 0x96, 0xE0];
const BEACON_S = 'e2c56db5-dffb-48d2-b060-d0f5a71096e0';

function hex2(b) { return HEX[b >> 4] + HEX[b & 15]; }
function macStr(p, at) {
  let s = hex2(p[at + 5]);
  for (let i = 4; i >= 0; i--) s = s + ':' + hex2(p[at + i]);
  return s;
}
function text(p, at, n) { let s = ''; for (let i = 0; i < n; i++) s = s + ASC[p[at + i] & 127]; return s; }
function uuid128(p, at) {
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s = s + '-';
    s = s + hex2(p[at + i]);
  }
  return s;
}
function s8(b) { return b >= 128 ? b - 256 : b; }
function le16(p, i) { return p[i] | (p[i + 1] << 8); }
function be16(p, i) { return (p[i] << 8) | p[i + 1]; }
function ad(p, type, data) { p.push(data.length + 1); p.push(type); for (let i = 0; i < data.length; i++) p.push(data[i]); }
function nameBytes(d) { const b = []; for (let k = 0; k < 3; k++) { b.push(SYL[d.syl[k]][0]); b.push(SYL[d.syl[k]][1]); } b.push(48 + d.id); return b; }

function build(d, t, rssi, scan) {
  const p = [scan ? 4 : (d.kind === 3 ? 0 : 2), 0];
  for (let i = 0; i < 6; i++) p.push(d.mac[i]);
  if (scan) ad(p, 0x09, nameBytes(d));
  else {
    ad(p, 0x01, [0x06]);
    if (d.kind === 0) {
      const m = [0x4C, 0x00, 0x02, 0x15];
      for (let i = 0; i < 16; i++) m.push(BEACON[i]);
      m.push(0); m.push(d.id); m.push(t >> 8); m.push(t & 255); m.push(0xC5);
      ad(p, 0xFF, m);
    } else if (d.kind === 1) {
      const mv = 3000 - t * 3, temp = 5120 + t * 13, cnt = 70000 + t * 977;
      ad(p, 0x16, [0xAA, 0xFE, 0x20, 0, mv >> 8, mv & 255, temp >> 8, temp & 255,
        (cnt >> 24) & 255, (cnt >> 16) & 255, (cnt >> 8) & 255, cnt & 255, 0, 0, t >> 8, t & 255]);
    } else if (d.kind === 2) {
      const c = 1850 + (t % 37) * 11 - d.id * 40, h = 4000 + t * 7;
      ad(p, 0x16, [0x1A, 0x18, c & 255, (c >> 8) & 255, h & 255, h >> 8]);
    } else {
      ad(p, 0x03, [0x0F, 0x18, 0x0A, 0x18, 0x1A, 0x18]);
      ad(p, 0x0A, [0xF4]);
      ad(p, 0x08, [SYL[d.syl[0]][0], SYL[d.syl[0]][1]]);
    }
  }
  p[1] = p.length - 2;
  p.push(rssi & 255);
  return p;
}

function parse(p, o) {
  const n = p.length - 1;
  o.pdu = p[0]; o.mac = macStr(p, 2); o.rssi = s8(p[n]);
  o.name = ''; o.complete = false; o.uuids = 0; o.tx = 127; o.major = -1; o.minor = -1;
  o.beacon = ''; o.mv = 0; o.temp = 0; o.cnt = 0; o.hum = 0;
  let i = 8;
  while (i < n) {
    const len = p[i];
    if (len === 0) i = n;
    else if (i + len >= n) return false;
    else {
      const type = p[i + 1], at = i + 2;
      if (type === 0x09 || type === 0x08) { o.name = text(p, at, len - 1); o.complete = type === 0x09; }
      else if (type === 0x0A) o.tx = s8(p[at]);
      else if (type === 0x03) { for (let k = 0; k + 1 < len; k += 2) o.uuids = (o.uuids * 7 + le16(p, at + k)) % 65521; }
      else if (type === 0xFF && le16(p, at) === 0x004C && p[at + 2] === 2 && p[at + 3] === 0x15) {
        o.beacon = uuid128(p, at + 4); o.major = be16(p, at + 20); o.minor = be16(p, at + 22); o.tx = s8(p[at + 24]);
      } else if (type === 0x16 && le16(p, at) === 0xFEAA && p[at + 2] === 0x20) {
        o.mv = be16(p, at + 4); o.temp = s8(p[at + 6]) + p[at + 7] / 256;
        o.cnt = be16(p, at + 8) * 65536 + be16(p, at + 10);
      } else if (type === 0x16 && le16(p, at) === 0x181A) {
        const c = le16(p, at + 2);
        o.temp = (c >= 32768 ? c - 65536 : c) / 100; o.hum = le16(p, at + 4) / 100;
      }
      i += len + 1;
    }
  }
  return true;
}

// checksum computed in node
const NODE_SUM = 219837;
let checked = false, expected = 0;
function run() {
  const devs = [];
  for (let k = 0; k < 8; k++) {
    devs.push({ id: k, kind: k & 3, syl: [k % 11, (k * 3 + 1) % 11, (k * 7 + 2) % 11],
      mac: [(k * 53 + 11) & 255, (k * 91 + 7) & 255, 0x34, 0x12, k * 5, 0xC0 | k] });
  }
  const table = {}, order = [], o = {};
  let seed = 777, bad = 0, named = 0, goodNames = 0, h = 11;
  for (let t = 0; t < 96; t++) {
    seed = (seed * 75 + 74) % 65537;
    const d = devs[seed & 7], scan = t % 5 === 4;
    const p = build(d, t, -40 - (seed % 56), scan);
    if (t % 11 === 10) p[8] = p[8] + 9;
    if (!parse(p, o)) bad += 1;
    else {
      const key = 'd' + o.mac;
      let e = table[key];
      if (e === undefined) {
        e = { mac: o.mac, name: '', seen: 0, rq: o.rssi * 16, val: 0, kind: d.kind, id: d.id };
        table[key] = e; order.push(e);
      }
      e.seen += 1;
      e.rq = e.rq + ((o.rssi * 16 - e.rq) >> 2);
      if (o.name !== '' && (o.complete || e.name === '')) { e.name = o.name; named += 1; }
      if (o.beacon === BEACON_S) e.val = (e.val * 3 + o.major * 256 + o.minor) % 65521;
      if (o.mv !== 0) e.val = (e.val + o.mv + ((o.temp * 100) | 0) + o.cnt % 1000) % 65521;
      if (o.hum !== 0) e.val = (e.val + ((o.temp * 100) | 0) + ((o.hum * 10) | 0)) % 65521;
      if (o.uuids !== 0) e.val = (e.val + o.uuids + o.tx + 200) % 65521;
    }
  }
  for (let i = 0; i < order.length; i++) {
    const e = order[i], d = devs[e.id];
    let want = SYLS[d.syl[0]];
    if (e.name !== want) want = want + SYLS[d.syl[1]] + SYLS[d.syl[2]] + HEX[d.id];
    if (e.name === want) goodNames += 1;
    h = (h * 131 + e.seen * 7 + e.rq + 4096 + e.val) % 1000003;
  }
  h = (h + bad * 1009 + named * 17 + goodNames) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`ble-adv devices=${order.length} bad=${bad} named=${named} names=${goodNames} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
