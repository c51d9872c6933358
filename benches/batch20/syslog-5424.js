// The remote-logging client of an industrial Ethernet switch. Events from
// the port, temperature, PoE and authentication code are turned into RFC
// 5424 syslog lines: <PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG, with
// the timestamp as an ISO 8601 date and time in milliseconds (converted from
// epoch seconds by the days-to-civil algorithm), structured data elements
// [meta sequenceId="n" sysUpTime="t"] and [origin ip="..."], fixed-point
// readings (45.50C), MAC addresses and a hex dump of a bad frame's header in
// lowercase hex. Lines below the configured severity are dropped, a message
// equal (===) to the previous one is counted and replaced by "last message
// repeated n times", and each line goes out with octet-counting framing
// ("LEN SP LINE"). Microvium has no string length, so every piece is
// appended together with its width. 100 events per call.
const NODE_SUM = 688634;
const DIG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const APPS = ['portd', 'thermal', 'poed', 'authd', 'stpd'], APP_W = [5, 7, 4, 5, 4];
const MSGIDS = ['LINK', 'TEMP', 'POE', 'LOGIN', 'TOPO', 'FRAME'], MSGID_W = [4, 4, 3, 5, 4, 5];
const USERS = ['admin', 'operator', 'guest'], USER_W = [5, 8, 5];
let checked = false;

function sb() { return { s: '', n: 0 }; }
function put(b, s, w) { b.s += s; b.n += w; }
function digits(v) { let d = 1; while (v >= 10) { v = (v / 10) | 0; d += 1; } return d; }
function num(b, v) {                               // non-negative integer, digit by digit
  let s = DIG[v % 10], w = 1;
  v = (v / 10) | 0;
  while (v > 0) { s = DIG[v % 10] + s; v = (v / 10) | 0; w += 1; }
  b.s += s; b.n += w;
}
function pad(b, v, w) {                            // zero-padded to w digits
  let s = '';
  for (let i = 0; i < w; i++) { s = DIG[v % 10] + s; v = (v / 10) | 0; }
  b.s += s; b.n += w;
}
function hex2(b, v) { b.s += HEX[(v >> 4) & 15] + HEX[v & 15]; b.n += 2; }
function fixed2(b, v) { if (v < 0) { put(b, '-', 1); v = -v; } num(b, (v / 100) | 0); put(b, '.', 1); pad(b, v % 100, 2); }
function ip(b, a) { num(b, 10); put(b, '.', 1); num(b, 0); put(b, '.', 1); num(b, (a >> 8) & 255); put(b, '.', 1); num(b, a & 255); }
function mac(b, m) { for (let i = 0; i < 6; i++) { if (i > 0) put(b, ':', 1); hex2(b, (m * (i + 3) + i * 17) & 255); } }

function stamp(b, secs, ms) {                      // epoch seconds -> 2026-03-14T09:26:53.589Z
  const days = (secs / 86400) | 0, rem = secs - days * 86400;
  const z = days + 719468, era = (z / 146097) | 0, doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0)), mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1, m = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  pad(b, y, 4); put(b, '-', 1); pad(b, m, 2); put(b, '-', 1); pad(b, d, 2); put(b, 'T', 1);
  pad(b, (rem / 3600) | 0, 2); put(b, ':', 1); pad(b, ((rem / 60) | 0) % 60, 2); put(b, ':', 1); pad(b, rem % 60, 2);
  put(b, '.', 1); pad(b, ms, 3); put(b, 'Z', 1);
}

function body(ev) {                                // the MSG part, built from the event
  const b = sb();
  if (ev.kind === 0) {
    put(b, 'port ', 5); num(b, ev.a); put(b, ev.b > 0 ? ' link up ' : ' link down', ev.b > 0 ? 9 : 10);
    if (ev.b > 0) { num(b, ev.b); put(b, 'Mb/s full', 9); }
  }
  else if (ev.kind === 1) { put(b, 'temperature ', 12); fixed2(b, ev.a); put(b, 'C above threshold ', 18); fixed2(b, ev.b); put(b, 'C', 1); }
  else if (ev.kind === 2) {
    put(b, 'PoE port ', 9); num(b, ev.a); put(b, ' draws ', 7); fixed2(b, ev.b);
    put(b, 'W, budget left ', 15); fixed2(b, 37000 - ev.b * 3); put(b, 'W', 1);
  }
  else if (ev.kind === 3) {
    put(b, ev.b === 0 ? 'login ok user=' : 'login FAILED user=', ev.b === 0 ? 14 : 18);
    put(b, USERS[ev.a % 3], USER_W[ev.a % 3]); put(b, ' from ', 6); ip(b, 512 + ev.a * 7);
  }
  else if (ev.kind === 4) { put(b, 'topology change, new root ', 26); num(b, 32768 + ev.a * 4096); put(b, '/', 1); mac(b, ev.a); }
  else {
    put(b, 'bad FCS on port ', 16); num(b, ev.a); put(b, ' hdr', 4);
    for (let i = 0; i < 14; i++) { put(b, ' ', 1); hex2(b, (ev.b * 31 + i * 13) & 255); }
  }
  return b;
}

function run() {
  let h = 5;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  let seed = 99;
  const rnd = (m) => { seed = (seed * 421 + 2531) % 11979; return seed % m; };
  const host = sb(); put(host, 'sw-', 3); pad(host, 17, 2); put(host, '-core', 5);
  const minSev = 6;                                // drop debug (7)
  let seq = 0, sent = 0, dropped = 0, repeats = 0, octets = 0, t = 1773480413, ms = 0;
  let prevBody = '', prevApp = -1, repeatCount = 0;
  const ring = [];
  let lastEv = null;
  const emit = (sev, app, msgid, msg) => {
    seq += 1;
    const b = sb();
    put(b, '<', 1); num(b, 16 * 8 + sev); put(b, '>1 ', 3);
    stamp(b, t, ms); put(b, ' ', 1); put(b, host.s, host.n); put(b, ' ', 1); put(b, APPS[app], APP_W[app]);
    put(b, ' ', 1); num(b, 100 + app); put(b, ' ', 1); put(b, MSGIDS[msgid], MSGID_W[msgid]);
    put(b, ' [meta sequenceId="', 19); num(b, seq); put(b, '" sysUpTime="', 13); num(b, (t - 1773400000) * 100 + ((ms / 10) | 0));
    put(b, '"][origin ip="', 14); ip(b, 17); put(b, '"] ', 3); put(b, msg.s, msg.n);
    const f = sb(); num(f, b.n); put(f, ' ', 1); put(f, b.s, b.n);
    octets += f.n; sent += 1;
    if (ring.length < 16) ring.push(f.s); else ring[seq % 16] = f.s;
    add(f.n); add(sev * 8 + app);
  };
  for (let i = 0; i < 100; i++) {
    const step = rnd(5000); t += (step / 1000) | 0; ms = (ms + step) % 1000;
    const burst = lastEv !== null && rnd(4) === 0;        // a flapping port or a retrying client repeats itself
    const kind = burst ? lastEv.kind : (rnd(100) < 30 ? 0 : rnd(6));
    const ev = burst ? lastEv : { kind: kind, a: 0, b: 0, sev: 6 };
    lastEv = ev;
    if (!burst) {
      if (kind === 0) { ev.a = 1 + rnd(3); ev.b = rnd(3) === 0 ? 0 : 1000; ev.sev = ev.b > 0 ? 6 : 4; }
      else if (kind === 1) { ev.a = 4400 + rnd(300); ev.b = 4500; ev.sev = ev.a > ev.b ? 4 : 7; }
      else if (kind === 2) { ev.a = 1 + rnd(8); ev.b = 400 + rnd(1200); ev.sev = 6; }
      else if (kind === 3) { ev.a = rnd(4); ev.b = rnd(4) === 0 ? 1 : 0; ev.sev = ev.b > 0 ? 3 : 5; }
      else if (kind === 4) { ev.a = rnd(3); ev.sev = 5; }
      else { ev.a = 1 + rnd(24); ev.b = rnd(64); ev.sev = 3; }
    }
    if (ev.sev > minSev) { dropped += 1; add(1); }
    else {
      const msg = body(ev), app = kind === 5 ? 0 : kind;
      if (msg.s === prevBody && app === prevApp) { repeatCount += 1; repeats += 1; }
      else {
        if (repeatCount > 0) {
          const r = sb(); put(r, 'last message repeated ', 22); num(r, repeatCount); put(r, ' times', 6);
          emit(6, prevApp, kind === 5 ? 5 : kind, r);
        }
        repeatCount = 0; prevBody = msg.s; prevApp = app;
        emit(ev.sev, app, kind, msg);
      }
    }
  }
  let same = 0;
  for (let i = 0; i < ring.length; i++) for (let j = i + 1; j < ring.length; j++) if (ring[i] === ring[j]) same += 1;
  const last = sb(); stamp(last, t, ms);
  const line = 'syslog-5424 events=100 sent=' + sent + ' dropped=' + dropped + ' repeats=' + repeats + ' octets=' + octets +
    ' dup=' + same + ' last=' + last.s + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
