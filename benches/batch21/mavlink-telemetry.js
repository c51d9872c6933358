// The telemetry task of a small drone's flight controller. Its state lives in
// wide objects, as in generated message code: a vehicle state with 28
// fields, and MAVLink-style messages (HEARTBEAT, SYS_STATUS, ATTITUDE,
// GLOBAL_POSITION_INT, VFR_HUD, BATTERY_STATUS) built as object literals
// with 6 to 22 named fields each. Every 20 ms tick updates the vehicle
// state field by field; at their rates the messages are built, serialised
// field by field into a byte array (little-endian, in wire order) with the
// X.25 CRC and a CRC_EXTRA seed, then parsed back by the ground side into a
// new object of the same shape, and compared with the original field by
// field. 250 ticks per call.
const NODE_SUM = 367839;
let checked = false;

function vehicle() {
  return { mode: 0, armed: false, sysLoad: 120, voltage: 16400, current: 0, remaining: 100, drops: 0, errors: 0,
    roll: 0, pitch: 0, yaw: 0, rollRate: 0, pitchRate: 0, yawRate: 0, lat: 473977420, lon: 85455940, alt: 488000,
    relAlt: 0, vx: 0, vy: 0, vz: 0, hdg: 0, airspeed: 0, groundspeed: 0, throttle: 0, climb: 0, tempC: 31, seq: 0 };
}
function step(v, t) {
  const ph = t % 100;
  v.armed = t >= 10; v.mode = t < 10 ? 0 : (t < 150 ? 4 : 6);
  v.throttle = v.armed ? 35 + (ph % 20) : 0;
  v.current = v.throttle * 42 + (t % 7);
  v.voltage = v.voltage - ((v.current / 400) | 0) - (t % 3 === 0 ? 1 : 0);
  v.remaining = ((v.voltage - 14000) / 24) | 0;
  v.rollRate = ((ph * 37) % 200) - 100; v.pitchRate = ((ph * 53) % 160) - 80; v.yawRate = (t % 50) - 25;
  v.roll = (v.roll + v.rollRate) % 3142; v.pitch = (v.pitch + v.pitchRate) % 1571; v.yaw = (v.yaw + v.yawRate + 6284) % 6284;
  v.vx = v.armed ? 300 + ph * 3 : 0; v.vy = v.armed ? (ph % 40) * 5 - 100 : 0; v.vz = v.armed ? (t < 40 ? -150 : (ph % 9) - 4) : 0;
  v.lat += (v.vx / 11) | 0; v.lon += (v.vy / 7) | 0; v.relAlt -= v.vz; v.alt = 488000 + v.relAlt;
  v.hdg = (v.yaw * 100 / 1745) | 0; v.groundspeed = (v.vx + (v.vy < 0 ? -v.vy : v.vy)) / 100; v.airspeed = v.groundspeed + 1.5;
  v.climb = -v.vz / 100; v.sysLoad = 120 + (t % 40); v.tempC = 31 + ((t / 50) | 0);
  if (t % 23 === 0) v.drops += 1;
  if (t % 97 === 0) v.errors += 1;
}

function heartbeat(v) { return { msgid: 0, type: 2, autopilot: 3, baseMode: v.armed ? 209 : 81, customMode: v.mode, systemStatus: v.armed ? 4 : 3, version: 3 }; }
function sysStatus(v) {
  return { msgid: 1, sensorsPresent: 0x3fff, sensorsEnabled: 0x3f3f, sensorsHealth: 0x3f3f, load: v.sysLoad, voltage: v.voltage,
    current: (v.current / 10) | 0, dropRate: v.drops, errorsComm: v.errors, errors1: 0, errors2: 0, errors3: 0, errors4: 0, remaining: v.remaining };
}
function attitude(v, t) {
  return { msgid: 30, timeBoot: t * 20, roll: v.roll, pitch: v.pitch, yaw: v.yaw, rollspeed: v.rollRate, pitchspeed: v.pitchRate, yawspeed: v.yawRate };
}
function globalPos(v, t) {
  return { msgid: 33, timeBoot: t * 20, lat: v.lat, lon: v.lon, alt: v.alt, relativeAlt: v.relAlt, vx: v.vx, vy: v.vy, vz: v.vz, hdg: v.hdg };
}
function vfrHud(v) {
  return { msgid: 74, airspeed: (v.airspeed * 100) | 0, groundspeed: (v.groundspeed * 100) | 0, heading: (v.hdg / 100) | 0,
    throttle: v.throttle, alt: (v.alt / 10) | 0, climb: (v.climb * 100) | 0 };
}
function battery(v) {
  return { msgid: 147, id: 0, func: 1, type: 1, temperature: v.tempC * 100, v1: (v.voltage / 4) | 0, v2: (v.voltage / 4) | 0,
    v3: (v.voltage / 4) | 0, v4: (v.voltage / 4) | 0, v5: 65535, v6: 65535, v7: 65535, v8: 65535, v9: 65535, v10: 65535,
    currentBattery: (v.current / 10) | 0, currentConsumed: v.current * 2, energyConsumed: -1, remaining: v.remaining,
    timeRemaining: v.remaining * 36, chargeState: v.remaining < 30 ? 2 : 1, mode: 0 };
}
// the wire order: field names and sizes (1, 2 or 4 bytes; negative sizes are signed)
const LAYOUT = { m0: [['customMode', 4], ['type', 1], ['autopilot', 1], ['baseMode', 1], ['systemStatus', 1], ['version', 1]],
  m1: [['sensorsPresent', 4], ['sensorsEnabled', 4], ['sensorsHealth', 4], ['load', 2], ['voltage', 2], ['current', -2], ['dropRate', 2],
    ['errorsComm', 2], ['errors1', 2], ['errors2', 2], ['errors3', 2], ['errors4', 2], ['remaining', -1]],
  m30: [['timeBoot', 4], ['roll', -2], ['pitch', -2], ['yaw', -2], ['rollspeed', -2], ['pitchspeed', -2], ['yawspeed', -2]],
  m33: [['timeBoot', 4], ['lat', -4], ['lon', -4], ['alt', -4], ['relativeAlt', -4], ['vx', -2], ['vy', -2], ['vz', -2], ['hdg', 2]],
  m74: [['airspeed', 2], ['groundspeed', 2], ['alt', -4], ['climb', -2], ['heading', -2], ['throttle', 2]],
  m147: [['currentConsumed', -4], ['energyConsumed', -4], ['temperature', -2], ['v1', 2], ['v2', 2], ['v3', 2], ['v4', 2], ['v5', 2],
    ['v6', 2], ['v7', 2], ['v8', 2], ['v9', 2], ['v10', 2], ['currentBattery', -2], ['id', 1], ['func', 1], ['type', 1], ['remaining', -1],
    ['timeRemaining', -4], ['chargeState', 1], ['mode', 1]] };
const CRC_EXTRA = { m0: 50, m1: 124, m30: 39, m33: 104, m74: 20, m147: 154 };

function crcAcc(crc, b) { let t = (b ^ crc) & 0xff; t = (t ^ (t << 4)) & 0xff; return ((crc >> 8) ^ (t << 8) ^ (t << 3) ^ (t >> 4)) & 0xffff; }
function encode(m, seq) {
  const k = 'm' + m.msgid, lay = LAYOUT[k], out = [0xfe, 0, seq & 255, 1, 1, m.msgid];
  for (let i = 0; i < lay.length; i++) {
    let v = m[lay[i][0]];
    const n = lay[i][1] < 0 ? -lay[i][1] : lay[i][1];
    for (let b = 0; b < n; b++) { out.push(v & 255); v = v >> 8; }
  }
  out[1] = out.length - 6;
  let crc = 0xffff;
  for (let i = 1; i < out.length; i++) crc = crcAcc(crc, out[i]);
  crc = crcAcc(crc, CRC_EXTRA[k]);
  out.push(crc & 255); out.push(crc >> 8);
  return out;
}
function decode(buf) {
  const k = 'm' + buf[5], lay = LAYOUT[k], m = { msgid: buf[5] };
  let crc = 0xffff;
  for (let i = 1; i < buf.length - 2; i++) crc = crcAcc(crc, buf[i]);
  crc = crcAcc(crc, CRC_EXTRA[k]);
  if (crc !== buf[buf.length - 2] + buf[buf.length - 1] * 256) return null;
  let p = 6;
  for (let i = 0; i < lay.length; i++) {
    const sz = lay[i][1], n = sz < 0 ? -sz : sz;
    let v = 0;
    for (let b = n - 1; b >= 0; b--) v = v * 256 + buf[p + b];
    if (sz < 0 && v >= 1 << (8 * n - 1) && n < 4) v -= 1 << (8 * n);
    else if (n === 4 && v >= 2147483648) v = v - 4294967296;
    m[lay[i][0]] = v; p += n;
  }
  return m;
}

function run() {
  const v = vehicle();
  let h = 23, bytes = 0, msgs = 0, bad = 0;
  for (let t = 0; t < 250; t++) {
    step(v, t);
    const out = [];
    if (t % 50 === 0) out.push(heartbeat(v));
    if (t % 25 === 3) out.push(sysStatus(v));
    out.push(attitude(v, t));
    if (t % 5 === 1) out.push(globalPos(v, t));
    if (t % 10 === 2) out.push(vfrHud(v));
    if (t % 50 === 7) out.push(battery(v));
    for (let i = 0; i < out.length; i++) {
      const m = out[i], buf = encode(m, v.seq);
      v.seq = (v.seq + 1) % 256; bytes += buf.length; msgs += 1;
      const r = decode(buf), lay = LAYOUT['m' + m.msgid];
      if (r === null) bad += 1;
      else for (let j = 0; j < lay.length; j++) {
        const name = lay[j][0];
        if (r[name] !== m[name]) bad += 1;
        h = (h * 31 + (r[name] & 0xffff)) % 1000003;
      }
    }
  }
  const line = 'mavlink-telemetry ticks=250 msgs=' + msgs + ' bytes=' + bytes + ' bad=' + bad + ' lat=' + v.lat + ' relAlt=' + v.relAlt + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
