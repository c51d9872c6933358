// A 4x4 matrix keypad scanned every millisecond: each key is an object with
// an integrating debounce counter, press/release/long-press callbacks feed a
// PIN-entry state machine that builds the typed text as a string.
const LABELS = ['1', '2', '3', 'A', '4', '5', '6', 'B', '7', '8', '9', 'C', '*', '0', '#', 'D'];
const DEBOUNCE = 3, LONG = 30;

class Key {
  constructor(index, label, pad) {
    this.index = index; this.label = label; this.pad = pad;
    this.count = 0; this.down = false; this.held = 0;
  }
  sample(raw) {
    if (raw) { if (this.count < DEBOUNCE) this.count++; }
    else if (this.count > 0) this.count--;
    if (!this.down && this.count === DEBOUNCE) {
      this.down = true; this.held = 0; this.pad.pressed(this);
    } else if (this.down && this.count === 0) {
      this.down = false; this.pad.released(this, this.held);
    } else if (this.down) {
      this.held++;
      if (this.held === LONG) this.pad.longPress(this);
    }
  }
}

class Keypad {
  constructor(listener) {
    this.keys = [];
    for (let i = 0; i < 16; i++) this.keys.push(new Key(i, LABELS[i], this));
    this.listener = listener;
    this.events = 0;
  }
  scan(readColumns) {
    for (let row = 0; row < 4; row++) {
      const cols = readColumns(row);
      for (let c = 0; c < 4; c++) this.keys[row * 4 + c].sample((cols >> c) & 1);
    }
  }
  pressed(k) { this.events++; this.listener.onKey(k.label); }
  released(k, held) { this.events++; this.listener.heldTotal += held; }
  longPress(k) { this.events++; this.listener.onLong(k.label); }
}

function makePinEntry(pin) {
  let text = '', digits = 0;
  const st = { opened: 0, rejected: 0, longs: 0, heldTotal: 0, log: '' };
  st.onKey = function (label) {
    if (label === '#') {
      if (text === pin) st.opened++; else st.rejected++;
      st.log = st.log + '[' + text + ']';
      text = ''; digits = 0;
    } else if (label === '*') { text = ''; digits = 0; }
    else if (digits < 6) { text = text + label; digits++; }
  };
  st.onLong = function (label) { st.longs++; if (label === '*') st.log = ''; };
  return st;
}

// Press schedule: [start ms, key index, duration ms]. Contacts bounce for the
// first and last 3 ms of each press. A long press of '*' clears the log.
const plan = [];
const typed = [0, 1, 2, 8, 14, 4, 13, 5, 14, 12, 0, 1, 2, 8, 14, 9, 10, 14];
let t0 = 5;
for (let i = 0; i < typed.length; i++) {
  const dur = i === 9 ? 45 : 9 + (i * 7) % 5;
  plan.push([t0, typed[i], dur]);
  t0 += dur + 7;
}
const TOTAL = t0 + 10;

let checked = false;
function run() {
  const pin = makePinEntry('1237');
  const pad = new Keypad(pin);
  let now = 0, p = 0;
  const read = (row) => {
    let cols = 0;
    for (let j = p; j < plan.length && plan[j][0] <= now; j++) {
      const e = plan[j], k = e[1];
      if ((k >> 2) === row) {
        const dt = now - e[0];
        if (dt < e[2]) {
          const bouncing = dt < 3 || dt >= e[2] - 3;
          if (!bouncing || ((now * 5 + k) & 2)) cols |= 1 << (k & 3);
        }
      }
    }
    return cols;
  };
  for (now = 0; now < TOTAL; now++) {
    while (p < plan.length && plan[p][0] + plan[p][2] < now) p++;
    pad.scan(read);
  }
  const r = pad.events * 100 + pin.opened * 10 + pin.rejected + pin.longs * 1000 + pin.heldTotal;
  if (!checked) {
    checked = true;
    assertEqual(pin.opened, 2);
    print('keypad ' + pin.log + ' ' + pad.events + ' ' + pin.opened + ' ' + pin.rejected + ' ' + pin.longs + ' ' + r);
  }
  return r;
}
vmExport(0, run);
