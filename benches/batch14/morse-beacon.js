// A CW (Morse) telemetry beacon and the receiver that monitors it, as one
// callback-driven event loop: nothing blocks, every step is a closure
// scheduled on a timer queue. Each call sends 5 beacon messages
// ("VVV DE DL1ABC/B" + temperature, battery and a counter) at 21 to 32 WPM:
//  - the keyer walks the message element by element through callbacks
//    (key down, key up after 1 or 3 dots, gaps of 1, 3 and 7 dots);
//  - the channel delays each edge by an LCG jitter of up to 1/8 dot and
//    adds a few 2 ms clicks;
//  - the decoder times marks and spaces, splits dots from dashes with an
//    adaptive dot estimate (the VVV preamble trains it), drops clicks,
//    looks characters up by their code and flushes on silence through a
//    timer whose generation counter cancels stale flushes;
//  - listeners on an event bus build the received text, count words and
//    watch for "QRS" (send slower), which slows the next message.
// The codes hold a leading 1 and then a bit per element (dash = 1).
const NODE_SUM = 37268;
const CHARS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', '=', '.', '?', ' '];
const CODES = [5, 24, 26, 12, 2, 18, 14, 16, 4, 23, 13, 20, 7, 6, 15, 22, 29, 10, 8, 3, 9, 17, 11, 25, 27, 28,
  63, 47, 39, 35, 33, 32, 48, 56, 60, 62, 50, 49, 85, 76];
const SPACE = 40, DIGIT0 = 26;
const BY_CODE = [];                              // code -> character index, -1 if none
for (let i = 0; i < 128; i++) BY_CODE.push(-1);
for (let i = 0; i < CODES.length; i++) BY_CODE[CODES[i]] = i;
const IDX = {};                                  // no digits: Microvium 8 refuses keys like '1'
for (let i = 0; i < CHARS.length; i++) if (i < DIGIT0 || i >= DIGIT0 + 10) IDX[CHARS[i]] = i;
const PREAMBLE = [];                              // digits are given as numbers
const CALL = ['V', 'V', 'V', ' ', 'D', 'E', ' ', 'D', 'L', 1, 'A', 'B', 'C', '/', 'B', ' '];
for (let i = 0; i < CALL.length; i++) PREAMBLE.push(typeof CALL[i] === 'number' ? DIGIT0 + CALL[i] : IDX[CALL[i]]);

function makeScheduler() {
  const q = [];                                   // latest first, so the next event is at the end
  let now = 0, seq = 0, fired = 0;
  return {
    now: () => now,
    fired: () => fired,
    after: (ms, fn) => {
      const ev = { at: now + ms, seq: seq, fn: fn };
      seq += 1;
      q.push(ev);
      let i = q.length - 1;
      while (i > 0 && q[i - 1].at <= ev.at) { q[i] = q[i - 1]; i -= 1; }
      q[i] = ev;
    },
    run: () => {
      while (q.length > 0) {
        const ev = q[q.length - 1];
        q.length -= 1;
        now = ev.at; fired += 1;
        ev.fn();
      }
    }
  };
}

function makeBus() {
  const listeners = {};
  return {
    on: (name, fn) => { if (listeners[name] === undefined) listeners[name] = []; listeners[name].push(fn); },
    emit: (name, x) => { const l = listeners[name]; if (l !== undefined) for (let i = 0; i < l.length; i++) l[i](x); }
  };
}

function makeDecoder(sched, bus) {
  let est = 80, lastEdge = 0, spaceStart = 0, down = false, idle = true, code = 1, gen = 0, clicks = 0;
  const flushChar = () => {
    if (code > 1) bus.emit('char', code < 128 ? BY_CODE[code] : -1);
    code = 1;
  };
  const armFlush = () => {                       // silence ends the message; any later edge cancels it
    gen += 1;
    const mine = gen;
    sched.after(est * 9, () => { if (mine === gen) { flushChar(); idle = true; bus.emit('end', est); } });
  };
  const edge = (level) => {
    const t = sched.now(), d = t - lastEdge;
    if (level === down) return;
    down = level; gen += 1;
    if (!level && d < 6) { clicks += 1; lastEdge = spaceStart; armFlush(); return; }   // a click: forget it
    if (level) {
      spaceStart = lastEdge;
      if (idle) idle = false;
      else if (d > est * 5) { flushChar(); bus.emit('char', SPACE); } else if (d > est * 2) flushChar();
    } else if (d < est * 2) { code = code * 2; est = (est * 3 + d) >> 2; }
    else { code = code * 2 + 1; est = (est * 3 + ((d / 3) | 0)) >> 2; }
    lastEdge = t;
    if (!level) armFlush();
  };
  return { edge: edge, clicks: () => clicks };
}

function makeKeyer(sched, onEdge) {
  return (chars, wpm, done) => {
    const dot = (1200 / wpm) | 0;
    let ci = 0, bits = 0, mask = 0;
    const nextChar = () => {
      if (ci === chars.length) { done(); return; }
      const c = chars[ci];
      ci += 1;
      if (c === SPACE) { sched.after(dot * 4, nextChar); return; }    // 3 + 4 = 7 dots between words
      bits = CODES[c]; mask = 1;
      while (mask * 2 <= bits) mask = mask * 2;
      mask = mask >> 1;
      element();
    };
    const element = () => {
      const len = (bits & mask) === 0 ? dot : dot * 3;
      mask = mask >> 1;
      onEdge(true, dot);
      sched.after(len, () => { onEdge(false, dot); sched.after(mask === 0 ? dot * 3 : dot, mask === 0 ? nextChar : element); });
    };
    nextChar();
  };
}

let checked = false;

function run() {
  const sched = makeScheduler(), bus = makeBus(), rx = makeDecoder(sched, bus);
  let seed = 4242, h = 3, sent = '', sentIdx = [], heard = '', heardIdx = [], words = 0, msgs = 0, good = 0, wrong = 0, qrs = 0;
  let wpm = 22, state = 0;
  const rand = (n) => { seed = (seed * 171) % 30269; return seed % n; };
  const channel = (level, dot) => {
    const j = rand(dot >> 3);
    sched.after(j + 1, () => rx.edge(level));
    if (!level && rand(12) === 0) sched.after(j + (dot >> 1), () => { rx.edge(true); sched.after(2, () => rx.edge(false)); });
  };
  const keyer = makeKeyer(sched, channel);
  bus.on('char', (c) => { heard += c < 0 ? '*' : CHARS[c]; heardIdx.push(c); h = (h * 31 + c + 1) % 1000003; });
  bus.on('char', (c) => { if (c === SPACE) words += 1; });
  bus.on('char', (c) => {                          // Q, R, S in a row asks for slower sending
    if (c === IDX['Q']) state = 1; else if (c === IDX['R'] && state === 1) state = 2;
    else if (c === IDX['S'] && state === 2) { state = 0; qrs += 1; bus.emit('qrs', 5); } else state = 0;
  });
  bus.on('qrs', (step) => { wpm = wpm - step < 10 ? 10 : wpm - step; });
  bus.on('end', (dotEstimate) => {
    msgs += 1;
    if (heard === sent) good += 1;
    const n = heardIdx.length > sentIdx.length ? heardIdx.length : sentIdx.length;
    for (let i = 0; i < n; i++) if (heardIdx[i] !== sentIdx[i]) wrong += 1;
    h = (h * 31 + dotEstimate) % 1000003;
  });
  const send = (n) => {
    if (n === 5) return;
    const chars = [], temp = 17 + n * 3, batt = 129 - n * 4;
    for (let i = 0; i < PREAMBLE.length; i++) chars.push(PREAMBLE[i]);
    chars.push(IDX['T']); chars.push(IDX['=']); chars.push(DIGIT0 + ((temp / 10) | 0)); chars.push(DIGIT0 + temp % 10); chars.push(IDX['C']); chars.push(SPACE);
    chars.push(IDX['B']); chars.push(DIGIT0 + ((batt / 100) | 0)); chars.push(DIGIT0 + ((batt / 10) | 0) % 10); chars.push(IDX['.']);
    chars.push(DIGIT0 + batt % 10); chars.push(IDX['V']); chars.push(SPACE);
    if (n === 1) { chars.push(IDX['Q']); chars.push(IDX['R']); chars.push(IDX['S']); chars.push(SPACE); }
    chars.push(IDX['N']); chars.push(DIGIT0 + n); chars.push(IDX['?']);
    sent = ''; sentIdx = chars; heard = ''; heardIdx = [];
    for (let i = 0; i < chars.length; i++) sent += CHARS[chars[i]];
    wpm = n === 0 ? 22 : (n === 3 ? 30 : wpm + 2);
    keyer(chars, wpm, () => sched.after(1500, () => send(n + 1)));
  };
  send(0);
  sched.run();
  h = (h * 31 + words * 100 + msgs * 10 + good) % 1000003;
  h = (h * 31 + rx.clicks() * 7 + qrs) % 1000003;
  const line = 'morse-beacon msgs=' + msgs + ' good=' + good + ' words=' + words + ' wrong=' + wrong + ' clicks=' + rx.clicks() + ' qrs=' + qrs +
    ' events=' + sched.fired() + ' ms=' + sched.now() + ' last=' + heard + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
