// A small MQTT-style message broker with token-bucket rate limiting, as it
// might run on a gateway. Each call simulates 3 s in 5 ms ticks. Eight
// sensor clients publish on topics site/room/kind (levels are strings kept
// in arrays, since strings cannot be split), one of them in bursts of
// eight. Every publish passes the client's own bucket (20 msg/s, burst 5)
// and the broker's ingress bucket (100 msg/s, burst 10); buckets hold
// milli-tokens and refill from elapsed milliseconds. A rejected QoS 0
// message is dropped; a rejected QoS 1 message gets a "quota exceeded"
// answer and the client retries when its bucket will have a token. Accepted
// messages are matched against five subscriptions with '+' and '#'
// wildcards and queued per subscriber in a 16-slot ring (oldest dropped on
// overflow). Each tick a subscriber's own egress bucket decides how much of
// its queue is sent. Door events are retained in a table of joined topic
// strings ('thq/r1/door') searched linearly (a dictionary here made
// Microvium's collector crash); a dashboard that subscribes half way
// through first receives the retained messages that match its filter.
const SITES = ['hq', 'lab'];
const ROOMS = ['r1', 'r2', 'r3'];
const KINDS = ['temp', 'hum', 'co2', 'door'];
const FILTERS = [['hq', '+', 'temp'], ['#'], ['lab', '#'], ['+', 'r2', '+'], ['+', 'r3', 'door']];
const EGRESS = [30, 60, 15, 10, 50];
const TICKS = 600;

function idiv(a, b) { return (a - a % b) / b; }
function bucket(rate, burst) { return { rate, cap: burst * 1000, tokens: burst * 1000, last: 0 }; }
function take(b, now) {
  b.tokens += (now - b.last) * b.rate;
  if (b.tokens > b.cap) b.tokens = b.cap;
  b.last = now;
  if (b.tokens < 1000) return false;
  b.tokens -= 1000;
  return true;
}
function matches(filter, topic) {
  let i = 0, ok = true, done = false;
  while (!done && ok) {
    if (i === filter.length) { done = true; ok = i === topic.length; }
    else if (filter[i] === '#') done = true;
    else if (i === topic.length) ok = false;
    else if (filter[i] !== '+' && filter[i] !== topic[i]) ok = false;
    i += 1;
  }
  return ok;
}
function join(topic) {
  let s = topic[0];
  for (let i = 1; i < topic.length; i++) s = s + '/' + topic[i];
  return s;
}
function newSub(i, now) {
  return { filter: FILTERS[i], bucket: bucket(EGRESS[i], 4), ring: [], head: 0, count: 0, got: 0, dropped: 0, maxq: 0, h: i + 1, since: now };
}
function enqueue(s, msg) {
  if (s.ring.length < 16) s.ring.push(msg);
  else {
    if (s.count === 16) { s.head = (s.head + 1) & 15; s.count -= 1; s.dropped += 1; }
    s.ring[(s.head + s.count) & 15] = msg;
  }
  s.count += 1;
  if (s.count > s.maxq) s.maxq = s.count;
}
function route(br, topic, msg) {
  for (let i = 0; i < br.subs.length; i++) {
    if (matches(br.subs[i].filter, topic)) { enqueue(br.subs[i], msg); br.routed += 1; }
  }
  if (msg[3] === 1) {
    const key = 't' + join(topic);
    let at = 0 - 1;
    for (let i = 0; i < br.keys.length; i++) if (br.keys[i] === key) at = i;
    if (at < 0) { br.keys.push(key); br.vals.push(msg); } else br.vals[at] = msg;
  }
}
function drain(s, now) {
  while (s.count > 0 && take(s.bucket, now)) {
    const m = s.ring[s.head];
    s.head = (s.head + 1) & 15; s.count -= 1; s.got += 1;
    s.h = (s.h * 31 + m[0] * 7 + m[1] + (now - m[2])) % 1000003;
  }
}
function publish(br, p, now) {
  const topic = [SITES[p.site], ROOMS[p.room], KINDS[p.kind]];
  if (!take(p.bucket, now)) {
    if (p.qos === 0) { br.dropped += 1; return; }
    br.quota += 1;
    const wait = idiv(1000 - p.bucket.tokens + p.bucket.rate - 1, p.bucket.rate);
    p.retryAt = now + wait + (5 - wait % 5) % 5;
    return;
  }
  if (!take(br.ingress, now)) { br.busy += 1; return; }
  p.seq += 1;
  br.accepted += 1;
  route(br, topic, [p.id, p.seq & 1023, now, p.kind === 3 ? 1 : 0, topic]);
}

// checksum computed in node
const NODE_SUM = 34051;
let checked = false, expected = 0;
function run() {
  const br = { subs: [], vals: [], keys: [], ingress: bucket(100, 10), accepted: 0, dropped: 0, quota: 0, busy: 0, routed: 0 };
  const pubs = [];
  for (let i = 0; i < 8; i++) {
    pubs.push({ id: i, site: i % 2, room: i % 3, kind: (i * 3 + 1) % 4, period: i === 5 ? 250 : 40 + i * 15,
      burst: i === 5 ? 8 : 1, qos: i % 3 === 0 ? 1 : 0, bucket: bucket(20, 5), next: i * 5, retryAt: 0 - 1, seq: 0 });
  }
  for (let i = 0; i < 4; i++) br.subs.push(newSub(i, 0));
  let late = null, retainedSent = 0;
  for (let tick = 0; tick < TICKS; tick++) {
    const now = tick * 5;
    if (now === 1500) {
      late = newSub(4, now);
      br.subs.push(late);
      for (let i = 0; i < br.keys.length; i++) {
        const m = br.vals[i];
        if (matches(late.filter, m[4])) { enqueue(late, m); retainedSent += 1; }
      }
    }
    for (let i = 0; i < pubs.length; i++) {
      const p = pubs[i];
      if (p.retryAt >= 0 && p.retryAt <= now) { p.retryAt = 0 - 1; publish(br, p, now); }
      if (p.next <= now) {
        for (let k = 0; k < p.burst; k++) publish(br, p, now);
        p.next += p.period;
      }
    }
    for (let i = 0; i < br.subs.length; i++) drain(br.subs[i], now);
  }
  let h = 23, got = 0, dropped = 0, maxq = 0;
  for (let i = 0; i < br.subs.length; i++) {
    const s = br.subs[i];
    h = (h * 31 + s.h + s.got * 3 + s.dropped * 5 + s.maxq + s.count) % 1000003;
    got += s.got; dropped += s.dropped;
    if (s.maxq > maxq) maxq = s.maxq;
  }
  h = (h * 31 + br.accepted + br.dropped * 3 + br.quota * 5 + br.busy * 7 + br.routed + br.keys.length * 11 + retainedSent) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`broker-ratelimit accepted=${br.accepted} dropped=${br.dropped} quota=${br.quota} busy=${br.busy} routed=${br.routed} delivered=${got} overflow=${dropped} maxq=${maxq} retained=${br.keys.length}/${retainedSent} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
