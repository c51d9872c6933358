// A Zigbee home-automation coordinator and its 36 end devices, as objects.
// Each device holds a list of ZCL cluster objects: On/Off, Level Control
// (move to level with a transition time), Color Control (hue and saturation
// moving together), Thermostat (a room model, heating and cooling setpoints,
// a deadband), Window Covering (lift percentage at a fixed speed) and
// Metering (power from the other clusters, energy integrated). The cluster
// classes share no base class (Microvium has no `extends`); they answer the
// same methods: handle(cmd, a, b), step(dt), get(attr), set(attr, v) and
// save(list). The coordinator keeps groups and scenes in objects with keys
// such as 'g3' and 's3_2', sends commands as small frame objects to a device,
// a group or a scene, and every 100 ms tick steps every cluster. Attributes
// that moved past their reporting threshold come back as report records,
// which update the coordinator's shadow of each device.
const NODE_SUM = 190203;
const ON_OFF = 6, LEVEL = 8, COLOR = 768, THERMO = 513, COVER = 258, METER = 1794;
let checked = false;

class OnOff {
  constructor() { this.id = ON_OFF; this.on = 0; this.last = 0; }
  handle(cmd, a, b) { if (cmd === 0) this.on = 0; else if (cmd === 1) this.on = 1; else if (cmd === 2) this.on = 1 - this.on; return 0; }
  step(dt, dev) { return 0; }
  get(attr) { return this.on; }
  set(attr, v) { this.on = v; }
  save(list) { list.push({ cid: ON_OFF, attr: 0, v: this.on }); }
  report(out, src) { if (this.on !== this.last) { out.push({ src: src, cid: ON_OFF, attr: 0, v: this.on }); this.last = this.on; } }
}

class Level {
  constructor(level) { this.id = LEVEL; this.level = level; this.target = level; this.left = 0; this.last = level; }
  handle(cmd, a, b) { if (cmd === 4 || cmd === 0) { this.target = a; this.left = b; if (b === 0) this.level = a; } return 0; }
  step(dt, dev) {
    if (this.left > 0) {
      const dl = ((this.target - this.level) * dt / this.left) | 0;
      this.level += dl; this.left -= dt;
      if (this.left <= 0) { this.left = 0; this.level = this.target; }
    }
    return 0;
  }
  get(attr) { return attr === 0 ? this.level : this.left; }
  set(attr, v) { if (attr === 0) { this.target = v; this.left = 10; } }
  save(list) { list.push({ cid: LEVEL, attr: 0, v: this.target }); }
  report(out, src) { const d = this.level - this.last; if (d > 12 || d < -12 || (this.left === 0 && d !== 0)) { out.push({ src: src, cid: LEVEL, attr: 0, v: this.level }); this.last = this.level; } }
}

class Color {
  constructor(hue, sat) { this.id = COLOR; this.hue = hue; this.sat = sat; this.th = hue; this.ts = sat; this.left = 0; this.last = hue; }
  handle(cmd, a, b) { if (cmd === 6) { this.th = a & 255; this.ts = (a >> 8) & 255; this.left = b; } return 0; }
  step(dt, dev) {
    if (this.left > 0) {
      let dh = this.th - this.hue;                        // hue takes the short way round the circle
      if (dh > 128) dh -= 256; if (dh < -128) dh += 256;
      this.hue = (this.hue + ((dh * dt / this.left) | 0) + 256) & 255;
      this.sat += ((this.ts - this.sat) * dt / this.left) | 0;
      this.left -= dt;
      if (this.left <= 0) { this.left = 0; this.hue = this.th; this.sat = this.ts; }
    }
    return 0;
  }
  get(attr) { return attr === 0 ? this.hue : this.sat; }
  set(attr, v) { if (attr === 0) this.th = v; else this.ts = v; this.left = 10; }
  save(list) { list.push({ cid: COLOR, attr: 0, v: this.th }); list.push({ cid: COLOR, attr: 1, v: this.ts }); }
  report(out, src) { if (this.hue !== this.last && this.left === 0) { out.push({ src: src, cid: COLOR, attr: 0, v: this.hue * 256 + this.sat }); this.last = this.hue; } }
}

class Thermostat {                                      // temperatures in thousandths of a degree
  constructor(room) { this.id = THERMO; this.temp = room; this.heat = 20000; this.cool = 26000; this.mode = 4; this.running = 0; this.last = room; }
  handle(cmd, a, b) { if (cmd === 0) { if (a === 0) this.heat += b; else this.cool += b; } else if (cmd === 1) this.mode = a; return 0; }
  step(dt, dev) {
    this.temp += ((12000 - this.temp) * dt / 600) | 0;
    if (this.mode === 0) this.running = 0;
    else if (this.temp < this.heat - 300) this.running = 1;
    else if (this.temp > this.cool + 300) this.running = 2;
    else if (this.temp > this.heat + 300 && this.temp < this.cool - 300) this.running = 0;
    if (this.running === 1) this.temp += dt * 40;
    if (this.running === 2) this.temp -= dt * 25;
    return this.running === 0 ? 0 : 1800;
  }
  get(attr) { return attr === 0 ? this.temp : (attr === 18 ? this.heat : this.cool); }
  set(attr, v) { if (attr === 18) this.heat = v; else if (attr === 17) this.cool = v; }
  save(list) { list.push({ cid: THERMO, attr: 18, v: this.heat }); list.push({ cid: THERMO, attr: 17, v: this.cool }); }
  report(out, src) { const d = this.temp - this.last; if (d > 200 || d < -200) { out.push({ src: src, cid: THERMO, attr: 0, v: (this.temp / 10) | 0 }); this.last = this.temp; } }
}

class Cover {
  constructor() { this.id = COVER; this.lift = 0; this.target = 0; this.last = 0; }
  handle(cmd, a, b) { if (cmd === 0) this.target = 0; else if (cmd === 1) this.target = 100; else if (cmd === 5) this.target = a; else if (cmd === 2) this.target = this.lift; return 0; }
  step(dt, dev) {
    if (this.lift < this.target) { this.lift += 2; if (this.lift > this.target) this.lift = this.target; return 60; }
    if (this.lift > this.target) { this.lift -= 2; if (this.lift < this.target) this.lift = this.target; return 60; }
    return 0;
  }
  get(attr) { return this.lift; }
  set(attr, v) { this.target = v; }
  save(list) { list.push({ cid: COVER, attr: 8, v: this.target }); }
  report(out, src) { if (this.lift !== this.last && (this.lift === this.target || this.lift % 20 === 0)) { out.push({ src: src, cid: COVER, attr: 8, v: this.lift }); this.last = this.lift; } }
}

class Meter {
  constructor() { this.id = METER; this.power = 0; this.energy = 0; this.last = 0; }
  handle(cmd, a, b) { if (cmd === 0) this.energy = 0; return 0; }
  step(dt, dev) {
    let p = 0;
    for (let k = 0; k < dev.clusters.length; k++) {
      const c = dev.clusters[k];
      if (c.id === ON_OFF && c.on) { const lv = dev.find(LEVEL); p += lv ? 8 + ((lv.level * 52) >> 8) : 40; }
    }
    this.power = p + dev.load;
    this.energy += this.power * dt;
    return 0;
  }
  get(attr) { return attr === 0 ? (this.energy / 360) | 0 : this.power; }
  set(attr, v) { }
  save(list) { }
  report(out, src) { const e = (this.energy / 3600) | 0; if (e !== this.last) { out.push({ src: src, cid: METER, attr: 0, v: e }); this.last = e; } }
}

class Device {
  constructor(nwk, kind, clusters) { this.nwk = nwk; this.kind = kind; this.clusters = clusters; this.load = 0; this.rx = 0; }
  find(cid) { for (let k = 0; k < this.clusters.length; k++) if (this.clusters[k].id === cid) return this.clusters[k]; return null; }
  handle(f) { this.rx += 1; const c = this.find(f.cid); if (c === null) return 0x81; return c.handle(f.cmd, f.a, f.b); }
  tick(dt) { let load = 0; for (let k = 0; k < this.clusters.length; k++) load += this.clusters[k].step(dt, this); this.load = load; }
}

function build(i) {
  const k = i % 6, nwk = 0x1000 + i * 37;
  if (k === 0) return new Device(nwk, 'bulb', [new OnOff(), new Level(128), new Meter()]);
  if (k === 1) return new Device(nwk, 'rgb', [new OnOff(), new Level(200), new Color(i * 20 & 255, 180), new Meter()]);
  if (k === 2) return new Device(nwk, 'plug', [new OnOff(), new Meter()]);
  if (k === 3) return new Device(nwk, 'trv', [new Thermostat(15000 + i * 100), new Meter()]);
  if (k === 4) return new Device(nwk, 'blind', [new Cover(), new Meter()]);
  return new Device(nwk, 'dimmer', [new OnOff(), new Level(64)]);
}

function run() {
  let h = 23, seq = 0, sent = 0, errors = 0, reportsN = 0, recalls = 0, stores = 0;
  const devs = [];
  for (let i = 0; i < 36; i++) devs.push(build(i));
  const groups = {}, scenes = {}, shadow = {};
  for (let i = 0; i < devs.length; i++) {
    const gk = 'g' + (i % 4);
    if (groups[gk] === undefined) groups[gk] = [];
    groups[gk].push(devs[i]);
    shadow['n' + devs[i].nwk] = { on: 0, level: 0, temp: 0, lift: 0, kwh: 0, hs: 0, n: 0 };
  }
  const send = (dev, cid, cmd, a, b) => { seq = (seq + 1) & 255; sent += 1; const st = dev.handle({ seq: seq, cid: cid, cmd: cmd, a: a, b: b }); if (st !== 0) errors += 1; };
  const toGroup = (g, cid, cmd, a, b) => { const list = groups['g' + g]; for (let k = 0; k < list.length; k++) send(list[k], cid, cmd, a, b); };
  const storeScene = (g, s) => {
    const list = groups['g' + g], rec = [];
    for (let k = 0; k < list.length; k++) { const snap = []; for (let c = 0; c < list[k].clusters.length; c++) list[k].clusters[c].save(snap); rec.push({ dev: list[k], attrs: snap }); }
    scenes['s' + g + '_' + s] = rec; stores += 1;
  };
  const recall = (g, s) => {
    const rec = scenes['s' + g + '_' + s];
    if (rec === undefined) { errors += 1; return; }
    recalls += 1;
    for (let k = 0; k < rec.length; k++) for (let a = 0; a < rec[k].attrs.length; a++) { const e = rec[k].attrs[a], c = rec[k].dev.find(e.cid); c.set(e.attr, e.v); }
  };
  let reports = [];
  for (let t = 0; t < 160; t++) {
    const g = t % 4;
    if (t % 20 === 5) toGroup(g, ON_OFF, 1, 0, 0);
    if (t % 20 === 6) toGroup(g, LEVEL, 4, (t * 7) & 255, 20 + g * 5);
    if (t % 25 === 9) toGroup(g, COLOR, 6, ((t * 3) & 255) + (200 << 8), 30);
    if (t % 32 === 12) toGroup(g, COVER, 5, (t * 13) % 101, 0);
    if (t % 16 === 10) toGroup(g, THERMO, 0, t & 1, t & 2 ? 500 : -500);
    if (t >= 60 && t < 64) storeScene(g, 1);
    if (t % 40 === 30) toGroup(g, ON_OFF, 2, 0, 0);
    if (t > 80 && t % 15 === 0) recall(g, 1);
    if (t === 120) recall(2, 7);
    if (t % 7 === 0) send(devs[t % devs.length], t % 3 === 0 ? COVER : ON_OFF, 2, 0, 0);
    for (let i = 0; i < devs.length; i++) devs[i].tick(1);
    for (let i = 0; i < devs.length; i++) { const d = devs[i]; for (let c = 0; c < d.clusters.length; c++) d.clusters[c].report(reports, d.nwk); }
    for (let r = 0; r < reports.length; r++) {
      const rp = reports[r], sh = shadow['n' + rp.src];
      sh.n += 1;
      if (rp.cid === ON_OFF) sh.on = rp.v; else if (rp.cid === LEVEL) sh.level = rp.v; else if (rp.cid === THERMO) sh.temp = rp.v;
      else if (rp.cid === COVER) sh.lift = rp.v; else if (rp.cid === METER) sh.kwh = rp.v; else if (rp.cid === COLOR) sh.hs = rp.v;
      h = (h * 31 + (rp.src & 1023) + rp.cid + (rp.v & 65535)) % 1000003;
    }
    reportsN += reports.length;
    reports = [];
  }
  let on = 0, lvl = 0, temp = 0, lift = 0, kwh = 0, mism = 0, most = 0, mostAt = '';
  for (let i = 0; i < devs.length; i++) {
    const d = devs[i], sh = shadow['n' + d.nwk];
    on += sh.on; lvl += sh.level; temp += sh.temp; lift += sh.lift; kwh += sh.kwh;
    const o = d.find(ON_OFF);
    if (o !== null && o.on !== sh.on) mism += 1;
    if (sh.n > most) { most = sh.n; mostAt = d.kind + '@' + d.nwk; }
    h = (h * 31 + sh.n + d.rx * 7) % 1000003;
  }
  const out = 'zigbee-scenes devices=' + devs.length + ' sent=' + sent + ' errors=' + errors + ' reports=' + reportsN + ' stores=' + stores + ' recalls=' + recalls +
    ' on=' + on + ' level=' + lvl + ' temp=' + temp + ' lift=' + lift + ' kwh=' + kwh + ' mismatch=' + mism + ' busiest=' + mostAt + '/' + most + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
