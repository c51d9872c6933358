// A programmable thermostat's schedule engine. Rules are records with a
// priority and a predicate closure (day masks, time windows, holidays,
// occupancy), built from a compact table at load time by small factory
// functions. Every 5 minutes of a simulated week the controller picks the
// best matching rule, applies an occupancy override with a timeout and an
// optimum-start pre-heat from a learned warm-up rate, then runs two-stage
// heating or cooling with hysteresis and minimum on/off times against a
// simple thermal model of the room. Mode changes go to a text log
// ('Tue 06:45 heat2 21.0'), and a bad rule raises an error record.
const NODE_SUM = 109441;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS = 31, WEEKEND = 96, ALL = 127;
const HOLIDAYS = [2];                                               // Wednesday is a public holiday
const SPEC = [
  // name, priority, day mask, from, to (minutes), heat, cool setpoints
  ['night', 0, ALL, 0, 1440, 16.5, 28], ['wake', 2, WEEKDAYS, 390, 480, 21, 25], ['away', 1, WEEKDAYS, 480, 1020, 17, 27],
  ['evening', 2, WEEKDAYS, 1020, 1350, 21.5, 24.5], ['wkend-day', 2, WEEKEND, 480, 1380, 21, 24.5], ['lunch', 3, 16, 720, 780, 20, 26],
  ['broken', 3, 4, 900, 840, 20, 26],
];
function pad2(n) { return n < 10 ? '0' + n : '' + n; }
function round10(x) { const v = x * 10 + 0.5; const i = v | 0; return i > v ? i - 1 : i; }
function fmt1(x) { const t = round10(x); return (t / 10 | 0) + '.' + (t % 10); }
function windowRule(s) {
  const name = s[0], days = s[2], from = s[3], to = s[4];
  if (to <= from) throw { rule: name, why: 'empty window' };
  return { name: name, prio: s[1], heat: s[5], cool: s[6], match: (t) => (days & (1 << t.dow)) !== 0 && t.min >= from && t.min < to && !t.holiday };
}
function holidayRule() { return { name: 'holiday', prio: 4, heat: 19, cool: 26, match: (t) => t.holiday && t.min >= 480 && t.min < 1320 }; }
function holdRule(fromStep, toStep, heat) {                          // a temporary hold set from the app
  return { name: 'hold', prio: 5, heat: heat, cool: 27, match: (t) => { const s = t.dow * 288 + (t.min / 5 | 0); return s >= fromStep && s < toStep; } };
}
const FALLBACK = { name: 'frost', prio: -1, heat: 7, cool: 32, match: (t) => true };
let checked = false;

class Stage {
  constructor(minOn, minOff) { this.on = false; this.since = -1000; this.minOn = minOn; this.minOff = minOff; this.runtime = 0; this.cycles = 0; }
  want(on, now) {
    if (on === this.on) return;
    if (now - this.since < (this.on ? this.minOn : this.minOff)) return;
    this.on = on; this.since = now; if (on) this.cycles += 1;
  }
}

class Thermostat {
  constructor(rules) {
    this.rules = rules; this.temp = 18; this.outside = 5; this.mode = 'off'; this.log = []; this.errors = 0;
    this.heat1 = new Stage(10, 5); this.heat2 = new Stage(15, 10); this.cool = new Stage(10, 15);
    this.occupiedUntil = -1; this.filterDue = 2400; this.rate = 0.05; this.energy = 0; this.comfortMiss = 0;
  }
  active(t) {
    let best = null;
    for (let i = 0; i < this.rules.length; i++) { const r = this.rules[i]; if (r.match(t) && (best === null || r.prio > best.prio)) best = r; }
    return best === null ? FALLBACK : best;
  }
  setpoints(t, now) {
    const r = this.active(t);
    let heat = r.heat, cool = r.cool;
    if (now < this.occupiedUntil && heat < 20.5) heat = 20.5;           // someone pressed the button
    // optimum start: look ahead to the next rule and pre-heat if the learned rate needs the time
    const ahead = { dow: t.dow, min: t.min + 45, holiday: t.holiday };
    if (ahead.min < 1440) {
      const next = this.active(ahead);
      if (next.heat > heat && (next.heat - this.temp) / this.rate >= 9) heat = next.heat;
    }
    return { rule: r.name, heat: heat, cool: cool };
  }
  control(sp, now) {
    const e = sp.heat - this.temp;
    this.heat1.want(e > 0.3 || (this.heat1.on && e > -0.2), now);
    this.heat2.want(e > 1.5 || (this.heat2.on && e > 0.5), now);
    this.cool.want(this.temp > sp.cool + 0.5 || (this.cool.on && this.temp > sp.cool - 0.3), now);
    const mode = this.cool.on ? 'cool' : this.heat2.on ? 'heat2' : this.heat1.on ? 'heat1' : 'off';
    return mode;
  }
  physics(step) {
    let q = (this.outside - this.temp) * 0.012;                       // losses per 5 min
    if (this.heat1.on) { q += 0.12; this.energy += 1; this.heat1.runtime += 5; }
    if (this.heat2.on) { q += 0.1; this.energy += 1; this.heat2.runtime += 5; }
    if (this.cool.on) { q -= 0.15; this.energy += 2; this.cool.runtime += 5; }
    this.temp += q;
    if (this.heat1.on && q > 0) this.rate = this.rate * 0.95 + q * 0.05;  // learn the warm-up rate
  }
}

function run() {
  const rules = [holidayRule(), holdRule(4 * 288 + 200, 4 * 288 + 230, 23)];
  let errs = 0;
  for (let i = 0; i < SPEC.length; i++) { try { rules.push(windowRule(SPEC[i])); } catch (e) { errs += 1; } }
  const th = new Thermostat(rules);
  let h = 7, day = null;
  const days = [];
  for (let step = 0; step < 7 * 288; step++) {
    const now = step * 5, dow = floor7(step), min = now - dow * 1440;
    const t = { dow: dow, min: min, holiday: HOLIDAYS[0] === dow };
    if (min === 0) { day = { name: DAYS[dow], lo: 99, hi: -99, heatMin: 0, coolMin: 0, changes: 0 }; days.push(day); }
    th.outside = 4 + ((min - 300) > 0 && min < 1140 ? (min - 300) / 120 : 0) + dow * 0.5 + (dow === 5 ? 22 : 0);   // a hot Saturday
    if (dow === 1 && min === 600) th.occupiedUntil = now + 120;         // button pressed
    const sp = th.setpoints(t, now);
    const mode = th.control(sp, now);
    th.physics(step);
    const fanMin = th.heat1.runtime + th.heat2.runtime + th.cool.runtime;
    if (fanMin >= th.filterDue) {                                       // filter-change reminder every 40 h of fan time
      th.filterDue += 2400;
      th.log.push(DAYS[dow] + ' ' + pad2(min / 60 | 0) + ':' + pad2(min % 60) + ' filter ' + (fanMin / 60 | 0) + 'h');
    }
    if (th.temp < sp.heat - 1) th.comfortMiss += 1;
    if (th.temp < day.lo) day.lo = th.temp;
    if (th.temp > day.hi) day.hi = th.temp;
    if (mode === 'heat1' || mode === 'heat2') day.heatMin += 5; else if (mode === 'cool') day.coolMin += 5;
    if (mode !== th.mode) day.changes += 1;
    if (mode !== th.mode) { th.mode = mode; th.log.push(DAYS[dow] + ' ' + pad2(min / 60 | 0) + ':' + pad2(min % 60) + ' ' + mode + ' ' + fmt1(th.temp) + ' [' + sp.rule + ']'); }
    h = (h * 31 + round10(th.temp) + (mode === 'off' ? 0 : mode === 'cool' ? 3 : 1)) % 1000003;
  }
  for (let i = 0; i < days.length; i++) { const d = days[i]; h = (h * 31 + round10(d.lo) + round10(d.hi) * 3 + d.heatMin + d.coolMin * 7 + d.changes) % 1000003; }
  for (let i = 0; i < th.log.length; i++) h = (h * 31 + (th.log[i] === th.log[i > 0 ? i - 1 : 0] ? 1 : 0) + i) % 1000003;
  h = (h * 31 + th.heat1.cycles * 1000 + th.heat2.cycles * 100 + th.cool.cycles * 10 + th.comfortMiss + errs) % 1000003;
  const line = 'hvac-schedule steps=2016 changes=' + th.log.length + ' energy=' + th.energy + ' miss=' + th.comfortMiss + ' last=' + th.log[th.log.length - 1] + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}
function floor7(step) { return (step / 288) | 0; }

vmExport(0, run);
