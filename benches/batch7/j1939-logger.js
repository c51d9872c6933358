// The CAN side of a truck telematics unit. Simulated ECUs (engine,
// transmission, brakes, cluster, aftertreatment) claim addresses and send
// SAE J1939 frames for 40 ticks of 100 ms: EEC1, ETC2, CCVS every tick;
// ET1, LFE, engine fluids and vehicle power every fifth; engine hours
// every twentieth; DM1 diagnostics every tenth, as a single frame or, with
// several trouble codes, through the BAM transport protocol (TP.CM +
// TP.DT), once with a packet lost. The encoder and the decoder share one
// parameter table: PGNs in a dictionary keyed 'p' + PGN, each with SPN
// records (start byte, bit, length, float scale and offset). The decoder
// splits the 29-bit identifier, reassembles BAM sessions in a dictionary
// keyed by source address (protocol errors are thrown { code } objects,
// caught per frame), decodes address-claim NAMEs, applies "not available"
// and "error" ranges, keeps min/max/mean per SPN name, integrates
// distance and fuel in floats, and tracks active DTCs in a dictionary keyed
// `${sa}:${spn}.${fmi}` with appear/clear events.
const PGN = {};
function spn(id, name, byte, bit, len, scale, offset) {
  return { id: id, name: name, byte: byte, bit: bit, len: len, scale: scale, offset: offset };
}
function pgn(num, name, rate, spns) { PGN['p' + num] = { num: num, name: name, rate: rate, spns: spns, seen: 0 }; }
pgn(61444, 'EEC1', 1, [spn(899, 'torqueMode', 0, 0, 4, 1, 0), spn(513, 'torquePct', 2, 0, 8, 1, -125), spn(190, 'rpm', 3, 0, 16, 0.125, 0)]);
pgn(61445, 'ETC2', 1, [spn(524, 'selGear', 0, 0, 8, 1, -125), spn(523, 'gear', 3, 0, 8, 1, -125)]);
pgn(65265, 'CCVS', 1, [spn(70, 'parkBrake', 0, 2, 2, 1, 0), spn(84, 'speed', 1, 0, 16, 1 / 256, 0), spn(597, 'brakeSw', 3, 4, 2, 1, 0)]);
pgn(65262, 'ET1', 5, [spn(110, 'coolant', 0, 0, 8, 1, -40), spn(175, 'oilTemp', 2, 0, 16, 0.03125, -273)]);
pgn(65266, 'LFE', 5, [spn(183, 'fuelRate', 0, 0, 16, 0.05, 0), spn(184, 'economy', 2, 0, 16, 1 / 512, 0)]);
pgn(65263, 'EFLP1', 5, [spn(100, 'oilPress', 3, 0, 8, 4, 0), spn(98, 'oilLevel', 2, 0, 8, 0.4, 0)]);
pgn(65271, 'VEP1', 5, [spn(168, 'battery', 4, 0, 16, 0.05, 0)]);
pgn(65253, 'HOURS', 20, [spn(247, 'hours', 0, 0, 32, 0.05, 0)]);
const PGN_DM1 = 65226, PGN_TPCM = 60416, PGN_TPDT = 60160, PGN_CLAIM = 60928, PGN_REQ = 59904;
const SA_ENGINE = 0x00, SA_TRANS = 0x03, SA_BRAKES = 0x0b, SA_CLUSTER = 0x17, SA_AFTER = 0x3d, SA_TELEM = 0xf9;

function makeId(prio, pgnNum, da, sa) {
  const pf = (pgnNum >> 8) & 255;
  const ps = pf < 240 ? da : pgnNum & 255;
  return (prio << 26) | (((pgnNum >> 16) & 3) << 24) | (pf << 16) | (ps << 8) | sa;
}

// ---- encoder (the simulated ECUs) ----
function encode(def, vals) {
  const d = [255, 255, 255, 255, 255, 255, 255, 255];
  for (let i = 0; i < def.spns.length; i++) {
    const s = def.spns[i];
    const v = vals[s.name];
    if (v !== undefined) {
      const x = (v - s.offset) / s.scale + 0.5;
      let raw = x - x % 1;
      if (s.len < 8) {
        const mask = ((1 << s.len) - 1) << s.bit;
        d[s.byte] = (d[s.byte] & ~mask) | ((raw << s.bit) & mask);
      } else {
        for (let k = 0; k < s.len / 8; k++) {
          const b = raw % 256;
          d[s.byte + k] = b;
          raw = (raw - b) / 256;
        }
      }
    }
  }
  return d;
}
function physics(t) {
  const rpm = 700 + ((t * 173) % 1400) + (t % 7) * 0.375;
  return {
    torqueMode: t % 3,
    torquePct: (t * 11) % 90 - 5,
    rpm: t === 17 ? undefined : rpm,
    selGear: 1 + ((t / 8) | 0),
    gear: t < 4 ? 0 : 1 + ((t / 8) | 0),
    parkBrake: t < 2 ? 1 : 0,
    speed: t < 4 ? 0 : 12.5 + t * 1.75 + (t % 4) / 8,
    brakeSw: t % 9 === 0 ? 1 : 0,
    coolant: 60 + t,
    oilTemp: 70.5 + t * 0.71875,
    fuelRate: 4.5 + (t % 10) * 1.3,
    economy: 2.25 + (t % 6) / 4,
    oilPress: 280 + (t % 5) * 8,
    oilLevel: t === 25 ? undefined : 88.4,
    battery: 27.6 - (t % 4) * 0.05,
    hours: 12345.65 + t / 36000
  };
}
// DM1 payloads: lamp bytes then 4 bytes per DTC
function dm1(t) {
  const dtcs = [];
  if (t >= 10) dtcs.push([110, 16, 2]);          // coolant high, moderately severe
  if (t >= 20 && t < 30) dtcs.push([3216, 2, 1]); // NOx sensor, erratic
  if (t >= 20) dtcs.push([524287, 31, 1]);        // the largest SPN
  if (t === 30) dtcs.push([190, 7, 4]);
  const d = [dtcs.length > 0 ? 0x04 : 0x00, 0xff];
  for (let i = 0; i < dtcs.length; i++) {
    const c = dtcs[i];
    d.push(c[0] & 255);
    d.push((c[0] >> 8) & 255);
    d.push(((c[0] >> 16) << 5) | c[1]);
    d.push(c[2] & 127);
  }
  if (dtcs.length === 0) { d.push(0); d.push(0); d.push(0); d.push(0); }
  while (d.length < 8) d.push(255);
  return d;
}
function sendBam(bus, sa, pgnNum, data, dropSeq) {
  const n = ((data.length + 6) / 7) | 0;
  bus.push({ id: makeId(7, PGN_TPCM, 255, sa), d: [32, data.length & 255, data.length >> 8, n, 255, pgnNum & 255, (pgnNum >> 8) & 255, pgnNum >> 16] });
  for (let s = 1; s <= n; s++) {
    const d = [s];
    for (let k = 0; k < 7; k++) {
      const i = (s - 1) * 7 + k;
      d.push(i < data.length ? data[i] : 255);
    }
    if (s !== dropSeq) bus.push({ id: makeId(7, PGN_TPDT, 255, sa), d: d });
  }
}
function claim(bus, sa, identity, mfr, func) {
  // the 64-bit NAME, least significant byte first
  const d = [identity & 255, (identity >> 8) & 255, ((identity >> 16) & 31) | ((mfr & 7) << 5), mfr >> 3, 0, func, 0x00, 0x80];
  bus.push({ id: makeId(6, PGN_CLAIM, 255, sa), d: d });
}

// ---- decoder (the telematics unit) ----
class Decoder {
  constructor() {
    this.stats = {}; this.tp = {}; this.dtc = {}; this.names = {};
    this.frames = 0; this.unknown = 0; this.na = 0; this.errs = 0; this.tpErrs = ''; this.events = [];
    this.km = 0; this.fuel = 0; this.lastSpeed = -1; this.hours = 0; this.dtcSeen = 0; this.dtcCleared = 0; this.active = 0;
  }
  frame(f, t) {
    this.frames++;
    const id = f.id;
    const sa = id & 255, ps = (id >> 8) & 255, pf = (id >> 16) & 255, dp = (id >> 24) & 3;
    const num = pf < 240 ? (dp << 16) | (pf << 8) : (dp << 16) | (pf << 8) | ps;
    try {
      switch (num) {
        case PGN_TPCM: this.tpCm(sa, f.d); break;
        case PGN_TPDT: this.tpDt(sa, f.d, t); break;
        case PGN_CLAIM: this.claim(sa, f.d); break;
        case PGN_DM1: this.dm1(sa, f.d, 8, t); break;
        case PGN_REQ: this.events.push(`req ${f.d[0] | (f.d[1] << 8) | (f.d[2] << 16)} from ${sa}`); break;
        default: this.params(num, f.d, t);
      }
    } catch (e) {
      this.errs++;
      this.tpErrs += (this.tpErrs === '' ? '' : ',') + e.code;
      this.tp['s' + sa] = undefined;
    }
  }
  claim(sa, d) {
    const identity = d[0] | (d[1] << 8) | ((d[2] & 31) << 16);
    const mfr = (d[2] >> 5) | (d[3] << 3);
    this.names['a' + sa] = { identity: identity, mfr: mfr, func: d[5], arbitrary: (d[7] & 0x80) !== 0 };
  }
  tpCm(sa, d) {
    if (d[0] !== 32) throw { code: 'TP_CTRL' };
    if (this.tp['s' + sa] !== undefined) this.events.push(`bam restart ${sa}`);
    const size = d[1] | (d[2] << 8);
    if (size > 1785 || d[3] !== ((size + 6) / 7 | 0)) throw { code: 'TP_SIZE' };
    this.tp['s' + sa] = { pgn: d[5] | (d[6] << 8) | (d[7] << 16), size: size, packets: d[3], next: 1, buf: [] };
  }
  tpDt(sa, d, t) {
    const s = this.tp['s' + sa];
    if (s === undefined) throw { code: 'TP_NOSESSION' };
    if (d[0] !== s.next) throw { code: 'TP_SEQ' };
    for (let k = 1; k < 8 && s.buf.length < s.size; k++) s.buf.push(d[k]);
    s.next++;
    if (s.next > s.packets) {
      this.tp['s' + sa] = undefined;
      if (s.pgn === PGN_DM1) this.dm1(sa, s.buf, s.size, t);
      else this.unknown++;
    }
  }
  dm1(sa, d, n, t) {
    const mil = d[0] >> 6 & 3, amber = d[0] >> 2 & 3;
    const seen = {};
    let list = '';
    for (let i = 2; i + 4 <= n; i += 4) {
      const spnNum = d[i] | (d[i + 1] << 8) | ((d[i + 2] >> 5) << 16);
      const fmi = d[i + 2] & 31;
      if (spnNum !== 0 || fmi !== 0) {
        const key = `${sa}:${spnNum}.${fmi}`;
        seen[key] = true;
        list += key + ';';
        const known = this.dtc[key];
        if (known === undefined || known === null) {
          this.dtc[key] = { first: t, count: d[i + 3] & 127, amber: amber };
          this.dtcSeen++;
          this.active++;
          this.events.push(`+${key} oc=${d[i + 3] & 127}`);
        } else known.count = d[i + 3] & 127;
      }
    }
    // anything of this source not in the message has cleared
    const prev = this.names['l' + sa];
    if (prev !== undefined) {
      for (let i = 0; i < prev.length; i++) {
        const key = prev[i];
        if (seen[key] === undefined && this.dtc[key] !== null) {
          this.dtc[key] = null;
          this.dtcCleared++;
          this.active--;
          this.events.push(`-${key}`);
        }
      }
    }
    const keys = [];
    for (let i = 2; i + 4 <= n; i += 4) {
      const spnNum = d[i] | (d[i + 1] << 8) | ((d[i + 2] >> 5) << 16);
      if (spnNum !== 0) keys.push(`${sa}:${spnNum}.${d[i + 2] & 31}`);
    }
    this.names['l' + sa] = keys;
    this.lamps = mil * 4 + amber;
  }
  params(num, d, t) {
    const def = PGN['p' + num];
    if (def === undefined) { this.unknown++; return; }
    def.seen++;
    for (let i = 0; i < def.spns.length; i++) {
      const s = def.spns[i];
      let raw = 0, mul = 1;
      const nb = s.len < 8 ? 1 : s.len / 8;
      for (let k = 0; k < nb; k++) { raw += d[s.byte + k] * mul; mul *= 256; }
      let ok = true;
      if (s.len < 8) {
        raw = (raw >> s.bit) & ((1 << s.len) - 1);
        if (raw >= (1 << s.len) - 2) ok = false;
      } else if (s.len === 8) ok = raw < 0xfe;
      else if (s.len === 16) ok = raw < 0xfe00;
      else ok = raw < 0xfe000000;
      if (!ok) this.na++;
      else this.record(s, raw * s.scale + s.offset, t);
    }
  }
  record(s, v, t) {
    let st = this.stats[s.name];
    if (st === undefined) {
      st = { n: 0, sum: 0, min: v, max: v, spn: s.id };
      this.stats[s.name] = st;
    }
    st.n++;
    st.sum += v;
    if (v < st.min) st.min = v;
    if (v > st.max) st.max = v;
    switch (s.id) {
      case 84:
        if (this.lastSpeed >= 0) this.km += (this.lastSpeed + v) / 2 * 0.1 / 3600;
        this.lastSpeed = v;
        break;
      case 183:
        this.fuel += v * 0.5 / 3600;            // sent every 0.5 s
        break;
      case 247:
        this.hours = v;
        break;
    }
  }
}

let checked = false;
let expected = 0;
const TRACK = ['rpm', 'torquePct', 'gear', 'speed', 'coolant', 'oilTemp', 'fuelRate', 'economy', 'oilPress', 'oilLevel', 'battery', 'brakeSw'];

function run() {
  const dec = new Decoder();
  const bus = [];
  claim(bus, SA_ENGINE, 0x1a2b3, 0x25f, 0);
  claim(bus, SA_TRANS, 0x00777, 0x0a1, 3);
  claim(bus, SA_BRAKES, 0x1f00f, 0x1ff, 11);
  claim(bus, SA_CLUSTER, 0x0c0de, 0x033, 23);
  claim(bus, SA_AFTER, 0x13579, 0x25f, 61);
  bus.push({ id: makeId(6, PGN_REQ, SA_ENGINE, SA_TELEM), d: [PGN_CLAIM & 255, PGN_CLAIM >> 8, 0] });
  const sendList = ['EEC1', 'ETC2', 'CCVS', 'ET1', 'LFE', 'EFLP1', 'VEP1', 'HOURS'];
  const sendPgn = [61444, 61445, 65265, 65262, 65266, 65263, 65271, 65253];
  const sendSa = [SA_ENGINE, SA_TRANS, SA_BRAKES, SA_ENGINE, SA_ENGINE, SA_ENGINE, SA_CLUSTER, SA_ENGINE];
  for (let t = 0; t < 40; t++) {
    const v = physics(t);
    for (let i = 0; i < sendPgn.length; i++) {
      const def = PGN['p' + sendPgn[i]];
      if (t % def.rate === 0) bus.push({ id: makeId(3, def.num, 255, sendSa[i]), d: encode(def, v) });
    }
    if (t % 5 === 0) bus.push({ id: makeId(6, 65280 + t, 255, SA_AFTER), d: [t, 0, 0, 0, 0, 0, 0, 0] });   // proprietary B
    if (t % 10 === 0 || t === 25) {
      const d = dm1(t);
      if (d.length <= 8) bus.push({ id: makeId(6, PGN_DM1, 255, SA_ENGINE), d: d });
      else sendBam(bus, SA_ENGINE, PGN_DM1, d, t === 25 ? 1 : 0);
    }
    if (t === 33) bus.push({ id: makeId(7, PGN_TPDT, 255, SA_AFTER), d: [1, 2, 3, 4, 5, 6, 7, 8] });   // stray packet
    // the logger drains the receive queue every tick
    for (let i = 0; i < bus.length; i++) dec.frame(bus[i], t);
    if (bus.length > 0) bus.length = 0;
  }
  let sum = 0, line = '';
  for (let i = 0; i < TRACK.length; i++) {
    const st = dec.stats[TRACK[i]];
    const mean = st.sum / st.n;
    sum = (sum * 7 + ((mean * 100) | 0) + ((st.min * 100) | 0) * 3 + ((st.max * 100) | 0) * 5 + st.n) % 1000003;
  }
  const rpm = dec.stats.rpm, spd = dec.stats.speed;
  line = `rpm ${(rpm.min * 1000) | 0}..${(rpm.max * 1000) | 0} v ${(spd.max * 1000) | 0}`;
  const per100 = dec.fuel / dec.km * 100;
  const eng = dec.names.a0;
  const r = (sum + dec.frames * 3 + dec.na * 5 + dec.unknown * 7 + dec.errs * 11 + dec.events.length * 13 + dec.dtcSeen * 17 +
    dec.dtcCleared * 19 + ((dec.km * 1e6) | 0) + ((per100 * 1000) | 0) + ((dec.hours * 100) | 0) + eng.identity + eng.mfr + dec.lamps) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`j1939-logger frames=${dec.frames} na=${dec.na} unk=${dec.unknown} tp=[${dec.tpErrs}] dtc=+${dec.dtcSeen}/-${dec.dtcCleared}/${dec.active} ` +
      `${line} km=${(dec.km * 1e6) | 0}e-6 l100=${(per100 * 1000) | 0}e-3 h=${(dec.hours * 100) | 0} name=${eng.identity}/${eng.mfr} ev=${dec.events.length} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
