// Debounced four-button gesture recogniser over a synthetic input trace.
// The trace (built at load time) is 600 samples of a 4-bit port taken every
// 5 ms: a fixed script of presses and releases, with contact bounce for a
// few samples after every edge and a one-sample glitch now and then. Each
// call feeds the trace through a per-button integrating debouncer (a count
// of 0..4) and then a per-button state machine that emits click, double
// click, long press, auto-repeat, long-press end and plain press events,
// plus a chord event when two buttons go down within 50 ms of each other.
// Events are objects appended to a log, which is then summarised.
const CLICK = 50, GAP = 60, LONG = 160, REPEAT = 40, CHORD = 10, TICKS = 600;
// [button, first sample, samples held]
const SCRIPT = [
  [0, 10, 20], [1, 40, 30], [0, 100, 15], [0, 140, 12], [3, 200, 45], [0, 250, 260],
  [3, 262, 2], [1, 300, 80], [2, 305, 70], [1, 450, 10], [1, 480, 10], [1, 510, 10],
  [3, 520, 70], [2, 420, 30], [2, 465, 8], [3, 330, 1]
];
const TRACE = [];
function buildTrace() {
  let seed = 91;
  for (let t = 0; t < TICKS; t++) {
    let m = 0;
    for (let b = 0; b < 4; b++) {
      let lvl = 0, near = false;
      for (let j = 0; j < SCRIPT.length; j++) {
        const s = SCRIPT[j];
        if (s[0] === b) {
          if (t >= s[1] && t < s[1] + s[2]) lvl = 1;
          if ((t >= s[1] && t < s[1] + 3) || (t >= s[1] + s[2] && t < s[1] + s[2] + 3)) near = true;
        }
      }
      seed = (seed * 57 + 13) % 4093;
      if (near) lvl = (seed >> 5) & 1;
      else if (seed % 89 === 0) lvl = 1 - lvl;
      m = m | (lvl << b);
    }
    TRACE.push(m);
  }
}
buildTrace();

function makeButton(id) {
  return { id, cnt: 0, down: false, st: 0, t0: 0, tUp: 0, tRep: 0, chord: false, edges: 0, held: 0 };
}
function emit(log, t, b, kind, arg) { log.push({ t, b: b.id, kind, arg }); }
function debounce(b, raw) {
  if (raw !== 0) { if (b.cnt < 4) b.cnt += 1; }
  else if (b.cnt > 0) b.cnt -= 1;
  if (b.cnt === 4 && !b.down) { b.down = true; b.edges += 1; return 1; }
  if (b.cnt === 0 && b.down) { b.down = false; b.edges += 1; return -1; }
  return 0;
}
function pressed(btns, b, t, log) {
  if (b.st === 0) { b.st = 1; b.t0 = t; b.chord = false; }
  else if (b.st === 2) { b.st = 3; b.t0 = t; }
  for (let k = 0; k < btns.length; k++) {
    const o = btns[k];
    if (o !== b && o.down && !o.chord && o.st === 1 && t - o.t0 <= CHORD) {
      o.chord = true; b.chord = true;
      emit(log, t, o, 7, b.id);
    }
  }
}
function released(b, t, log) {
  b.held += t - b.t0;
  if (b.chord) b.st = 0;
  else if (b.st === 1) {
    if (t - b.t0 < CLICK) { b.st = 2; b.tUp = t; }
    else { emit(log, t, b, 6, t - b.t0); b.st = 0; }
  } else if (b.st === 3) { emit(log, t, b, 2, t - b.tUp); b.st = 0; }
  else if (b.st === 4) { emit(log, t, b, 5, t - b.t0); b.st = 0; }
}
function tick(b, t, log) {
  if (b.st === 2 && t - b.tUp >= GAP) { emit(log, t, b, 1, t - b.tUp); b.st = 0; }
  else if ((b.st === 1 || b.st === 3) && !b.chord && t - b.t0 >= LONG) {
    emit(log, t, b, 3, 0); b.st = 4; b.tRep = t;
  } else if (b.st === 4 && t - b.tRep >= REPEAT) { emit(log, t, b, 4, t - b.t0); b.tRep = t; }
}

const NAMES = ['-', 'click', 'double', 'long', 'repeat', 'end', 'press', 'chord'];
// checksum computed in node
const NODE_SUM = 773495;
let checked = false, expected = 0;
function run() {
  const btns = [makeButton(0), makeButton(1), makeButton(2), makeButton(3)];
  const log = [];
  for (let t = 0; t < TICKS; t++) {
    const m = TRACE[t];
    for (let k = 0; k < 4; k++) {
      const b = btns[k], e = debounce(b, (m >> k) & 1);
      if (e === 1) pressed(btns, b, t, log);
      else if (e === -1) released(b, t, log);
      tick(b, t, log);
    }
  }
  for (let k = 0; k < 4; k++) tick(btns[k], TICKS + GAP, log);
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  let h = 3;
  for (let i = 0; i < log.length; i++) {
    const e = log[i];
    counts[e.kind] += 1;
    h = (h * 31 + e.t * 8 + e.b * 2 + e.kind * 977 + e.arg) % 1000003;
  }
  let summary = '';
  for (let k = 1; k < 8; k++) {
    if (counts[k] !== 0) summary = summary + ' ' + NAMES[k] + '=' + counts[k];
  }
  let edges = 0, held = 0;
  for (let k = 0; k < 4; k++) { edges += btns[k].edges; held += btns[k].held; }
  h = (h + edges * 101 + held) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`button-gestures events=${log.length}${summary} edges=${edges} held=${held} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
