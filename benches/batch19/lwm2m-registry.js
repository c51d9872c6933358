// The object registry of an LwM2M client on a smart street light. The object
// model (Device, Temperature, Humidity, Light Control, Location, Connectivity
// Statistics) comes from definition tables of resource names; each call
// builds the registry key by key: an object per LwM2M object, an instances
// object keyed 'i0', 'i1', and for every instance an object whose properties
// are the resource names, set one at a time with `inst[name] = value`. The
// bootstrap configuration is built the same way from name/value pairs. A
// server script then reads, writes, executes, discovers and observes paths
// (object id, instance, resource name); write-attributes requests fill an
// attribute object per observed path ('pmin', 'pmax', 'st', 'gt', 'lt').
// Over 240 one-second ticks the sensors move, min/max resources follow,
// observations fire by pmin/pmax/step rules, and every 10 s a status report
// object is built with keys like 'temperature_sensorValue'. Responses are
// objects built key by key too; the checksum reads them back.
const NODE_SUM = 214455;
const DEFS = [
  ['device', 3, 1, ['manufacturer', 'model', 'serial', 'firmware', 'battery', 'memFree', 'errorCode', 'time', 'reboots']],
  ['temperature', 3303, 2, ['sensorValue', 'minMeasured', 'maxMeasured', 'minRange', 'maxRange', 'units', 'resets']],
  ['humidity', 3304, 1, ['sensorValue', 'minMeasured', 'maxMeasured', 'minRange', 'maxRange', 'units', 'resets']],
  ['lightControl', 3311, 2, ['onOff', 'dimmer', 'onTime', 'cumulativePower', 'powerFactor', 'colour']],
  ['location', 6, 1, ['latitude', 'longitude', 'altitude', 'radius', 'speed', 'timestamp']],
  ['connStats', 7, 1, ['txData', 'rxData', 'maxMsgSize', 'avgMsgSize', 'messages', 'resets']],
];
const BOOT_KEYS = ['serverUri', 'shortId', 'lifetime', 'minPeriod', 'maxPeriod', 'binding', 'notifStoring', 'bootstrap'];
const BOOT_VALS = ['coaps://lwm2m.example.net:5684', 101, 300, 5, 60, 'UQ', 1, 0];
const ATTR_NAMES = ['pmin', 'pmax', 'st', 'gt', 'lt'];
// server requests: [tick, op, object id, instance, resource, value]
const REQS = [
  [2, 'discover', 3303, 0, '', 0], [3, 'read', 3, 0, 'model', 0], [4, 'observe', 3303, 0, 'sensorValue', 0],
  [4, 'attrs', 3303, 0, 'sensorValue', [5, 30, 8, 0, 0]], [5, 'observe', 3303, 1, 'sensorValue', 0],
  [5, 'attrs', 3303, 1, 'sensorValue', [10, 60, 0, 260, 180]], [6, 'observe', 3304, 0, 'sensorValue', 0],
  [7, 'write', 3311, 0, 'dimmer', 60], [7, 'write', 3311, 1, 'onOff', 1], [8, 'observe', 3311, 0, 'cumulativePower', 0],
  [40, 'read', 7, 0, 'txData', 0], [60, 'execute', 3303, 0, 'resets', 0], [61, 'write', 3311, 0, 'dimmer', 100],
  [90, 'read', 6, 0, 'latitude', 0], [100, 'write', 3, 0, 'time', 1700000000], [120, 'read', 3303, 9, 'sensorValue', 0],
  [121, 'write', 3303, 0, 'minRange', 5], [130, 'cancel', 3304, 0, 'sensorValue', 0], [150, 'execute', 3, 0, 'reboots', 0],
  [180, 'write', 3311, 1, 'dimmer', 20], [200, 'read', 3311, 0, 'onTime', 0], [220, 'discover', 3311, 1, '', 0],
];
let checked = false;

function initial(name, oid, k) {
  if (name === 'units') return oid === 3303 ? 'Cel' : '%RH';
  if (name === 'manufacturer') return 'Lumen'; if (name === 'model') return 'SL-40'; if (name === 'serial') return 'A' + (1000 + k);
  if (name === 'firmware') return '2.4.1'; if (name === 'minRange') return oid === 3303 ? -400 : 0;
  if (name === 'maxRange') return oid === 3303 ? 850 : 1000; if (name === 'minMeasured') return 100000;
  if (name === 'maxMeasured') return -100000; if (name === 'powerFactor') return 95; if (name === 'colour') return 'warm';
  if (name === 'latitude') return 52370216; if (name === 'longitude') return 4895168; if (name === 'battery') return 100;
  return 0;
}

function run() {
  let h = 13;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const reg = {}, byId = {}, names = [];
  for (let d = 0; d < DEFS.length; d++) {
    const def = DEFS[d], obj = {};
    obj.name = def[0]; obj.id = def[1]; obj.resources = def[3]; obj.instances = {}; obj.count = def[2];
    for (let k = 0; k < def[2]; k++) {
      const inst = {};
      for (let r = 0; r < def[3].length; r++) inst[def[3][r]] = initial(def[3][r], def[1], k);
      obj.instances['i' + k] = inst;
    }
    reg[def[0]] = obj; byId['o' + def[1]] = obj; names.push(def[0]);
  }
  const boot = {};
  for (let i = 0; i < BOOT_KEYS.length; i++) boot[BOOT_KEYS[i]] = BOOT_VALS[i];
  const observers = {}, obsKeys = [], stats = {};
  const stat = (key) => { const v = stats[key]; stats[key] = v === undefined ? 1 : v + 1; };
  const lookup = (oid, i) => { const o = byId['o' + oid]; return o === undefined ? undefined : o.instances['i' + i]; };
  const respond = (code, req) => {
    const r = {}; r.code = code; r.op = req[1]; r.path = '/' + req[2] + '/' + req[3] + (req[4] === '' ? '' : '/' + req[4]);
    stat('c' + code); stat('op_' + req[1]); return r;
  };
  let notifies = 0, bytes = 0, reports = 0, ri = 0, seed = 4321;
  for (let t = 0; t < 240; t++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const dev = reg.device.instances.i0, loc = reg.location.instances.i0, cs = reg.connStats.instances.i0;
    dev.time += 1; dev.memFree = 8000 - ((seed >> 16) % 300); if (t % 40 === 39) dev.battery -= 1;
    for (let k = 0; k < 2; k++) {
      const ti = reg.temperature.instances['i' + k];
      ti.sensorValue = 180 + k * 40 + ((t * (3 + k)) % 70) - 35 + ((seed >> (8 + k)) % 9);
      if (ti.sensorValue < ti.minMeasured) ti.minMeasured = ti.sensorValue;
      if (ti.sensorValue > ti.maxMeasured) ti.maxMeasured = ti.sensorValue;
      const li = reg.lightControl.instances['i' + k];
      if (li.onOff === 1 || li.dimmer > 0) { li.onTime += 1; li.cumulativePower += li.dimmer * (10 + k * 5); }
    }
    const hu = reg.humidity.instances.i0;
    hu.sensorValue = 550 + ((t * 7) % 200) + ((seed >> 12) % 11);
    if (hu.sensorValue < hu.minMeasured) hu.minMeasured = hu.sensorValue;
    if (hu.sensorValue > hu.maxMeasured) hu.maxMeasured = hu.sensorValue;
    loc.latitude += (seed >> 20) % 3 - 1; loc.timestamp = dev.time;
    while (ri < REQS.length && REQS[ri][0] === t) {
      const q = REQS[ri], inst = lookup(q[2], q[3]);
      ri += 1;
      const key = 'o' + q[2] + '/i' + q[3] + '/' + q[4];
      if (inst === undefined) add(respond(404, q).code);
      else if (q[1] === 'read') { const r = respond(205, q); r[q[4]] = inst[q[4]]; r.value = inst[q[4]]; add(typeof r.value === 'number' ? r.value % 1000 : 7); }
      else if (q[1] === 'write') { inst[q[4]] = q[5]; add(respond(204, q).code); }
      else if (q[1] === 'execute') {
        const r = respond(204, q);
        if (q[4] === 'resets') { inst.minMeasured = inst.sensorValue; inst.maxMeasured = inst.sensorValue; inst.resets += 1; }
        else inst[q[4]] += 1;
        add(r.code);
      } else if (q[1] === 'discover') {
        const r = respond(205, q), res = byId['o' + q[2]].resources;
        for (let i = 0; i < res.length; i++) r[res[i]] = observers[key + res[i]] === undefined ? '' : ';obs';
        add(res.length);
      } else if (q[1] === 'observe') {
        const o = {}; o.inst = inst; o.res = q[4]; o.last = inst[q[4]]; o.lastT = t; o.attrs = {}; o.attrs.pmin = boot.minPeriod; o.attrs.pmax = boot.maxPeriod;
        observers[key] = o; obsKeys.push(key); add(respond(205, q).code);
      } else if (q[1] === 'attrs') {
        const o = observers[key];
        for (let i = 0; i < ATTR_NAMES.length; i++) if (q[5][i] !== 0) o.attrs[ATTR_NAMES[i]] = q[5][i];
        add(respond(204, q).code);
      } else if (q[1] === 'cancel') { observers[key] = undefined; add(respond(205, q).code); }
    }
    for (let i = 0; i < obsKeys.length; i++) {
      const o = observers[obsKeys[i]];
      const v = o === undefined ? 0 : o.inst[o.res], a = o === undefined ? null : o.attrs, age = o === undefined ? -1 : t - o.lastT;
      let fire = a !== null && age >= a.pmax;
      if (a === null || age < a.pmin) fire = false;
      else {
        if (a.st !== undefined && (v - o.last >= a.st || o.last - v >= a.st)) fire = true;
        if (a.gt !== undefined && (v > a.gt) !== (o.last > a.gt)) fire = true;
        if (a.lt !== undefined && (v < a.lt) !== (o.last < a.lt)) fire = true;
      }
      if (fire) {
        o.last = v; o.lastT = t; notifies += 1; stat('n_' + obsKeys[i]);
        cs.txData += 24; cs.messages += 1; bytes += 24; add(v % 1000);
      }
    }
    if (t % 10 === 9) {
      const rep = {};
      for (let n = 0; n < names.length; n++) {
        const obj = reg[names[n]], inst = obj.instances.i0;
        for (let r = 0; r < obj.resources.length; r++) rep[names[n] + '_' + obj.resources[r]] = inst[obj.resources[r]];
      }
      reports += 1; cs.txData += 180; bytes += 180;
      add(rep.temperature_sensorValue); add(rep.humidity_maxMeasured); add(rep.lightControl_cumulativePower % 100000);
      add(rep.device_memFree); add(rep.location_latitude % 1000); add(rep.connStats_messages);
    }
  }
  const sk = ['c205', 'c204', 'c404', 'op_read', 'op_write', 'op_observe', 'n_o3303/i0/sensorValue', 'n_o3303/i1/sensorValue',
    'n_o3304/i0/sensorValue', 'n_o3311/i0/cumulativePower'];
  for (let i = 0; i < sk.length; i++) add(stats[sk[i]] === undefined ? 0 : stats[sk[i]]);
  const t0 = reg.temperature.instances.i0;
  const out = 'lwm2m-registry ticks=240 objects=' + names.length + ' notifies=' + notifies + ' reports=' + reports + ' bytes=' + bytes +
    ' t0=' + t0.minMeasured + '..' + t0.maxMeasured + ' resets=' + t0.resets + ' reboots=' + reg.device.instances.i0.reboots +
    ' lifetime=' + boot.lifetime + ' ' + boot.binding + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
