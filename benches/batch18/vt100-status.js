// The status screen of a solar charge controller on its VT100 service port.
// Every frame the firmware rebuilds 22 text rows of an 80-column screen as
// strings: a title bar in reverse video, labelled readings with units and
// decimals (PV volts and amps, battery volts, state of charge, load watts,
// two temperatures), right-aligned in fixed fields, 40-cell bar graphs, a
// 60-column sparkline of the PV power, a clock (hh:mm:ss), the charger stage
// in colour, a scrolling event log of 8 lines and a menu line with the
// selected item highlighted. Rows are compared with the previous frame's
// (===) and only the changed ones are sent, each as a cursor move, the row
// and an erase-to-end-of-line. Strings have no length in Microvium, so every
// piece is built with a known width: numbers are formatted by counting their
// digits, and each row carries its own column count. 72 frames of a sunny
// morning with a passing cloud and a load switched on and off.
const NODE_SUM = 725139;
const ESC = '\x1b[';
const DIG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SPARK = [' ', '.', ',', ':', '-', '=', '+', '*', '#', '%', '@'];
const SPACES = [''];
for (let i = 1; i <= 80; i++) SPACES.push(SPACES[i - 1] + ' ');
const STAGES = ['OFF', 'BULK', 'ABSORB', 'FLOAT', 'EQUAL'], STAGE_W = [3, 4, 6, 5, 5];
const STAGE_COL = ['37', '33', '32', '36', '35'];
const MENU = ['Status', 'History', 'Settings', 'Load', 'Network', 'About'], MENU_W = [6, 7, 8, 4, 7, 5];
const EVENTS = ['cloud', 'load on', 'load off', 'stage', 'temp high', 'sun'], EVENT_W = [5, 7, 8, 5, 9, 3];
let checked = false;

function digits(n) { let d = 1; while (n >= 10) { n = (n / 10) | 0; d += 1; } return d; }
function intStr(n) {                                 // non-negative integer to string, one digit at a time
  let s = DIG[n % 10]; n = (n / 10) | 0;
  while (n > 0) { s = DIG[n % 10] + s; n = (n / 10) | 0; }
  return s;
}
function fixed(v, dec, width, line) {                // v is an integer scaled by 10^dec; right-aligned in width
  const neg = v < 0; if (neg) v = -v;
  let scale = 1; for (let i = 0; i < dec; i++) scale *= 10;
  const ip = (v / scale) | 0, fp = v - ip * scale;
  let s = intStr(ip), w = digits(ip);
  if (dec > 0) {
    let f = intStr(fp), fw = digits(fp);
    while (fw < dec) { f = '0' + f; fw += 1; }
    s = s + '.' + f; w += 1 + dec;
  }
  if (neg) { s = '-' + s; w += 1; }
  line.s += (w < width ? SPACES[width - w] : '') + s; line.w += w < width ? width : w;
}
function text(line, s, w) { line.s += s; line.w += w; }
function pad(line, to) { if (line.w < to) { line.s += SPACES[to - line.w]; line.w = to; } }
function two(n) { return DIG[(n / 10) | 0] + DIG[n % 10]; }
function bar(line, v, max, cells) {                  // '[' + '#' * k + '.' * rest + ']'
  let k = ((v * cells) / max) | 0; if (k > cells) k = cells; if (k < 0) k = 0;
  let s = '[';
  for (let i = 0; i < cells; i++) s += i < k ? '#' : (i % 10 === 9 ? '|' : '.');
  line.s += s + ']'; line.w += cells + 2;
  return k;
}
function field(rows, label, lw, v, dec, unit, uw, barMax) {
  const line = { s: ' ', w: 1 };
  text(line, label, lw); pad(line, 14);
  fixed(v, dec, 8, line); text(line, ' ', 1); text(line, unit, uw); pad(line, 28);
  const k = barMax > 0 ? bar(line, v, barMax, 40) : 0;
  pad(line, 80);
  rows.push(line);
  return k;
}

function run() {
  let h = 11, seed = 777;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const rnd = (n) => { seed = (seed * 1103 + 12345) % 65536; return seed % n; };
  const spark = [];
  for (let i = 0; i < 60; i++) spark.push(0);
  const log = [], logW = [];
  let prev = [], sent = 0, rowsSent = 0, frames = 0, stage = 1, soc = 612, loadOn = 0, menuSel = 0, barCells = 0;
  let secs = 6 * 3600 + 58 * 60 + 50;
  for (let f = 0; f < 72; f++) {
    // the plant: sun rising, a cloud at frames 30..41, the load from 20 to 50
    const cloud = f >= 30 && f < 42 ? 45 : 100;
    const pvV = 3620 + f * 6 + rnd(40), pvA = (((420 + f * 11) * cloud) / 100 | 0) + rnd(15);   // 0.01 V, 0.01 A
    const pvW = ((pvV * pvA) / 10000) | 0;
    const loadW = loadOn ? 180 + rnd(30) : 0;
    soc += ((pvW - loadW) / 40) | 0; if (soc > 1000) soc = 1000;
    const batV = 1250 + ((soc * 18) / 100 | 0) + (stage === 2 ? 60 : 0);
    const tBat = 215 + ((f * 3) >> 2) + rnd(4), tFet = 340 + ((pvA * 2) / 10 | 0) - (cloud < 100 ? 60 : 0);
    for (let i = 0; i < 59; i++) spark[i] = spark[i + 1];
    spark[59] = pvW;
    const ev = [];
    if (f === 30) ev.push(0); if (f === 42) ev.push(5); if (f === 20) { loadOn = 1; ev.push(1); } if (f === 50) { loadOn = 0; ev.push(2); }
    const newStage = soc >= 950 ? 3 : (soc >= 800 ? 2 : 1);
    if (newStage !== stage) { stage = newStage; ev.push(3); }
    if (tFet > 560) ev.push(4);
    if (f % 9 === 8) menuSel = (menuSel + 1) % MENU.length;
    secs += 5;
    const clock = two(((secs / 3600) | 0) % 24) + ':' + two(((secs / 60) | 0) % 60) + ':' + two(secs % 60);
    for (let i = 0; i < ev.length; i++) {
      log.push(clock + '  ' + EVENTS[ev[i]]); logW.push(10 + EVENT_W[ev[i]]);
    }
    // build the screen
    const rows = [];
    const title = { s: ESC + '7m', w: 0 };
    text(title, ' MPPT-40 charge controller', 26); pad(title, 62); text(title, clock, 8); pad(title, 80);
    title.s += ESC + '0m'; rows.push(title);
    rows.push({ s: SPACES[80], w: 80 });
    barCells += field(rows, 'PV voltage', 10, pvV, 2, 'V', 1, 5000);
    barCells += field(rows, 'PV current', 10, pvA, 2, 'A', 1, 2000);
    barCells += field(rows, 'PV power', 8, pvW, 0, 'W', 1, 800);
    barCells += field(rows, 'Battery', 7, batV, 2, 'V', 1, 1500);
    barCells += field(rows, 'Charge', 6, soc, 1, '%', 1, 1000);
    barCells += field(rows, 'Load', 4, loadW, 0, 'W', 1, 400);
    field(rows, 'Battery temp', 12, tBat, 1, 'C', 1, 0);
    field(rows, 'MOSFET temp', 11, tFet, 1, 'C', 1, 0);
    const st = { s: ' Stage         ', w: 15 };
    st.s += ESC + '1;' + STAGE_COL[stage] + 'm' + STAGES[stage] + ESC + '0m'; st.w += STAGE_W[stage];
    pad(st, 80); rows.push(st);
    let mx = 1;
    for (let i = 0; i < 60; i++) if (spark[i] > mx) mx = spark[i];
    let sp = ' PV ';
    for (let i = 0; i < 60; i++) sp += SPARK[((spark[i] * 10) / mx) | 0];
    const spl = { s: sp, w: 64 }; text(spl, ' max ', 5); fixed(mx, 0, 4, spl); text(spl, 'W', 1); pad(spl, 80); rows.push(spl);
    rows.push({ s: ' ' + '-------------------- events ' + '--------------------' + SPACES[31], w: 80 });
    for (let i = 0; i < 8; i++) {
      const k = log.length - 8 + i;
      const l = { s: ' ', w: 1 };
      if (k >= 0) text(l, log[k], logW[k]);
      pad(l, 80); rows.push(l);
    }
    const menu = { s: '', w: 0 };
    for (let i = 0; i < MENU.length; i++) {
      if (i === menuSel) { menu.s += ESC + '7m' + ' ' + MENU[i] + ' ' + ESC + '0m'; menu.w += MENU_W[i] + 2; }
      else text(menu, ' ' + MENU[i] + ' ', MENU_W[i] + 2);
      text(menu, '|', 1);
    }
    pad(menu, 80); rows.push(menu);
    // send only the changed rows
    let outS = '', outW = 0, changed = 0;
    for (let r = 0; r < rows.length; r++) {
      if (r < prev.length && prev[r] === rows[r].s) add(r); else {
        const rs = intStr(r + 1);
        outS += ESC + rs + ';1H' + rows[r].s + ESC + 'K';
        outW += 2 + digits(r + 1) + 3 + rows[r].w + 3;
        changed += 1; add(rows[r].w + r * 100);
      }
    }
    prev = [];
    for (let r = 0; r < rows.length; r++) prev.push(rows[r].s);
    if (outS === '') add(99999); else add(outW);
    sent += outW; rowsSent += changed; frames += 1;
  }
  add(sent % 1000000); add(barCells);
  const out = 'vt100-status frames=' + frames + ' rows_sent=' + rowsSent + ' chars_sent=' + sent + ' events=' + log.length +
    ' soc=' + soc + ' stage=' + STAGES[stage] + ' last=' + log[log.length - 1] + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
