// A car telematics dongle reading OBD-II over a simulated ECU, with plain
// objects as its dictionaries. The decoder table is an object whose keys are
// built at run time from the mode and the PID in hex ('m01p0C'); each entry
// names the value, its byte count and a formula kind. The dongle asks the ECU
// for the supported-PID bitmaps (PIDs 00, 20, 40) and records every supported
// PID under its key, then polls them round-robin for 40 cycles of a drive
// (idle, acceleration, cruise, braking). Responses are byte arrays
// ('41 0C hh ll'); decoded values go into a latest-value object, into min and
// max statistics under keys such as 'rpm_max', and into histograms under keys
// such as 'rpm_b12'. Stored trouble codes (mode 03) are turned into strings
// ('P0301') and counted in an object by code, a freeze frame is an object of
// named values, and the trip summary reads values back by the names.
const NODE_SUM = 191432;
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];
const DTC_LETTER = ['P', 'C', 'B', 'U'];
// [pid, name, bytes, kind]; kinds: 0 A, 1 A-40, 2 A*100/255, 3 (256A+B)/4, 4 256A+B, 5 A*3, 6 (A-128)*100/128, 7 (256A+B)/100, 8 A/2-64
const DEFS = [[4, 'load', 1, 2], [5, 'coolant', 1, 1], [6, 'stft', 1, 6], [7, 'ltft', 1, 6], [10, 'fuelp', 1, 5], [11, 'map', 1, 0],
  [12, 'rpm', 2, 3], [13, 'speed', 1, 0], [14, 'advance', 1, 8], [15, 'iat', 1, 1], [16, 'maf', 2, 7], [17, 'throttle', 1, 2],
  [31, 'runtime', 2, 4], [33, 'mil_km', 2, 4], [47, 'fuel', 1, 2], [51, 'baro', 1, 0], [66, 'volts', 2, 4], [70, 'ambient', 1, 1], [92, 'oil', 1, 1]];
let checked = false;

function split16(v) { return [v >> 8, v & 255]; }
function hex2(v) { return HEX[(v >> 4) & 15] + HEX[v & 15]; }

function decode(kind, a, b) {
  switch (kind) {
    case 0: return a;
    case 1: return a - 40;
    case 2: return (a * 100 / 255) | 0;
    case 3: return ((a * 256 + b) / 4) | 0;
    case 4: return a * 256 + b;
    case 5: return a * 3;
    case 6: return ((a - 128) * 100 / 128) | 0;
    case 7: return ((a * 256 + b) / 100) | 0;
    case 8: return (a >> 1) - 64;
  }
  return -1;
}

function makeEcu(rnd) {                                   // the car: a state and a request -> response function
  const car = { rpm: 800, speed: 0, load: 20, coolant: 30, throttle: 0, fuel: 180, runtime: 0, dist: 0, phase: 0 };
  const supported = {};
  for (let i = 0; i < DEFS.length; i++) if (DEFS[i][0] !== 70 || rnd(2) === 0) supported['p' + DEFS[i][0]] = true;
  const dtcs = [[0, 0x0301], [0, 0x0171], [1, 0x0035], [0, 0x0420], [3, 0x0100], [0, 0x0171]];   // P0301 P0171 C0035 P0420 U0100
  const value = (pid) => {                                  // raw bytes A, B for a PID
    switch (pid) {
      case 4: return [car.load * 255 / 100 | 0, 0];
      case 5: return [car.coolant + 40, 0];
      case 6: return [128 + rnd(9) - 4, 0];
      case 7: return [130, 0];
      case 10: return [100 + rnd(5), 0];
      case 11: return [30 + (car.load >> 1), 0];
      case 12: return split16(car.rpm * 4);
      case 13: return [car.speed, 0];
      case 14: return [140 + (car.rpm >> 9), 0];
      case 15: return [62 + (car.runtime >> 7), 0];
      case 16: return split16(car.rpm * car.load / 20 | 0);
      case 17: return [car.throttle * 255 / 100 | 0, 0];
      case 31: return [car.runtime >> 8, car.runtime & 255];
      case 33: return [0, 0];
      case 47: return [car.fuel, 0];
      case 51: return [101, 0];
      case 66: return split16(13800 + rnd(200));
      case 70: return [58, 0];
      case 92: return [car.coolant + 35, 0];
    }
    return [0, 0];
  };
  return {
    car: car,
    request: (mode, pid) => {
      if (mode === 3) { const r = [0x43, dtcs.length]; for (let i = 0; i < dtcs.length; i++) { const d = dtcs[i]; r.push((d[0] << 6) | (d[1] >> 8)); r.push(d[1] & 255); } return r; }
      if (mode !== 1) return [0x7f, mode, 0x11];
      if (pid === 0 || pid === 32 || pid === 64) {                 // 32-bit supported bitmap for pid+1..pid+32
        const r = [0x41, pid, 0, 0, 0, 0];
        for (let k = 1; k <= 32; k++) if (supported['p' + (pid + k)] === true || (k === 32 && pid < 64)) r[2 + ((k - 1) >> 3)] |= 128 >> ((k - 1) & 7);
        return r;
      }
      if (supported['p' + pid] !== true) return [0x7f, 1, 0x12];
      const v = value(pid);
      return [0x41, pid, v[0], v[1]];
    }
  };
}

function run() {
  let seed = 6502, h = 37;
  const rnd = (n) => { seed = (seed * 214013 + 2531011) % 4294967296; return ((seed / 65536) | 0) % n; };
  const ecu = makeEcu(rnd), car = ecu.car;
  const table = {};
  for (let i = 0; i < DEFS.length; i++) table['m01p' + hex2(DEFS[i][0])] = { pid: DEFS[i][0], name: DEFS[i][1], bytes: DEFS[i][2], kind: DEFS[i][3] };
  // discover supported PIDs through the bitmaps
  const poll = [];
  let bitmaps = 0, unknown = 0;
  for (let base = 0; base <= 64; base += 32) {
    const r = ecu.request(1, base);
    bitmaps += 1;
    for (let k = 1; k <= 32; k++) if (r[2 + ((k - 1) >> 3)] & (128 >> ((k - 1) & 7))) {
      const key = 'm01p' + hex2(base + k), def = table[key];
      if (def !== undefined) poll.push(key); else if ((base + k) % 32 !== 0) unknown += 1;
    }
  }
  const latest = {}, stats = {}, hist = {};
  let polls = 0, nrc = 0, samples = 0;
  for (let cyc = 0; cyc < 40; cyc++) {
    const ph = cyc < 6 ? 0 : (cyc < 16 ? 1 : (cyc < 32 ? 2 : 3));
    for (let j = 0; j < poll.length; j++) {
      // the drive moves on a little for every request
      if (ph === 0) { car.throttle = 0; car.rpm += (800 - car.rpm) >> 2; }
      else if (ph === 1) { car.throttle = 60; car.rpm += car.rpm < 4200 ? 40 : -300; car.speed += car.speed < 110 ? 1 : 0; }
      else if (ph === 2) { car.throttle = 22; car.rpm = 2000 + car.speed * 4 + rnd(60); }
      else { car.throttle = 0; car.speed -= car.speed > 2 ? 2 : car.speed; car.rpm = car.speed > 0 ? 900 + car.speed * 12 : 800; }
      car.load = 15 + car.throttle * 3 / 4 | 0;
      if (car.coolant < 90) car.coolant += 1;
      car.runtime += 1; car.dist += car.speed;
      if ((car.runtime & 63) === 0 && car.fuel > 0) car.fuel -= 1;
      const key = poll[(cyc * 7 + j) % poll.length], def = table[key];
      const r = ecu.request(1, def.pid);
      polls += 1;
      if (r[0] === 0x7f) nrc += 1;
      else {
        const v = decode(def.kind, r[2], def.bytes > 1 ? r[3] : 0), name = def.name;
        latest[name] = v; samples += 1;
        const kmin = name + '_min', kmax = name + '_max', kn = name + '_n', ks = name + '_sum';
        if (stats[kn] === undefined) { stats[kn] = 0; stats[ks] = 0; stats[kmin] = v; stats[kmax] = v; }
        stats[kn] += 1; stats[ks] += v;
        if (v < stats[kmin]) stats[kmin] = v;
        if (v > stats[kmax]) stats[kmax] = v;
        const b = name + '_b' + ((v < 0 ? 0 : v) >> (name === 'rpm' ? 8 : 4));
        hist[b] = hist[b] === undefined ? 1 : hist[b] + 1;
        h = (h * 31 + (v + 1000) + def.pid) % 1000003;
      }
    }
  }
  // trouble codes and a freeze frame
  const counts = {}, codes = [];
  let mil = 0;
  for (let k = 0; k < 3; k++) {
    const r = ecu.request(3, 0);
    for (let i = 0; i < r[1]; i++) {
      const a = r[2 + i * 2], b = r[3 + i * 2];
      const code = DTC_LETTER[a >> 6] + HEX[(a >> 4) & 3] + HEX[a & 15] + hex2(b);
      if (counts[code] === undefined) { counts[code] = 0; codes.push(code); }
      counts[code] += 1;
      if (code === 'P0301' || code === 'P0171') mil += 1;
    }
  }
  const freeze = {};
  for (let j = 0; j < poll.length; j++) { const d = table[poll[j]]; freeze[d.name] = latest[d.name]; }
  let codeList = '';
  for (let i = 0; i < codes.length; i++) { codeList += (i ? ',' : '') + codes[i] + 'x' + counts[codes[i]]; h = (h * 31 + counts[codes[i]] * 7 + i) % 1000003; }
  let histCells = 0, rpmHist = '';
  for (let bkt = 0; bkt < 20; bkt++) { const c = hist['rpm_b' + bkt]; if (c !== undefined) { histCells += 1; rpmHist += (rpmHist === '' ? '' : ',') + bkt + ':' + c; h = (h * 31 + bkt * 100 + c) % 1000003; } }
  for (let j = 0; j < poll.length; j++) {
    const nm = table[poll[j]].name, n = stats[nm + '_n'];
    if (n !== undefined) h = (h * 31 + (stats[nm + '_max'] - stats[nm + '_min'] + 500) + ((stats[nm + '_sum'] / n) | 0)) % 1000003;
  }
  const avgRpm = (stats.rpm_sum / stats.rpm_n) | 0;
  const out = 'obd2-pids supported=' + poll.length + ' unknown=' + unknown + ' bitmaps=' + bitmaps + ' polls=' + polls + ' samples=' + samples + ' nrc=' + nrc +
    ' rpm=' + stats.rpm_min + '..' + stats.rpm_max + '/' + avgRpm + ' speed_max=' + stats.speed_max + ' coolant=' + freeze.coolant + ' fuel=' + freeze.fuel +
    ' volts=' + freeze.volts + ' dtc=' + codeList + ' mil=' + mil + ' rpm_hist=' + rpmHist + ' cells=' + histCells + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
