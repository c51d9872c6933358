// A farm irrigation controller with six zones over one week in 20-minute
// steps, written as a class hierarchy. Device is the base of everything;
// Sensor (SoilProbe, FlowMeter, RainGauge) and Actuator (Valve,
// LatchingValve, Pump) derive from it, and LatchingValve derives from Valve.
// Microvium 8 refuses `extends` ("Not supported: extends"), so the hierarchy
// is wired by hand: inherit() copies each parent method the child does not
// define and keeps the parent's version as 'Parent_name', which an override
// calls where the class syntax would say `super.name()`. Constructors call
// the parent's init the same way. Each zone runs a watering window at dawn
// and dusk: a valve opens when the soil probe reads below the zone's
// threshold, the pump runs while any valve is open, the flow meter checks
// the flow against the valves' nominal flow and a stuck valve is taken out
// of service. Rain and evaporation change the soil moisture. 504 steps.
const NODE_SUM = 485226;
let checked = false;

function inherit(Child, Parent, prefix, own) {   // own: the child's own method names
  const names = [], supers = [];
  for (let i = 0; i < Parent.supers.length; i++) {           // the parent's own super methods, for its code
    const s = Parent.supers[i];
    Child.prototype[s] = Parent.prototype[s]; supers.push(s);
  }
  for (let i = 0; i < Parent.names.length; i++) {
    const n = Parent.names[i], f = Parent.prototype[n];
    Child.prototype[prefix + n] = f; supers.push(prefix + n); names.push(n);
    if (Child.prototype[n] === undefined) Child.prototype[n] = f;
  }
  for (let i = 0; i < own.length; i++) if (Parent.prototype[own[i]] === undefined) names.push(own[i]);
  Child.names = names; Child.supers = supers;
}
class Device {
  constructor(id) { this.init(id); }
  init(id) { this.id = id; this.age = 0; this.faults = 0; this.enabled = true; }
  tick(dt) { this.age += dt; }
  fault() { this.faults += 1; if (this.faults >= 3) this.enabled = false; }
  ok() { return this.enabled; }
  report(add) { add(this.id); add(this.faults); add(this.enabled ? 1 : 0); }
}
Device.names = ['init', 'tick', 'fault', 'ok', 'report']; Device.supers = [];

class Sensor {
  constructor(id, period) { this.init(id, period); }
  init(id, period) { this.Device_init(id); this.period = period; this.last = -period; this.value = 0; this.count = 0; }
  sample(t, env) {
    if (!this.ok() || t - this.last < this.period) return false;
    this.last = t; this.value = this.filter(this.measure(env)); this.count += 1;
    return true;
  }
  filter(v) { return this.count === 0 ? v : ((this.value * 3 + v) / 4) | 0; }
  report(add) { this.Device_report(add); add(this.value); add(this.count); }
}
inherit(Sensor, Device, 'Device_', ['sample', 'filter']);

class SoilProbe {
  constructor(id, zone) { this.Sensor_init(id, 30); this.zone = zone; this.offset = (id * 7) % 11 - 5; }
  measure(env) { return this.zone.moisture + this.offset + ((env.temp - 200) / 20 | 0); }
  filter(v) { const f = this.Sensor_filter(v); return f < 0 ? 0 : (f > 1000 ? 1000 : f); }
}
inherit(SoilProbe, Sensor, 'Sensor_', ['measure']);

class FlowMeter {
  constructor(id, kFactor) { this.Sensor_init(id, 10); this.k = kFactor; this.pulses = 0; this.total = 0; }
  measure(env) { const p = (env.flow * this.k / 60) | 0; this.pulses += p; return (p * 60 / this.k) | 0; }
  filter(v) { this.total += v; return v; }
  report(add) { this.Sensor_report(add); add(this.pulses % 100000); add(this.total % 100000); }
}
inherit(FlowMeter, Sensor, 'Sensor_', ['measure']);

class RainGauge {
  constructor(id) { this.Sensor_init(id, 10); this.tips = 0; }
  measure(env) { const t = (env.rain / 2) | 0; this.tips += t; return t * 2; }
  report(add) { this.Sensor_report(add); add(this.tips); }
}
inherit(RainGauge, Sensor, 'Sensor_', ['measure']);

class Actuator {
  constructor(id) { this.init(id); }
  init(id) { this.Device_init(id); this.on = false; this.onTime = 0; this.switches = 0; }
  set(on) { if (!this.ok()) on = false; if (on !== this.on) { this.on = on; this.switches += 1; } return this.on; }
  tick(dt) { this.Device_tick(dt); if (this.on) this.onTime += dt; }
  report(add) { this.Device_report(add); add(this.onTime); add(this.switches); }
}
inherit(Actuator, Device, 'Device_', ['set']);

class Valve {
  constructor(id, flow, stuckAt) { this.init(id, flow, stuckAt); }
  init(id, flow, stuckAt) { this.Actuator_init(id); this.nominal = flow; this.stuckAt = stuckAt; this.stuck = false; }
  set(on) { if (this.stuck) return this.on; return this.Actuator_set(on); }
  tick(dt) { this.Actuator_tick(dt); if (this.stuckAt > 0 && this.age >= this.stuckAt) this.stuck = true; }
  flow() { return this.on ? this.nominal : 0; }
  report(add) { this.Actuator_report(add); add(this.stuck ? 1 : 0); }
}
inherit(Valve, Actuator, 'Actuator_', ['flow']);

class LatchingValve {                                // a battery-powered valve pulsed open and shut
  constructor(id, flow) { this.Valve_init(id, flow, 0); this.battery = 5000; this.pulses = 0; }
  set(on) {
    if (on === this.on) return this.on;
    if (this.battery < 40) { this.fault(); return this.on; }
    this.battery -= 40; this.pulses += 1;
    return this.Valve_set(on);
  }
  tick(dt) { this.Valve_tick(dt); this.battery -= 1; if (this.battery < 0) this.battery = 0; }
  report(add) { this.Valve_report(add); add(this.battery); add(this.pulses); }
}
inherit(LatchingValve, Valve, 'Valve_', []);

class Pump {
  constructor(id, maxFlow) { this.Actuator_init(id); this.maxFlow = maxFlow; this.speed = 0; this.energy = 0; }
  tick(dt) {
    this.Actuator_tick(dt);
    const target = this.on ? 100 : 0;
    this.speed += target > this.speed ? 25 : (target < this.speed ? -50 : 0);
    if (this.speed < 0) this.speed = 0;
    this.energy += (this.speed * this.speed / 100 | 0) * dt;
  }
  deliver(demand) { const cap = (this.maxFlow * this.speed / 100) | 0; return demand < cap ? demand : cap; }
  report(add) { this.Actuator_report(add); add(this.speed); add(this.energy % 1000000); }
}
inherit(Pump, Actuator, 'Actuator_', ['deliver']);

class Zone {
  constructor(i, valve, threshold) {
    this.i = i; this.valve = valve; this.threshold = threshold; this.moisture = 300 + i * 40;
    this.probe = new SoilProbe(20 + i, this); this.watered = 0; this.dry = 0;
  }
  wanted(hour) { return (hour === 5 || hour === 6 || hour === 19) && this.probe.value < this.threshold; }
  soil(env, delivered, t) {
    this.moisture += ((delivered * 16) / (10 + this.i) | 0) + env.rain - (t % 60 === 0 ? ((env.temp + 30 * this.i) / 25 | 0) : 0);
    this.moisture = this.moisture < 0 ? 0 : (this.moisture > 900 ? 900 : this.moisture);
    if (this.moisture < 150) this.dry += 1;
  }
}

function run() {
  let h = 7;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const valves = [new Valve(1, 24, 0), new Valve(2, 30, 4000), new LatchingValve(3, 18), new Valve(4, 26, 0),
    new LatchingValve(5, 12), new Valve(6, 20, 0)];
  const zones = [];
  for (let i = 0; i < 6; i++) zones.push(new Zone(i, valves[i], 380 + (i % 3) * 60));
  const pump = new Pump(10, 110), meter = new FlowMeter(11, 450), gauge = new RainGauge(12), devices = [pump, meter, gauge];
  for (let i = 0; i < 6; i++) { devices.push(valves[i]); devices.push(zones[i].probe); }
  const env = { temp: 150, rain: 0, flow: 0 };
  let seed = 99, alarms = 0, water = 0, dry = 0;
  for (let step = 0; step < 504; step++) {
    const t = step * 20, hour = (t / 60 | 0) % 24, day = (t / 1440) | 0;
    env.temp = 120 + (hour > 6 && hour < 20 ? (hour - 6) * 15 : 0) + day * 6;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    env.rain = (day === 2 || day === 5) && hour > 12 && hour < 17 ? 4 + ((seed >> 12) % 5) : 0;
    gauge.sample(t, env);
    let demand = 0;
    for (let i = 0; i < 6; i++) {
      const z = zones[i];
      z.probe.sample(t, env);
      z.valve.set(z.wanted(hour) && gauge.value < 4);
      demand += z.valve.flow();
    }
    pump.set(demand > 0);
    const delivered = pump.deliver(demand);
    env.flow = delivered;
    if (meter.sample(t, env) && pump.speed === 100 && meter.value * 10 < demand * 6) { alarms += 1; pump.fault(); }
    for (let i = 0; i < 6; i++) {
      const z = zones[i], share = demand > 0 ? (delivered * z.valve.flow() / demand) | 0 : 0;
      if (z.valve.on && share === 0 && pump.speed === 100) z.valve.fault();
      if (z.valve.stuck && !z.wanted(hour) && z.valve.on) z.valve.fault();
      z.soil(env, share, t); z.watered += share;
    }
    for (let i = 0; i < devices.length; i++) devices[i].tick(20);
    if (step % 24 === 23) { for (let i = 0; i < 6; i++) add(zones[i].moisture); add(pump.speed); }
  }
  for (let i = 0; i < 6; i++) { water += zones[i].watered; dry += zones[i].dry; add(zones[i].watered % 100000); }
  for (let i = 0; i < devices.length; i++) devices[i].report(add);
  const out = 'irrigation-zones steps=504 water=' + water + ' dry=' + dry + ' alarms=' + alarms + ' pumpOn=' + pump.onTime +
    ' tips=' + gauge.tips + ' stuck=' + (valves[1].stuck ? 1 : 0) + ' batt=' + valves[2].battery + '/' + valves[4].battery + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
