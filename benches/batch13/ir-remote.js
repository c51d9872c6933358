// An infrared remote-control receiver for a TV-like appliance that takes
// three remote protocols; the demodulator gives mark/space durations in
// microseconds. Each call, for each of 30 key presses:
//  - a transmitter encodes the press: NEC (9 + 4.5 ms leader, 32 bits by
//    space length, 108 ms frames, repeat codes while held, the extended
//    16-bit address form), Sony SIRC-12 (2.4 ms leader, bits by mark
//    length, each frame sent three times 45 ms apart) or Philips RC5
//    (Manchester, 889 us half-bits, toggle bit); edges get +-12 % LCG
//    jitter, a few 60 us glitches land in spaces, one NEC frame is bad;
//  - the receiver merges glitches into the spaces around them, cuts
//    frames at spaces over 8 ms, picks the protocol by its leader and
//    decodes with +-25 % tolerance, checking NEC's inverted command byte,
//    RC5's start bit and Manchester pairs;
//  - the appliance acts: power, volume with hold-to-repeat acceleration,
//    two-digit channel entry from SIRC digits (repeated Sony frames are
//    dropped), RC5 toggle-bit de-duplication.
const NODE_SUM = 168829;
const NEC = 0, SIRC = 1, RC5 = 2;
// [protocol, address, command, extra frames (NEC repeats or SIRC copies)]
const SESSION = [
  [NEC, 4, 8, 0], [NEC, 4, 2, 6], [NEC, 4, 3, 2], [SIRC, 1, 0, 2], [SIRC, 1, 4, 2], [RC5, 0, 16, 0], [RC5, 0, 16, 0],
  [NEC, 4, 2, 1], [NEC, 260, 21, 0], [SIRC, 1, 18, 2], [SIRC, 1, 9, 2], [SIRC, 1, 2, 3], [RC5, 0, 32, 0], [RC5, 0, 32, 1],
  [NEC, 4, 3, 9], [RC5, 0, 17, 0], [NEC, 4, 64, 0], [SIRC, 1, 16, 2], [RC5, 0, 12, 0], [NEC, 4, 8, 0], [SIRC, 1, 7, 2],
  [SIRC, 1, 1, 2], [NEC, 4, 2, 3], [RC5, 0, 33, 0], [NEC, 4, 8, 0], [RC5, 0, 12, 0], [NEC, 4, 3, 0], [SIRC, 1, 5, 2],
  [SIRC, 1, 5, 2], [NEC, 4, 8, 0]];

// one press at a time: a Microvium 8 array holds at most 1,024 values
function transmit(tx, k) {
  const d = [];                             // durations: even index = mark, odd = space
  let t = 0;
  const jit = (us) => { tx.seed = (tx.seed * 75 + 74) % 65537; return us + ((((tx.seed & 255) - 128) * us) >> 10); };
  const level = (mark, us) => {             // equal levels merge; a train starts with a mark
    t += us;
    if (d.length > 0 && (d.length % 2 === 1) === mark) d[d.length - 1] += us; else if (d.length > 0 || mark) d.push(us);
  };
  const pulse = (m, s) => { level(true, jit(m)); level(false, jit(s)); };
  const pad = (start, period) => { level(false, start + period - t); };
  const e = SESSION[k], p = e[0], addr = e[1], cmd = e[2], extra = e[3];
  if (p === NEC) {
    let start = t, bits = (addr & 255) + (addr > 255 ? addr >> 8 : 255 - addr) * 256 + cmd * 65536 + (255 - cmd) * 16777216;
    if (k === 16) bits = bits + 65536;                      // a corrupted frame
    pulse(9000, 4500);
    for (let i = 0; i < 32; i++) { pulse(560, bits % 2 === 1 ? 1690 : 560); bits = (bits - bits % 2) / 2; }
    level(true, jit(560)); pad(start, 108000);
    for (let r = 0; r < extra; r++) { start = t; pulse(9000, 2250); level(true, jit(560)); pad(start, 108000); }
  } else if (p === SIRC) {
    for (let r = 0; r <= extra; r++) {
      const start = t, bits = cmd + addr * 128;
      pulse(2400, 600);
      for (let i = 0; i < 12; i++) pulse(((bits >> i) & 1) === 1 ? 1200 : 600, 600);
      pad(start, 45000);
    }
  } else {
    for (let r = 0; r <= extra; r++) {
      const start = t, bits = 0x3000 + tx.toggle * 0x800 + addr * 64 + cmd;
      for (let i = 13; i >= 0; i--) { const one = ((bits >> i) & 1) === 1; level(!one, jit(889)); level(one, jit(889)); }
      pad(start, 114000);
    }
    tx.toggle = 1 - tx.toggle;
  }
  if (k % 7 === 3) { const last = d[d.length - 1], half = last >> 1; d[d.length - 1] = half; d.push(60); d.push(last - half - 60); }
  level(false, 150000);
  return d;
}

const near = (x, us) => x > us - (us >> 2) && x < us + (us >> 2);

function decodeFrame(f, st) {
  if (f.length > 1 && near(f[0], 9000)) {
    if (near(f[1], 2250)) return [NEC, -1, -1];
    if (!near(f[1], 4500) || f.length < 67) { st.errors += 1; return null; }
    const bytes = [0, 0, 0, 0];
    for (let i = 0; i < 32; i++) {
      const s = f[3 + 2 * i];
      if (!near(f[2 + 2 * i], 560) || !(near(s, 560) || near(s, 1690))) { st.errors += 1; return null; }
      if (near(s, 1690)) bytes[i >> 3] |= 1 << (i & 7);
    }
    if (bytes[3] !== 255 - bytes[2]) { st.errors += 1; return null; }
    return [NEC, bytes[1] === 255 - bytes[0] ? bytes[0] : bytes[0] + bytes[1] * 256, bytes[2]];
  }
  if (near(f[0], 2400) && f.length >= 25) {
    let bits = 0;
    for (let i = 0; i < 12; i++) if (near(f[2 + 2 * i], 1200)) bits |= 1 << i;
    return [SIRC, bits >> 7, bits & 127];
  }
  const halves = [0];                       // RC5 starts with the space half of a 1
  for (let i = 0; i < f.length; i++) {
    const n = near(f[i], 889) ? 1 : (near(f[i], 1778) ? 2 : 0);
    if (n === 0) { st.errors += 1; return null; }
    for (let k = 0; k < n; k++) halves.push(i % 2 === 0 ? 1 : 0);
  }
  while (halves.length < 28) halves.push(0);
  let bits = 0;
  for (let i = 0; i < 14; i++) {
    if (halves[2 * i] === halves[2 * i + 1]) { st.errors += 1; return null; }
    bits = bits * 2 + halves[2 * i + 1];
  }
  if ((bits >> 13) !== 1) { st.errors += 1; return null; }
  return [RC5, (bits >> 6) & 31, (bits & 63) + (((bits >> 12) & 1) === 1 ? 0 : 64), (bits >> 11) & 1];
}

let checked = false;

function run() {
  const st = { glitches: 0, frames: 0, errors: 0, codes: 0, edges: 0 };
  const tv = { power: 0, vol: 20, ch: 1, digit: -1, lastCode: -1, held: 0, toggle: -1, lastSony: -1, sonyAt: 0, presses: 0 };
  const tx = { seed: 777, toggle: 0 };
  let h = 13, t = 0, frame = [], frameAt = 0;
  const act = (c) => {
    st.codes += 1;
    h = (h * 31 + c[0] * 8192 + (c[1] & 255) * 32 + (c[2] & 31)) % 1000003;
    let cmd = c[2];
    if (c[0] === NEC && c[1] === -1) {
      if (tv.lastCode < 0) return;
      tv.held += 1; cmd = tv.lastCode;
    } else if (c[0] === NEC) { tv.held = 0; tv.lastCode = c[1] === 4 ? cmd : -1; }
    if (c[0] === SIRC) {
      if (cmd === tv.lastSony && frameAt - tv.sonyAt < 60000) { tv.sonyAt = frameAt; return; }
      tv.lastSony = cmd; tv.sonyAt = frameAt;
      const digit = cmd < 9 ? cmd + 1 : (cmd === 9 ? 0 : -1);
      if (digit >= 0) {
        if (tv.digit < 0) tv.digit = digit; else { tv.ch = tv.digit * 10 + digit; tv.digit = -1; }
        tv.presses += 1;
        return;
      }
      cmd = cmd === 16 ? 32 : (cmd === 17 ? 33 : (cmd === 18 ? 2 : (cmd === 19 ? 3 : cmd)));
    }
    if (c[0] === RC5) {
      if (c[3] === tv.toggle) return;
      tv.toggle = c[3];
      cmd = cmd === 12 ? 8 : (cmd === 16 ? 2 : (cmd === 17 ? 3 : cmd));
    }
    if (tv.held === 0) tv.presses += 1;
    switch (cmd) {
      case 8: tv.power = 1 - tv.power; break;
      case 2: tv.vol = tv.vol + (tv.held > 4 ? 3 : 1) > 100 ? 100 : tv.vol + (tv.held > 4 ? 3 : 1); break;
      case 3: tv.vol = tv.vol - (tv.held > 4 ? 3 : 1) < 0 ? 0 : tv.vol - (tv.held > 4 ? 3 : 1); break;
      case 32: tv.ch += 1; break;
      case 33: tv.ch = tv.ch > 1 ? tv.ch - 1 : 99; break;
      default: break;
    }
  };
  for (let k = 0; k < SESSION.length; k++) {
    const raw = transmit(tx, k), d = [raw[0]];
    st.edges += raw.length;
    for (let i = 1; i < raw.length; i++) {    // glitches (short marks) merge into the spaces around them
      if (raw[i] < 150 && i % 2 === 0 && i + 1 < raw.length) { d[d.length - 1] += raw[i] + raw[i + 1]; i += 1; st.glitches += 1; }
      else d.push(raw[i]);
    }
    for (let i = 0; i < d.length; i++) {
      if (i % 2 === 1 && d[i] > 8000) {
        st.frames += 1;
        const c = decodeFrame(frame, st);
        if (c !== null) act(c);
        frame = [];
        frameAt = t + d[i];
      } else frame.push(d[i]);
      t += d[i];
    }
  }
  h = (h * 31 + tv.power * 1000 + tv.vol * 100 + tv.ch) % 1000003;
  h = (h * 31 + st.frames * 64 + st.errors * 8 + st.glitches) % 1000003;
  const line = 'ir-remote edges=' + st.edges + ' glitches=' + st.glitches + ' frames=' + st.frames + ' codes=' + st.codes +
    ' errors=' + st.errors + ' presses=' + tv.presses + ' power=' + tv.power + ' vol=' + tv.vol + ' ch=' + tv.ch +
    ' ms=' + ((t / 1000) | 0) + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
