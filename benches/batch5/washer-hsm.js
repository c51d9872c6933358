// The controller of a washing machine as a hierarchical state machine.
// States are objects with a parent, enter/exit functions and an `on` table
// of event handlers keyed by event name; an event not handled by a state
// bubbles to its parent. A transition exits up to the common ancestor and
// enters down to the target. Running sub-states (fill, wash, drain, rinse,
// spin) are resumed through a history slot after a pause. A script of user
// and sensor events (door, buttons, a leak sensor) drives 600 ticks of a
// simulated drum, heater and water level.
const PROGRAMS = {
  cotton: { level: 40, temp: 60, wash: 90, rinses: 2, spin: 1200 },
  synth: { level: 30, temp: 40, wash: 60, rinses: 1, spin: 800 },
  quick: { level: 20, temp: 30, wash: 25, rinses: 1, spin: 1000 }
};

function makeStates() {
  const S = {};
  function state(name, parent, spec) {
    const s = { name: name, parent: parent === null ? null : S[parent], depth: 0, idx: 0,
                enter: spec.enter, exit: spec.exit, on: spec.on, entered: 0 };
    s.depth = s.parent === null ? 0 : s.parent.depth + 1;
    s.idx = S.count;
    S.count = S.count + 1;
    S[name] = s;
    return s;
  }
  S.count = 0;
  const nop = function (m) {};
  state('root', null, { enter: nop, exit: nop, on: {
    doorOpen: function (m) { m.door = 1; return ''; },
    doorClose: function (m) { m.door = 0; return ''; },
    leak: function (m) { return 'fault'; },
    tick: function (m) { m.idleTicks++; return ''; }
  } });
  state('idle', 'root', { enter: function (m) { m.rpm = 0; m.heater = false; }, exit: nop, on: {
    select: function (m, arg) { m.program = PROGRAMS[arg]; m.programName = arg; return ''; },
    start: function (m) {
      if (m.door !== 0 || m.program === null) { m.beeps++; return ''; }
      m.rinsesLeft = m.program.rinses;
      m.washed = false;
      return 'fill';
    }
  } });
  state('running', 'root', {
    enter: function (m) { m.locked = true; },
    exit: function (m) { m.locked = false; m.valve = false; m.heater = false; },
    on: {
      pause: function (m) { return 'paused'; },
      doorOpen: function (m) { m.forced++; return 'fault'; }
    }
  });
  state('fill', 'running', {
    enter: function (m) { m.valve = true; m.timer = 0; },
    exit: function (m) { m.valve = false; },
    on: { tick: function (m) {
      m.level += 2; m.water += 2; m.timer++;
      if (m.timer > 60) return 'fault';             // no water supply
      if (m.level < m.program.level) return '';
      return m.washed ? 'rinse' : 'wash';
    } }
  });
  state('wash', 'running', {
    enter: function (m) { m.timer = m.program.wash; m.washed = true; },
    exit: function (m) { m.heater = false; m.rpm = 0; },
    on: { tick: function (m) { agitate(m, m.program.temp); return --m.timer > 0 ? '' : 'drain'; } }
  });
  state('rinse', 'running', {
    enter: function (m) { m.timer = 20; m.rinsesLeft--; },
    exit: function (m) { m.rpm = 0; },
    on: { tick: function (m) { agitate(m, 0); return --m.timer > 0 ? '' : 'drain'; } }
  });
  state('drain', 'running', {
    enter: function (m) { m.pump = true; },
    exit: function (m) { m.pump = false; },
    on: { tick: function (m) {
      m.level -= 4;
      if (m.level > 0) return '';
      m.level = 0;
      return m.rinsesLeft > 0 ? 'fill' : 'spin';
    } }
  });
  state('spin', 'running', {
    enter: function (m) { m.timer = 40; },
    exit: function (m) { m.rpm = 0; },
    on: { tick: function (m) {
      const target = m.program.spin;
      m.rpm = m.rpm + 100 > target ? target : m.rpm + 100;
      m.energy += m.rpm >> 6;
      return --m.timer > 0 ? '' : 'done';
    } }
  });
  state('paused', 'root', {
    enter: function (m) { m.heater = false; m.savedRpm = m.rpm; m.rpm = 0; },
    exit: nop,
    on: {
      resume: function (m) { return m.door === 0 ? m.history : ''; },
      tick: function (m) { m.pausedTicks++; m.temp -= m.temp > 20 ? 1 : 0; return ''; }
    }
  });
  state('fault', 'root', {
    enter: function (m) { m.faults++; m.pump = true; },
    exit: function (m) { m.pump = false; },
    on: {
      clear: function (m) { return m.door === 0 ? 'idle' : ''; },
      tick: function (m) { m.level = m.level > 4 ? m.level - 4 : 0; return ''; }
    }
  });
  state('done', 'root', {
    enter: function (m) { m.cycles++; m.program = null; },
    exit: nop,
    on: { doorOpen: function (m) { m.door = 1; return 'idle'; } }
  });
  return S;
}

function agitate(m, wantTemp) {
  m.rpm = (m.timer & 8) !== 0 ? 45 : -45;
  if (m.temp < wantTemp) { m.heater = true; m.temp += 1; m.energy += 20; }
  else { m.heater = false; if (m.temp > 20) m.temp -= (m.timer & 3) === 0 ? 1 : 0; }
  m.energy += 1;
}

class Machine {
  constructor(states) {
    this.S = states; this.cur = states.root;
    this.door = 0; this.program = null; this.programName = ''; this.locked = false;
    this.valve = false; this.pump = false; this.heater = false;
    this.level = 0; this.temp = 20; this.rpm = 0; this.savedRpm = 0; this.timer = 0; this.rinsesLeft = 0; this.washed = false;
    this.water = 0; this.energy = 0; this.beeps = 0; this.forced = 0; this.faults = 0; this.cycles = 0;
    this.idleTicks = 0; this.pausedTicks = 0; this.history = 'fill'; this.transitions = 0; this.trace = 0;
    this.transition(states.idle);
  }
  dispatch(type, arg) {
    let s = this.cur;
    while (s !== null) {
      const h = s.on[type];
      if (h !== undefined) {
        const target = h(this, arg);
        if (target !== '') {
          if (target === 'paused' && this.cur.parent === this.S.running) this.history = this.cur.name;
          this.transition(this.S[target]);
        }
        return true;
      }
      s = s.parent;
    }
    return false;
  }
  transition(to) {
    let a = this.cur, b = to;
    const path = [];
    while (b.depth > a.depth) { path.push(b); b = b.parent; }
    while (a.depth > b.depth) { a.exit(this); a = a.parent; }
    while (a !== b) { a.exit(this); a = a.parent; path.push(b); b = b.parent; }
    if (to === this.cur) { to.exit(this); path.push(to); }
    for (let i = path.length - 1; i >= 0; i--) { const s = path[i]; s.enter(this); s.entered++; }
    this.cur = to;
    this.transitions++;
    this.trace = (this.trace * 13 + to.idx) % 1000003;
  }
}

// [tick, event, argument]
const SCRIPT = [
  [2, 'start', ''], [5, 'select', 'quick'], [6, 'doorOpen', ''], [8, 'start', ''], [9, 'doorClose', ''],
  [10, 'start', ''], [40, 'pause', ''], [55, 'resume', ''], [170, 'doorOpen', ''], [171, 'select', 'synth'],
  [175, 'doorClose', ''], [177, 'clear', ''], [180, 'start', ''], [200, 'pause', ''], [203, 'doorOpen', ''],
  [210, 'resume', ''], [215, 'doorClose', ''], [216, 'resume', ''], [370, 'doorOpen', ''], [372, 'doorClose', ''],
  [375, 'select', 'cotton'], [376, 'start', ''], [430, 'pause', ''], [440, 'resume', ''], [470, 'leak', ''],
  [475, 'clear', ''], [480, 'start', ''], [590, 'doorOpen', '']
];

let checked = false;
function run() {
  const m = new Machine(makeStates());
  let e = 0, unhandled = 0;
  for (let t = 0; t < 600; t++) {
    while (e < SCRIPT.length && SCRIPT[e][0] === t) {
      if (!m.dispatch(SCRIPT[e][1], SCRIPT[e][2])) unhandled++;
      e++;
    }
    m.dispatch('tick', '');
  }
  const S = m.S;
  let entered = '';
  const names = ['idle', 'fill', 'wash', 'rinse', 'drain', 'spin', 'paused', 'fault', 'done'];
  for (let i = 0; i < names.length; i++) entered += (i > 0 ? ',' : '') + S[names[i]].entered;
  const r = (m.trace + m.energy * 7 + m.water * 31 + m.transitions) % 1000003;
  if (!checked) {
    checked = true;
    print('washer-hsm ' + m.cur.name + ' ' + m.transitions + ' [' + entered + '] ' + m.cycles + '/' + m.faults + '/' +
      m.beeps + ' ' + m.energy + ' ' + m.water + ' ' + m.temp + ' ' + unhandled + ' ' + m.trace + ' ' + r);
  }
  return r;
}
vmExport(0, run);
