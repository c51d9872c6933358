// The settings menu of a bench data logger with a 4-line character LCD and
// six keys. The menu tree (7 top-level menus, 16 sensor channels with 6
// settings each, some 150 entries) is built once by small factory functions;
// every entry carries its own closures (get, set, format, and actions), so
// about 450 closures stay alive. run() resets the settings and replays a
// recorded session of 170 key presses. The replay is written as a plain
// recursion over the event list, one frame per key (so it goes 170 deep);
// each press moves the cursor, enters submenus, edits values with
// clamping or wrap-around, or runs actions, and redraws the visible window.
// Then it exports all settings as "path=value" lines, walking the tree
// recursively, into one string of about 3.7 KB.
const K_UP = 1, K_DOWN = 2, K_ENTER = 3, K_BACK = 4, K_LEFT = 5, K_RIGHT = 6;
const ROWS = 3;

const cfg = {};
const chan = [];
function resetSettings() {
  cfg.contrast = 32; cfg.backlight = 80; cfg.dimAfter = 30; cfg.sleepAfter = 300; cfg.invert = 0; cfg.rotate = 0;
  cfg.beep = 1; cfg.volume = 5; cfg.clickSound = 0; cfg.alarmTone = 2;
  cfg.autoOff = 1; cfg.offAfter = 1800; cfg.lowBatt = 3300; cfg.chargeLed = 1;
  cfg.wifi = 0; cfg.dhcp = 1; cfg.ip3 = 42; cfg.port = 5020; cfg.baud = 3; cfg.modbusId = 17; cfg.parity = 0;
  cfg.lang = 0; cfg.units = 0; cfg.dateFmt = 1; cfg.logEvery = 10; cfg.logFormat = 0; cfg.tz = 4;
  cfg.calZero = 0; cfg.calSpan = 1000; cfg.calTemp = 250;
  for (let c = 0; c < chan.length; c++) {
    const ch = chan[c];
    ch.enabled = c < 8 ? 1 : 0; ch.type = c % 4; ch.gain = 10; ch.offset = 0; ch.alarmHi = 800 + c * 10; ch.alarmLo = -200;
  }
}
for (let c = 0; c < 16; c++) chan.push({ enabled: 0, type: 0, gain: 0, offset: 0, alarmHi: 0, alarmLo: 0 });

// ---- formatters and small helpers ----
function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }
function wrap(v, lo, hi) { return v < lo ? hi : v > hi ? lo : v; }
function pad2(v) { return v < 10 ? '0' + v : '' + v; }
function fmtOnOff(v) { return v === 1 ? 'on' : 'off'; }
function fmtYesNo(v) { return v === 1 ? 'yes' : 'no'; }
function fmtPercent(v) { return v + '%'; }
function fmtPlain(v) { return '' + v; }
function fmtSeconds(v) { return v < 60 ? v + 's' : ((v / 60) | 0) + 'm' + pad2(v % 60) + 's'; }
function fmtMillivolts(v) { return ((v / 1000) | 0) + '.' + pad2(((v % 1000) / 10) | 0) + 'V'; }
function fmtTenths(v) {
  const a = v < 0 ? -v : v;
  return (v < 0 ? '-' : '') + ((a / 10) | 0) + '.' + (a % 10);
}
function fmtGain(v) { return 'x' + fmtTenths(v); }
function fmtIp(v) { return '192.168.1.' + v; }
function fmtPort(v) { return ':' + v; }
function fmtTz(v) { return 'UTC' + (v >= 0 ? '+' : '') + v; }
function fmtLevel(v) {
  let s = '';
  for (let i = 0; i < 8; i++) s += i < v ? '#' : '-';
  return s;
}
function fmtEnum(names) { return function (v) { return names[v]; }; }
const fmtRotate = fmtEnum(['0', '90', '180', '270']);
const fmtTone = fmtEnum(['chirp', 'beep', 'siren', 'pulse']);
const fmtBaud = fmtEnum(['1200', '2400', '9600', '19200', '38400', '57600', '115200']);
const fmtParity = fmtEnum(['none', 'even', 'odd']);
const fmtLang = fmtEnum(['English', 'Deutsch', 'Francais', 'Espanol', 'Italiano']);
const fmtUnits = fmtEnum(['metric', 'imperial']);
const fmtDate = fmtEnum(['Y-M-D', 'D.M.Y', 'M/D/Y']);
const fmtLogFmt = fmtEnum(['CSV', 'binary', 'JSON']);
const fmtType = fmtEnum(['0-10V', '4-20mA', 'PT100', 'TC-K']);

// ---- entry factories: each entry closes over its own key and limits ----
function entry(label, get, set, fmt, min, max, step, wraps) {
  return {
    kind: 'value', label: label,
    get: get,
    set: function (v) { set(wraps ? wrap(v, min, max) : clamp(v, min, max)); },
    step: function (dir) { set(wraps ? wrap(get() + dir * step, min, max) : clamp(get() + dir * step, min, max)); },
    text: function () { return fmt(get()); }
  };
}
function cfgEntry(label, key, fmt, min, max, step, wraps) {
  return entry(label, function () { return cfg[key]; }, function (v) { cfg[key] = v; }, fmt, min, max, step, wraps);
}
function flag(label, key) { return cfgEntry(label, key, fmtOnOff, 0, 1, 1, true); }
function chanEntry(label, c, key, fmt, min, max, step, wraps) {
  return entry(label, function () { return chan[c][key]; }, function (v) { chan[c][key] = v; }, fmt, min, max, step, wraps);
}
let actionLog = 0, saves = 0, resets = 0, tests = 0;
function action(label, fn) { return { kind: 'action', label: label, run: fn }; }
function menu(label, items) { return { kind: 'menu', label: label, items: items }; }

function channelMenu(c) {
  return menu('Channel ' + (c + 1), [
    chanEntry('Enabled', c, 'enabled', fmtYesNo, 0, 1, 1, true),
    chanEntry('Type', c, 'type', fmtType, 0, 3, 1, true),
    chanEntry('Gain', c, 'gain', fmtGain, 1, 500, 5, false),
    chanEntry('Offset', c, 'offset', fmtTenths, -999, 999, 1, false),
    chanEntry('Alarm hi', c, 'alarmHi', fmtTenths, -999, 9999, 50, false),
    chanEntry('Alarm lo', c, 'alarmLo', fmtTenths, -9999, 999, 50, false),
    action('Test', function () { tests++; actionLog = (actionLog * 7 + c + 1) % 65521; })
  ]);
}
const channels = [];
for (let c = 0; c < 16; c++) channels.push(channelMenu(c));

const ROOT = menu('Main', [
  menu('Display', [
    cfgEntry('Contrast', 'contrast', fmtPlain, 0, 63, 1, false),
    cfgEntry('Backlight', 'backlight', fmtPercent, 0, 100, 5, false),
    cfgEntry('Dim after', 'dimAfter', fmtSeconds, 5, 600, 5, false),
    cfgEntry('Sleep after', 'sleepAfter', fmtSeconds, 30, 3600, 30, false),
    flag('Invert', 'invert'),
    cfgEntry('Rotate', 'rotate', fmtRotate, 0, 3, 1, true)
  ]),
  menu('Sound', [
    flag('Beep', 'beep'),
    cfgEntry('Volume', 'volume', fmtLevel, 0, 8, 1, false),
    flag('Key click', 'clickSound'),
    cfgEntry('Alarm tone', 'alarmTone', fmtTone, 0, 3, 1, true),
    action('Play tone', function () { actionLog = (actionLog * 7 + 100 + cfg.alarmTone) % 65521; })
  ]),
  menu('Power', [
    flag('Auto off', 'autoOff'),
    cfgEntry('Off after', 'offAfter', fmtSeconds, 60, 7200, 60, false),
    cfgEntry('Low battery', 'lowBatt', fmtMillivolts, 3000, 3700, 25, false),
    flag('Charge LED', 'chargeLed')
  ]),
  menu('Interfaces', [
    menu('Network', [
      flag('Wi-Fi', 'wifi'),
      flag('DHCP', 'dhcp'),
      cfgEntry('Address', 'ip3', fmtIp, 2, 254, 1, false),
      cfgEntry('Port', 'port', fmtPort, 1024, 65000, 1, false)
    ]),
    menu('Serial', [
      cfgEntry('Baud', 'baud', fmtBaud, 0, 6, 1, true),
      cfgEntry('Parity', 'parity', fmtParity, 0, 2, 1, true),
      cfgEntry('Modbus ID', 'modbusId', fmtPlain, 1, 247, 1, false)
    ])
  ]),
  menu('Channels', channels),
  menu('Logging', [
    cfgEntry('Every', 'logEvery', fmtSeconds, 1, 3600, 1, false),
    cfgEntry('Format', 'logFormat', fmtLogFmt, 0, 2, 1, true),
    action('Save now', function () { saves++; actionLog = (actionLog * 7 + 200) % 65521; })
  ]),
  menu('System', [
    cfgEntry('Language', 'lang', fmtLang, 0, 4, 1, true),
    cfgEntry('Units', 'units', fmtUnits, 0, 1, 1, true),
    cfgEntry('Date', 'dateFmt', fmtDate, 0, 2, 1, true),
    cfgEntry('Time zone', 'tz', fmtTz, -12, 14, 1, false),
    menu('Calibration', [
      cfgEntry('Zero', 'calZero', fmtTenths, -500, 500, 1, false),
      cfgEntry('Span', 'calSpan', fmtTenths, 500, 1500, 1, false),
      cfgEntry('Ref temp', 'calTemp', fmtTenths, 0, 500, 5, false)
    ]),
    action('Factory reset', function () { resets++; resetSettings(); })
  ])
]);

// ---- navigation ----
const nav = { stack: [], depth: 0, editing: false, saved: 0, redraws: 0, screen: '', sum: 0 };
function current() { return nav.stack[nav.depth]; }
function lineFor(m, i, sel) {
  const it = m.items[i];
  let s = (sel ? (nav.editing ? '*' : '>') : ' ') + it.label;
  if (it.kind === 'value') s += ' ' + it.text();
  else if (it.kind === 'menu') s += ' >';
  return s;
}
function redraw() {
  const f = current(), m = f.menu;
  if (f.cursor < f.top) f.top = f.cursor;
  if (f.cursor >= f.top + ROWS) f.top = f.cursor - ROWS + 1;
  let s = '[' + m.label + ']';
  for (let r = 0; r < ROWS && f.top + r < m.items.length; r++) s += '|' + lineFor(m, f.top + r, f.top + r === f.cursor);
  nav.screen = s;
  nav.redraws++;
  nav.sum = (nav.sum * 31 + f.cursor * 7 + f.top + nav.depth) % 1000003;
}
function handle(key) {
  const f = current(), m = f.menu, it = m.items[f.cursor];
  if (nav.editing) {
    if (key === K_UP || key === K_RIGHT) it.step(1);
    else if (key === K_DOWN || key === K_LEFT) it.step(-1);
    else if (key === K_ENTER) nav.editing = false;
    else if (key === K_BACK) { it.set(nav.saved); nav.editing = false; }
  } else if (key === K_UP) f.cursor = f.cursor > 0 ? f.cursor - 1 : m.items.length - 1;
  else if (key === K_DOWN) f.cursor = f.cursor < m.items.length - 1 ? f.cursor + 1 : 0;
  else if (key === K_ENTER) {
    if (it.kind === 'menu') { nav.depth++; nav.stack[nav.depth] = { menu: it, cursor: 0, top: 0 }; }
    else if (it.kind === 'value') { nav.editing = true; nav.saved = it.get(); }
    else it.run();
  } else if (key === K_BACK) {
    if (nav.depth > 0) nav.depth--;
  } else if (key === K_LEFT || key === K_RIGHT) {
    if (it.kind === 'value') it.step(key === K_RIGHT ? 1 : -1);
  }
  redraw();
  return key;
}
// The session replay, one frame per event.
function replay(events, i) {
  if (i === events.length) return 0;
  const k = handle(events[i]);
  return (k + 3 * replay(events, i + 1)) % 65521;
}
// "path=value" lines for every value in the tree.
function exportTree(m, path, out) {
  let n = 0;
  for (let i = 0; i < m.items.length; i++) {
    const it = m.items[i];
    if (it.kind === 'menu') n += exportTree(it, path + it.label + '/', out);
    else if (it.kind === 'value') { out.text += path + it.label + '=' + it.text() + '\n'; n++; }
  }
  return n;
}

// The recorded session.
const EVENTS = [];
function press(k, n) { for (let i = 0; i < n; i++) EVENTS.push(k); }
press(K_ENTER, 1);                                     // Display
press(K_ENTER, 1); press(K_RIGHT, 9); press(K_ENTER, 1);   // contrast +9
press(K_DOWN, 1); press(K_ENTER, 1); press(K_DOWN, 20); press(K_ENTER, 1); // backlight to 0 (clamped)
press(K_DOWN, 2); press(K_ENTER, 1); press(K_UP, 5); press(K_BACK, 1);     // sleep: edit then cancel
press(K_DOWN, 2); press(K_RIGHT, 5); press(K_BACK, 1);                      // rotate wraps
press(K_DOWN, 4); press(K_ENTER, 1);                   // Channels
press(K_DOWN, 2); press(K_ENTER, 1);                   // Channel 3
press(K_DOWN, 1); press(K_RIGHT, 6);                   // type wraps
press(K_DOWN, 1); press(K_ENTER, 1); press(K_UP, 12); press(K_ENTER, 1);   // gain
press(K_DOWN, 2); press(K_ENTER, 1); press(K_UP, 15); press(K_ENTER, 1);   // alarm hi
press(K_DOWN, 2); press(K_ENTER, 2); press(K_BACK, 1); // test x2, back
press(K_UP, 4); press(K_ENTER, 1); press(K_LEFT, 3); press(K_DOWN, 1); press(K_RIGHT, 2); press(K_BACK, 1);
press(K_BACK, 1);
press(K_UP, 3); press(K_ENTER, 1); press(K_DOWN, 1); press(K_ENTER, 1); // Interfaces / Serial
press(K_ENTER, 1); press(K_RIGHT, 4); press(K_ENTER, 1); press(K_DOWN, 2); press(K_ENTER, 1); press(K_UP, 3); press(K_ENTER, 1);
press(K_BACK, 2);
press(K_DOWN, 3); press(K_ENTER, 1); press(K_DOWN, 4); press(K_ENTER, 1); press(K_LEFT, 6); press(K_ENTER, 1);
press(K_DOWN, 1); press(K_ENTER, 1); press(K_DOWN, 1); press(K_ENTER, 1); press(K_UP, 7); press(K_ENTER, 1); press(K_BACK, 2);

let checked = false;
function run() {
  resetSettings();
  actionLog = 0; saves = 0; resets = 0; tests = 0;
  nav.stack = [{ menu: ROOT, cursor: 0, top: 0 }];
  nav.depth = 0;
  nav.editing = false; nav.redraws = 0; nav.sum = 0;
  const rec = replay(EVENTS, 0);
  const out = { text: '' };
  const n = exportTree(ROOT, '', out);
  const again = { text: '' };
  exportTree(ROOT, '', again);
  const r = (nav.sum + rec * 3 + actionLog + n + (out.text === again.text ? 1 : 0)) % 1000003;
  if (!checked) {
    checked = true;
    print('menu-ui ' + EVENTS.length + ' ' + nav.redraws + ' ' + rec + ' ' + actionLog + '/' + tests + ' ' + n + ' ' + r + ' ' + nav.screen);
  }
  return r;
}
vmExport(0, run);
