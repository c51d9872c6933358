// The OCPP 1.6-J client of a 3-connector AC charging station. Every tick
// (one simulated second) each charging connector samples energy, power,
// current and voltage; every 6 ticks the samples go out as a MeterValues
// CALL, a JSON text of 1 to 2 KB built piece by piece with '+=' and then
// dropped once the "WebSocket" has taken it (its length is counted by
// hand: Microvium strings have no length). Heartbeats and
// StatusNotifications are sent too. Outstanding CALLs are kept in a map
// keyed by the message id ('m' + seq); the simulated central system
// answers 2 ticks later, sometimes with an id that is not pending (a miss).
// A message equal (===) to the last one sent on its connector is
// suppressed. Decimal values are formatted with one or two decimals from
// floats by floor and %, and timestamps are built from the tick.
const NODE_SUM = 644355;
const MEAS = ['Energy.Active.Import.Register', 'Power.Active.Import', 'Current.Import', 'Voltage'];
const MLEN = [29, 19, 14, 7];
const UNIT = {}, UNITS = ['Wh', 'W', 'A', 'V'];
for (let m = 0; m < MEAS.length; m++) UNIT[MEAS[m]] = UNITS[m];     // quoted keys: not in Microvium literals
const ULEN = { Wh: 2, W: 1, A: 1, V: 1 };
const STATUS = ['Available', 'Preparing', 'Charging', 'SuspendedEV', 'Finishing'];
const SLEN = [9, 9, 8, 11, 9];
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function digits(n) { let d = 1; while (n >= 10) { n = floor(n / 10); d += 1; } return d; }
function pad2(n) { return n < 10 ? '0' + n : '' + n; }
function fixed(v, dec) {                          // non-negative v, 1 or 2 decimals
  const k = dec === 1 ? 10 : 100, t = floor(v * k + 0.5), ip = floor(t / k), fp = t % k;
  return { s: ip + '.' + (dec === 2 && fp < 10 ? '0' : '') + fp, w: digits(ip) + 1 + dec };
}
function stamp(t) {
  const s = t % 60, m = floor(t / 60) % 60, hh = (9 + floor(t / 3600)) % 24;
  return '2025-03-01T' + pad2(hh) + ':' + pad2(m) + ':' + pad2(s) + 'Z';   // 20 chars
}

function newBuf() { return { s: '', n: 0 }; }
function put(b, s, w) { b.s += s; b.n += w; }
function putNum(b, n) { b.s += n; b.n += digits(n); }

function call(cs, action, alen) {                 // '[2,"m17","MeterValues",'
  cs.seq += 1;
  const id = 'm' + cs.seq, b = newBuf();
  put(b, '[2,"' + id + '","' + action + '",', 10 + digits(cs.seq) + alen);
  cs.pending[id] = { action: action, t: cs.t, conn: 0 };
  cs.ids.push(id);
  return b;
}
function send(cs, b, conn, body) {
  if (conn > 0 && cs.last[conn] === body) { cs.dup += 1; return; }
  if (conn > 0) cs.last[conn] = body;
  cs.bytes += b.n; cs.msgs += 1;
  if (b.n > cs.maxLen) cs.maxLen = b.n;
  cs.h = (cs.h * 31 + b.n) % 1000003;
}
function meterValues(cs, c, tx, samples) {
  const b = newBuf();
  put(b, '{"connectorId":', 15); putNum(b, c);
  put(b, ',"transactionId":', 17); putNum(b, tx);
  put(b, ',"meterValue":[', 15);
  for (let i = 0; i < samples.length; i++) {
    const sm = samples[i];
    put(b, (i > 0 ? ',' : '') + '{"timestamp":"' + stamp(sm.t) + '","sampledValue":[', (i > 0 ? 1 : 0) + 14 + 20 + 18);
    for (let m = 0; m < MEAS.length; m++) {
      const f = fixed(sm.v[m], m === 0 ? 1 : 2), u = UNIT[MEAS[m]];
      put(b, (m > 0 ? ',' : '') + '{"value":"' + f.s + '","measurand":"' + MEAS[m] + '","unit":"' + u + '"}',
        (m > 0 ? 1 : 0) + 10 + f.w + 15 + MLEN[m] + 10 + ULEN[u] + 2);
    }
    put(b, ']}', 2);
  }
  put(b, ']}', 2);
  const m = call(cs, 'MeterValues', 11);
  put(m, b.s, b.n); put(m, ']', 1);
  send(cs, m, c, b.s);
}
function status(cs, c, st) {
  const b = call(cs, 'StatusNotification', 18);
  put(b, '{"connectorId":' + c + ',"errorCode":"NoError","status":"' + STATUS[st] + '"}', 15 + digits(c) + 33 + SLEN[st] + 2);
  send(cs, b, 0, '');
}
function answer(cs, id) {
  const p = cs.pending[id];
  if (p === undefined) { cs.miss += 1; return; }
  cs.pending[id] = undefined; cs.acked += 1;
  cs.h = (cs.h * 31 + cs.t - p.t + (p.action === 'MeterValues' ? 5 : 1)) % 1000003;
}

function run() {
  const cs = { seq: 0, t: 0, pending: {}, ids: [], last: [undefined, '', '', ''], bytes: 0, msgs: 0, dup: 0, miss: 0, acked: 0, maxLen: 0, h: 7 };
  const conns = [];
  for (let c = 1; c <= 3; c++) conns.push({ id: c, st: 0, tx: 0, wh: 1000 * c + 0.5, amps: 0, samples: [] });
  let next = 0;
  for (let t = 0; t < 420; t++) {
    cs.t = t;
    for (let i = 0; i < conns.length; i++) {
      const k = conns[i];
      const want = (t + i * 70) % 210 < 20 ? 1 : (t + i * 70) % 210 < 150 ? 2 : (t + i * 70) % 210 < 165 ? 3 : (t + i * 70) % 210 < 175 ? 4 : 0;
      if (want !== k.st) { k.st = want; status(cs, k.id, want); if (want === 2 && k.tx === 0) k.tx = 4000 + t * 3 + i; if (want === 0) k.tx = 0; }
      if (k.st === 2) {
        k.amps = 16 - ((t + i) % 7) * 0.35 + (t % 3) * 0.12;
        const volts = 229.5 + ((t * (i + 2)) % 9) * 0.41, watts = k.amps * volts * 3;
        k.wh += watts / 3600;
        k.samples.push({ t: t, v: [k.wh, watts, k.amps, volts] });
        if (k.samples.length === 6) { meterValues(cs, k.id, k.tx, k.samples); k.samples = []; }
      }
    }
    if (t % 60 === 0) { const b = call(cs, 'Heartbeat', 9); put(b, '{}]', 3); send(cs, b, 0, ''); }
    while (next < cs.ids.length && cs.pending[cs.ids[next]] !== undefined && cs.pending[cs.ids[next]].t <= t - 2) {
      answer(cs, cs.ids[next]);
      if (next % 5 === 4) answer(cs, 'm' + (cs.seq + 100 + next));   // a stray reply
      next += 1;
    }
  }
  let open = 0;
  for (let i = 0; i < cs.ids.length; i++) if (cs.pending[cs.ids[i]] !== undefined) open += 1;
  const h = (cs.h * 31 + open + cs.dup) % 1000003;
  const line = 'ocpp-charger msgs=' + cs.msgs + ' bytes=' + cs.bytes + ' max=' + cs.maxLen + ' acked=' + cs.acked + ' miss=' + cs.miss + ' dup=' + cs.dup + ' open=' + open + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
