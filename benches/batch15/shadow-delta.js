// A device shadow (as in AWS IoT or Azure twins), both ends, over JSON text. The cloud keeps the desired
// document as a tree, changes a few settings per round and sends it as JSON bytes. The device parses it
// (recursive descent over bytes), diffs it against its reported tree, applies each changed leaf through a
// handler found by its dotted path ('led.color.r') that checks or clamps it, and answers with its reported
// document as JSON. The cloud parses that, diffs it against what it wanted, writes its copy back out and
// compares the texts. Objects keep their keys in order in `_k`; strings become bytes through a table.
const NODE_SUM = 270875;
// the words used in the documents, space separated: "version led on brightness ... label room\"B\""
const VOCAB = [
  118, 101, 114, 115, 105, 111, 110, 32, 108, 101, 100, 32, 111, 110, 32, 98, 114, 105, 103, 104, 116, 110, 101, 115, 115, 32, 99, 111, 108, 111, 114, 32, 114, 32, 103, 32, 98, 32, 109, 111,
  100, 101, 32, 98, 114, 101, 97, 116, 104, 101, 32, 115, 111, 108, 105, 100, 32, 98, 108, 105, 110, 107, 32, 115, 116, 114, 111, 98, 101, 32, 102, 97, 110, 32, 114, 112, 109, 32, 99, 117,
  114, 118, 101, 32, 104, 101, 97, 116, 101, 114, 32, 115, 101, 116, 112, 111, 105, 110, 116, 32, 104, 121, 115, 116, 101, 114, 101, 115, 105, 115, 32, 115, 99, 104, 101, 100, 117, 108, 101, 32,
  110, 101, 116, 32, 115, 115, 105, 100, 32, 112, 108, 97, 110, 116, 45, 32, 105, 110, 116, 101, 114, 118, 97, 108, 32, 116, 108, 115, 32, 115, 101, 114, 118, 101, 114, 115, 32, 110, 116, 112,
  49, 32, 110, 116, 112, 50, 32, 97, 108, 97, 114, 109, 32, 104, 105, 103, 104, 32, 108, 111, 119, 32, 97, 114, 109, 101, 100, 32, 108, 97, 98, 101, 108, 32, 114, 111, 111, 109, 34, 66, 34];
const PRINTABLE = [' ', '!', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';',
  '<', '=', '>', '?', '@', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
  '[', '\\', ']', '^', '_', '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~'];
const CH = [];                                     // code -> one-character string
for (let i = 0; i < 128; i++) CH.push(i < 32 || i > 126 ? '?' : PRINTABLE[i - 32]);
const TRUE = [116, 114, 117, 101], FALSE = [102, 97, 108, 115, 101];

function obj() { return { _k: [] }; }
function set(o, k, v) { if (o[k] === undefined) o._k.push(k); o[k] = v; }
function isObj(v) { return typeof v === 'object' && v._k !== undefined; }   // (no nulls in these documents)
function isArr(v) { return typeof v === 'object' && v._k === undefined; }
// ---- parser: p = { b: bytes, i: position, dict: string -> bytes }
function ws(p) { while (p.b[p.i] === 32 || p.b[p.i] === 10) p.i += 1; }
function parseString(p) {                         // escapes: \" and \\ only
  let s = '', bytes = [];
  for (p.i += 1; p.b[p.i] !== 34; p.i += 1) { if (p.b[p.i] === 92) p.i += 1; bytes.push(p.b[p.i]); s += CH[p.b[p.i]]; }
  p.i += 1;
  if (p.dict[s] === undefined) p.dict[s] = bytes;
  return s;
}
function parseNumber(p) {
  let neg = false, v = 0, f = 0, scale = 1;
  if (p.b[p.i] === 45) { neg = true; p.i += 1; }
  while (p.b[p.i] >= 48 && p.b[p.i] <= 57) { v = v * 10 + p.b[p.i] - 48; p.i += 1; }
  if (p.b[p.i] === 46) p.i += 1; else return neg ? -v : v;
  while (p.b[p.i] >= 48 && p.b[p.i] <= 57) { f = f * 10 + p.b[p.i] - 48; scale *= 10; p.i += 1; }
  return neg ? -(v + f / scale) : v + f / scale;
}
function parseValue(p) {
  ws(p);
  const c = p.b[p.i];
  if (c === 123) {                                 // {"key": value, ...}
    const o = obj();
    p.i += 1; ws(p);
    while (p.b[p.i] !== 125) { const k = parseString(p); ws(p); p.i += 1; set(o, k, parseValue(p)); ws(p); if (p.b[p.i] === 44) { p.i += 1; ws(p); } }
    p.i += 1;
    return o;
  }
  if (c === 91) {                                  // [value, ...]
    const a = [];
    p.i += 1; ws(p);
    while (p.b[p.i] !== 93) { a.push(parseValue(p)); ws(p); if (p.b[p.i] === 44) p.i += 1; }
    p.i += 1;
    return a;
  }
  if (c === 34) return parseString(p);
  if (c === 116 || c === 102) { p.i += c === 116 ? 4 : 5; return c === 116; }
  return parseNumber(p);
}
// ---- writer: JSON bytes; numbers are integers or short binary fractions
function putNum(out, v) {
  if (v < 0) { out.push(45); v = -v; }
  const digits = [];
  let n = v | 0, f = v - (v | 0);
  while (n >= 10) { digits.push(n % 10); n = (n / 10) | 0; }
  digits.push(n);
  for (let i = digits.length - 1; i >= 0; i--) out.push(48 + digits[i]);
  for (let i = 0; f > 0; i++) { if (i === 0) out.push(46); f *= 10; out.push(48 + (f | 0)); f -= f | 0; }
}
function putStr(out, b) { out.push(34); for (let i = 0; i < b.length; i++) { if (b[i] === 34 || b[i] === 92) out.push(92); out.push(b[i]); } out.push(34); }
function write(out, v, dict) {
  if (isObj(v)) {
    out.push(123);
    for (let i = 0; i < v._k.length; i++) { if (i > 0) out.push(44); putStr(out, dict[v._k[i]]); out.push(58); write(out, v[v._k[i]], dict); }
    out.push(125);
  } else if (isArr(v)) {
    out.push(91);
    for (let i = 0; i < v.length; i++) { if (i > 0) out.push(44); write(out, v[i], dict); }
    out.push(93);
  } else if (typeof v === 'string') putStr(out, dict[v]);
  else if (typeof v === 'boolean') { const w = v ? TRUE : FALSE; for (let i = 0; i < w.length; i++) out.push(w[i]); }
  else putNum(out, v);
}
function same(a, b) {                              // deep equality of leaves and arrays
  if (!isArr(a) || !isArr(b) || a.length !== b.length) return a === b;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}
function diff(want, have, path, changes) {         // returns the delta tree, or null
  let d = null;
  for (let i = 0; i < want._k.length; i++) {
    const k = want._k[i], w = want[k], h = have === null ? undefined : have[k];
    const sub = isObj(w) ? diff(w, isObj(h) ? h : null, path + k + '.', changes) : (same(w, h) ? null : w);
    if (sub !== null) { if (d === null) d = obj(); set(d, k, sub); if (!isObj(w)) changes.push(path + k); }
  }
  return d;
}
// ---- handlers: each checks or clamps a value and returns what the device keeps (undefined = rejected)
function range(lo, hi) { return (v) => typeof v !== 'number' ? undefined : (v < lo ? lo : (v > hi ? hi : v)); }
function flag() { return (v) => typeof v === 'boolean' ? v : undefined; }
function oneOf(a, b, c) { return (v) => (v === a || v === b || v === c) ? v : undefined; }
function str() { return (v) => typeof v === 'string' ? v : undefined; }
function list(n, check) {                          // a new array of checked items, or undefined
  return (v) => {
    const r = [];
    for (let i = 0; isArr(v) && v.length <= n && i < v.length; i++) { const x = check(v[i]); if (x === undefined) return undefined; r.push(x); }
    return isArr(v) && v.length <= n ? r : undefined;
  };
}
function apply(delta, rep, path, handlers, log) {
  for (let i = 0; i < delta._k.length; i++) {
    const k = delta._k[i], v = delta[k];
    if (isObj(v)) { if (!isObj(rep[k])) set(rep, k, obj()); apply(v, rep[k], path + k + '.', handlers, log); }
    const fn = isObj(v) ? undefined : handlers[path + k], kept = fn === undefined ? undefined : fn(v);
    if (kept !== undefined) { set(rep, k, kept); log.applied += 1; if (!same(kept, v)) log.clamped += 1; } else if (!isObj(v)) log.rejected += 1;
  }
}
function textOf(b) { let s = ''; for (let i = 0; i < b.length; i++) s += CH[b[i]]; return s; }

let checked = false;

function run() {
  let seed = 4242, h = 11, sent = 0, back = 0, pending = 0, agree = 0, text = '', last = '', changes = [], word = '', wb = [];
  const rand = (n) => { seed = (seed * 8121 + 28411) % 134456; return seed % n; }, dict = {};   // dict: string -> bytes, for this call
  for (let i = 0; i <= VOCAB.length; i++) {
    if (i === VOCAB.length || VOCAB[i] === 32) { dict[word] = wb; word = ''; wb = []; } else { word += CH[VOCAB[i]]; wb.push(VOCAB[i]); }
  }
  const mk = (base, n) => { const b = [], s = base + n; for (let i = 0; i < dict[base].length; i++) b.push(dict[base][i]); b.push(48 + n); dict[s] = b; return s; };
  const desired = obj(), led = obj(), color = obj(), fan = obj(), heater = obj(), net = obj(), alarm = obj();
  set(color, 'r', 255); set(color, 'g', 120); set(color, 'b', 0);
  set(led, 'on', true); set(led, 'brightness', 180); set(led, 'color', color); set(led, 'mode', 'breathe');
  set(fan, 'on', false); set(fan, 'rpm', 1200); set(fan, 'curve', [20, 35, 50, 65, 80]);
  set(heater, 'setpoint', 21.5); set(heater, 'hysteresis', 0.5); set(heater, 'schedule', [[6, 30, 21.5], [22, 0, 17]]);
  set(net, 'ssid', mk('plant-', 3)); set(net, 'interval', 60); set(net, 'tls', true); set(net, 'servers', ['ntp1', 'ntp2']);
  set(alarm, 'high', 30.25); set(alarm, 'low', -5.5); set(alarm, 'armed', true); set(alarm, 'label', 'room"B"');
  set(desired, 'led', led); set(desired, 'fan', fan); set(desired, 'heater', heater); set(desired, 'net', net); set(desired, 'alarm', alarm);
  const H = {}, rgb = range(0, 255), slot = list(3, range(0, 59));   // the device's handlers, by dotted path
  H['led.on'] = flag(); H['led.brightness'] = rgb; H['led.color.r'] = rgb; H['led.color.g'] = rgb; H['led.color.b'] = rgb;
  H['led.mode'] = oneOf('breathe', 'solid', 'blink'); H['fan.on'] = flag(); H['fan.rpm'] = range(0, 3000); H['fan.curve'] = list(6, range(0, 100));
  H['heater.setpoint'] = range(5, 28); H['heater.hysteresis'] = range(0.25, 2); H['heater.schedule'] = list(4, slot);
  H['net.ssid'] = str(); H['net.interval'] = range(10, 3600); H['net.tls'] = flag(); H['net.servers'] = list(3, str());
  H['alarm.high'] = range(-20, 60); H['alarm.low'] = range(-20, 60); H['alarm.armed'] = flag(); H['alarm.label'] = str();
  const MUT = [                                    // the cloud's edits
    () => { color.r = rand(300); }, () => { led.brightness = rand(320); }, () => { fan.rpm = 800 + rand(30) * 100; },
    () => { const r = rand(4); led.mode = r === 0 ? 'strobe' : (r === 1 ? 'solid' : 'blink'); },
    () => { const i = rand(5); fan.curve[i] = 10 + rand(100); }, () => { heater.setpoint = 16 + rand(48) * 0.25; },
    () => { net.interval = 5 + rand(120) * 5; }, () => { net.ssid = mk('plant-', rand(10)); }, () => { set(led, 'blink', rand(5)); },
    () => { alarm.high = 25 + rand(40) * 0.5; alarm.low = -10 + rand(20) * 0.5; }, () => { led.on = !led.on; fan.on = !fan.on; },
    () => { const s = heater.schedule, i = rand(s.length); s[i] = [rand(24), rand(60), 15 + rand(20) * 0.5]; },
  ];
  const reported = { _k: ['version'], version: 0 }, log = { applied: 0, rejected: 0, clamped: 0 };
  for (let round = 1; round <= 16; round++) {
    for (let m = 0; m < 3; m++) MUT[rand(MUT.length)]();
    const msg = [], ans = [], copy = [], left = [];
    write(msg, desired, dict); sent += msg.length; changes = [];
    const delta = diff(parseValue({ b: msg, i: 0, dict: dict }), reported, '', changes);   // device
    if (delta !== null) apply(delta, reported, '', H, log);
    reported.version = round;
    write(ans, reported, dict); back += ans.length;
    const seen = parseValue({ b: ans, i: 0, dict: dict });                                 // cloud
    diff(desired, seen, '', left);
    pending += left.length;
    write(copy, seen, dict); text = textOf(ans);
    if (text === textOf(copy)) agree += 1;
    for (let i = 0; i < ans.length; i++) h = (h * 31 + ans[i]) % 1000003;
    h = (h * 31 + changes.length * 64 + left.length) % 1000003;
  }
  for (let i = 0; i < changes.length; i++) last += (i > 0 ? ',' : '') + changes[i];
  h = (h * 31 + log.applied * 256 + log.rejected * 16 + log.clamped) % 1000003;
  const out = 'shadow-delta rounds=16 sent=' + sent + ' back=' + back + ' applied=' + log.applied + ' rejected=' + log.rejected + ' clamped=' + log.clamped +
    ' pending=' + pending + ' agree=' + agree + ' last=' + last + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
