// A Wi-Fi station's scan table and roaming manager. A handheld scanner walks
// through a warehouse with 18 access points (4 networks, 2.4 and 5 GHz) and
// scans every few seconds. Each beacon heard goes into a table keyed by the
// BSSID string ("3c:5e:..."), with a smoothed RSSI. Stale entries age out.
// Every scan the list is merge-sorted three ways with comparator functions:
// by score (for roaming), by channel (to plan a soft-AP channel) and by
// network (for the UI list, built as text). When the link gets weak, one
// attempt closure is queued per better candidate and the queue is run until
// an association succeeds. Path loss uses a table-driven 10*log10.
const NODE_SUM = 391900;
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const LOG10X10 = [0, 0, 3.0103, 4.7712, 6.0206, 6.9897, 7.7815, 8.4510, 9.0309, 9.5424, 10];   // 10*log10(i)
const NETS = [                                     // known networks, in the order of the UI list
  { name: 'corp', pref: 3, min: -78, secure: true },
  { name: 'corp-voice', pref: 2, min: -70, secure: true },
  { name: 'guest', pref: 0, min: -75, secure: false },
  { name: 'scanners', pref: 4, min: -80, secure: true }];
const CHANNELS = [1, 6, 11, 36, 40, 44, 48, 149];
const WORLD = [];                                  // access points: mac bytes, position (m), channel, network, tx power
let ws = 17;
for (let i = 0; i < 18; i++) {
  ws = (ws * 75 + 74) % 65537;
  const mac = [0x3c, 0x5e, 0xc3, (ws >> 8) & 255, ws & 255, (i * 13 + ws) & 255];
  WORLD.push({ mac: mac, x: (i % 6) * 40 + (ws % 9), y: ((i / 6) | 0) * 45 + (ws % 5), ch: CHANNELS[(i * 3 + (ws & 1)) % 8], net: i % 4, tx: 17 + (ws % 4) });
}

function db10(x) {                                 // 10*log10(x), x >= 1
  let d = 0;
  while (x >= 10) { x /= 10; d += 10; }
  const i = x | 0;
  return d + LOG10X10[i] + (LOG10X10[i + 1] - LOG10X10[i]) * (x - i);
}

function macString(mac) {
  let s = '';
  for (let i = 0; i < 6; i++) { if (i > 0) s += ':'; s += HEX[mac[i] >> 4] + HEX[mac[i] & 15]; }
  return s;
}

function mergeSort(a, cmp) {                       // stable; returns a new array
  if (a.length < 2) return a;
  const mid = a.length >> 1, left = [], right = [], out = [];
  for (let i = 0; i < a.length; i++) { if (i < mid) left.push(a[i]); else right.push(a[i]); }
  const l = mergeSort(left, cmp), r = mergeSort(right, cmp);
  let i = 0, j = 0;
  while (i < l.length || j < r.length) {
    if (j >= r.length || (i < l.length && cmp(l[i], r[j]) <= 0)) { out.push(l[i]); i += 1; } else { out.push(r[j]); j += 1; }
  }
  return out;
}

const byScore = (a, b) => b.score - a.score;
const byChannel = (a, b) => a.ch !== b.ch ? a.ch - b.ch : b.rssi - a.rssi;
const byNetwork = (a, b) => a.net !== b.net ? a.net - b.net : (a.band !== b.band ? b.band - a.band : b.rssi - a.rssi);

function makeScorer(net) {                         // one per known network
  return (e) => e.rssi + net.pref * 4 + (e.band === 5 ? 6 : 0) - e.load * 2 + (net.secure ? 0 : -10);
}

function makeAttempt(e, net, link) {               // one per queued candidate
  return () => {
    link.tries += 1;
    const ok = e.rssi >= net.min && link.roll() < 20 + ((e.rssi + 90) | 0);
    if (ok) { link.from = link.cur === null ? 'none' : link.cur.key; link.cur = e; link.strikes[e.key] = 0; return true; }
    link.strikes[e.key] = (link.strikes[e.key] | 0) + 1;   // two failures in a row: banned for 6 scans
    if (link.strikes[e.key] >= 2) { link.banned[e.key] = link.scan + 6; link.strikes[e.key] = 0; link.bans += 1; }
    return false;
  };
}

let checked = false;

function run() {
  let seed = 2024, h = 9, roams = 0, drops = 0, aged = 0, beacons = 0, ui = '', log = '', last = '', nbr = '', softAp = 0;
  const rand = (n) => { seed = (seed * 8121 + 28411) % 134456; return seed % n; };
  const table = {}, scorers = [];
  let list = [];
  for (let i = 0; i < NETS.length; i++) scorers.push(makeScorer(NETS[i]));
  const link = { cur: null, from: '', tries: 0, bans: 0, scan: 0, strikes: {}, banned: {}, roll: () => rand(100) };
  for (let scan = 0; scan < 36; scan++) {
    link.scan = scan;
    const sx = 4 + scan * 6, sy = 10 + (scan % 12) * 9;   // the scanner's walk (m)
    for (let i = 0; i < WORLD.length; i++) {
      const ap = WORLD[i], dx = ap.x - sx, dy = ap.y - sy;
      const rssi = ap.tx - 40 - 1.5 * db10(dx * dx + dy * dy + 1) - (ap.ch > 14 ? 6 : 0) + rand(7) - 3;
      if (rand(10) !== 0 && rssi > -86) {          // heard this time
        beacons += 1;
        const key = macString(ap.mac);
        let e = table[key];
        if (e === undefined) {
          e = { key: key, net: ap.net, ch: ap.ch, band: ap.ch > 14 ? 5 : 2, rssi: rssi, seen: scan, load: 0, score: 0 };
          table[key] = e; list.push(e);
        } else { e.rssi = e.rssi * 0.7 + rssi * 0.3; e.seen = scan; }
        e.load = (rand(4) + i) % 5;
      }
    }
    const kept = [];                               // age out entries not heard for 3 scans
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (scan - e.seen < 3) kept.push(e); else { table[e.key] = undefined; aged += 1; if (link.cur === e) { link.cur = null; drops += 1; } }
    }
    list = kept;
    for (let i = 0; i < list.length; i++) list[i].score = scorers[list[i].net](list[i]);
    const ranked = mergeSort(list, byScore), byCh = mergeSort(list, byChannel), shown = mergeSort(list, byNetwork);
    // soft-AP channel: the 2.4 GHz channel of 1/6/11 with the least summed signal
    const busy = [0, 0, 0];
    for (let i = 0; i < byCh.length && byCh[i].ch <= 11; i++) busy[(byCh[i].ch / 5) | 0] += 100 + byCh[i].rssi;
    softAp = busy[0] <= busy[1] && busy[0] <= busy[2] ? 1 : (busy[1] <= busy[2] ? 6 : 11);
    // roaming: weak link, or none: queue the candidates that beat it by 8
    const cur = link.cur;
    if (cur === null || cur.rssi < -70) {
      const queue = [];
      for (let i = 0; i < ranked.length && queue.length < 4; i++) {
        const e = ranked[i];
        const ban = link.banned[e.key];
        if (e !== cur && (ban === undefined || ban <= scan) && (cur === null || e.score > cur.score + 8)) queue.push(makeAttempt(e, NETS[e.net], link));
      }
      let q = 0;
      while (q < queue.length && !queue[q]()) q += 1;
      if (q < queue.length) {
        roams += 1;
        last = 'S' + scan + ' ' + link.from + '>' + link.cur.key + ' ' + NETS[link.cur.net].name + ' ch' + link.cur.ch + ' ' + (link.cur.rssi | 0);
        log += last + ';';
        nbr = '';                                  // neighbour report (802.11k style): the next 3 of the same network
        for (let i = 0, k = 0; i < ranked.length && k < 3; i++) {
          if (ranked[i] !== link.cur && ranked[i].net === link.cur.net) { nbr += (k > 0 ? ',' : '') + ranked[i].key + '@' + ranked[i].ch; k += 1; }
        }
      }
    }
    // the UI list: "corp: 40 -61, 6 -70 | guest: ..."
    ui = '';
    for (let i = 0; i < shown.length; i++) {
      const e = shown[i];
      if (i === 0 || shown[i - 1].net !== e.net) ui += (i > 0 ? ' | ' : '') + NETS[e.net].name + ':'; else ui += ',';
      ui += ' ' + e.ch + ' ' + (e.rssi | 0);
    }
    h = (h * 31 + list.length * 64 + softAp) % 1000003;
    for (let i = 0; i < ranked.length; i++) h = (h * 31 + ((ranked[i].score + 200) * 16 | 0)) % 1000003;
  }
  let n = 0;
  for (let i = 0; i < WORLD.length; i++) if (table[macString(WORLD[i].mac)] !== undefined) n += 1;
  h = (h * 31 + roams * 256 + drops * 16 + aged) % 1000003;
  h = (h * 31 + beacons * 8 + link.tries) % 1000003;
  h = (h * 31 + link.bans) % 1000003;
  const out = 'wifi-roam scans=36 beacons=' + beacons + ' table=' + n + ' aged=' + aged + ' roams=' + roams + ' tries=' + link.tries + ' bans=' + link.bans + ' drops=' + drops +
    ' softap=' + softAp + ' cur=' + (link.cur === null ? 'none' : link.cur.key) + ' ui=' + ui + ' last=' + last + ' nbr=' + nbr + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
