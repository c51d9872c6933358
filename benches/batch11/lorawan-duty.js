// LoRaWAN-style class A sensor and network server (no AES: the MIC is a
// keyed Fletcher-style checksum over the B0 block and the frame). Each call
// sends 120 uplinks of a small Cayenne-LPP-like payload, starting at
// SF12 and FCnt 65500 so the 16-bit counter on air rolls over. The device
// computes LoRa time on air (preamble, header, CR 4/5, low-data-rate
// optimisation at SF11/12) and keeps EU868-style duty cycles per sub-band
// (1 %, 1 %, 0.1 %): it picks a channel whose band is free, or waits for
// the first band to free up. Three gateways hear each frame (or miss it);
// one copy now and then is corrupted on air. The server rebuilds the
// 32-bit counter, checks the MIC, drops duplicate copies (keeping the best
// SNR), tells retransmissions from replays (an attacker resends old
// frames), acknowledges confirmed uplinks (some ACKs are lost, and the
// device retransmits up to three times), answers LinkCheckReq, and runs
// ADR every 20 frames: margin over the demodulation floor, then data rate
// up or power down, sent as LinkADRReq; the device answers in FOpts.
const KEY = [0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C];
const ADDR = [0xDA, 0x1B, 0x01, 0x26];
const CH_BAND = [0, 0, 0, 1, 1, 1, 1, 1, 2];
const BAND_OFF = [100, 100, 1000]; // off time per unit of air time
const FLOOR = [0 - 20, 0 - 17, 0 - 15, 0 - 12, 0 - 10, 0 - 7]; // SNR floor by DR (SF12..SF7)
const GW_SNR = [4, 0 - 2, 9];
const GW_LOSS = [15, 25, 35];

function idiv(a, b) { return (a - a % b) / b; }
function rnd(s) { s.seed = (s.seed * 25173 + 13849) % 65536; return s.seed >> 4; }
function toaUs(dr, len) {
  const sf = 12 - dr, de = sf >= 11 ? 1 : 0, tsym = (1 << sf) * 8;
  const num = 8 * len - 4 * sf + 44, den = 4 * (sf - 2 * de);
  const n = num > 0 ? idiv(num + den - 1, den) * 5 : 0;
  return idiv((81 + 4 * n) * tsym, 4);
}
function mic(fcnt, msg, n) {
  const b0 = [0x49, 0, 0, 0, 0, 0, ADDR[0], ADDR[1], ADDR[2], ADDR[3], fcnt & 255, (fcnt >> 8) & 255, (fcnt >> 16) & 255, (fcnt >> 24) & 255, 0, n];
  let s1 = 1, s2 = 0;
  for (let i = 0; i < 16; i++) { s1 = (s1 + (b0[i] ^ KEY[i])) % 65521; s2 = (s2 + s1) % 65521; }
  for (let i = 0; i < n; i++) { s1 = (s1 + (msg[i] ^ KEY[i & 15]) + i) % 65521; s2 = (s2 + s1) % 65521; }
  return [s1 & 255, s1 >> 8, s2 & 255, s2 >> 8];
}
function micOk(f, fcnt) {
  const m = mic(fcnt, f, f.length - 4), n = f.length - 4;
  return m[0] === f[n] && m[1] === f[n + 1] && m[2] === f[n + 2] && m[3] === f[n + 3];
}
function uplink(dev, confirmed, k) {
  const t = 215 + (k % 40) * 3 - ((k >> 3) % 5) * 17;
  const f = [confirmed ? 0x80 : 0x40, ADDR[0], ADDR[1], ADDR[2], ADDR[3], 0x80 | dev.mac.length, dev.fcnt & 255, (dev.fcnt >> 8) & 255];
  for (let i = 0; i < dev.mac.length; i++) f.push(dev.mac[i]);
  dev.mac = [];
  const pl = [2, 1, 0x67, (t >> 8) & 255, t & 255, 2, 0x68, 80 + k % 40, 3, 0x02, 0x01, 0x2C + (k & 15)];
  for (let i = 0; i < pl.length; i++) f.push(pl[i]);
  const m = mic(dev.fcnt, f, f.length);
  for (let i = 0; i < 4; i++) f.push(m[i]);
  return f;
}
// network server; returns 0 new, 1 duplicate copy, 2 retransmission, 3 bad MIC, 4 replay
function receive(ns, f, snr, tx) {
  const fc16 = f[6] | (f[7] << 8);
  let c = (ns.last < 0 ? 0 : ns.last - (ns.last & 0xFFFF)) + fc16;
  if (c < ns.last) {
    if (micOk(f, c)) { ns.replays += 1; return 4; }
    c += 65536;
  }
  if (!micOk(f, c)) { ns.micFail += 1; return 3; }
  if (c === ns.last) {
    if (snr > ns.snr) ns.snr = snr;
    if (tx === ns.tx) { ns.dups += 1; return 1; }
    ns.tx = tx; return 2;
  }
  ns.last = c; ns.tx = tx; ns.snr = snr;
  const nopts = f[5] & 15;
  for (let i = 0; i < nopts; i++) if (f[8 + i] === 2) ns.down.push(2);
  return 0;
}
function adr(ns, dev) {
  let best = 0 - 99;
  for (let i = 0; i < ns.hist.length; i++) if (ns.hist[i] > best) best = ns.hist[i];
  let steps = idiv(best - FLOOR[dev.dr] - 10 + 30, 3) - 10;
  let dr = dev.dr, pwr = dev.pwr;
  while (steps > 0 && dr < 5) { dr += 1; steps -= 1; }
  while (steps > 0 && pwr < 5) { pwr += 1; steps -= 1; }
  while (steps < 0 && pwr > 0) { pwr -= 1; steps += 1; }
  ns.hist = [];
  if (dr !== dev.dr || pwr !== dev.pwr) { ns.down.push(3); ns.down.push(dr); ns.down.push(pwr); ns.adrs += 1; }
}
function downlink(dev, d) {
  let i = 0;
  while (i < d.length) {
    if (d[i] === 3) { dev.dr = d[i + 1]; dev.pwr = d[i + 2]; dev.mac.push(3); dev.mac.push(7); i += 3; }
    else { dev.checks += 1; i += 1; }
  }
}

// checksum computed in node
const NODE_SUM = 217748;
let checked = false, expected = 0;
function run() {
  const dev = { seed: 321, fcnt: 65500, dr: 0, pwr: 0, mac: [], checks: 0, now: 0, wait: 0, air: 0 };
  const ns = { last: 0 - 1, tx: 0 - 1, snr: 0, replays: 0, micFail: 0, dups: 0, hist: [], down: [], adrs: 0 };
  const free = [0, 0, 0];
  const saved = [];
  let h = 5, sent = 0, retx = 0, acks = 0, lostAcks = 0, tx = 0, ok = 0;
  for (let k = 0; k < 120; k++) {
    const confirmed = k % 5 === 0;
    if (k % 32 === 3) dev.mac.push(2);
    const f = uplink(dev, confirmed, k);
    if (k % 10 === 0) saved.push(f);
    let attempt = 0, done = false;
    while (!done) {
      let ch = rnd(dev) % 9, tries = 0;
      while (free[CH_BAND[ch]] > dev.now && tries < 9) { ch = (ch + 1) % 9; tries += 1; }
      if (tries === 9) {
        let first = free[0];
        for (let b = 1; b < 3; b++) if (free[b] < first) first = free[b];
        dev.wait += first - dev.now; dev.now = first;
        ch = 0;
        while (free[CH_BAND[ch]] > dev.now) ch += 1;
      }
      const toa = toaUs(dev.dr, f.length);
      dev.air += toa; sent += 1; tx += 1;
      free[CH_BAND[ch]] = dev.now + idiv(toa * BAND_OFF[CH_BAND[ch]], 1000);
      let heard = false;
      for (let g = 0; g < 3; g++) {
        if (rnd(dev) % 100 >= GW_LOSS[g]) {
          let copy = f;
          if (g === 1 && k % 23 === 11) { copy = []; for (let i = 0; i < f.length; i++) copy.push(i === 9 ? f[i] ^ 16 : f[i]); }
          const snr = GW_SNR[g] + rnd(dev) % 7 - 3 - dev.pwr * 2;
          const st = receive(ns, copy, snr, tx);
          if (st === 0) { ok += 1; heard = true; } else if (st === 1 || st === 2) heard = true;
          h = (h * 7 + st) % 1000003;
        }
      }
      if (k % 40 === 25 && attempt === 0) h = (h * 7 + receive(ns, saved[saved.length - 2], 5, 0 - 1)) % 1000003;
      if (heard && ns.hist.length < 20 && attempt === 0) ns.hist.push(ns.snr);
      if (ns.hist.length === 20) adr(ns, dev);
      const ackLost = attempt === 0 && k % 15 === 10;
      if (heard && confirmed && ackLost) lostAcks += 1;
      done = !confirmed || (heard && !ackLost) || attempt === 3;
      if (confirmed && done && heard) acks += 1;
      if (heard && ns.down.length > 0) { downlink(dev, ns.down); ns.down = []; }
      if (!done) { attempt += 1; retx += 1; dev.now += 2000 + rnd(dev) % 1000; }
    }
    dev.fcnt += 1;
    dev.now += 30000 + rnd(dev) % 2000;
  }
  const airMs = idiv(dev.air, 1000), waitS = idiv(dev.wait, 1000);
  h = (h * 31 + sent + retx * 3 + acks * 5 + lostAcks * 7 + ok) % 1000003;
  h = (h * 31 + ns.replays + ns.micFail * 3 + ns.dups * 5 + ns.adrs * 7 + dev.checks) % 1000003;
  h = (h * 31 + (airMs & 0xFFFF) + waitS + dev.dr * 10 + dev.pwr + (dev.fcnt & 0xFFFF)) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`lorawan-duty sent=${sent} retx=${retx} acks=${acks}/${lostAcks} new=${ok} dups=${ns.dups} badmic=${ns.micFail} replays=${ns.replays} adr=${ns.adrs} dr=${dev.dr} pwr=${dev.pwr} air_ms=${airMs} wait_s=${waitS} fcnt=${dev.fcnt} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
