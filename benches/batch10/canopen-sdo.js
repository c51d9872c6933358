// CANopen-style SDO server and client over 8-byte frames. Each call builds
// an object dictionary of 29 entries (device type, identity, heartbeat
// time, a PDO mapping record, a configuration domain, process inputs...),
// keyed 'x' + index + '_' + subindex. A client then runs a fixed script of
// 44 transfers twice: expedited uploads and downloads (up to 4 bytes),
// segmented uploads and downloads of byte strings with the toggle bit, and
// requests that must be refused: unknown object, write to a read-only
// entry, wrong length, a value out of range, a domain too big, and one
// segment sent without toggling. The server throws an abort code ({ code }) from its handlers;
// serve() catches it and answers with an abort frame.
const TSIZE = [0, 1, 2, 0, 4]; // by type: 1 u8, 2 u16, 4 u32, 0 domain
const NAME = [109, 118, 109, 45, 110, 111, 100, 101, 45, 114, 101, 118, 55]; // mvm-node-rev7
const HW = [104, 119, 45, 50, 46, 49]; // hw-2.1

function ent(od, idx, sub, type, rw, val, max) {
  od['x' + idx + '_' + sub] = { idx, sub, type, rw, val, max, reads: 0, writes: 0 };
}
function buildOd() {
  const od = {}, ident = [0x0000029C, 0x00001234, 0x00070001, 0x0BADCAFE];
  ent(od, 0x1000, 0, 4, false, 0x00020192, 0); ent(od, 0x1001, 0, 1, false, 0, 0);
  ent(od, 0x1008, 0, 0, false, NAME, 0); ent(od, 0x1009, 0, 0, false, HW, 0);
  ent(od, 0x1017, 0, 2, true, 1000, 60000); ent(od, 0x1018, 0, 1, false, 4, 0);
  for (let i = 0; i < 4; i++) ent(od, 0x1018, i + 1, 4, false, ident[i], 0);
  ent(od, 0x1A00, 0, 1, true, 0, 8);
  for (let i = 1; i <= 8; i++) ent(od, 0x1A00, i, 4, true, 0, 0x7FFFFFFF);
  ent(od, 0x2000, 1, 0, true, [], 64); ent(od, 0x2001, 0, 2, true, 100, 5000);
  for (let i = 1; i <= 8; i++) ent(od, 0x6000, i, 1, false, i * 3, 0);
  return od;
}
function abort(code) { throw { code }; }
function find(srv, f) {
  const e = srv.od['x' + (f[1] | (f[2] << 8)) + '_' + f[3]];
  if (e === undefined) abort(0x06020000); return e;
}
function u32(f, i) { return f[i] | (f[i + 1] << 8) | (f[i + 2] << 16) | (f[i + 3] << 24); }
function frame(cmd, f, v) { return [cmd, f[1], f[2], f[3], v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255]; }
function segment(src, pos, size, cmd) {
  let n = size - pos; if (n > 7) n = 7;
  const r = [cmd | ((7 - n) << 1) | (pos + n >= size ? 1 : 0)];
  for (let i = 0; i < 7; i++) r.push(i < n ? src[pos + i] : 0);
  return r;
}
function handle(srv, f) {
  const cs = f[0] >> 5;
  if (cs === 2) {
    const e = find(srv, f);
    e.reads += 1;
    if (e.type !== 0) return frame(0x43 | ((4 - TSIZE[e.type]) << 2), f, e.val);
    srv.mode = 2; srv.e = e; srv.pos = 0; srv.toggle = 0;
    return frame(0x41, f, e.val.length);
  }
  if (cs === 1) {
    const e = find(srv, f);
    if (!e.rw) abort(0x06010002);
    if ((f[0] & 2) !== 0) {
      const n = 4 - ((f[0] >> 2) & 3);
      if (e.type === 0 || n !== TSIZE[e.type]) abort(0x06070010);
      const v = n === 4 ? u32(f, 4) : (n === 2 ? f[4] | (f[5] << 8) : f[4]);
      if (v > e.max) abort(0x06090030);
      e.val = v; e.writes += 1;
    } else {
      if (e.type !== 0) abort(0x06070010);
      const size = u32(f, 4);
      if (size > e.max) abort(0x06070012);
      srv.mode = 1; srv.e = e; srv.buf = []; srv.size = size; srv.toggle = 0;
    }
    return frame(0x60, f, 0);
  }
  if (cs === 3 && srv.mode === 2) {
    if (((f[0] >> 4) & 1) !== srv.toggle) abort(0x05030000);
    const r = segment(srv.e.val, srv.pos, srv.e.val.length, srv.toggle << 4);
    srv.pos += 7; srv.toggle = 1 - srv.toggle;
    if ((r[0] & 1) !== 0) srv.mode = 0;
    return r;
  }
  if (cs === 0 && srv.mode === 1) {
    if (((f[0] >> 4) & 1) !== srv.toggle) abort(0x05030000);
    const n = 7 - ((f[0] >> 1) & 7);
    for (let i = 0; i < n; i++) srv.buf.push(f[1 + i]);
    const r = [0x20 | (srv.toggle << 4), 0, 0, 0, 0, 0, 0, 0];
    srv.toggle = 1 - srv.toggle;
    if ((f[0] & 1) !== 0) {
      srv.mode = 0;
      if (srv.buf.length !== srv.size) abort(0x06070010);
      srv.e.val = srv.buf; srv.e.writes += 1;
    }
    return r;
  }
  abort(0x05040001);
}
function serve(srv, f) {
  let r = null;
  try { r = handle(srv, f); }
  catch (err) { srv.mode = 0; srv.aborts += 1; r = frame(0x80, f, err.code); }
  srv.frames += 1; return r;
}
// client side: returns the abort code, or 0; uploaded bytes go to out
function upload(srv, idx, sub, out) {
  let r = serve(srv, [0x40, idx & 255, idx >> 8, sub, 0, 0, 0, 0]);
  if (r[0] === 0x80) return u32(r, 4);
  if ((r[0] & 2) !== 0) { const n = 4 - ((r[0] >> 2) & 3); for (let i = 0; i < n; i++) out.push(r[4 + i]); return 0; }
  let t = 0, done = false;
  while (!done) {
    r = serve(srv, [0x60 | (t << 4), 0, 0, 0, 0, 0, 0, 0]);
    if (r[0] === 0x80) return u32(r, 4);
    const n = 7 - ((r[0] >> 1) & 7); for (let i = 0; i < n; i++) out.push(r[1 + i]);
    done = (r[0] & 1) !== 0; t = 1 - t;
  }
  return 0;
}
function download(srv, idx, sub, data, n, badToggleAt) {
  const hd = [idx & 255, idx >> 8, sub];
  if (n <= 4 && n > 0) {
    const r = serve(srv, [0x23 | ((4 - n) << 2), hd[0], hd[1], hd[2], data[0], n > 1 ? data[1] : 0, n > 2 ? data[2] : 0, n > 3 ? data[3] : 0]);
    return r[0] === 0x80 ? u32(r, 4) : 0;
  }
  let r = serve(srv, [0x21, hd[0], hd[1], hd[2], n & 255, n >> 8, 0, 0]), pos = 0, t = 0;
  while (r[0] !== 0x80 && pos < n) {
    r = serve(srv, segment(data, pos, n, (pos === badToggleAt ? 1 - t : t) << 4));
    pos += 7; t = 1 - t;
  }
  return r[0] === 0x80 ? u32(r, 4) : 0;
}

// checksum computed in node
const NODE_SUM = 461041;
let checked = false, expected = 0;
function run() {
  const srv = { od: buildOd(), mode: 0, e: null, pos: 0, toggle: 0, buf: null, size: 0, aborts: 0, frames: 0 };
  let h = 1, codes = 0, bytes = 0, same = 0;
  for (let pass = 0; pass < 2; pass++) {
    const got = [], blob = [];
    for (let i = 0; i < 30 + pass * 11; i++) blob.push((i * 29 + pass * 7) & 255);
    const steps = [
      upload(srv, 0x1000, 0, got), upload(srv, 0x1008, 0, got), upload(srv, 0x1009, 0, got),
      download(srv, 0x1017, 0, [232 + pass * 10, 3], 2, -1), upload(srv, 0x1017, 0, got),
      download(srv, 0x1000, 0, [1, 2, 3, 4], 4, -1), upload(srv, 0x2100, 0, got),
      download(srv, 0x1017, 0, [5], 1, -1), download(srv, 0x2001, 0, [0x90, 0x1F], 2, -1),
      download(srv, 0x2000, 1, blob, blob.length, -1), download(srv, 0x2000, 1, blob, blob.length, 14),
      download(srv, 0x2000, 1, blob, 70, -1), upload(srv, 0x1018, 4, got)
    ];
    for (let i = 0; i < 8; i++) steps.push(download(srv, 0x1A00, i + 1, [i * 8, 1, 0, 0x60 + pass], 4, -1));
    steps.push(download(srv, 0x1A00, 0, [8], 1, -1));
    for (let k = 0; k < 9; k++) {
      steps.push(upload(srv, 0x1A00, k, got));
      if (k < 8) steps.push(upload(srv, 0x6000, k + 1, got));
      if (k < 4) steps.push(upload(srv, 0x1018, k + 1, got));
    }
    const back = [];
    steps.push(upload(srv, 0x2000, 1, back));
    for (let i = 0; i < back.length; i++) if (back[i] === blob[i]) same += 1;
    for (let i = 0; i < steps.length; i++) {
      if (steps[i] !== 0) codes += 1;
      h = (h * 31 + (steps[i] >> 16) + (steps[i] & 0xFFFF)) % 1000003;
    }
    for (let i = 0; i < got.length; i++) h = (h * 7 + got[i]) % 1000003;
    bytes += got.length + back.length;
  }
  const hb = srv.od['x' + 0x1017 + '_0'];
  h = (h + srv.aborts * 101 + srv.frames * 7 + hb.val + hb.writes + same) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`canopen-sdo frames=${srv.frames} aborts=${srv.aborts}/${codes} bytes=${bytes} same=${same} hb=${hb.val} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
