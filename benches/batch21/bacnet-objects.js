// A BACnet/IP controller in an air-handling unit. Its object database is a
// plain object used as a map: objects are keyed by type and instance
// ('AI:3', 'BO:7', 'AV:12'), and every property of an object is again a key
// of that object ('presentValue', 'outOfService', 'cov_increment'). Writes to
// commandable objects go into a 16-slot priority array whose slots are keys
// 'p1' to 'p16' of a map object; relinquishing a slot writes undefined, and
// the present value is the first slot that is not undefined. COV
// subscriptions are kept in a map keyed by subscriber and object
// ('dev' + id + '/' + key). A scripted BMS front end sends ReadProperty,
// WriteProperty, ReadPropertyMultiple and SubscribeCOV requests with keys
// built at run time, and the controller's own loop updates the inputs and
// emits COV notifications when a value moves by more than its increment.
const NODE_SUM = 689689;
const TYPES = ['AI', 'AO', 'AV', 'BI', 'BO', 'BV', 'MV'];
const COUNTS = [8, 4, 12, 6, 6, 8, 4];
const NAMES = ['supplyTemp', 'returnTemp', 'mixedTemp', 'outsideTemp', 'ductPressure', 'filterDp', 'roomCo2', 'roomRh',
  'fanSpeed', 'heatValve', 'coolValve', 'damper'];
const PROPS = ['presentValue', 'statusFlags', 'outOfService', 'units', 'covIncrement', 'description', 'reliability'];
const UNITS = ['degC', 'Pa', 'ppm', 'pct', 'none'];
let checked = false;

function key(t, i) { return TYPES[t] + ':' + i; }
function isCommandable(t) { return t === 1 || t === 2 || t === 4 || t === 5 || t === 6; }

function buildDb(db, keys) {
  for (let t = 0; t < TYPES.length; t++) {
    for (let i = 0; i < COUNTS[t]; i++) {
      const k = key(t, i), o = {};
      o.presentValue = t >= 3 ? (i & 1) : i * 5 + t;
      o.statusFlags = 0; o.outOfService = false;
      o.units = UNITS[(i + t) % UNITS.length];
      o.covIncrement = t < 3 ? 1 + (i % 3) : 1;
      o.description = NAMES[(i + 3 * t) % NAMES.length] + '_' + i;
      o.reliability = 'noFault';
      if (isCommandable(t)) {
        const pa = {};
        for (let p = 1; p <= 16; p++) pa['p' + p] = undefined;
        o.priority = pa; o.relinquishDefault = o.presentValue;
      }
      db[k] = o; keys.push(k);
    }
  }
}

function resolve(o) {
  const pa = o.priority;
  for (let p = 1; p <= 16; p++) {
    const v = pa['p' + p];
    if (v !== undefined) return v;
  }
  return o.relinquishDefault;
}

function readProp(db, k, prop, st) {
  const o = db[k];
  if (o === undefined) { st.unknownObject += 1; return -1; }
  const v = o[prop];
  if (v === undefined) { st.unknownProperty += 1; return -2; }
  st.reads += 1;
  if (v === true) return 1;
  if (v === false) return 0;
  if (typeof v === 'string') return 100 + (v === 'noFault' ? 1 : 2);
  return v;
}

function writeProp(db, k, prop, value, prio, st) {
  const o = db[k];
  if (o === undefined) { st.unknownObject += 1; return; }
  if (prop === 'presentValue' && o.priority !== undefined) {
    o.priority['p' + prio] = value;       // value may be undefined: relinquish
    o.presentValue = resolve(o);
  } else if (o[prop] === undefined) { st.unknownProperty += 1; return; }
  else o[prop] = value;
  st.writes += 1;
}

function subscribe(subs, subKeys, dev, k, lifetime) {
  const sk = 'dev' + dev + '/' + k;
  if (subs[sk] === undefined) subKeys.push(sk);
  subs[sk] = { dev: dev, obj: k, life: lifetime, last: undefined, sent: 0 };
}

function covScan(db, subs, subKeys, st) {
  let live = 0;
  for (let i = 0; i < subKeys.length; i++) {
    const s = subs[subKeys[i]];
    if (s === undefined) live += 0;
    else if (s.life <= 0) { subs[subKeys[i]] = undefined; st.expired += 1; }
    else {
      s.life -= 1; live += 1;
      const o = db[s.obj], v = o.presentValue;
      const inc = o.covIncrement;
      if (s.last === undefined || v - s.last >= inc || s.last - v >= inc) {
        s.last = v; s.sent += 1; st.notifications += 1; st.h = (st.h * 31 + (v < 0 ? -v : v) + s.dev) % 1000003;
      }
    }
  }
  return live;
}

function run() {
  const db = {}, keys = [], subs = {}, subKeys = [];
  const st = { reads: 0, writes: 0, unknownObject: 0, unknownProperty: 0, notifications: 0, expired: 0, h: 7 };
  buildDb(db, keys);
  let h = 1, seed = 12345;
  for (let tick = 0; tick < 120; tick++) {
    // the controller updates its inputs
    for (let i = 0; i < COUNTS[0]; i++) {
      const o = db['AI:' + i];
      seed = (seed * 1103 + 12345) % 65521;
      o.presentValue = 200 + i * 30 + ((tick * (i + 1)) % 17) + (seed % 5) - 2;
    }
    const bi = db[key(3, tick % COUNTS[3])];
    bi.presentValue = bi.presentValue === 1 ? 0 : 1;
    // the BMS front end
    seed = (seed * 1103 + 12345) % 65521;
    const t = seed % TYPES.length, inst = (seed >> 3) % (COUNTS[t] + 1);   // sometimes one past the end
    const k = TYPES[t] + ':' + inst;
    const kind = tick % 6;
    if (kind === 0 || kind === 3) {
      const v = readProp(db, k, PROPS[(seed >> 5) % PROPS.length], st);
      h = (h * 31 + v + 3) % 1000003;
    } else if (kind === 1) {
      const prio = 1 + (seed >> 4) % 16;
      writeProp(db, k, 'presentValue', (tick & 3) === 0 ? undefined : tick * 3, prio, st);
      h = (h * 31 + readProp(db, k, 'presentValue', st) + 3) % 1000003;
    } else if (kind === 2) {
      for (let p = 0; p < PROPS.length; p++) h = (h * 31 + readProp(db, k, PROPS[p], st) + 3) % 1000003;
      h = (h * 31 + readProp(db, k, 'priority_' + tick, st) + 3) % 1000003;
    } else if (kind === 4) {
      subscribe(subs, subKeys, 1 + tick % 5, key(t % 3, inst % COUNTS[t % 3]), 10 + (seed % 30));
    } else {
      writeProp(db, k, 'outOfService', (tick & 8) === 0, 0, st);
      writeProp(db, k, 'covIncrement', 1 + tick % 4, 0, st);
    }
    const live = covScan(db, subs, subKeys, st);
    h = (h * 31 + live) % 1000003;
  }
  let pvSum = 0;
  for (let i = 0; i < keys.length; i++) {
    const o = db[keys[i]];
    pvSum += o.presentValue === undefined ? 0 : o.presentValue;
    h = (h * 31 + (o.outOfService ? 1 : 0) + o.covIncrement) % 1000003;
  }
  h = (h * 31 + st.h) % 1000003;
  const line = 'bacnet-objects objects=' + keys.length + ' subs=' + subKeys.length + ' reads=' + st.reads + ' writes=' + st.writes +
    ' unkObj=' + st.unknownObject + ' unkProp=' + st.unknownProperty + ' cov=' + st.notifications + ' exp=' + st.expired + ' pv=' + pvSum + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
