// MQTT-SN (v1.2) over a lossy radio link: two sensor nodes and a gateway,
// 500 ticks of 100 ms. Messages are real MQTT-SN byte frames: CONNECT/CONNACK,
// REGISTER/REGACK (topic name -> 16-bit topic id), PUBLISH/PUBACK at QoS 1
// with message ids and the DUP flag on resends, SUBSCRIBE/SUBACK and
// PINGREQ/PINGRESP. Every outstanding request is a record with a deadline; it
// is resent up to 3 times, then the client throws, the application catches
// it and reconnects (re-registering its topics). The gateway decodes frames
// with a switch on the message type, turns topic names (bytes) back into
// strings, keeps its registry and subscriptions in objects keyed by those
// strings and drops duplicate message ids. Readings travel as ASCII decimal
// text. Commands from the gateway reach per-topic handler closures made in a
// loop. Each radio hop loses one frame in about 7, and from tick 200 to 239 nothing gets through.
const NODE_SUM = 26656;
const LO = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'];
const CH = [];
const DG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
for (let i = 0; i < 128; i++) CH.push(i >= 97 && i < 123 ? LO[i - 97] : (i === 47 ? '/' : (i >= 48 && i < 58 ? DG[i - 48] : '_')));
const ROOMS = [[104, 97, 108, 108], [107, 105, 116, 99, 104, 101, 110], [98, 101, 100]];                    // hall kitchen bed
const SENS = [[116, 101, 109, 112], [104, 117, 109], [108, 117, 120]];                                        // temp hum lux
const CONNECT = 4, CONNACK = 5, REGISTER = 10, REGACK = 11, PUBLISH = 12, PUBACK = 13, SUBSCRIBE = 18, SUBACK = 19, PINGREQ = 22, PINGRESP = 23;
let checked = false;

function topicBytes(node, room, s) {             // 'n0/kitchen/temp' as bytes
  const b = [110, 48 + node, 47];
  for (let i = 0; i < ROOMS[room].length; i++) b.push(ROOMS[room][i]);
  b.push(47);
  for (let i = 0; i < SENS[s].length; i++) b.push(SENS[s][i]);
  return b;
}
function setTopic(node, room) {                  // SUBSCRIBE body: flags, msg id, 'n1/bed/set'
  const b = [0, 0, 0, 110, 48 + node, 47];
  for (let i = 0; i < ROOMS[room].length; i++) b.push(ROOMS[room][i]);
  b.push(47); b.push(115); b.push(101); b.push(116);
  return b;
}
function text(b, from) { let s = ''; for (let i = from; i < b.length; i++) s += CH[b[i]]; return s; }
function frame(type, body) { const f = [body.length + 2, type]; for (let i = 0; i < body.length; i++) f.push(body[i]); return f; }
function u16(v) { return [v >> 8, v & 255]; }
function ascii(v) {                               // tenths -> '21.5' as bytes
  const d = [], out = [];
  let n = v < 0 ? -v : v;
  d.push(n % 10); n = (n / 10) | 0;
  while (true) { d.push(n % 10); n = (n / 10) | 0; if (n === 0) break; }
  if (v < 0) out.push(45);
  for (let i = d.length - 1; i >= 1; i--) out.push(48 + d[i]);
  out.push(46); out.push(48 + d[0]);
  return out;
}
function parseTenths(b, from) { let v = 0, neg = false; for (let i = from; i < b.length; i++) { if (b[i] === 45) neg = true; else if (b[i] !== 46) v = v * 10 + b[i] - 48; } return neg ? -v : v; }

function run() {
  let seed = 99, h = 13, tick = 0;
  const rand = (n) => { seed = (seed * 171) % 30269; return seed % n; };
  let air = [];                                  // frames in flight: { at, to, from, f }
  let lost = 0, sentFrames = 0;
  const send = (from, to, f) => { sentFrames += 1; if (rand(7) === 0 || (tick >= 200 && tick < 240)) { lost += 1; return; } air.push({ at: tick + 1 + rand(3), to: to, from: from, f: f }); };
  // --- gateway ---
  const gw = { reg: {}, names: [''], subs: {}, seen: {}, pubs: 0, dups: 0, sum: 0 };
  const topicId = (name) => {
    let id = gw.reg[name];
    if (id === undefined) { id = gw.names.length; gw.reg[name] = id; gw.names.push(name); }
    return id;
  };
  const gwPublish = (from, f) => {
    const id = f[3] * 256 + f[4], key = 'c' + from + 'm' + (f[5] * 256 + f[6]);
    if (gw.seen[key] === true) gw.dups += 1;
    else { gw.seen[key] = true; gw.pubs += 1; gw.sum = (gw.sum * 31 + parseTenths(f, 7) + 2000 + id) % 1000003; }
    send(-1, from, frame(PUBACK, [f[3], f[4], f[5], f[6], 0]));
  };
  const gwSubscribe = (from, f) => {
    const name = text(f, 5), id = topicId(name);
    if (gw.subs[name] === undefined) gw.subs[name] = [];
    gw.subs[name].push(from);
    send(-1, from, frame(SUBACK, [0, id >> 8, id & 255, f[3], f[4], 0]));
  };
  const gwRegister = (from, f, id) => send(-1, from, frame(REGACK, [id >> 8, id & 255, f[4], f[5], 0]));
  const gwRx = (from, f) => {
    switch (f[1]) {
      case CONNECT: send(-1, from, frame(CONNACK, [0])); break;
      case REGISTER: gwRegister(from, f, topicId(text(f, 6))); break;
      case PUBLISH: gwPublish(from, f); break;
      case SUBSCRIBE: gwSubscribe(from, f); break;
      case PINGREQ: send(-1, from, frame(PINGRESP, [])); break;
    }
  };
  // --- clients ---
  const clients = [];
  for (let n = 0; n < 2; n++) {
    const c = { n: n, up: false, msgId: 1, pending: [], ids: {}, handlers: {}, acked: 0, gaveUp: 0, retries: 0, cmds: 0, cmdSum: 0, lastTx: 0 };
    c.request = (type, body, idOff) => {             // body has the message id at idOff
      const id = c.msgId; c.msgId = c.msgId === 65535 ? 1 : c.msgId + 1;
      body[idOff] = id >> 8; body[idOff + 1] = id & 255;
      const f = frame(type, body);
      c.pending.push({ id: id, f: f, tries: 0, due: tick + 6, type: type }); send(n, -1, f); c.lastTx = tick;
      return id;
    };
    c.connect = () => { c.up = false; c.pending = []; c.ids = {}; send(n, -1, frame(CONNECT, [4, 1, 0, 60, 110, 48 + n])); c.lastTx = tick; };
    for (let r = 0; r < 3; r++) {                    // one handler closure per room's command topic
      const room = r, name = 'n' + n + '/' + text(ROOMS[r], 0) + '/set';
      c.handlers[name] = (v) => { c.cmds += 1; c.cmdSum = (c.cmdSum * 7 + v * (room + 1)) % 65521; };
    }
    clients.push(c);
  }
  const clientRx = (c, f) => {
    const type = f[1];
    if (type === CONNACK) {
      c.up = true;
      for (let r = 0; r < 3; r++) for (let s = 0; s < 3; s++) { const b = [0, 0, 0, 0]; const t = topicBytes(c.n, r, s); for (let i = 0; i < t.length; i++) b.push(t[i]); c.request(REGISTER, b, 2); }
      return;
    }
    if (type === PUBLISH) { const name = gw.names[f[3] * 256 + f[4]], hd = c.handlers[name]; if (hd !== undefined) hd(parseTenths(f, 7)); return; }
    if (type === PINGRESP) return;
    const id = type === SUBACK ? f[5] * 256 + f[6] : f[4] * 256 + f[5];
    const keep = [];
    for (let k = 0; k < c.pending.length; k++) {
      const p = c.pending[k];
      if (p.id === id) { c.acked += 1; if (type === REGACK) c.ids[text(p.f, 6)] = f[2] * 256 + f[3]; }
      else keep.push(p);
    }
    c.pending = keep;
  };
  const timeouts = (c) => {
    for (let k = 0; k < c.pending.length; k++) {
      const p = c.pending[k];
      if (p.due <= tick) {
        if (p.tries === 3) throw { code: 1, type: p.type, id: p.id };
        p.tries += 1; c.retries += 1; p.due = tick + 6 + p.tries * 4;
        if (p.type === PUBLISH) p.f[2] = p.f[2] | 128;   // DUP
        send(c.n, -1, p.f);
      }
    }
  };
  for (let n = 0; n < 2; n++) clients[n].connect();
  for (tick = 0; tick < 800; tick++) {
    const due = [], later = [];                        // deliver what is due
    for (let k = 0; k < air.length; k++) { if (air[k].at > tick) later.push(air[k]); else due.push(air[k]); }
    air = later;
    for (let k = 0; k < due.length; k++) { const m = due[k]; if (m.to === -1) gwRx(m.from, m.f); else clientRx(clients[m.to], m.f); }
    for (let n = 0; n < 2; n++) {
      const c = clients[n];
      try {
        timeouts(c);
        if (c.up && c.pending.length < 4 && (tick + n * 7) % 9 === 0) {
          const r = (tick / 9 | 0) % 3, s = (tick / 27 | 0) % 3, tid = c.ids[text(topicBytes(n, r, s), 0)];
          if (tid !== undefined) { const v = (tick * 37 + n * 101) % 600 - 100, b = [0, tid >> 8, tid & 255, 0, 0]; const a = ascii(v); for (let i = 0; i < a.length; i++) b.push(a[i]); c.request(PUBLISH, b, 3); }
        }
        if (c.up && tick === 40 + n) for (let r = 0; r < 3; r++) c.request(SUBSCRIBE, setTopic(n, r), 1);
        if (!c.up && tick - c.lastTx > 10) c.connect();
        if (c.up && tick - c.lastTx > 30) { send(n, -1, frame(PINGREQ, [])); c.lastTx = tick; }
      } catch (e) { c.gaveUp += 1; h = (h * 31 + e.type * 16 + n) % 1000003; c.connect(); }
    }
    if (tick % 25 === 12) {                            // the gateway publishes a set point (QoS 0)
      const r = (tick / 25 | 0) % 3, n = (tick / 75 | 0) % 2, name = 'n' + n + '/' + text(ROOMS[r], 0) + '/set';
      const id = topicId(name);
      if (gw.subs[name] !== undefined) { const b = [0, id >> 8, id & 255, 0, 0]; const a = ascii(180 + tick % 70); for (let i = 0; i < a.length; i++) b.push(a[i]); send(-1, n, frame(PUBLISH, b)); }
    }
  }
  let acked = 0, retries = 0, gaveUp = 0, cmds = 0;
  for (let n = 0; n < 2; n++) { const c = clients[n]; acked += c.acked; retries += c.retries; gaveUp += c.gaveUp; cmds += c.cmds; h = (h * 31 + c.cmdSum) % 1000003; }
  h = (h * 31 + gw.sum) % 1000003;
  h = (h * 31 + sentFrames * 4 + lost) % 1000003;
  h = (h * 31 + acked * 64 + retries) % 1000003;
  const out = 'mqttsn-retry frames=' + sentFrames + ' lost=' + lost + ' topics=' + (gw.names.length - 1) + ' pubs=' + gw.pubs + ' dups=' + gw.dups + ' acked=' + acked +
    ' retries=' + retries + ' reconnects=' + gaveUp + ' cmds=' + cmds + ' last=' + gw.names[gw.names.length - 1] + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
