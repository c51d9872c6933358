// A CAN bus with a diagnostic tester, two ECUs and two periodic senders, run
// for a fixed number of bit-slots. Every frame is laid out on the wire as bits
// (SOF, 11-bit id, RTR/IDE/r0, DLC, data), gets its CRC-15 (polynomial 0x4599)
// and its stuff bits counted. Nodes contend by bitwise arbitration on the id
// (dominant 0 wins). One frame in about 19 is hit by noise, which makes an
// error frame, and the sender retransmits. On top of the bus the tester and
// the ECUs talk ISO-TP (ISO 15765-2): single frames, first frame + consecutive
// frames with a 4-bit sequence number, flow control with block size and STmin.
// The tester reads data identifiers (responses of 10 to 99 bytes) and writes
// 30-byte records; each reassembled response is checked against its pattern.
const NODE_SUM = 410277;
let checked = false;

class Node {
  constructor(name, bus) { this.name = name; this.bus = bus; this.q = []; this.head = 0; this.links = {}; this.sent = 0; this.retx = 0; }
  queue(id, data, link) { this.q.push({ id: id, dlc: data.length, data: data, link: link, tries: 0 }); if (link !== null) link.inflight += 1; }
  front() { return this.head < this.q.length ? this.q[this.head] : null; }
  pop() {
    const f = this.q[this.head];
    this.head += 1;
    if (this.head >= 8 && this.head * 2 >= this.q.length) {      // compact the queue
      const nq = [];
      for (let i = this.head; i < this.q.length; i++) nq.push(this.q[i]);
      this.q = nq; this.head = 0;
    }
    return f;
  }
  attach(link) { this.links['rx' + link.rxId] = link; }
  receive(f) { const l = this.links['rx' + f.id]; if (l !== undefined) l.onFrame(f); }
}

class IsoTp {
  constructor(node, txId, rxId, bs, st, onMsg) {
    this.node = node; this.txId = txId; this.rxId = rxId; this.bs = bs; this.st = st; this.onMsg = onMsg;
    this.tx = null; this.pos = 0; this.sn = 0; this.wait = false; this.blk = 0; this.peerBs = 0; this.peerSt = 0; this.gap = 0; this.inflight = 0;
    this.rx = null; this.rxLen = 0; this.rxSn = 0; this.rxBlk = 0; this.badSn = 0;
    node.attach(this);
  }
  send(bytes) {
    if (bytes.length <= 7) {
      const d = [bytes.length];
      for (let i = 0; i < bytes.length; i++) d.push(bytes[i]);
      this.node.queue(this.txId, d, this);
      return;
    }
    const d = [0x10 | (bytes.length >> 8), bytes.length & 255];
    for (let i = 0; i < 6; i++) d.push(bytes[i]);
    this.tx = bytes; this.pos = 6; this.sn = 1; this.wait = true;
    this.node.queue(this.txId, d, this);
  }
  tick() {
    if (this.tx === null || this.wait || this.inflight > 0) return;
    if (this.gap > 0) { this.gap -= 1; return; }
    const d = [0x20 | this.sn];
    let n = this.tx.length - this.pos;
    if (n > 7) n = 7;
    for (let i = 0; i < n; i++) d.push(this.tx[this.pos + i]);
    this.pos += n; this.sn = (this.sn + 1) & 15;
    this.node.queue(this.txId, d, this);
    if (this.pos >= this.tx.length) { this.tx = null; return; }
    if (this.peerBs > 0) { this.blk -= 1; if (this.blk === 0) this.wait = true; }
    this.gap = this.peerSt;
  }
  flow() { this.node.queue(this.txId, [0x30, this.bs, this.st], this); this.rxBlk = this.bs; }
  single(b) { const m = []; for (let i = 1; i <= (b[0] & 15); i++) m.push(b[i]); this.onMsg(m); }
  done() { const m = this.rx; this.rx = null; this.onMsg(m); }
  first(b) {
    this.rxLen = ((b[0] & 15) << 8) | b[1]; this.rx = []; this.rxSn = 1;
    for (let i = 2; i < 8; i++) this.rx.push(b[i]);
    this.flow();
  }
  consec(f) {
    const b = f.data;
    if (this.rx === null) return;
    if ((b[0] & 15) !== this.rxSn) { this.badSn += 1; this.rx = null; return; }
    this.rxSn = (this.rxSn + 1) & 15;
    for (let i = 1; i < f.dlc && this.rx.length < this.rxLen; i++) this.rx.push(b[i]);
    if (this.rx.length >= this.rxLen) this.done();
    else if (this.bs > 0) { this.rxBlk -= 1; if (this.rxBlk === 0) this.flow(); }
  }
  onFrame(f) {
    const b = f.data;
    switch (b[0] >> 4) {
      case 0: this.single(b); break;
      case 1: this.first(b); break;
      case 2: this.consec(f); break;
      case 3:
        if ((b[0] & 15) === 0) { this.wait = false; this.peerBs = b[1]; this.blk = b[1]; this.peerSt = b[2]; }
        break;
    }
  }
}

function crc15(bits, n) {
  let crc = 0;
  for (let i = 0; i < n; i++) {
    const x = ((crc >> 14) ^ bits[i]) & 1;
    crc = (crc << 1) & 0x7fff;
    if (x === 1) crc ^= 0x4599;
  }
  return crc;
}

function putBits(bits, v, n) { for (let i = n - 1; i >= 0; i--) bits.push((v >> i) & 1); }

function pattern(did, i) { return (did * 37 + i * 11 + (i >> 3)) & 255; }

function run() {
  let seed = 12345, h = 7;
  const rand = (n) => { seed = (seed * 1103 + 12345) % 65536; return (seed >> 4) % n; };
  const bus = { bits: 0, frames: 0, errors: 0, stuff: 0, crcx: 0, idle: 0 };
  const tester = new Node('tester', bus), ecu1 = new Node('ecu1', bus), ecu2 = new Node('ecu2', bus);
  const body = new Node('body', bus), gw = new Node('gw', bus);
  const nodes = [tester, ecu1, ecu2, body, gw];
  let reads = 0, writes = 0, bad = 0, acks = 0, bytesIn = 0;
  const links = [];
  const busy = [false, false], nextDid = [0x100, 0x200];
  for (let e = 0; e < 2; e++) {
    const ecu = e === 0 ? ecu1 : ecu2;
    const tl = new IsoTp(tester, 0x7e0 + e, 0x7e8 + e, 4, 1, (m) => {
      busy[e] = false;
      if (m[0] === 0x6e) { acks += 1; h = (h * 31 + m[1] * 256 + m[2]) % 1000003; return; }
      const did = m[1] * 256 + m[2];
      let ok = m[0] === 0x62 && m.length === 10 + (did * 13) % 90;
      for (let i = 3; i < m.length && ok; i++) if (m[i] !== pattern(did, i)) ok = false;
      if (!ok) bad += 1;
      reads += 1; bytesIn += m.length;
      h = (h * 31 + m.length * 64 + m[m.length - 1]) % 1000003;
    });
    let el = null;
    el = new IsoTp(ecu, 0x7e8 + e, 0x7e0 + e, 2, 0, (m) => {
      const did = m[1] * 256 + m[2];
      if (m[0] === 0x2e) { writes += 1; let s = 0; for (let i = 3; i < m.length; i++) s = (s + m[i]) & 0xff; el.send([0x6e, m[1], s]); return; }
      const r = [0x62, m[1], m[2]], len = 10 + (did * 13) % 90;
      for (let i = 3; i < len; i++) r.push(pattern(did, i));
      el.send(r);
    });
    links.push(tl); links.push(el);
  }
  let slot = 0, sent = 0;
  while (slot < 28000) {
    // periodic traffic and new requests
    if (bus.frames % 7 === 0 && body.front() === null) body.queue(0x0a0, [bus.frames & 255, slot & 255, 1, 2, 3, 4, 5, 6], null);
    if (bus.frames % 11 === 5 && gw.front() === null) gw.queue(0x3a0 + (bus.frames & 3), [slot >> 8, slot & 255], null);
    for (let e = 0; e < 2; e++) {
      if (!busy[e]) {
        busy[e] = true; sent += 1;
        const did = nextDid[e]; nextDid[e] = did + 7;
        if (sent % 3 === 0) { const w = [0x2e, did >> 8, did & 255]; for (let i = 0; i < 27; i++) w.push((did + i * 5) & 255); links[e * 2].send(w); }
        else links[e * 2].send([0x22, did >> 8, did & 255]);
      }
    }
    for (let l = 0; l < links.length; l++) links[l].tick();
    // arbitration: every node with a frame sends its id bit by bit, a 0 wins
    let cands = [];
    for (let n = 0; n < nodes.length; n++) if (nodes[n].front() !== null) cands.push(nodes[n]);
    if (cands.length === 0) { bus.idle += 1; slot += 1; }
    else {
      for (let b = 10; b >= 0 && cands.length > 1; b--) {
        let dom = false;
        for (let c = 0; c < cands.length; c++) if (((cands[c].front().id >> b) & 1) === 0) dom = true;
        if (dom) { const keep = []; for (let c = 0; c < cands.length; c++) if (((cands[c].front().id >> b) & 1) === 0) keep.push(cands[c]); cands = keep; }
      }
      const win = cands[0], f = win.front();
      const bits = [];
      bits.push(0); putBits(bits, f.id, 11); putBits(bits, 0, 3); putBits(bits, f.dlc, 4);
      for (let i = 0; i < f.dlc; i++) putBits(bits, f.data[i], 8);
      const crc = crc15(bits, bits.length);
      putBits(bits, crc, 15);
      let run1 = 1, stuff = 0;
      for (let i = 1; i < bits.length; i++) {
        if (bits[i] === bits[i - 1]) { run1 += 1; if (run1 === 5) { stuff += 1; run1 = 0; } } else run1 = 1;
      }
      const len = bits.length + stuff + 10;
      slot += len; bus.bits += len; bus.stuff += stuff;
      if (rand(19) === 0) { bus.errors += 1; f.tries += 1; win.retx += 1; slot += 20; }
      else {
        win.pop(); win.sent += 1; bus.frames += 1; bus.crcx = (bus.crcx + crc) % 65521;
        if (f.link !== null) f.link.inflight -= 1;
        for (let n = 0; n < nodes.length; n++) if (nodes[n] !== win) nodes[n].receive(f);
      }
    }
  }
  let badSn = 0, q = '';
  for (let l = 0; l < links.length; l++) badSn += links[l].badSn;
  for (let n = 0; n < nodes.length; n++) { q += (n > 0 ? ',' : '') + nodes[n].name + ':' + nodes[n].sent + '/' + nodes[n].retx; h = (h * 31 + nodes[n].sent * 16 + nodes[n].retx) % 1000003; }
  h = (h * 31 + bus.frames) % 1000003;
  h = (h * 31 + bus.errors * 1000 + bus.stuff) % 1000003;
  h = (h * 31 + bus.crcx) % 1000003;
  const out = 'isotp-can slots=' + slot + ' frames=' + bus.frames + ' errors=' + bus.errors + ' stuff=' + bus.stuff + ' idle=' + bus.idle + ' reads=' + reads +
    ' writes=' + writes + ' acks=' + acks + ' bytes=' + bytesIn + ' bad=' + bad + ' badsn=' + badSn + ' nodes=' + q + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
