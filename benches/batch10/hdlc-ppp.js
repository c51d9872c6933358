// PPP in HDLC-like framing (RFC 1662) over a noisy serial line. Each call
// sends 32 frames (LCP configure/ack/echo, IPCP configure, and IPv4/UDP
// packets with a header checksum) through a byte-stuffing encoder: flag
// 0x7E, escape 0x7D with XOR 0x20, an async control-character map (ACCM)
// that starts as "escape all of 0x00-0x1F" and narrows to XON/XOFF once
// the LCP ack is sent, and an FCS-16 (table-driven, complemented, sent low
// byte first). The line adds stray XON/XOFF bytes (which the receiver
// drops), flips a bit in one frame, aborts one with 0x7D 0x7E and sends a
// runt. The receiver is a byte-at-a-time state machine that checks the
// FCS residual (0xF0B8) and hands good frames to a protocol dispatcher,
// which walks LCP/IPCP options and verifies IP header checksums.
const FCS_T = [];
for (let i = 0; i < 256; i++) {
  let v = i;
  for (let k = 0; k < 8; k++) v = (v & 1) !== 0 ? (v >> 1) ^ 0x8408 : v >> 1;
  FCS_T.push(v);
}
function fcs16(fcs, b) { return (fcs >> 8) ^ FCS_T[(fcs ^ b) & 0xFF]; }
function inMap(acc, b) { return b < 32 && ((b < 16 ? acc.lo >> b : acc.hi >> (b - 16)) & 1) !== 0; }
function putByte(out, acc, b) {
  if (b === 0x7E || b === 0x7D || inMap(acc, b)) { out.push(0x7D); out.push(b ^ 0x20); acc.esc += 1; }
  else out.push(b);
}
function encode(acc, proto, payload) {
  const out = [0x7E];
  const body = [0xFF, 0x03, proto >> 8, proto & 0xFF];
  for (let i = 0; i < payload.length; i++) body.push(payload[i]);
  let fcs = 0xFFFF;
  for (let i = 0; i < body.length; i++) { fcs = fcs16(fcs, body[i]); putByte(out, acc, body[i]); }
  fcs = fcs ^ 0xFFFF;
  putByte(out, acc, fcs & 0xFF); putByte(out, acc, fcs >> 8);
  out.push(0x7E);
  return out;
}
function opt(p, type, vals) { p.push(type); p.push(vals.length + 2); for (let i = 0; i < vals.length; i++) p.push(vals[i]); }
function cp(code, id, build, arg) {
  const p = [code, id, 0, 0];
  build(p, arg);
  p[3] = p.length;
  return p;
}
function lcpOpts(p, magic) {
  opt(p, 1, [0x05, 0xDC]); opt(p, 2, [0x00, 0x0A, 0x00, 0x00]);
  opt(p, 5, [magic >> 8, magic & 255, 0x7E, 0x11]); opt(p, 7, []); opt(p, 8, []);
}
function ipcpOpts(p, host) { opt(p, 3, [10, 0, 0, host]); opt(p, 129, [8, 8, 4, 4]); }
function echoData(p, n) { for (let i = 0; i < n; i++) p.push((i * 37 + n) & 0xFF); }
function ipSum(p, at, n) {
  let s = 0;
  for (let i = 0; i < n; i += 2) s += (p[at + i] << 8) | p[at + i + 1];
  while ((s >> 16) !== 0) s = (s & 0xFFFF) + (s >> 16);
  return s ^ 0xFFFF;
}
function ipPacket(src, dst, n, salt) {
  const p = [0x45, 0, 0, 28 + n, salt, 0, 0x40, 0, 64, 17, 0, 0, 10, 0, 0, src, 10, 0, 0, dst,
    0x13, 0x88, 0x00, 0x35, 0, 8 + n, 0, 0];
  for (let i = 0; i < n; i++) p.push((i * salt + (i >> 2)) & 0xFF);
  const c = ipSum(p, 0, 20);
  p[10] = c >> 8; p[11] = c & 0xFF;
  return p;
}
function rxByte(st, acc, b) {
  if (b === 0x7E) {
    if (st.esc) st.aborts += 1;
    else if (st.buf.length >= 6 && st.fcs === 0xF0B8) { st.buf.length = st.buf.length - 2; deliver(st, st.buf); }
    else if (st.buf.length >= 6) st.fcsErr += 1;
    else if (st.buf.length > 0) st.runts += 1;
    st.buf = []; st.fcs = 0xFFFF; st.esc = false;
  } else if (inMap(acc, b)) st.dropped += 1;
  else if (b === 0x7D) st.esc = true;
  else {
    const d = st.esc ? b ^ 0x20 : b;
    st.esc = false;
    st.fcs = fcs16(st.fcs, d);
    st.buf.push(d);
  }
}
function walkOpts(st, f, at) {
  let i = at;
  while (i + 1 < f.length && f[i + 1] >= 2) { st.h = (st.h * 31 + f[i] * 64 + f[i + 1]) % 1000003; st.opts += 1; i += f[i + 1]; }
}
function deliver(st, f) {
  st.good += 1;
  const proto = (f[2] << 8) | f[3];
  if (proto === 0xC021 || proto === 0x8021) { st.cp += 1; walkOpts(st, f, 8); }
  else if (proto === 0x0021) {
    if (ipSum(f, 4, 20) === 0) st.ipOk += 1;
    for (let i = 24; i < f.length; i++) st.h = (st.h * 7 + f[i]) % 1000003;
  }
}

// checksum computed in node
const NODE_SUM = 296108;
let checked = false, expected = 0;
function run() {
  const tx = { lo: 0xFFFF, hi: 0xFFFF, esc: 0 }, rx = { lo: 0xFFFF, hi: 0xFFFF };
  const st = { buf: [], fcs: 0xFFFF, esc: false, good: 0, fcsErr: 0, aborts: 0, runts: 0, dropped: 0, cp: 0, ipOk: 0, opts: 0, h: 9 };
  let wireBytes = 0;
  for (let t = 0; t < 32; t++) {
    let proto = 0x0021, p;
    if (t % 4 === 0) {
      proto = 0xC021;
      const code = (t >> 2) % 4;
      p = code < 2 ? cp(code + 1, t, lcpOpts, 0x3A00 + t) : cp(code + 7, t, echoData, 6 + t);
    } else if (t % 4 === 3) { proto = 0x8021; p = cp(1, t, ipcpOpts, t); }
    else p = ipPacket(t, 99 - t, 8 + (t * 5) % 33, 3 + t);
    const w = encode(tx, proto, p);
    if (t === 4) { tx.lo = 0; tx.hi = 0x000A; rx.lo = 0; rx.hi = 0x000A; }
    if (t === 9) w[7] = w[7] ^ 0x04;
    if (t === 14) { w.length = 12; w.push(0x7D); w.push(0x7E); }
    if (t === 21) { w.length = 4; w.push(0x7E); }
    for (let i = 0; i < w.length; i++) {
      if (i % 13 === 5) rxByte(st, rx, (t & 1) !== 0 ? 0x11 : 0x13);
      rxByte(st, rx, w[i]);
    }
    wireBytes += w.length;
  }
  const h = (st.h + st.good * 1009 + st.fcsErr * 101 + st.aborts * 53 + st.runts * 31 + st.dropped * 7 + tx.esc + st.ipOk * 3) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`hdlc-ppp wire=${wireBytes} esc=${tx.esc} good=${st.good} fcs=${st.fcsErr} aborts=${st.aborts} runts=${st.runts} dropped=${st.dropped} ip=${st.ipOk} opts=${st.opts} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
