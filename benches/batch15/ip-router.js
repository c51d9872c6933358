// The forwarding plane of a small IPv4 router (a branch-office gateway with
// LAN, WAN and VPN ports). Routes live in a binary trie keyed by prefix
// bits; insert, withdraw (with pruning of empty branches) and the route
// dump are recursive, the longest-prefix-match lookup is a loop. Every
// tick the LAN and WAN hosts send packets (objects with a small payload
// array); the router verifies the header checksum, decrements the TTL with
// an incremental checksum update (RFC 1624) checked against a full
// recomputation, answers expired or unroutable packets with new ICMP
// packets, counts flows in a hashed flow table and queues packets on the
// outgoing ports, which drain at different rates (tail drop when full). A
// routing protocol withdraws and adds routes every 20 ticks. Addresses are
// int32 (192.168.x.x is negative); only >>> by 1 to 31 is used.
const NODE_SUM = 955182;
const PORTS = ['lan', 'wan', 'vpn', 'lo'];
const RATE = [4, 3, 2, 8];                         // packets sent per tick
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function ip(a, b, c, d) { return (a << 24) | (b << 16) | (c << 8) | d; }
function dec(n) {                                  // 0..255 -> decimal text
  let s = '';
  if (n >= 100) s += DIGITS[(n / 100) | 0];
  if (n >= 10) s += DIGITS[((n / 10) | 0) % 10];
  return s + DIGITS[n % 10];
}
function quad(a) { return dec((a >>> 24) & 255) + '.' + dec((a >> 16) & 255) + '.' + dec((a >> 8) & 255) + '.' + dec(a & 255); }

function insert(node, prefix, len, depth, route) {   // returns 1 if a new prefix was added
  if (depth === len) { const added = node.route === null ? 1 : 0; node.route = route; return added; }
  const bit = (prefix >>> (31 - depth)) & 1;
  if (bit === 1 && node.one === null) node.one = { zero: null, one: null, route: null };
  if (bit === 0 && node.zero === null) node.zero = { zero: null, one: null, route: null };
  return insert(bit === 1 ? node.one : node.zero, prefix, len, depth + 1, route);
}
function withdraw(node, prefix, len, depth) {       // returns true if this node can be pruned
  if (depth === len) node.route = null;
  else {
    const bit = (prefix >>> (31 - depth)) & 1, child = bit === 1 ? node.one : node.zero;
    if (child !== null && withdraw(child, prefix, len, depth + 1)) { if (bit === 1) node.one = null; else node.zero = null; }
  }
  return node.route === null && node.zero === null && node.one === null;
}
function lookup(root, addr) {
  let node = root, best = root.route, depth = 0;
  while (node !== null && depth < 32) {
    node = ((addr >>> (31 - depth)) & 1) === 1 ? node.one : node.zero;
    if (node !== null && node.route !== null) best = node.route;
    depth += 1;
  }
  return best;
}
function dump(node, acc, depth, out) {              // in-order walk; out = { n, text, byPort, deepest }
  if (node.route !== null) {
    out.n += 1; out.byPort[node.route.port] += 1;
    if (depth > out.deepest) out.deepest = depth;
    if (out.n <= 4) out.text += (out.n > 1 ? ' ' : '') + quad(acc) + '/' + depth + '>' + PORTS[node.route.port];
  }
  if (node.zero !== null) dump(node.zero, acc, depth + 1, out);
  if (node.one !== null) dump(node.one, acc | (1 << (31 - depth)), depth + 1, out);
}

function add16(a, b) { const s = a + b; return (s & 0xffff) + (s >> 16); }
function headerSum(p) {                             // ones' complement of the sum of the 10 header words
  let s = add16(0x4500, p.len);
  s = add16(s, p.id); s = add16(s, 0x4000); s = add16(s, (p.ttl << 8) | p.proto);
  s = add16(s, (p.src >>> 16) & 0xffff); s = add16(s, p.src & 0xffff);
  s = add16(s, (p.dst >>> 16) & 0xffff); s = add16(s, p.dst & 0xffff);
  return ~s & 0xffff;
}
function packet(src, dst, ttl, proto, size, id) {
  const p = { src: src, dst: dst, ttl: ttl, proto: proto, len: 20 + size, id: id, sum: 0, data: [] };
  for (let i = 0; i < size; i += 8) p.data.push((id * 7 + i) & 255);
  p.sum = headerSum(p);
  return p;
}

let checked = false;

function run() {
  let seed = 4321, h = 23, id = 0, sent = 0, bad = 0, expired = 0, unreach = 0, drops = 0, incOk = 0, routes = 0;
  const rand = (n) => { seed = (seed * 8121 + 28411) % 134456; return seed % n; };
  const root = { zero: null, one: null, route: null }, rt = [];
  const add = (a, b, c, d, len, port, metric) => { const pfx = ip(a, b, c, d); rt.push([pfx, len]); routes += insert(root, pfx, len, 0, { port: port, metric: metric }); };
  add(0, 0, 0, 0, 0, 1, 10);                       // default route: WAN
  add(192, 168, 1, 0, 24, 0, 0); add(192, 168, 2, 0, 24, 0, 1); add(127, 0, 0, 0, 8, 3, 0);
  add(10, 0, 0, 0, 8, 2, 5); add(10, 20, 0, 0, 16, 0, 2); add(10, 20, 30, 0, 24, 2, 3); add(172, 16, 0, 0, 12, 2, 4);
  for (let i = 0; i < 24; i++) add(10, 1 + rand(40), rand(256), 0, 24, 2, 6);
  const queues = [[], [], [], []], sentBy = [0, 0, 0, 0], flows = [];
  for (let i = 0; i < 64; i++) flows.push([]);
  const hosts = [ip(192, 168, 1, 10), ip(192, 168, 1, 11), ip(192, 168, 2, 20), ip(203, 0, 113, 5)];
  const dests = [ip(10, 20, 30, 40), ip(10, 20, 7, 1), ip(10, 5, 0, 9), ip(172, 20, 1, 1), ip(8, 8, 8, 8), ip(192, 168, 1, 10), ip(127, 0, 0, 1), ip(172, 15, 0, 1)];
  for (let tick = 0; tick < 120; tick++) {
    const arrivals = [];
    for (let k = 0; k < 7; k++) {
      id = (id + 1) & 0xffff;
      const p = packet(hosts[rand(4)], rand(5) === 0 ? ip(10, 1 + rand(40), rand(256), 1 + rand(250)) : dests[rand(8)], rand(12) === 0 ? 1 : 64, rand(3) === 0 ? 17 : 6, 40 + rand(200), id);
      if (rand(40) === 0) p.len += 1;              // corrupted on the wire
      arrivals.push(p);
    }
    for (let k = 0; k < arrivals.length; k++) {
      const p = arrivals[k];
      sent += 1;
      if (headerSum(p) !== p.sum) bad += 1;
      else if (p.ttl <= 1) { expired += 1; arrivals.push(packet(ip(192, 168, 1, 1), p.src, 64, 1, 28, (p.id + 1) & 0xffff)); }
      else {
        const old = (p.ttl << 8) | p.proto;
        p.ttl -= 1;
        p.sum = ~add16(add16(~p.sum & 0xffff, ~old & 0xffff), (p.ttl << 8) | p.proto) & 0xffff;   // RFC 1624, eqn 3
        if (p.sum === headerSum(p)) incOk += 1;
        const r = lookup(root, p.dst);
        if (r === null || (r.port === 3 && p.proto !== 1 && (p.src >>> 24) !== 127)) {
          unreach += 1; arrivals.push(packet(ip(192, 168, 1, 1), p.src, 64, 1, 56, (p.id + 2) & 0xffff));
        } else {
          const bucket = flows[((p.src ^ p.dst ^ p.proto) >>> 3) & 63];
          let f = null;
          for (let i = 0; i < bucket.length && f === null; i++) if (bucket[i].src === p.src && bucket[i].dst === p.dst && bucket[i].proto === p.proto) f = bucket[i];
          if (f === null) { f = { src: p.src, dst: p.dst, proto: p.proto, pkts: 0, bytes: 0 }; bucket.push(f); }
          f.pkts += 1; f.bytes += p.len;
          if (queues[r.port].length < 12) queues[r.port].push(p); else drops += 1;
        }
      }
    }
    for (let q = 0; q < 4; q++) {                  // drain: send up to RATE[q], keep the rest in order
      const rest = [];
      for (let i = 0; i < queues[q].length; i++) { if (i < RATE[q]) { sentBy[q] += 1; h = (h * 31 + queues[q][i].sum) % 1000003; } else rest.push(queues[q][i]); }
      queues[q] = rest;
    }
    if (tick % 20 === 19) {                        // routing update: withdraw two learned routes, learn two
      for (let k = 0; k < 2; k++) {
        const i = 8 + rand(rt.length - 8), r = rt[i];
        if (lookup(root, r[0]) !== null) withdraw(root, r[0], r[1], 0);
        rt[i] = rt[rt.length - 1]; rt.length -= 1;
        add(10, 1 + rand(40), rand(256), 0, 24 - rand(3), 2, 6);
      }
    }
  }
  const out = { n: 0, text: '', byPort: [0, 0, 0, 0], deepest: 0 };
  dump(root, 0, 0, out);
  let nflows = 0, top = null;
  for (let b = 0; b < flows.length; b++) for (let i = 0; i < flows[b].length; i++) { nflows += 1; if (top === null || flows[b][i].bytes > top.bytes) top = flows[b][i]; }
  h = (h * 31 + sentBy[0] * 64 + sentBy[1]) % 1000003;
  h = (h * 31 + sentBy[2] * 64 + sentBy[3]) % 1000003;
  h = (h * 31 + bad * 4096 + expired * 64 + unreach) % 1000003;
  h = (h * 31 + drops * 64 + out.n) % 1000003;
  h = (h * 31 + out.byPort[0] * 4096 + out.byPort[2] * 64 + out.deepest) % 1000003;
  h = (h * 31 + nflows * 64 + (incOk % 64)) % 1000003;
  const line = 'ip-router packets=' + sent + ' out=' + sentBy[0] + '/' + sentBy[1] + '/' + sentBy[2] + '/' + sentBy[3] + ' bad=' + bad + ' ttl=' + expired +
    ' unreach=' + unreach + ' drops=' + drops + ' inc=' + incOk + ' flows=' + nflows + ' top=' + quad(top.src) + '>' + quad(top.dst) + ':' + top.pkts +
    ' routes=' + out.n + ' vpn=' + out.byPort[2] + ' first=' + out.text + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
