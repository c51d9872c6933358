// SNTP client with a clock discipline loop. Time is counted in ticks of
// 2^-16 s from the NTP epoch, so timestamps are near 2.6e14: beyond int32,
// exact in a double, and never touched by bitwise operators. Each call
// simulates 72 polls against a stratum-2 server. The client's crystal runs
// 180 ppm fast and starts 2.3 s ahead. Every request and reply is a real
// 48-byte NTP packet (LI/VN/mode, stratum, poll, precision, root delay and
// dispersion, reference ID, four 64-bit timestamps, written and read byte by
// byte with multiplication and division, with random low fraction bits in
// the transmit timestamp). The network has asymmetric, jittery delays, a
// queueing spike now and then, and lost requests. The server once sends a
// kiss-o'-death (RATE), once claims to be unsynchronised (LI = 3), and once
// echoes the wrong origin; the client rejects all three. The client computes
// offset and delay, keeps an 8-stage clock filter (minimum delay wins),
// steps the clock for offsets over 128 ms (after two in a row, except at
// start-up), and otherwise slews half the offset and trims its frequency
// (ppb). The poll interval grows from 16 s to 64 s while the offset stays
// under 15 ms. At poll 50 the local clock jumps back 0.5 s.
const EPOCH = 3900000000;
const NS_PER_TICK = 15259;
const RATE = [82, 65, 84, 69];
const REFID = [192, 168, 7, 1];

function idiv(a, b) { return (a - a % b) / b; }
function abs(x) { return x < 0 ? 0 - x : x; }
function rnd(c) { c.seed = (c.seed * 25173 + 13849) % 65536; return c.seed; }
function putU32(p, v) {
  const b = [0, 0, 0, 0];
  for (let k = 3; k >= 0; k--) { b[k] = v % 256; v = (v - b[k]) / 256; }
  for (let k = 0; k < 4; k++) p.push(b[k]);
}
function putTs(p, t, low) {
  const f = t % 65536;
  putU32(p, (t - f) / 65536);
  p.push(f >> 8); p.push(f & 255); p.push(low >> 8); p.push(low & 255);
}
function getU32(p, i) { return ((p[i] * 256 + p[i + 1]) * 256 + p[i + 2]) * 256 + p[i + 3]; }
function getTs(p, i) { return getU32(p, i) * 65536 + p[i + 4] * 256 + p[i + 5]; }
function packet(li, mode, stratum, poll, refid, ts, low) {
  const p = [(li << 6) | (4 << 3) | mode, stratum, poll, 236];
  putU32(p, mode === 3 ? 0 : 780); putU32(p, mode === 3 ? 0 : 1450);
  for (let k = 0; k < 4; k++) p.push(refid[k]);
  for (let k = 0; k < 4; k++) putTs(p, ts[k], k === 3 ? low : 0);
  return p;
}
// the server: reply to a request that arrived at true time t2
function serve(req, t2, k) {
  const t3 = t2 + 2 + (k % 5) * 3;
  const orig = [];
  for (let i = 40; i < 48; i++) orig.push(req[i]);
  if (k === 41) orig[7] ^= 0x5A;
  const rep = packet(k === 34 ? 3 : 0, 4, k === 20 ? 0 : 2, req[2], k === 20 ? RATE : REFID, [t2 - 3000000, 0, t2, t3], 0);
  for (let i = 0; i < 8; i++) rep[24 + i] = orig[i];
  return rep;
}
function check(c, rep, req) {
  if ((rep[0] & 7) !== 4 || ((rep[0] >> 3) & 7) !== 4) return 1;
  if (rep[1] === 0) { c.kod += 1; if (c.pollExp < 6) c.pollExp += 1; return 2; }
  if ((rep[0] >> 6) === 3) { c.unsync += 1; return 3; }
  for (let i = 0; i < 8; i++) if (rep[24 + i] !== req[40 + i]) { c.bogus += 1; return 4; }
  return 0;
}
function discipline(c, theta, delay, dt, seq) {
  c.filt.push([theta, delay, seq]);
  if (c.filt.length > 8) { const f = []; for (let i = 1; i < 9; i++) f.push(c.filt[i]); c.filt = f; }
  let best = c.filt[0];
  for (let i = 1; i < c.filt.length; i++) if (c.filt[i][1] < best[1]) best = c.filt[i];
  if (abs(theta) > 8389) {
    c.stepout += 1;
    if (c.stepout >= 2 || c.steps === 0) { c.local += theta; c.steps += 1; c.stepout = 0; c.filt = []; c.good = 0; }
    return;
  }
  c.stepout = 0;
  if (best[2] <= c.lastSeq) { c.held += 1; return; }
  const off = best[0];
  c.lastSeq = best[2];
  c.slew = idiv(off, 2);
  c.freq -= idiv(idiv(off * NS_PER_TICK, dt), 16);
  c.good = abs(off) < 1000 ? c.good + 1 : 0;
  if (c.good >= 4 && c.pollExp < 6) { c.pollExp += 1; c.good = 0; }
  if (abs(off) > 2600 && c.pollExp > 4) c.pollExp -= 1;
}

// checksum computed in node
const NODE_SUM = 477918;
let checked = false, expected = 0;
function run() {
  const E = 180000;
  let t = EPOCH * 65536;
  const c = { seed: 99, local: t + 150733, freq: 0, slew: 0, pollExp: 4, filt: [], steps: 0, stepout: 0, lastSeq: 0 - 1, held: 0, good: 0, kod: 0, unsync: 0, bogus: 0 };
  let h = 11, lost = 0, used = 0, spikes = 0, lastTheta = 0, minDelay = 1000000;
  for (let k = 0; k < 72; k++) {
    const low = rnd(c);
    const req = packet(0, 3, 0, c.pollExp, [0, 0, 0, 0], [0, 0, 0, c.local], low);
    const out = 520 + rnd(c) % 2100, back = 650 + rnd(c) % 3300 + (k % 13 === 7 ? 13000 : 0);
    if (k % 17 === 16) lost += 1;
    else {
      const rep = serve(req, t + out, k);
      const trip = out + (getTs(rep, 40) - getTs(rep, 32)) + back;
      const t4 = c.local + trip + idiv(trip * (E - c.freq), 1000000000);
      const why = check(c, rep, req);
      if (why === 0) {
        const t1 = getTs(rep, 24), t2 = getTs(rep, 32), t3 = getTs(rep, 40);
        const theta = idiv((t2 - t1) + (t3 - t4), 2), delay = (t4 - t1) - (t3 - t2);
        if (delay > 6000) spikes += 1;
        if (delay < minDelay) minDelay = delay;
        discipline(c, theta, delay, 1 << c.pollExp, k);
        used += 1; lastTheta = theta;
        h = (h * 31 + (theta & 0xFFFFF)) % 1000003;
      }
      h = (h * 7 + why + getU32(rep, 16) % 1000) % 1000003;
    }
    const dt = (1 << c.pollExp) * 65536;
    t += dt;
    c.local += dt + idiv(dt * (E - c.freq), 1000000000) + c.slew;
    c.slew = 0;
    if (k === 50) c.local -= 32768;
  }
  const err = c.local - t, us = idiv(err * NS_PER_TICK, 1000);
  h = (h * 31 + c.steps * 5 + c.kod + c.unsync * 3 + c.bogus * 7 + lost * 11 + spikes + c.held * 13) % 1000003;
  h = (h * 31 + (us & 0xFFFF) + (idiv(c.freq, 100) & 0xFFFF) + c.pollExp + minDelay) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`sntp-discipline used=${used} lost=${lost} steps=${c.steps} kod=${c.kod} unsync=${c.unsync} bogus=${c.bogus} spikes=${spikes} held=${c.held} theta=${lastTheta} err_us=${us} ppb=${c.freq} poll=${c.pollExp} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
