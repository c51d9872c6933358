// The climate computer of a four-zone greenhouse, run over one simulated
// day in 40-minute steps. Weather comes from a daily sine (a Taylor-series
// sine, since Microvium has no Math) with clouds from a small LCG. Each
// zone is a class instance with a thermal and moisture model and crop
// setpoints for day and night. The psychrometrics are float work:
// saturation vapour pressure by Tetens (e ** x through the ** operator),
// vapour pressure deficit, dew point (a hand-written ln by range
// reduction and an atanh series), absolute humidity, humidity ratio,
// enthalpy, and the Rothfusz heat index. The controllers are small
// objects of arrow-function closures with their own timers: heating with
// hysteresis, proportional vents with a rate limit, two fan stages, misting
// with a minimum off time, a shade screen with a delay, and CO2 dosing
// while the vents are shut. Actuator changes are counted in a dictionary
// keyed by template strings; heat, water and CO2 are integrated in floats.
const E = 2.718281828459045, LN2 = 0.6931471805599453, DEG = 0.017453292519943295;

function sinRad(x) {
  // reduce to [-pi, pi], then to [-pi/2, pi/2], then a Taylor series
  const TWO_PI = 6.283185307179586, PI = 3.141592653589793;
  while (x > PI) x -= TWO_PI;
  while (x < -PI) x += TWO_PI;
  if (x > PI / 2) x = PI - x;
  else if (x < -PI / 2) x = -PI - x;
  const x2 = x * x;
  return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72))));
}
function ln(x) {
  let k = 0;
  while (x > 1.5) { x /= 2; k++; }
  while (x < 0.75) { x *= 2; k--; }
  const y = (x - 1) / (x + 1), y2 = y * y;
  let term = y, sum = 0;
  for (let n = 1; n < 14; n += 2) { sum += term / n; term *= y2; }
  return 2 * sum + k * LN2;
}
function satVp(t) { return 0.61078 * E ** (17.27 * t / (t + 237.3)); }             // kPa
function dewPoint(t, rh) {
  const g = ln(rh / 100) + 17.27 * t / (237.3 + t);
  return 237.3 * g / (17.27 - g);
}
function absHumidity(t, ea) { return 2165 * ea / (t + 273.15); }                    // g/m3
function rhFromAbs(t, ah) { return ah * (t + 273.15) / 2165 / satVp(t) * 100; }
function enthalpy(t, ea) {
  const w = 0.622 * ea / (101.325 - ea);
  return 1.006 * t + w * (2501 + 1.86 * t);                                         // kJ/kg dry air
}
function heatIndex(t, rh) {
  if (t < 27) return t;
  const f = t * 1.8 + 32;
  const hi = -42.379 + 2.04901523 * f + 10.14333127 * rh - 0.22475541 * f * rh - 0.00683783 * f * f -
    0.05481717 * rh * rh + 0.00122874 * f * f * rh + 0.00085282 * f * rh * rh - 0.00000199 * f * f * rh * rh;
  return (hi - 32) / 1.8;
}
function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }

const CROPS = {
  tomato: { day: 22, night: 17, vent: 25, rhMax: 85, vpdMax: 1.2, co2: 800, shade: 700 },
  cucumber: { day: 24, night: 19, vent: 27, rhMax: 90, vpdMax: 1.0, co2: 900, shade: 650 },
  lettuce: { day: 18, night: 12, vent: 21, rhMax: 80, vpdMax: 0.9, co2: 700, shade: 550 },
  seedlings: { day: 23, night: 21, vent: 26, rhMax: 92, vpdMax: 0.7, co2: 600, shade: 450 }
};

// Controllers: objects of closures that keep their own state.
function hysteresis(name, zone, band) {
  let on = false;
  return {
    update: (value, sp) => {
      if (!on && value < sp - band) { on = true; zone.event(name, 'on'); }
      else if (on && value > sp + band) { on = false; zone.event(name, 'off'); }
      return on;
    }
  };
}
function ventControl(zone) {
  let pos = 0;
  return {
    update: (t, sp, rh, rhMax) => {
      let want = clamp((t - sp) / 3, 0, 1);
      if (rh > rhMax) want = clamp(want + (rh - rhMax) / 20, 0, 1);
      const step = clamp(want - pos, -0.1, 0.1);
      if ((step > 0.001 || step < -0.001) && (pos === 0 || pos + step === 0)) zone.event('vent', step > 0 ? 'open' : 'shut');
      pos = clamp(pos + step, 0, 1);
      return pos;
    }
  };
}
function mistControl(zone, minOff) {
  let on = false, offFor = 99;
  return {
    update: (vpd, t, limit) => {
      if (on) {
        if (vpd < limit - 0.3 || t < 20) { on = false; offFor = 0; zone.event('mist', 'off'); }
      } else {
        offFor++;
        if (vpd > limit && t > 20 && offFor >= minOff) { on = true; zone.event('mist', 'on'); }
      }
      return on;
    }
  };
}
function delayed(name, zone, steps) {
  let state = false, pending = 0;
  return {
    update: (want) => {
      if (want !== state) {
        pending++;
        if (pending >= steps) { state = want; pending = 0; zone.event(name, want ? 'close' : 'open'); }
      } else pending = 0;
      return state;
    }
  };
}

class Zone {
  constructor(name, crop, area, u, log) {
    this.name = name; this.crop = CROPS[crop]; this.area = area; this.u = u; this.log = log;
    this.t = 16; this.ah = 9; this.co2 = 450;
    this.heater = hysteresis('heat', this, 0.5);
    this.vents = ventControl(this);
    this.mist = mistControl(this, 2);
    this.screen = delayed('screen', this, 2);
    this.fans = 0;
    this.kwh = 0; this.water = 0; this.co2kg = 0; this.dewAlarms = 0; this.hiMax = -99; this.vpdSum = 0; this.hSum = 0;
  }
  event(what, how) {
    const k = `${this.name}:${what}:${how}`;
    this.log[k] = (this.log[k] === undefined ? 0 : this.log[k]) + 1;
    this.log.n++;
  }
  step(w, hour, dtH) {
    const c = this.crop;
    const isDay = w.sun > 20;
    const sp = isDay ? c.day : c.night;
    // sense
    const es = satVp(this.t);
    let rh = rhFromAbs(this.t, this.ah);
    if (rh > 100) { this.ah = absHumidity(this.t, es); rh = 100; }
    const ea = es * rh / 100;
    const vpd = es - ea;
    const dew = dewPoint(this.t, rh);
    this.vpdSum += vpd;
    this.hSum += enthalpy(this.t, ea);
    const hi = heatIndex(this.t, rh);
    if (hi > this.hiMax) this.hiMax = hi;
    const leaf = this.t - 0.8 - w.sun / 800;
    if (dew >= leaf) this.dewAlarms++;
    // control
    const heat = this.heater.update(this.t, sp);
    const vent = this.vents.update(this.t, c.vent, rh, c.rhMax);
    const mist = this.mist.update(vpd, this.t, c.vpdMax);
    const shade = this.screen.update(w.sun > c.shade);
    const fans = this.t > c.vent + 3 ? 2 : this.t > c.vent + 1 || vpd > c.vpdMax * 1.4 ? 1 : 0;
    if (fans !== this.fans) { this.event('fans', `${this.fans}>${fans}`); this.fans = fans; }
    const dose = isDay && vent < 0.1 && this.co2 < c.co2;
    // physics (per square metre of floor, then scaled)
    const gain = w.sun * (shade ? 0.45 : 0.8) * 0.0036;               // MJ/m2/h
    const loss = this.u * (this.t - w.t) * (1 + vent * 6 + fans * 1.5) * 0.0036;
    const heating = heat ? 0.35 : 0;                                   // MJ/m2/h
    const cooling = mist ? 0.25 : 0;
    this.t += (gain - loss + heating - cooling) * dtH / 0.42;
    const outAh = absHumidity(w.t, satVp(w.t) * w.rh / 100);
    const transp = w.sun * 0.004 * (1 + vpd) + 0.2;
    const exchange = clamp((vent * 2.2 + fans * 0.6 + 0.05) * dtH, 0, 0.9);      // share of the air replaced
    this.ah += (transp + (mist ? 2.5 : 0)) * dtH - (this.ah - outAh) * exchange;
    if (this.ah < 1) this.ah = 1;
    const uptake = isDay ? w.sun * 0.35 : -25;
    this.co2 += (-uptake + (dose ? 600 : 0)) * dtH - (this.co2 - 420) * clamp((vent * 3 + 0.1) * dtH, 0, 0.9);
    if (this.co2 < 150) this.co2 = 150;
    this.kwh += heat ? 0.35 / 3.6 * this.area * dtH : 0;
    this.water += mist ? 0.4 * this.area * dtH : 0;
    this.co2kg += dose ? 0.012 * this.area * dtH : 0;
  }
}

let checked = false;
let expected = 0;

function run() {
  const log = { n: 0 };
  const zones = [
    new Zone('A', 'tomato', 1200, 4.2, log),
    new Zone('B', 'cucumber', 800, 4.6, log),
    new Zone('C', 'lettuce', 500, 3.8, log),
    new Zone('D', 'seedlings', 150, 5.5, log)
  ];
  let seed = 4242;
  const STEPS = 36, dtH = 24 / STEPS;
  let sunSum = 0;
  for (let s = 0; s < STEPS; s++) {
    const hour = s * dtH;
    seed = (seed * 75 + 74) % 65537;
    const cloud = seed % 100 < 30 ? 0.4 + (seed % 7) / 20 : 1;
    const day = sinRad((hour - 6) * 15 * DEG);
    const w = {
      t: 14 + 8 * sinRad((hour - 9) * 15 * DEG),
      rh: 75 - 22 * sinRad((hour - 9) * 15 * DEG),
      sun: day > 0 ? 850 * day * cloud : 0
    };
    sunSum += w.sun;
    for (let z = 0; z < zones.length; z++) zones[z].step(w, hour, dtH);
  }
  let sum = 0, line = '';
  for (let z = 0; z < zones.length; z++) {
    const zn = zones[z];
    const v = [zn.t * 100, zn.ah * 100, zn.co2, zn.kwh * 10, zn.water, zn.co2kg * 100, zn.vpdSum * 100, zn.hSum, zn.hiMax * 100, zn.dewAlarms];
    for (let i = 0; i < v.length; i++) sum = (sum * 31 + (v[i] | 0)) % 1000003;
    line += ` ${zn.name}=${(zn.t * 10) | 0}/${(zn.kwh) | 0}kWh/${zn.water | 0}l`;
  }
  const ev = `${log['A:heat:on']}/${log['B:vent:open']}/${log['C:mist:on']}/${log['D:screen:close']}`;
  const r = (sum + log.n * 7 + ((sunSum * 10) | 0)) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`greenhouse-climate${line} events=${log.n} [${ev}] sun=${(sunSum) | 0} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
