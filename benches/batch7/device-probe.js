// Board bring-up the way an embedded OS does it: a device tree (plain
// object literals) lists 16 nodes with compatible strings, bus addresses,
// supplies and properties; drivers are classes registered by their static
// `compat` lists in a dictionary keyed by compatible string. Microvium has
// no `extends`, so the shared driver code lives in a DriverBase class
// whose methods are copied onto each driver's prototype at load time (a
// mixin), and `kind` fields stand in for instanceof. The probe loop runs
// passes until nothing new binds: drivers validate their properties with
// typeof, talk to simulated I2C parts (register-file models made of
// closures), and throw { code } objects: ENXIO for a part that does not
// answer, ENODEV for a wrong chip id, EINVAL for a bad property, and
// EPROBE_DEFER while a supply or GPIO controller is not bound yet, which
// puts the node back in the queue. Bound drivers are then polled for 40
// cycles: BME280 (Bosch integer compensation), SHT31 (CRC-8 checked
// frames, some corrupted), INA219 (float current), LIS3DH (12-bit vectors
// as arrays), a GPIO LED and an EEPROM board record. Samples are told apart
// with typeof (number, array, boolean, null); a driver that fails three
// times in a row is unbound.
const DT = [
  { name: 'vdd_sens', compatible: ['regulator-fixed'], props: { microvolt: 3300000, startupUs: 250 } },
  { name: 'bme280@76', compatible: ['bosch,bme280', 'generic,thp'], bus: 'i2c0', reg: 0x76, supply: 'vdd_sens', props: { osrs: 4, filter: 2 } },
  { name: 'bme280@77', compatible: ['bosch,bme280'], bus: 'i2c0', reg: 0x77, supply: 'vdd_sens', props: { osrs: 1 } },
  { name: 'sht31@44', compatible: ['sensirion,sht31'], bus: 'i2c0', reg: 0x44, supply: 'vdd_sens', props: { repeatability: 'high', heater: false } },
  { name: 'sht31@45', compatible: ['sensirion,sht31'], bus: 'i2c0', reg: 0x45, status: 'disabled' },
  { name: 'ina219@40', compatible: ['ti,ina219'], bus: 'i2c0', reg: 0x40, props: { shuntMilliOhm: 100, maxMilliAmp: 3200 } },
  { name: 'ina219@41', compatible: ['ti,ina219'], bus: 'i2c0', reg: 0x41, props: { shuntMilliOhm: 'ten', maxMilliAmp: 3200 } },
  { name: 'lis3dh@18', compatible: ['st,lis3dh'], bus: 'i2c1', reg: 0x18, supply: 'vdd_imu', props: { rangeG: 4, odrHz: 100 } },
  { name: 'vdd_imu', compatible: ['regulator-gpio'], supply: 'vdd_sens', props: { gpio: 'gpio1', pin: 5, microvolt: 1800000 } },
  { name: 'led0', compatible: ['gpio-leds'], props: { gpio: 'gpio1', pin: 3, activeLow: true, blinkEvery: 3 } },
  { name: 'fan0', compatible: ['pwm-fan'], props: { pwm: 'pwm0', levels: [0, 64, 128, 255] } },
  { name: 'widget@50', compatible: ['acme,widget'], bus: 'i2c0', reg: 0x50 },
  { name: 'eeprom@57', compatible: ['atmel,24c02'], bus: 'i2c1', reg: 0x57, props: { sizeBytes: 256, pageBytes: 8 } },
  { name: 'lis3dh@19', compatible: ['st,lis3dh'], bus: 'i2c1', reg: 0x19, props: { rangeG: 2, odrHz: 50 } },
  { name: 'gpio1', compatible: ['vendor,gpio'], props: { ngpio: 16 } },
  { name: 'sht31@46', compatible: ['sensirion,sht31'], bus: 'i2c0', reg: 0x46, props: { repeatability: 'medium', heater: 1 } }
];

const HEXCH = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
function hex2(v) { return HEXCH[(v >> 4) & 15] + HEXCH[v & 15]; }
function hex8(v) { return '0x' + hex2(v); }
function crc8(a, b) {
  let c = 0xff ^ a;
  for (let k = 0; k < 8; k++) c = (c & 0x80) !== 0 ? ((c << 1) ^ 0x31) & 255 : (c << 1) & 255;
  c ^= b;
  for (let k = 0; k < 8; k++) c = (c & 0x80) !== 0 ? ((c << 1) ^ 0x31) & 255 : (c << 1) & 255;
  return c;
}

// ---- simulated buses and parts ----
class I2cBus {
  constructor(name) { this.name = name; this.devs = {}; this.xfers = 0; this.nacks = 0; }
  attach(addr, model) { this.devs['a' + addr] = model; }
  xfer(addr, w, rlen) {
    this.xfers++;
    const m = this.devs['a' + addr];
    if (m === undefined) {
      this.nacks++;
      throw { code: 'ENXIO', addr: addr };
    }
    return m.xfer(w, rlen);
  }
}
// A part with 256 byte registers and an auto-incrementing pointer.
function regFile(fill, ptrMask) {
  const regs = [];
  for (let i = 0; i < 256; i++) regs.push(fill);
  return {
    regs: regs,
    tick: null,
    xfer: (w, rlen) => {
      let p = w[0] & ptrMask;
      for (let k = 1; k < w.length; k++) { regs[p] = w[k]; p = (p + 1) & 255; }
      const out = [];
      for (let k = 0; k < rlen; k++) { out.push(regs[p]); p = (p + 1) & 255; }
      return out;
    }
  };
}
function makeBme280(id) {
  const m = regFile(0, 255);
  const r = m.regs;
  r[0xd0] = id;
  r[0x88] = 27504 & 255; r[0x89] = 27504 >> 8;     // dig_T1
  r[0x8a] = 26435 & 255; r[0x8b] = 26435 >> 8;     // dig_T2
  r[0x8c] = (-1000) & 255; r[0x8d] = ((-1000) >> 8) & 255;   // dig_T3
  m.tick = (n) => {
    const adc = 519888 + (((n * 37) % 200) - 100) * 16;
    r[0xfa] = (adc >> 12) & 255; r[0xfb] = (adc >> 4) & 255; r[0xfc] = (adc << 4) & 0xf0;
  };
  return m;
}
function makeSht31() {
  let t = 0, rh = 0, n = 0, reads = 0;
  return {
    tick: (k) => {
      n = k;
      reads = 0;
      t = 26000 + ((k * 911) % 3000);
      rh = 30000 + ((k * 577) % 9000);
    },
    xfer: (w, rlen) => {
      if (w.length === 2 && w[0] === 0x24) return [];
      const out = [t >> 8, t & 255, crc8(t >> 8, t & 255), rh >> 8, rh & 255, crc8(rh >> 8, rh & 255)];
      reads++;
      if ((n % 7 === 3 && reads === 1) || (n >= 30 && n <= 33)) out[2] ^= 1;      // a noisy line
      return out;
    }
  };
}
function makeIna219() {
  const m = regFile(0, 255);
  const r = m.regs;
  m.tick = (k) => {
    const shunt = 1200 + ((k * 53) % 400) - (k === 20 ? 2000 : 0);   // 10 uV units, once negative
    const bus = (5000 + ((k * 7) % 40)) / 4;                           // 4 mV units
    r[1] = (shunt >> 8) & 255; r[2] = shunt & 255;
    r[3] = ((bus << 3) >> 8) & 255; r[4] = (bus << 3) & 255;
  };
  // 16-bit big-endian registers at 2*n+... (register n lives at bytes 2n-1, 2n)
  const inner = m.xfer;
  m.xfer = (w, rlen) => {
    const ww = [w[0] * 2 - 1];
    for (let k = 1; k < w.length; k++) ww.push(w[k]);
    return inner(ww, rlen);
  };
  return m;
}
function makeLis3dh(id) {
  const m = regFile(0, 0x7f);           // bit 7 of the address asks for auto-increment
  const r = m.regs;
  r[0x0f] = id;
  m.tick = (k) => {
    const x = ((k * 97) % 400) - 200, y = ((k * 61) % 300) - 150, z = 1000 + ((k * 13) % 50);
    const v = [x, y, z];
    for (let a = 0; a < 3; a++) {
      const raw = (v[a] * 16) & 0xffff;          // 12 bits, left-justified
      r[0x28 + a * 2] = raw & 255;
      r[0x29 + a * 2] = raw >> 8;
    }
  };
  return m;
}
function makeEeprom() {
  const m = regFile(255, 255);
  const rec = [0xaa, 0x55, 3, 0x12, 0x34, 0x56, 0x78, 7, 0x42, 0x37];
  let sum = 0;
  for (let i = 0; i < rec.length; i++) { m.regs[i] = rec[i]; sum = (sum + rec[i]) & 255; }
  m.regs[rec.length] = (256 - sum) & 255;
  return m;
}

// ---- drivers ----
class DriverBase {
  init(node, ctx) {
    this.node = node;
    this.ctx = ctx;
    this.name = node.name;
    this.bus = null;
    this.errors = 0;
    this.streak = 0;
    this.samples = 0;
    this.users = 0;
  }
  prop(key, type, def) {
    const props = this.node.props;
    const v = props === undefined ? undefined : props[key];
    if (v === undefined) {
      if (def === undefined) throw { code: 'EINVAL', prop: key };
      return def;
    }
    if (typeof v !== type) throw { code: 'EINVAL', prop: key };
    return v;
  }
  need(name) {
    const d = this.ctx.bound['n:' + name];
    if (d === undefined) throw { code: 'EPROBE_DEFER', need: name };
    return d;
  }
  attachBus() {
    const b = this.ctx.buses['b:' + this.node.bus];
    if (b === undefined) throw { code: 'ENODEV' };
    this.bus = b;
    if (this.node.supply !== undefined) this.need(this.node.supply).enable(this);
  }
  read(reg, n) { return this.bus.xfer(this.node.reg, [reg], n); }
  write(reg, v) { this.bus.xfer(this.node.reg, [reg, v], 0); }
  log(msg) { this.ctx.journal.push(`${this.name}: ${msg}`); }
  describe() { return `${this.name} <${this.node.compatible[0]}>` + (this.bus === null ? '' : ` @${this.node.bus}:${hex8(this.node.reg)}`); }
}
const SHARED = ['init', 'prop', 'need', 'attachBus', 'read', 'write', 'log', 'describe'];
function mixin(Cls) {
  for (let i = 0; i < SHARED.length; i++) Cls.prototype[SHARED[i]] = DriverBase.prototype[SHARED[i]];
}

class FixedRegulator {
  static compat = ['regulator-fixed'];
  kind = 'supply';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    this.uv = this.prop('microvolt', 'number');
    this.delay = this.prop('startupUs', 'number', 0);
    this.on = false;
  }
  enable(consumer) {
    this.users++;
    if (!this.on) { this.on = true; this.ctx.usWaited += this.delay; this.log('on'); }
  }
}
class GpioRegulator {
  static compat = ['regulator-gpio'];
  kind = 'supply';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    this.gpio = this.need(this.prop('gpio', 'string'));
    this.pin = this.prop('pin', 'number');
    this.uv = this.prop('microvolt', 'number');
    this.need(this.node.supply).enable(this);
    this.on = false;
  }
  enable(consumer) {
    this.users++;
    if (!this.on) { this.on = true; this.gpio.set(this.pin, true); this.log('on'); }
  }
}
class GpioController {
  static compat = ['vendor,gpio'];
  kind = 'gpio';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    const n = this.prop('ngpio', 'number');
    this.pins = [];
    for (let i = 0; i < n; i++) this.pins.push(false);
    this.toggles = 0;
  }
  set(pin, v) {
    if (pin >= this.pins.length) throw { code: 'EINVAL', prop: 'pin' };
    if (this.pins[pin] !== v) this.toggles++;
    this.pins[pin] = v;
  }
}
class GpioLed {
  static compat = ['gpio-leds'];
  kind = 'led';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    this.gpio = this.need(this.prop('gpio', 'string'));
    this.pin = this.prop('pin', 'number');
    this.activeLow = this.prop('activeLow', 'boolean', false);
    this.every = this.prop('blinkEvery', 'number', 1);
    this.lit = false;
    this.gpio.set(this.pin, this.activeLow);
  }
  sample(n) {
    if (n % this.every === 0) {
      this.lit = !this.lit;
      this.gpio.set(this.pin, this.lit !== this.activeLow);
    }
    return this.lit;
  }
}
class PwmFan {
  static compat = ['pwm-fan'];
  kind = 'fan';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    this.pwm = this.need(this.prop('pwm', 'string'));
    this.levels = this.prop('levels', 'object');
  }
}
class Bme280 {
  static compat = ['bosch,bme280'];
  kind = 'thp';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    const osrs = this.prop('osrs', 'number');
    this.filter = this.prop('filter', 'number', 0);
    this.attachBus();
    const id = this.read(0xd0, 1)[0];
    if (id !== 0x60) throw { code: 'ENODEV', id: id };
    const c = this.read(0x88, 6);
    this.t1 = c[0] | (c[1] << 8);
    this.t2 = ((c[2] | (c[3] << 8)) << 16) >> 16;
    this.t3 = ((c[4] | (c[5] << 8)) << 16) >> 16;
    this.write(0xf4, (osrs << 5) | 3);
    this.log(`t1=${this.t1} t2=${this.t2} t3=${this.t3}`);
  }
  sample(n) {
    const d = this.read(0xfa, 3);
    const adc = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4);
    const var1 = ((((adc >> 3) - (this.t1 << 1))) * this.t2) >> 11;
    const dx = (adc >> 4) - this.t1;
    const var2 = (((dx * dx) >> 12) * this.t3) >> 14;
    const tfine = var1 + var2;
    return (tfine * 5 + 128) >> 8;          // centi-degrees
  }
}
class Sht31 {
  static compat = ['sensirion,sht31'];
  kind = 'th';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    const rep = this.prop('repeatability', 'string', 'high');
    switch (rep) {
      case 'high': this.cmd = 0x00; break;
      case 'medium': this.cmd = 0x0b; break;
      case 'low': this.cmd = 0x16; break;
      default: throw { code: 'EINVAL', prop: 'repeatability' };
    }
    this.heater = this.prop('heater', 'boolean', false);
    this.attachBus();
    this.rh = 0;
  }
  frame() {
    this.bus.xfer(this.node.reg, [0x24, this.cmd], 0);
    const f = this.bus.xfer(this.node.reg, [], 6);
    if (crc8(f[0], f[1]) !== f[2] || crc8(f[3], f[4]) !== f[5]) throw { code: 'EIO' };
    return f;
  }
  sample(n) {
    let f = null;
    try {
      f = this.frame();
    } catch (e) {
      if (e.code !== 'EIO') throw e;
      this.ctx.retries++;
      f = this.frame();           // one retry, then give up
    }
    const rawT = (f[0] << 8) | f[1], rawH = (f[3] << 8) | f[4];
    this.rh = (10000 * rawH / 65535) | 0;
    return ((-45 + 175 * rawT / 65535) * 100) | 0;
  }
}
class Ina219 {
  static compat = ['ti,ina219'];
  kind = 'power';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    const shunt = this.prop('shuntMilliOhm', 'number') / 1000;
    const maxA = this.prop('maxMilliAmp', 'number') / 1000;
    this.attachBus();
    this.lsb = maxA / 32768;
    this.cal = (0.04096 / (this.lsb * shunt)) | 0;
    this.write(5, this.cal >> 8);
    this.shunt = shunt;
    this.mwh = 0;
  }
  reg16(n) {
    const b = this.read(n, 2);
    return (((b[0] << 8) | b[1]) << 16) >> 16;
  }
  sample(n) {
    const shuntUv = this.reg16(1) * 10;
    const busMv = (this.reg16(2) >> 3) * 4;
    const ma = shuntUv / 1000 / this.shunt;
    this.mwh += ma * busMv / 1000 / 3600;
    return (ma * 100) | 0;                       // hundredths of a mA
  }
}
class Lis3dh {
  static compat = ['st,lis3dh'];
  kind = 'accel';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    const range = this.prop('rangeG', 'number');
    const odr = this.prop('odrHz', 'number');
    const ODR = [1, 10, 25, 50, 100, 200, 400];
    let code = 0;
    for (let i = 0; i < ODR.length; i++) if (ODR[i] === odr) code = i + 1;
    if (code === 0) throw { code: 'EINVAL', prop: 'odrHz' };
    this.attachBus();
    const who = this.read(0x0f, 1)[0];
    if (who !== 0x33) throw { code: 'ENODEV', id: who };
    this.write(0x20, (code << 4) | 7);
    this.mgPerLsb = range === 2 ? 1 : range === 4 ? 2 : range === 8 ? 4 : 12;
  }
  sample(n) {
    const b = this.read(0x28 | 0x80, 6);
    const v = [];
    for (let a = 0; a < 3; a++) v.push(((((b[a * 2 + 1] << 8) | b[a * 2]) << 16) >> 20) * this.mgPerLsb);
    return v;
  }
}
class Eeprom {
  static compat = ['atmel,24c02'];
  kind = 'nvmem';
  constructor(node, ctx) { this.init(node, ctx); }
  probe() {
    this.size = this.prop('sizeBytes', 'number');
    this.page = this.prop('pageBytes', 'number');
    this.attachBus();
    const h = this.read(0, 11);
    if (h[0] !== 0xaa || h[1] !== 0x55) throw { code: 'ENODEV', id: h[0] };
    let sum = 0;
    for (let i = 0; i < 11; i++) sum = (sum + h[i]) & 255;
    if (sum !== 0) throw { code: 'EIO' };
    this.ctx.board = { rev: h[2], serial: hex2(h[3]) + hex2(h[4]) + hex2(h[5]) + hex2(h[6]), build: h[7] * 100 + h[8] - 48 };
    this.log(`board rev ${h[2]}`);
  }
  sample(n) { return null; }
}

const DRIVERS = [FixedRegulator, GpioRegulator, GpioController, GpioLed, PwmFan, Bme280, Sht31, Ina219, Lis3dh, Eeprom];
const REG = {};
for (let i = 0; i < DRIVERS.length; i++) {
  const Cls = DRIVERS[i];
  mixin(Cls);
  for (let k = 0; k < Cls.compat.length; k++) REG['c:' + Cls.compat[k]] = Cls;
}

function addTo(dict, k, v) {
  dict[k] = (dict[k] === undefined ? 0 : dict[k]) + v;
}
function matchDriver(node) {
  let Cls = undefined;
  for (let i = 0; i < node.compatible.length; i++) {
    if (Cls === undefined) Cls = REG['c:' + node.compatible[i]];
  }
  return Cls;
}

let checked = false;
let expected = 0;

function run() {
  const i2c0 = new I2cBus('i2c0'), i2c1 = new I2cBus('i2c1');
  const bmeA = makeBme280(0x60), sht = makeSht31(), sht2 = makeSht31(), ina = makeIna219(), ina2 = makeIna219();
  const accA = makeLis3dh(0x33), accB = makeLis3dh(0x32);
  i2c0.attach(0x76, bmeA); i2c0.attach(0x44, sht); i2c0.attach(0x46, sht2); i2c0.attach(0x40, ina); i2c0.attach(0x41, ina2);
  i2c1.attach(0x18, accA); i2c1.attach(0x19, accB); i2c1.attach(0x57, makeEeprom());
  const models = [bmeA, sht, sht2, ina, ina2, accA, accB];
  const ctx = { buses: {}, bound: {}, journal: [], usWaited: 0, retries: 0, board: null };
  ctx.buses['b:i2c0'] = i2c0;
  ctx.buses['b:i2c1'] = i2c1;

  // ---- probe passes ----
  let pending = [];
  let skipped = 0, unmatched = 0;
  for (let i = 0; i < DT.length; i++) {
    const node = DT[i];
    if (node.status === 'disabled') skipped++;
    else pending.push(node);
  }
  const active = [];
  const fails = {};
  let failText = '', passes = 0, defers = 0, progress = true;
  while (progress && pending.length > 0) {
    progress = false;
    passes++;
    const again = [];
    for (let i = 0; i < pending.length; i++) {
      const node = pending[i];
      const Cls = matchDriver(node);
      if (Cls === undefined) {
        unmatched++;
        ctx.journal.push(`${node.name}: no driver`);
      } else {
        const drv = new Cls(node, ctx);
        try {
          drv.probe();
          ctx.bound['n:' + node.name] = drv;
          active.push(drv);
          progress = true;
        } catch (e) {
          if (e.code === 'EPROBE_DEFER') {
            defers++;
            again.push(node);
          } else {
            addTo(fails, 'f:' + e.code, 1);
            failText += ` ${node.name}=${e.code}` + (e.prop === undefined ? '' : `(${e.prop})`);
          }
        }
      }
    }
    pending = again;
  }
  for (let i = 0; i < pending.length; i++) failText += ` ${pending[i].name}=defer`;

  // ---- shared code really is shared ----
  let sharedOk = 0;
  for (let i = 0; i < active.length; i++) {
    if (active[i].read === DriverBase.prototype.read && active[i].log === DriverBase.prototype.log) sharedOk++;
  }

  // ---- polling ----
  const sums = {};
  let vec = 0, toggles = 0, nulls = 0, unbound = 0, sampleErrors = 0;
  for (let n = 0; n < 40; n++) {
    for (let m = 0; m < models.length; m++) models[m].tick(n);
    for (let i = 0; i < active.length; i++) {
      const d = active[i];
      if (typeof d.sample === 'function' && d.streak < 3) {
        let v = undefined;
        try {
          v = d.sample(n);
          d.streak = 0;
          d.samples++;
        } catch (e) {
          d.errors++;
          d.streak++;
          sampleErrors++;
          if (d.streak === 3) {
            ctx.bound['n:' + d.name] = undefined;
            unbound++;
            d.log(`unbound after ${e.code}`);
          }
        }
        switch (typeof v) {
          case 'number':
            addTo(sums, 's:' + d.kind, v);
            break;
          case 'boolean':
            if (v) toggles++;
            break;
          case 'object':
            if (v === null) nulls++;
            else vec += v[0] * 3 + v[1] * 5 + v[2];
            break;
        }
      }
    }
  }
  let desc = 0;
  for (let i = 0; i < active.length; i++) {
    const s = active[i].describe();
    if (s === `${active[i].name} <${active[i].node.compatible[0]}>` + (active[i].bus === null ? '' : ` @${active[i].node.bus}:${hex8(active[i].node.reg)}`)) desc++;
  }
  const gpio = ctx.bound['n:gpio1'];
  const power = ctx.bound['n:ina219@40'];
  const mwh = (power.mwh * 1000000) | 0;
  const board = ctx.board === null ? '-' : `${ctx.board.rev}/${ctx.board.serial}/${ctx.board.build}`;
  const r = (sums['s:thp'] + sums['s:th'] * 3 + sums['s:power'] + vec + toggles * 7 + nulls * 11 + gpio.toggles * 13 + mwh +
    ctx.journal.length * 17 + ctx.usWaited + i2c0.xfers + i2c1.xfers * 3 + i2c0.nacks * 19 + passes * 23 + defers * 29 +
    unbound * 31 + sampleErrors * 37 + ctx.retries * 41 + sharedOk * 43 + desc * 47 + unmatched * 53 + skipped * 59) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`device-probe bound=${active.length} passes=${passes} defers=${defers}${failText} thp=${sums['s:thp']} th=${sums['s:th']} ` +
      `pwr=${sums['s:power']} vec=${vec} led=${toggles} err=${sampleErrors} unbound=${unbound} board=${board} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
