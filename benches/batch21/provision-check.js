// The factory-provisioning step of a smart meter: before a unit leaves the
// line, its configuration (nested objects and arrays as they arrive from the
// test station) is checked against a schema, also made of nested objects.
// The validator is recursive: check(schema, value, path, ctx) switches on the
// schema's type name ('object', 'array', 'u8', 'u16', 'i32', 'bool', 'str',
// 'enum', 'ip', 'oneOf') and uses typeof on the value. Errors are counted by
// kind and path depth. A second recursive pass fills in defaults, and a third
// computes a canonical checksum of the accepted configuration (switching on
// typeof). 10 unit configurations per call, some with planted errors.
const NODE_SUM = 29121;
let checked = false;

const U8 = { type: 'u8' }, U16 = { type: 'u16' }, BOOL = { type: 'bool' }, STR = { type: 'str', max: 24 };
const IP = { type: 'array', items: U8, len: 4 };
const SCHEMA = { type: 'object', fields: [
  ['serial', STR, null], ['hwRev', U8, 3], ['tariff', { type: 'enum', values: ['flat', 'tou', 'dynamic'] }, 'flat'],
  ['net', { type: 'object', fields: [['dhcp', BOOL, true], ['ip', IP, null], ['mask', U8, 24], ['gw', IP, null],
    ['mtu', U16, 1500], ['vlan', { type: 'oneOf', of: [U16, { type: 'enum', values: ['none'] }] }, 'none']] }, null],
  ['meter', { type: 'object', fields: [['phases', U8, 1], ['ctRatio', U16, 1], ['offsetMilli', { type: 'i32' }, 0],
    ['channels', { type: 'array', items: { type: 'object', fields: [['id', U8, null], ['unit', { type: 'enum', values: ['Wh', 'varh', 'V', 'A'] }, 'Wh'],
      ['scale', { type: 'i32' }, 0], ['enabled', BOOL, true]] }, len: -1 }, null]] }, null],
  ['labels', { type: 'array', items: STR, len: -1 }, null], ['debug', BOOL, false]] };

function makeUnit(n) {
  const ch = [];
  for (let i = 0; i < 4 + (n % 3); i++) {
    const c = { id: i, unit: ['Wh', 'varh', 'V', 'A'][(i + n) % 4], scale: (i * 7 + 10 - n) % 5 - 2 };  // never -0: see README
    if ((i + n) % 3 !== 0) c.enabled = (i & 1) === 0;
    ch.push(c);
  }
  const u = { serial: 'SM-' + (1000 + n), hwRev: n % 4, net: { dhcp: n % 2 === 0, ip: [10, 0, n, 20 + n], mask: 24, gw: [10, 0, n, 1] },
    meter: { phases: n % 3 === 0 ? 3 : 1, ctRatio: 100 * (1 + n % 4), channels: ch }, labels: ['site' + n, 'line' + (n % 3)] };
  if (n % 2 === 1) u.tariff = 'tou';
  switch (n) {                         // planted faults
    case 3: u.net.ip[3] = 300; break;
    case 4: u.tariff = 'free'; break;
    case 6: u.meter.channels[1].unit = 7; break;
    case 7: u.net.vlan = 4000; u.meter.offsetMilli = 1.5; break;
    case 8: u.net.gw = [10, 0, 8]; u.labels.push(42); break;
    case 9: u.net.vlan = 'trunk'; u.debug = 'yes'; break;
  }
  return u;
}
const UNITS = [];
for (let n = 0; n < 10; n++) UNITS.push(makeUnit(n));

function fail(ctx, kind, depth) { ctx.errors += 1; ctx.h = (ctx.h * 31 + kind * 16 + depth) % 1000003; return false; }

function check(s, v, depth, ctx) {
  ctx.visits += 1;
  switch (s.type) {
    case 'u8': return typeof v === 'number' && v >= 0 && v <= 255 && (v | 0) === v ? true : fail(ctx, 1, depth);
    case 'u16': return typeof v === 'number' && v >= 0 && v <= 65535 && (v | 0) === v ? true : fail(ctx, 2, depth);
    case 'i32': return typeof v === 'number' && (v | 0) === v ? true : fail(ctx, 3, depth);
    case 'bool': return typeof v === 'boolean' ? true : fail(ctx, 4, depth);
    case 'str': return typeof v === 'string' ? true : fail(ctx, 5, depth);
    case 'enum': return checkEnum(s, v, depth, ctx);
    case 'array': return checkArray(s, v, depth, ctx);
    case 'object': return checkObject(s, v, depth, ctx);
    case 'oneOf': return checkOneOf(s, v, depth, ctx);
    default: return fail(ctx, 15, depth);
  }
}

// Microvium 8 gives an internal error for a case block that declares a let or
// const, so the larger cases are helper functions.
function checkEnum(s, v, depth, ctx) {
  if (typeof v !== 'string') return fail(ctx, 6, depth);
  for (let i = 0; i < s.values.length; i++) if (s.values[i] === v) return true;
  return fail(ctx, 7, depth);
}
function checkArray(s, v, depth, ctx) {
  if (typeof v !== 'object' || v === null || v.length === undefined) return fail(ctx, 8, depth);
  if (s.len >= 0 && v.length !== s.len) return fail(ctx, 9, depth);
  let ok = true;
  for (let i = 0; i < v.length; i++) if (!check(s.items, v[i], depth + 1, ctx)) ok = false;
  return ok;
}
function checkObject(s, v, depth, ctx) {
  if (typeof v !== 'object' || v === null) return fail(ctx, 10, depth);
  let ok = true;
  for (let i = 0; i < s.fields.length; i++) {
    const f = s.fields[i], x = v[f[0]];
    if (x === undefined) { if (f[2] === null) ok = fail(ctx, 11, depth); }
    else if (!check(f[1], x, depth + 1, ctx)) ok = false;
  }
  return ok;
}
function checkOneOf(s, v, depth, ctx) {
  const saved = ctx.errors, savedH = ctx.h;
  for (let i = 0; i < s.of.length; i++) {
    if (check(s.of[i], v, depth + 1, ctx)) { ctx.errors = saved; ctx.h = savedH; return true; }
  }
  ctx.errors = saved; ctx.h = savedH;
  return fail(ctx, 12, depth);
}

function fillDefaults(s, v, ctx) {
  if (s.type === 'object') {
    for (let i = 0; i < s.fields.length; i++) {
      const f = s.fields[i];
      if (v[f[0]] === undefined && f[2] !== null) { v[f[0]] = f[2]; ctx.defaults += 1; }
      else if (v[f[0]] !== undefined) fillDefaults(f[1], v[f[0]], ctx);
    }
  } else if (s.type === 'array') for (let i = 0; i < v.length; i++) fillDefaults(s.items, v[i], ctx);
}

function canon(s, v, h) {
  switch (typeof v) {
    case 'number': return (h * 31 + (v < 0 ? 7 - v : v)) % 1000003;
    case 'boolean': return (h * 31 + (v ? 2 : 1)) % 1000003;
    case 'string': return (h * 31 + enumIndex(s, v)) % 1000003;
    case 'object': return canonObject(s, v, h);
    default: return (h * 31 + 3) % 1000003;
  }
}

function enumIndex(s, v) {
  let x = 17;
  if (s.type === 'enum') for (let i = 0; i < s.values.length; i++) { if (s.values[i] === v) x = i; }
  return x;
}
function canonObject(s, v, h) {
  if (s.type === 'array') { for (let i = 0; i < v.length; i++) h = canon(s.items, v[i], h); return h; }
  for (let i = 0; i < s.fields.length; i++) h = canon(s.fields[i][1], v[s.fields[i][0]], h);
  return h;
}

// a unit is copied before defaults are filled in, so that every call sees the same input
function copy(v) {
  if (typeof v !== 'object' || v === null) return v;
  if (v.length !== undefined) { const a = []; for (let i = 0; i < v.length; i++) a.push(copy(v[i])); return a; }
  const keys = ['serial', 'hwRev', 'tariff', 'net', 'dhcp', 'ip', 'mask', 'gw', 'mtu', 'vlan', 'meter', 'phases', 'ctRatio',
    'offsetMilli', 'channels', 'id', 'unit', 'scale', 'enabled', 'labels', 'debug'];
  const o = {};
  for (let i = 0; i < keys.length; i++) if (v[keys[i]] !== undefined) o[keys[i]] = copy(v[keys[i]]);
  return o;
}

function run() {
  const ctx = { errors: 0, visits: 0, defaults: 0, h: 1 };
  let h = 19, accepted = 0;
  for (let r = 0; r < 3; r++) {
    for (let n = 0; n < UNITS.length; n++) {
      const u = copy(UNITS[n]);
      const before = ctx.errors;
      if (check(SCHEMA, u, 0, ctx)) { accepted += 1; fillDefaults(SCHEMA, u, ctx); h = canon(SCHEMA, u, h); }
      else h = (h * 31 + (ctx.errors - before)) % 1000003;
    }
  }
  h = (h * 31 + ctx.h) % 1000003;
  const line = 'provision-check units=' + UNITS.length * 3 + ' accepted=' + accepted + ' errors=' + ctx.errors + ' visits=' + ctx.visits +
    ' defaults=' + ctx.defaults + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
