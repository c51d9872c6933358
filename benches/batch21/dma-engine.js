// The DMA driver of an audio/sensor board: 8 channels, each with a chain of
// transfer descriptors (source, destination, count, widths, increments,
// link). Each call sets the engine up from scratch: completion and
// half-transfer callbacks are arrow functions made in for loops that
// capture the loop's own `let` variables (channel, descriptor index), a
// request-line table maps peripherals to channels through closures, and
// arbitration is a nested call chain with many locals (priority, weights,
// burst sizes, bus occupancy). The engine then runs 600 bus cycles: it picks
// a channel, moves one burst between simulated memories, raises the
// callbacks, and relinks or stops the chain. Circular channels (the I2S
// ring buffers) run until the end.
const NODE_SUM = 228816;
const CH = 8, MEM = 512;
let checked = false;

function makeMem(seed) { const m = []; for (let i = 0; i < MEM; i++) { seed = (seed * 75 + 74) % 65537; m.push(seed & 0xffff); } return m; }
const SRAM0 = makeMem(7);

function setup(st) {
  const chans = [], handlers = [], requests = [];
  for (let c = 0; c < CH; c++) {
    const descs = [];
    const n = 2 + (c % 3);
    for (let d = 0; d < n; d++) {
      const src = (c * 61 + d * 37) % 300, dst = 300 + ((c * 23 + d * 11) % 180);
      descs.push({ src: src, dst: dst, count: 6 + ((c + d) % 5) * 3, sw: 1 + (d & 1), dw: 1 + ((c + d) & 1),
        sinc: c === 3 ? 0 : 1, dinc: c === 5 ? 0 : 1, link: d + 1 < n ? d + 1 : (c % 4 === 1 ? 0 : -1),
        done: (ch, k) => { st.tc[c] += 1; st.h = (st.h * 31 + c * 16 + d + k) % 1000003; return ch.prio + d; } });
    }
    const ch = { id: c, descs: descs, cur: 0, left: descs[0].count, sp: descs[0].src, dp: descs[0].dst, prio: (c * 5) % 4,
      weight: 1 + (c % 3), credit: 0, active: true, moved: 0, burst: 1 << (c % 3) };
    chans.push(ch);
    const half = descs[0].count >> 1;
    handlers.push((k) => { if (ch.left === half) { st.ht[c] += 1; return k + c; } return k; });
  }
  for (let p = 0; p < 12; p++) {                           // request line p is served by one channel
    const c = (p * 5) % CH;
    requests.push((cycle) => (cycle + p) % (3 + c) !== 0);  // a peripheral not ready
  }
  return { chans: chans, handlers: handlers, requests: requests };
}

function score(ch, cycle, busy, lastWinner, ageBoost, starve, burstPenalty, fair) {
  const base = ch.prio * 100;
  const age = cycle - ch.credit;
  const boost = age > starve ? ageBoost * (age - starve) : 0;
  const penalty = ch.burst > 2 && busy > 3 ? burstPenalty * ch.burst : 0;
  const repeat = lastWinner === ch.id ? fair : 0;
  const w = ch.weight * 7;
  const total = base + boost + w - penalty - repeat;
  return total < 0 ? 0 : total;
}

function arbitrate(e, cycle, busy, last) {
  let best = -1, bestScore = -1;
  const starve = 20, ageBoost = 3, burstPenalty = 4, fair = 9;
  for (let i = 0; i < CH; i++) {
    const ch = e.chans[i];
    if (ch.active) {
      const ready = e.requests[(i * 3 + cycle) % e.requests.length](cycle);
      if (ready) {
        const s = score(ch, cycle, busy, last, ageBoost, starve, burstPenalty, fair);
        if (s > bestScore) { bestScore = s; best = i; }
      }
    }
  }
  return best;
}

function moveBurst(e, ch, dst, cycle) {
  const dsc = ch.descs[ch.cur];
  let moved = 0, beats = ch.burst < ch.left ? ch.burst : ch.left;
  while (beats > 0) {
    let v = dsc.sinc === 0 ? SRAM0[ch.sp] : (ch.sp < 300 ? SRAM0[ch.sp] : dst[ch.sp - 300]);
    if (dsc.sw === 1) v = v & 0xff;
    if (dsc.dw === 1) v = v & 0xff; else v = ((v << 3) ^ (v >> 5)) & 0xffff;
    dst[ch.dp - 300] = v;
    if (dsc.sinc === 1) ch.sp = ch.sp + dsc.sw < 300 ? ch.sp + dsc.sw : (ch.sp + dsc.sw) % 300;
    if (dsc.dinc === 1) ch.dp = ch.dp + dsc.dw < 300 + 180 ? ch.dp + dsc.dw : 300;
    ch.left -= 1; beats -= 1; moved += 1;
  }
  ch.moved += moved;
  return moved;
}

function complete(e, ch, cycle) {
  const dsc = ch.descs[ch.cur];
  const k = dsc.done(ch, cycle & 7);
  if (dsc.link < 0) { ch.active = false; return k; }
  ch.cur = dsc.link;
  const nx = ch.descs[ch.cur];
  ch.left = nx.count; ch.sp = nx.src; ch.dp = nx.dst;
  return k;
}

function run() {
  const st = { tc: [], ht: [], h: 29 };
  for (let c = 0; c < CH; c++) { st.tc.push(0); st.ht.push(0); }
  const e = setup(st), dst = [];
  for (let i = 0; i < 180; i++) dst.push(0);
  let last = -1, busy = 0, idle = 0, beats = 0, h = 31;
  for (let cycle = 0; cycle < 600; cycle++) {
    const w = arbitrate(e, cycle, busy, last);
    if (w < 0) { idle += 1; busy = 0; }
    else {
      const ch = e.chans[w];
      ch.credit = cycle; busy = last === w ? busy + 1 : 1; last = w;
      beats += moveBurst(e, ch, dst, cycle);
      h = (h * 31 + e.handlers[w](cycle & 3)) % 1000003;
      if (ch.left === 0) h = (h * 31 + complete(e, ch, cycle)) % 1000003;
    }
  }
  for (let i = 0; i < 180; i += 3) h = (h * 31 + dst[i]) % 1000003;
  let active = 0;
  for (let c = 0; c < CH; c++) { if (e.chans[c].active) active += 1; h = (h * 31 + st.tc[c] * 8 + st.ht[c] + e.chans[c].moved) % 1000003; }
  h = (h * 31 + st.h) % 1000003;
  const line = 'dma-engine cycles=600 beats=' + beats + ' idle=' + idle + ' active=' + active + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
