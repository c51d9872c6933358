// A relay node of a Bluetooth-mesh-like sensor network, reduced to its
// integer arithmetic. Each of 12 sources sends messages with a 31-bit
// sequence number that starts near the top of its range, so the sequence
// numbers wrap past 2^31 during the run; the relay compares them with
// serial-number arithmetic (RFC 1982) using % on negative differences.
// Random backoff comes from the Park-Miller generator computed with
// Schrage's method (every intermediate stays below 2^31). A 32-bit message
// check is computed as two 16-bit halves and joined with >>> 0, a 31-bit
// hash uses a float multiply that goes past 2^31 and is reduced with %, and
// transmit times are microsecond counters that wrap at 2^32 (kept as
// unsigned numbers, compared by modular difference). The relay keeps a
// message cache (a hash table with linear probing), drops replays and
// duplicates, decrements TTL, and schedules retransmissions.
const NODE_SUM = 236033;
const SRC = 12, MSGS = 700, CACHE = 64, M31 = 2147483647, TWO31 = 2147483648, TWO32 = 4294967296;
let checked = false;

function parkMiller(s) {                 // Schrage: 16807 * s mod (2^31 - 1)
  const hi = (s / 127773) | 0, lo = s % 127773;
  let t = 16807 * lo - 2836 * hi;
  if (t <= 0) t += M31;
  return t;
}
function seqNewer(a, b) {                // RFC 1982 on 31-bit numbers: is a newer than b?
  let d = (a - b) % TWO31;               // may be negative
  if (d < 0) d += TWO31;
  return d !== 0 && d < 1073741824;
}
function mic32(src, seq, ttl, payload) { // two 16-bit Fletcher-like halves joined unsigned
  let a = (src * 257 + ttl) & 0xffff, b = (seq % 65536) ^ 0x5a5a;
  let s = seq;
  for (let i = 0; i < 4; i++) {
    const w = s % 65536; s = (s - w) / 65536;
    a = (a + w + payload) % 65535; b = (b + a) % 65535;
  }
  a = (a + payload * 3) % 65535; b = (b + a) % 65535;
  return ((b << 16) | a) >>> 0;          // b << 16 may be negative as int32
}
function hash31(src, seq) {
  const x = (seq % 46340) * 46349 + src * 2654435;   // the product exceeds 2^31
  return ((x % M31 + M31) % M31) | 0;  // | 0: Microvium indexes arrays only with integers
}
function usDiff(a, b) {                  // a - b on a counter that wraps at 2^32
  let d = a - b;
  if (d < 0) d += TWO32;
  return d;
}
function cacheFind(keys, src, seq) {
  let i = hash31(src, seq) % CACHE, n = 0;
  while (n < CACHE) {
    const k = keys[i];
    if (k === -1) return -1 - i;
    if (k === src * TWO31 + seq) return i;    // above 2^31 * 11: exact as a double
    i = (i + 1) % CACHE; n += 1;
  }
  return -1 - ((hash31(src, seq) + 7) % CACHE);  // full: evict a slot
}

function run() {
  const keys = [], lastSeq = [], seqs = [], pend = [];
  for (let i = 0; i < CACHE; i++) keys.push(-1);
  for (let s = 0; s < SRC; s++) { lastSeq.push(-1); seqs.push(TWO31 - 20 - s * 3); }
  let rng = 20250601, now = TWO32 - 5000000, h = 13;
  let relayed = 0, dups = 0, replays = 0, ttlDrop = 0, fresh = 0, micBad = 0, evict = 0, sent = 0, lateMax = 0;
  for (let m = 0; m < MSGS; m++) {
    rng = parkMiller(rng);
    const src = rng % SRC;
    const r2 = parkMiller(rng); rng = r2;
    let seq = seqs[src];
    const kind = r2 % 10;
    if (kind < 6) { seq = (seq + 1) % TWO31; seqs[src] = seq; }      // new message, wraps past 2^31
    else if (kind < 8) seq = seq;                                      // a duplicate heard from a neighbour
    else seq = (seq - 3 - (r2 % 5) + TWO31) % TWO31;                  // an old message (replay)
    const ttl = (r2 >> 4) % 6, payload = (r2 >> 8) % 4096;
    let mic = mic32(src, seq, ttl, payload);
    if (m % 37 === 5) mic = (mic + 1) % TWO32;                        // a corrupted frame
    now = (now + 900 + (rng % 3000)) % TWO32;                          // the µs clock wraps
    if (mic !== mic32(src, seq, ttl, payload)) micBad += 1;
    else {
      const at = cacheFind(keys, src, seq);
      if (at >= 0) dups += 1;
      else if (lastSeq[src] >= 0 && !seqNewer(seq, lastSeq[src]) && seq !== lastSeq[src]) replays += 1;
      else {
        fresh += 1;
        const slot = -1 - at;
        if (keys[slot] !== -1) evict += 1;
        keys[slot] = src * TWO31 + seq;
        if (lastSeq[src] < 0 || seqNewer(seq, lastSeq[src])) lastSeq[src] = seq;
        if (ttl < 2) ttlDrop += 1;
        else {
          rng = parkMiller(rng);
          const due = (now + 2000 + rng % 18000) % TWO32;
          pend.push(due); pend.push(src); pend.push(ttl - 1); relayed += 1;
        }
      }
    }
    let w = 0;                                                         // send what is due
    for (let i = 0; i < pend.length; i += 3) {
      const late = usDiff(now, pend[i]);
      if (late < TWO31) { sent += 1; if (late > lateMax) lateMax = late; h = (h * 31 + pend[i + 1] * 8 + pend[i + 2]) % 1000003; }
      else { pend[w] = pend[i]; pend[w + 1] = pend[i + 1]; pend[w + 2] = pend[i + 2]; w += 3; }
    }
    if (pend.length !== w) pend.length = w;    // Microvium: length = 0 on an empty array throws
    h = (h * 31 + (mic % 1000) + (seq % 977)) % 1000003;
  }
  let wrapped = 0, spread = 0;
  for (let s = 0; s < SRC; s++) {
    h = (h * 31 + (lastSeq[s] < 0 ? 1 : lastSeq[s] % 100000)) % 1000003;
    if (lastSeq[s] >= 0 && lastSeq[s] < 1000) wrapped += 1;         // went past 2^31 - 1 to small numbers
    for (let t = 0; t < SRC; t++) {
      if (lastSeq[s] >= 0 && lastSeq[t] >= 0 && seqNewer(lastSeq[s], lastSeq[t])) {
        let d = (lastSeq[s] - lastSeq[t]) % TWO31;
        if (d < 0) d += TWO31;
        if (d > spread) spread = d;
      }
    }
  }
  const line = 'mesh-relay msgs=' + MSGS + ' fresh=' + fresh + ' dups=' + dups + ' replays=' + replays + ' micBad=' + micBad + ' ttlDrop=' + ttlDrop +
    ' relayed=' + relayed + ' sent=' + sent + ' evict=' + evict + ' lateMax=' + lateMax + ' now=' + now + ' wrapped=' + wrapped + ' spread=' + spread + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
