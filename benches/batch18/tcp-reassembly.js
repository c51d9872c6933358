// A small TCP receive path on a cellular modem's host MCU, with the sender
// beside it. The sender cuts a 8,000-byte HTTP response (headers and a body of
// sensor records, made as byte arrays at the start of each call) into
// segments of at most 200 bytes; every segment is a fresh object with its own
// payload array. The link drops some segments, duplicates some, delays some
// by a few ticks (so they arrive out of order) and sometimes splits one in
// two (a middlebox resegmenting: two new objects, two new arrays). The
// receiver keeps an ordered out-of-order list (a new array on every insert),
// trims overlaps into new arrays, moves in-order bytes into a 1,024-byte
// receive buffer made of 128-byte chunk arrays, and answers every segment
// with a new ACK object carrying up to three SACK blocks (arrays of two). The
// sender retransmits on three duplicate ACKs or a timeout, skipping SACKed
// ranges. The application reads the buffer in chunks, splits it into lines
// (a new array per line) and sums the records. Most of it is garbage within
// a tick or two, so Microvium collects several times per call.
const NODE_SUM = 54860;
const MSS = 120, TOTAL = 8000;
const HEADER = [72, 84, 84, 80, 47, 49, 46, 49, 32, 50, 48, 48, 32, 79, 75, 13, 10];   // "HTTP/1.1 200 OK\r\n"
let checked = false;

function put(st, b) {                                 // append one byte to a stream held as 100-byte blocks
  if (st.cur.length === 100) { st.blocks.push(st.cur); st.cur = []; }
  st.cur.push(b); st.n += 1;
}
function putNum(st, n) {                              // decimal digits of n >= 0
  const ds = [48 + n % 10];
  n = (n / 10) | 0;
  while (n > 0) { ds.push(48 + n % 10); n = (n / 10) | 0; }
  for (let i = ds.length - 1; i >= 0; i--) put(st, ds[i]);
}
function makeStream() {                               // headers, then lines "id,value\n"
  const st = { blocks: [], cur: [], n: 0 };
  for (let i = 0; i < HEADER.length; i++) put(st, HEADER[i]);
  let k = 0;
  while (st.n < TOTAL - 12) { putNum(st, k); put(st, 44); putNum(st, (k * 7919) % 10007); put(st, 10); k += 1; }
  while (st.n < TOTAL) put(st, 35);
  st.blocks.push(st.cur);
  return st.blocks;
}
function seg(seq, data) { return { seq: seq, len: data.length, data: data, sent: 0, tries: 0 }; }
function sliceArr(a, from, to) { const r = []; for (let i = from; i < to; i++) r.push(a[i]); return r; }
function sliceStream(st, from, to) { const r = []; for (let i = from; i < to; i++) r.push(st[(i / 100) | 0][i % 100]); return r; }

function run() {
  let h = 19, seed = 31337;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const rnd = (n) => { seed = (seed * 16807) % 2147483647; return seed % n; };
  const stream = makeStream();
  // sender state
  let sndUna = 0, sndNxt = 0, dupAcks = 0, lastAck = -1, rto = 12, retrans = 0, fastRetrans = 0, timeouts = 0, sent = 0;
  const inflight = [];                                // segments sent and not yet acknowledged
  let sacked = [];                                    // SACK blocks last reported
  // receiver state
  let rcvNxt = 0, ooo = [], dups = 0, trims = 0;
  const chunks = [];                                  // receive buffer: chunk arrays of 128
  let bufBytes = 0, wnd = 1024;
  // application state
  let line = [], lines = 0, recSum = 0, maxLine = 0;
  // the link: segments in flight with their arrival tick
  let wire = [];
  let delivered = 0;
  let ticks = 0;
  for (let t = 0; t < 900 && delivered < TOTAL; t++) {
    ticks += 1;
    // send while the window allows
    while (sndNxt < TOTAL && (sndNxt - sndUna + MSS <= wnd || inflight.length === 0)) {   // a lone segment probes a shut window
      const n = TOTAL - sndNxt < MSS ? TOTAL - sndNxt : MSS;
      const s = seg(sndNxt, sliceStream(stream, sndNxt, sndNxt + n));
      s.sent = t; inflight.push(s); sndNxt += n;
      wire.push({ at: t + 1 + rnd(5), s: { seq: s.seq, len: s.len, data: sliceArr(s.data, 0, s.len) } }); sent += 1;
    }
    // retransmission timer: the oldest unacknowledged segment not covered by a SACK block
    for (let i = 0; i < inflight.length; i++) {
      const s = inflight[i];
      let covered = false;
      for (let b = 0; b < sacked.length; b++) if (s.seq >= sacked[b][0] && s.seq + s.len <= sacked[b][1]) covered = true;
      if (!covered && t - s.sent > rto) {
        s.sent = t; s.tries += 1; retrans += 1; timeouts += 1; rto = rto < 40 ? rto * 2 : 40;
        wire.push({ at: t + 1, s: { seq: s.seq, len: s.len, data: sliceArr(s.data, 0, s.len) } });
        break;
      }
    }
    // the link: what arrives this tick, with loss, duplication and splitting
    const arriving = [], later = [];
    for (let i = 0; i < wire.length; i++) (wire[i].at <= t ? arriving : later).push(wire[i]);
    wire = later;
    const acks = [];
    for (let i = 0; i < arriving.length; i++) {
      let s = arriving[i].s;
      const r = rnd(100);
      if (r < 7) { add(s.seq % 997); s = null; }                                       // lost
      else if (r < 11) wire.push({ at: t + 2, s: { seq: s.seq, len: s.len, data: sliceArr(s.data, 0, s.len) } });   // duplicated
      if (s === null) acks.push(null);
      else if (r >= 90 && s.len > 40) {                                                 // split in two
        const cut = 20 + rnd(s.len - 40);
        const a = { seq: s.seq, len: cut, data: sliceArr(s.data, 0, cut) };
        const b = { seq: s.seq + cut, len: s.len - cut, data: sliceArr(s.data, cut, s.len) };
        acks.push(receive(a)); acks.push(receive(b));
      } else acks.push(receive(s));
    }
    // the sender processes the ACKs
    for (let i = 0; i < acks.length; i++) {
      const a = acks[i];
      if (a === null) { add(i + 1); }
      else {
        sacked = a.sack; wnd = a.wnd;
        if (a.ack > sndUna) {
          sndUna = a.ack; dupAcks = 0; rto = 12;
          const keep = [];
          for (let k = 0; k < inflight.length; k++) if (inflight[k].seq + inflight[k].len > sndUna) keep.push(inflight[k]);
          inflight.length = 0; for (let k = 0; k < keep.length; k++) inflight.push(keep[k]);
        } else if (a.ack === lastAck && inflight.length > 0) {
          dupAcks += 1;
          if (dupAcks === 3) {
            const s = inflight[0]; s.sent = t; retrans += 1; fastRetrans += 1;
            wire.push({ at: t + 1, s: { seq: s.seq, len: s.len, data: sliceArr(s.data, 0, s.len) } });
          }
        }
        lastAck = a.ack;
      }
    }
    // the application reads up to 300 bytes per tick and splits lines
    let budget = 300;
    while (budget > 0 && chunks.length > 0) {
      const c = chunks[0];
      for (let i = 0; i < c.length; i++) {
        const b = c[i];
        if (b === 10) {
          let v = 0, comma = false;
          for (let k = 0; k < line.length; k++) { if (line[k] === 44) comma = true; else if (comma && line[k] >= 48 && line[k] <= 57) v = v * 10 + line[k] - 48; }
          recSum = (recSum + v) % 1000003; lines += 1;
          if (line.length > maxLine) maxLine = line.length;
          line = [];
        } else line.push(b);
      }
      budget -= c.length; bufBytes -= c.length; delivered += c.length;
      const rest = []; for (let i = 1; i < chunks.length; i++) rest.push(chunks[i]);
      chunks.length = 0; for (let i = 0; i < rest.length; i++) chunks.push(rest[i]);
    }
    if ((t & 15) === 15) { add(sndUna); add(rcvNxt); add(ooo.length); }
  }

  function receive(s) {                              // returns an ACK object
    if (s.seq + s.len <= rcvNxt) dups += 1;
    else {
      if (s.seq < rcvNxt) { const cut = rcvNxt - s.seq; s = { seq: rcvNxt, len: s.len - cut, data: sliceArr(s.data, cut, s.len) }; trims += 1; }
      const next = [];                               // insert in order, dropping exact duplicates
      let placed = false;
      for (let i = 0; i < ooo.length; i++) {
        if (!placed && s.seq < ooo[i].seq) { next.push(s); placed = true; }
        if (ooo[i].seq === s.seq && ooo[i].len >= s.len) { placed = true; dups += 1; }
        next.push(ooo[i]);
      }
      if (!placed) next.push(s);
      ooo = next;
      while (ooo.length > 0 && ooo[0].seq <= rcvNxt && bufBytes < 1024) {
        const q = ooo[0];
        const from = rcvNxt - q.seq;
        for (let i = from; i < q.len; i++) {
          if (chunks.length === 0 || chunks[chunks.length - 1].length === 128) chunks.push([]);
          chunks[chunks.length - 1].push(q.data[i]);
          add(q.data[i]);
        }
        if (q.len > from) { rcvNxt = q.seq + q.len; bufBytes += q.len - from; }
        const rest = []; for (let i = 1; i < ooo.length; i++) rest.push(ooo[i]);
        ooo = rest;
      }
    }
    const sack = [];
    for (let i = 0; i < ooo.length && sack.length < 3; i++) {
      const last = sack.length > 0 ? sack[sack.length - 1] : null;
      if (last !== null && ooo[i].seq <= last[1]) { if (ooo[i].seq + ooo[i].len > last[1]) last[1] = ooo[i].seq + ooo[i].len; }
      else sack.push([ooo[i].seq, ooo[i].seq + ooo[i].len]);
    }
    return { ack: rcvNxt, wnd: 1024 - bufBytes, sack: sack };
  }

  add(lines); add(recSum); add(retrans); add(dups); add(trims);
  const out = 'tcp-reassembly bytes=' + delivered + ' ticks=' + ticks + ' segments=' + sent + ' retrans=' + retrans + ' fast=' + fastRetrans + ' timeouts=' + timeouts +
    ' dups=' + dups + ' trims=' + trims + ' lines=' + lines + ' maxLine=' + maxLine + ' recSum=' + recSum + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
