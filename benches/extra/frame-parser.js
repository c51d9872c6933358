// A byte-stuffed serial protocol: frames are 0x7E, type, length, payload,
// XOR checksum; 0x7D escapes 0x7E/0x7D inside a frame. A parser object walks
// a received byte stream (with line noise and one corrupted frame) through a
// state machine and dispatches good frames to handlers registered per type.
const SOF = 0x7e, ESC = 0x7d;
const S_IDLE = 0, S_TYPE = 1, S_LEN = 2, S_DATA = 3, S_SUM = 4;

function putByte(out, b) {
  if (b === SOF || b === ESC) { out.push(ESC); out.push(b ^ 0x20); }
  else out.push(b);
}
function encodeFrame(out, type, payload) {
  out.push(SOF);
  let sum = type ^ payload.length;
  putByte(out, type);
  putByte(out, payload.length);
  for (let i = 0; i < payload.length; i++) { putByte(out, payload[i]); sum ^= payload[i]; }
  putByte(out, sum);
}

class Parser {
  constructor() {
    this.state = S_IDLE; this.escaped = false;
    this.type = 0; this.len = 0; this.sum = 0; this.buf = [];
    this.handlers = [];
    this.good = 0; this.bad = 0; this.unknown = 0;
  }
  on(type, fn) { this.handlers[type] = fn; }
  feed(b) {
    if (b === SOF) { this.state = S_TYPE; this.escaped = false; this.sum = 0; this.buf = []; return; }
    if (this.state === S_IDLE) return;
    if (b === ESC) { this.escaped = true; return; }
    if (this.escaped) { b = b ^ 0x20; this.escaped = false; }
    switch (this.state) {
      case S_TYPE: this.type = b; this.sum = b; this.state = S_LEN; break;
      case S_LEN:
        this.len = b; this.sum ^= b;
        this.state = b === 0 ? S_SUM : S_DATA;
        break;
      case S_DATA:
        this.buf.push(b); this.sum ^= b;
        if (this.buf.length === this.len) this.state = S_SUM;
        break;
      case S_SUM:
        if (b === this.sum) this.dispatch(); else this.bad++;
        this.state = S_IDLE;
        break;
    }
  }
  dispatch() {
    const h = this.handlers[this.type];
    if (h === undefined) { this.unknown++; return; }
    this.good++;
    h(this.buf);
  }
}

// Build the received stream once: a mix of frame types with noise between.
const stream = [];
let seed = 7;
function rnd() { seed = (seed * 109 + 89) % 1021; return seed; }
for (let f = 0; f < 24; f++) {
  const type = 1 + (f % 4);
  const payload = [];
  const n = 2 + (rnd() % 9);
  for (let i = 0; i < n; i++) payload.push(rnd() & 0xff);
  const start = stream.length;
  encodeFrame(stream, type, payload);
  if (f === 13) stream[start + 4] = stream[start + 4] ^ 0x01; // corrupt one
  if (f % 5 === 2) { stream.push(0x11); stream.push(0x22); }   // noise
}

let checked = false;
function run() {
  const p = new Parser();
  let temp = 0, count = 0, maxLen = 0, bits = 0;
  p.on(1, (d) => { temp += d[0] * 256 + d[1]; });
  p.on(2, (d) => { count += d.length; if (d.length > maxLen) maxLen = d.length; });
  p.on(3, (d) => { for (let i = 0; i < d.length; i++) bits = (bits * 3 + d[i]) & 0xffff; });
  for (let i = 0; i < stream.length; i++) p.feed(stream[i]);
  const r = temp + count * 1000 + maxLen + bits + p.good * 7 + p.bad * 11 + p.unknown * 13;
  if (!checked) {
    checked = true;
    assertEqual(p.good + p.bad + p.unknown, 24);
    assertEqual(p.bad, 1);
    print('frame-parser ' + p.good + ' ' + p.bad + ' ' + p.unknown + ' ' + temp + ' ' + count + ' ' + bits + ' ' + r);
  }
  return r;
}
vmExport(0, run);
