// Alarm management in a small plant controller, after ISA-18.2. Sixteen
// alarms on eight process points (HI/HIHI/LO/LOLO limits with deadbands,
// on- and off-delays, priorities and groups) live in a dictionary keyed
// `${point}.${kind}`. The alarm states are classes (Normal, Unacked,
// Acked, ReturnedUnacked, Shelved, Suppressed, OutOfService), one
// instance each per call; every state answers events through a switch on
// the event name and returns the next state, or undefined to fall back to
// the manager's common rules (shelving and service removal). A simulated
// process drives 80 ticks of values with ramps, spikes and a chattering
// signal; an operator script acknowledges, shelves and removes alarms by
// tag or group; a pump interlock suppresses the tank's low-level alarm by
// design, and an alarm flood (more than six activations in ten ticks)
// suppresses new priority-4 alarms until it subsides. Subscribers are
// arrow-function closures: a pager escalating priority-1 alarms left
// unacknowledged, a historian counting transitions in a dictionary keyed
// `${from}>${to}`, and a chatter detector. The journal is a 24-entry ring.
const EV_ACTIVE = 'active', EV_CLEAR = 'clear', EV_ACK = 'ack', EV_TICK = 'tick', EV_SUPPRESS = 'suppress', EV_RELEASE = 'release';

class Normal {
  name = 'NORM';
  on(ev, al, m) {
    switch (ev) {
      case EV_ACTIVE: return al.priority === 4 && m.flood ? m.S.supr : m.S.unack;
      case EV_SUPPRESS: return m.S.supr;
      case EV_CLEAR: case EV_ACK: case EV_TICK: case EV_RELEASE: return null;
    }
    return undefined;
  }
}
class Unacked {
  name = 'UNACK';
  on(ev, al, m) {
    switch (ev) {
      case EV_ACK: return m.S.acked;
      case EV_CLEAR: return m.S.rtnun;
      case EV_TICK:
        al.unackFor++;
        if (al.priority === 1 && al.unackFor === 12) m.notify('escalate', al);
        return null;
      case EV_ACTIVE: case EV_RELEASE: return null;
      case EV_SUPPRESS: return m.S.supr;
    }
    return undefined;
  }
}
class Acked {
  name = 'ACKED';
  on(ev, al, m) {
    switch (ev) {
      case EV_CLEAR: return m.S.norm;
      case EV_TICK:
        al.standing++;
        return null;
      case EV_ACK: case EV_ACTIVE: case EV_RELEASE: return null;
      case EV_SUPPRESS: return m.S.supr;
    }
    return undefined;
  }
}
class ReturnedUnacked {
  name = 'RTNUN';
  on(ev, al, m) {
    switch (ev) {
      case EV_ACK: return m.S.norm;
      case EV_ACTIVE: return m.S.unack;
      case EV_CLEAR: case EV_TICK: case EV_RELEASE: return null;
      case EV_SUPPRESS: return m.S.norm;
    }
    return undefined;
  }
}
class Shelved {
  name = 'SHLVD';
  on(ev, al, m) {
    switch (ev) {
      case EV_TICK:
        al.shelveLeft--;
        if (al.shelveLeft > 0) return null;
        return al.active ? m.S.unack : m.S.norm;
      case 'unshelve':
        return al.active ? m.S.unack : m.S.norm;
      case 'shelve':
        return null;
    }
    return null;               // everything else is ignored while shelved
  }
}
class Suppressed {
  name = 'DSUPR';
  on(ev, al, m) {
    switch (ev) {
      case EV_RELEASE: return al.active ? m.S.unack : m.S.norm;
      case EV_TICK:
        if (al.priority === 4 && !m.flood && al.suppressedBy === 'flood') return al.active ? m.S.unack : m.S.norm;
        return null;
      case 'shelve': case 'oos': return null;
    }
    return null;
  }
}
class OutOfService {
  name = 'OOSRV';
  on(ev, al, m) {
    if (ev === 'return') return al.active ? m.S.unack : m.S.norm;
    return null;
  }
}

class Alarm {
  constructor(point, kind, limit, band, onDelay, offDelay, priority, group) {
    this.point = point; this.kind = kind; this.tag = `${point}.${kind}`;
    this.limit = limit; this.band = band; this.onDelay = onDelay; this.offDelay = offDelay;
    this.priority = priority; this.group = group;
    this.state = null; this.active = false; this.count = 0; this.unackFor = 0; this.standing = 0;
    this.shelveLeft = 0; this.suppressedBy = ''; this.starts = [];
  }
  // true/false when the condition changes, after the delays; null otherwise
  evaluate(v) {
    const high = this.kind === 'HI' || this.kind === 'HIHI';
    const beyond = high ? v > this.limit : v < this.limit;
    const back = high ? v < this.limit - this.band : v > this.limit + this.band;
    if (!this.active) {
      if (beyond) {
        this.count++;
        if (this.count >= this.onDelay) { this.count = 0; this.active = true; return true; }
      } else this.count = 0;
    } else {
      if (back) {
        this.count++;
        if (this.count >= this.offDelay) { this.count = 0; this.active = false; return false; }
      } else this.count = 0;
    }
    return null;
  }
}

class AlarmManager {
  constructor() {
    this.S = {
      norm: new Normal(), unack: new Unacked(), acked: new Acked(), rtnun: new ReturnedUnacked(),
      shlvd: new Shelved(), supr: new Suppressed(), oos: new OutOfService()
    };
    this.alarms = [];
    this.byTag = {};
    this.subs = [];
    this.journal = [];
    this.jhead = 0;
    this.jcount = 0;
    this.recent = [];
    this.flood = false;
    this.floods = 0;
    this.t = 0;
  }
  add(al) {
    al.state = this.S.norm;
    this.alarms.push(al);
    this.byTag[al.tag] = al;
  }
  subscribe(fn) { this.subs.push(fn); }
  notify(what, al) {
    for (let i = 0; i < this.subs.length; i++) this.subs[i](what, al, this);
  }
  send(al, ev) {
    const from = al.state;
    let to = from.on(ev, al, this);
    if (to === undefined) {
      // the common rules
      switch (ev) {
        case 'shelve': to = this.S.shlvd; break;
        case 'oos': to = this.S.oos; break;
        default: to = null;
      }
    }
    if (to !== null && to !== from) {
      al.state = to;
      if (to === this.S.unack) al.unackFor = 0;
      if (from === this.S.acked || from === this.S.unack) al.standing = 0;
      const j = { t: this.t, tag: al.tag, from: from.name, to: to.name };
      if (this.journal.length < 24) this.journal.push(j);
      else this.journal[this.jhead] = j;
      this.jhead = (this.jhead + 1) % 24;
      this.jcount++;
      this.notify('transition', al);
      this.notify(`${from.name}>${to.name}`, al);
    }
  }
  tick(values, pumpOn) {
    this.t++;
    // activations in the last 10 ticks decide the flood mode
    const keep = [];
    for (let i = 0; i < this.recent.length; i++) if (this.recent[i] > this.t - 10) keep.push(this.recent[i]);
    this.recent = keep;
    for (let i = 0; i < this.alarms.length; i++) {
      const al = this.alarms[i];
      const v = values[al.point];
      const change = al.evaluate(v);
      if (change === true) {
        this.recent.push(this.t);
        al.starts.push(this.t);
        this.send(al, EV_ACTIVE);
        if (al.state === this.S.supr && al.suppressedBy === '') al.suppressedBy = 'flood';
      } else if (change === false) this.send(al, EV_CLEAR);
      this.send(al, EV_TICK);
    }
    const wasFlood = this.flood;
    if (!this.flood && this.recent.length > 6) { this.flood = true; this.floods++; }
    else if (this.flood && this.recent.length < 3) this.flood = false;
    if (wasFlood !== this.flood) this.notify(this.flood ? 'flood' : 'calm', null);
    // design suppression: the tank low-level alarm only matters while the pump runs
    const lo = this.byTag['LT-301.LO'];
    if (!pumpOn && lo.state !== this.S.supr && lo.state !== this.S.shlvd && lo.state !== this.S.oos) {
      lo.suppressedBy = 'pump';
      this.send(lo, EV_SUPPRESS);
    } else if (pumpOn && lo.state === this.S.supr) {
      lo.suppressedBy = '';
      this.send(lo, EV_RELEASE);
    }
  }
  ackGroup(group) {
    for (let i = 0; i < this.alarms.length; i++) if (this.alarms[i].group === group) this.send(this.alarms[i], EV_ACK);
  }
  operator(act) {
    switch (act.op) {
      case 'ack':
        this.send(this.byTag[act.tag], EV_ACK);
        break;
      case 'ackGroup':
        this.ackGroup(act.group);     // (a for-let loop inside a case stops Microvium's compiler)
        break;
      case 'shelve':
        this.byTag[act.tag].shelveLeft = act.ticks;
        this.send(this.byTag[act.tag], 'shelve');
        break;
      case 'unshelve':
      case 'oos':
      case 'return':
        this.send(this.byTag[act.tag], act.op);
        break;
    }
  }
}

const POINTS = ['TT-101', 'TT-102', 'PT-205', 'LT-301', 'FT-402', 'AT-501', 'VT-601', 'ST-701'];
function processValues(t, v) {
  v['TT-101'] = 60 + (t > 20 && t < 58 ? (t - 20) * 1.5 : 0) + (t % 5) * 0.2;                   // slow excursion
  v['TT-102'] = 58 + (t % 4 < 2 ? 3.5 : -3.5) * (t > 50 ? 1 : 0);                                // chatters late
  v['PT-205'] = 4.2 + (t === 30 || t === 31 || t === 32 ? 3 : 0) + (t > 60 ? 1.8 : 0);            // spike, then high
  v['LT-301'] = 70 - t * 1.0 + (t > 55 ? (t - 55) * 3 : 0);                                     // draws down, refills
  v['FT-402'] = t > 25 && t < 33 ? 2 : 40 + (t % 7);                                              // flow drop
  v['AT-501'] = 6.9 + (t > 28 && t < 40 ? 1.6 : 0) - (t > 65 ? 2.2 : 0);                          // pH
  v['VT-601'] = 2.1 + (t > 35 && t < 44 ? 6 : 0);                                                 // vibration
  v['ST-701'] = 1480 + (t > 27 && t < 34 ? 140 : 0) - (t > 70 ? 300 : 0);                         // speed
}
// operator actions at ticks
const SCRIPT = [
  { t: 24, op: 'ack', tag: 'TT-101.HI' },
  { t: 30, op: 'shelve', tag: 'ST-701.HI', ticks: 15 },
  { t: 34, op: 'ackGroup', group: 'utilities' },
  { t: 36, op: 'ack', tag: 'PT-205.HIHI' },
  { t: 40, op: 'ackGroup', group: 'reactor' },
  { t: 42, op: 'unshelve', tag: 'ST-701.HI' },
  { t: 43, op: 'shelve', tag: 'AT-501.LO', ticks: 30 },
  { t: 48, op: 'ack', tag: 'FT-402.LO' },
  { t: 52, op: 'oos', tag: 'TT-102.HI' },
  { t: 58, op: 'ackGroup', group: 'tank' },
  { t: 66, op: 'return', tag: 'TT-102.HI' },
  { t: 70, op: 'ackGroup', group: 'reactor' },
  { t: 75, op: 'ackGroup', group: 'utilities' },
  { t: 78, op: 'ack', tag: 'TT-102.HI' }
];

let checked = false;
let expected = 0;

function run() {
  const m = new AlarmManager();
  m.add(new Alarm('TT-101', 'HI', 80, 2, 2, 2, 2, 'reactor'));
  m.add(new Alarm('TT-101', 'HIHI', 90, 2, 1, 2, 1, 'reactor'));
  m.add(new Alarm('TT-102', 'HI', 60, 1, 1, 1, 3, 'reactor'));
  m.add(new Alarm('TT-102', 'LO', 50, 1, 2, 1, 4, 'reactor'));
  m.add(new Alarm('PT-205', 'HI', 5.5, 0.3, 1, 2, 2, 'reactor'));
  m.add(new Alarm('PT-205', 'HIHI', 7, 0.3, 1, 1, 1, 'reactor'));
  m.add(new Alarm('LT-301', 'LO', 30, 3, 2, 2, 3, 'tank'));
  m.add(new Alarm('LT-301', 'LOLO', 20, 3, 1, 2, 1, 'tank'));
  m.add(new Alarm('LT-301', 'HI', 95, 3, 2, 2, 3, 'tank'));
  m.add(new Alarm('FT-402', 'LO', 10, 2, 2, 3, 2, 'utilities'));
  m.add(new Alarm('AT-501', 'HI', 8, 0.2, 2, 2, 4, 'utilities'));
  m.add(new Alarm('AT-501', 'LO', 5, 0.2, 2, 2, 4, 'utilities'));
  m.add(new Alarm('VT-601', 'HI', 6, 0.5, 1, 3, 4, 'utilities'));
  m.add(new Alarm('ST-701', 'HI', 1600, 20, 2, 2, 4, 'utilities'));
  m.add(new Alarm('ST-701', 'LO', 1250, 20, 3, 2, 3, 'utilities'));
  m.add(new Alarm('FT-402', 'LOLO', 3, 1, 3, 2, 1, 'utilities'));

  const hist = {};
  let pages = 0, escalations = 0, chatter = 0, floodEvents = 0, transitions = 0;
  m.subscribe((what, al, mgr) => {
    if (what === 'transition') transitions++;
    else if (what === 'escalate') escalations++;
    else if (what === 'flood' || what === 'calm') floodEvents++;
    else hist[what] = (hist[what] === undefined ? 0 : hist[what]) + 1;
  });
  m.subscribe((what, al, mgr) => {
    if (what === 'NORM>UNACK' || what === 'RTNUN>UNACK') {
      if (al.priority === 1) pages++;
    }
  });
  const chatterers = {};
  m.subscribe((what, al, mgr) => {
    if (what === 'transition' && al.state === mgr.S.unack) {
      // three activations inside 20 ticks is chattering
      const s = al.starts;
      if (s.length >= 3 && s[s.length - 1] - s[s.length - 3] < 20 && chatterers[al.tag] === undefined) {
        chatterers[al.tag] = true;
        chatter++;
      }
    }
  });

  const values = {};
  let next = 0;
  for (let t = 1; t <= 80; t++) {
    processValues(t, values);
    const pumpOn = !(t > 44 && t < 54);
    m.tick(values, pumpOn);
    while (next < SCRIPT.length && SCRIPT[next].t === t) {
      m.operator(SCRIPT[next]);
      next++;
    }
  }
  let code = 0;
  for (let i = 0; i < m.alarms.length; i++) {
    const al = m.alarms[i];
    code = (code * 7 + (al.state === m.S.norm ? 0 : al.state === m.S.unack ? 1 : al.state === m.S.acked ? 2 :
      al.state === m.S.rtnun ? 3 : al.state === m.S.shlvd ? 4 : al.state === m.S.supr ? 5 : 6) + al.standing) % 1000003;
  }
  const last = m.journal[(m.jhead + 23) % 24];
  const hv = `${hist['NORM>UNACK']}/${hist['UNACK>ACKED']}/${hist['ACKED>NORM']}/${hist['UNACK>RTNUN']}/${hist['RTNUN>NORM']}/${hist['RTNUN>UNACK']}`;
  const r = (code + transitions * 3 + pages * 5 + escalations * 7 + chatter * 11 + floodEvents * 13 + m.floods * 17 + m.jcount * 19 +
    hist['NORM>UNACK'] * 23 + hist['UNACK>ACKED'] * 29 + hist['RTNUN>NORM'] * 31 + last.t) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`alarm-manager tr=${transitions} [${hv}] pages=${pages} esc=${escalations} chatter=${chatter} floods=${m.floods} ` +
      `last=${last.t}:${last.tag}:${last.from}>${last.to} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
