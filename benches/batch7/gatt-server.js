// The Bluetooth LE GATT server of a fitness band. A GattDb class builds the
// attribute table from service descriptions (object literals with arrow
// functions for computed reads and checked writes): GAP, GATT with Service
// Changed, Heart Rate (measurement, location, control point), Battery,
// Device Information (a long manufacturer string, a serial number that
// needs pairing) and a vendor service with a prepared-write config blob and
// a log read that is generated on each read. An AttServer class decodes
// ATT PDUs from byte arrays: MTU exchange, Find Information, Read By Group
// Type, Read By Type, Read, Read Blob, Write, Write Command, Prepare and
// Execute Write, and confirmations. Every failure is a thrown
// { code, handle } object that becomes an Error Response. A client class
// discovers everything (services, characteristics, descriptors) by paging
// through the handle range, reads every readable value (with blobs when it
// is long), enables notifications and indications, and sends a set of bad
// requests. Then 40 ticks of heart-rate and battery notifications and
// Service Changed indications (which wait for confirmation) are decoded by
// the client. All PDU bytes are folded into the checksum.
const R = 1, W = 2, WNR = 4, AUTH = 8;                         // attribute permissions
const P_READ = 0x02, P_WNR = 0x04, P_WRITE = 0x08, P_NOTIFY = 0x10, P_INDICATE = 0x20;   // characteristic properties
const PRIMARY = 0x2800, CHAR_DECL = 0x2803, CCCD = 0x2902;
const E_HANDLE = 0x01, E_READ = 0x02, E_WRITE = 0x03, E_PDU = 0x04, E_AUTH = 0x05, E_UNSUPPORTED = 0x06,
  E_OFFSET = 0x07, E_QUEUE = 0x09, E_NOTFOUND = 0x0a, E_NOTLONG = 0x0b, E_LEN = 0x0d, E_GROUP = 0x10,
  E_APP = 0x80, E_CCCD = 0xfd;

function le16(a, i) { return a[i] | (a[i + 1] << 8); }
function put16(a, v) { a.push(v & 255); a.push((v >> 8) & 255); }
function fail(code, handle) { throw { code: code, handle: handle }; }

class GattDb {
  constructor() { this.attrs = [null]; this.byUuid = {}; }
  add(type, perm, value) {
    const a = { handle: this.attrs.length, type: type, perm: perm, value: value, read: null, write: null, end: 0, maxLen: 0, cccd: null, props: 0 };
    this.attrs.push(a);
    return a;
  }
  service(uuid, chars) {
    const svc = this.add(PRIMARY, R, [uuid & 255, uuid >> 8]);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const decl = this.add(CHAR_DECL, R, null);
      const val = this.add(c.uuid, c.perm, c.value === undefined ? [] : c.value);
      decl.value = [c.props, val.handle & 255, val.handle >> 8, c.uuid & 255, c.uuid >> 8];
      val.props = c.props;
      val.maxLen = c.maxLen === undefined ? 20 : c.maxLen;
      if (c.read !== undefined) val.read = c.read;
      if (c.write !== undefined) val.write = c.write;
      if ((c.props & (P_NOTIFY | P_INDICATE)) !== 0) val.cccd = this.add(CCCD, R | W, [0, 0]);
      this.byUuid['u' + c.uuid] = val;
    }
    svc.end = this.attrs.length - 1;
    return svc;
  }
  get(h) {
    if (h === 0 || h >= this.attrs.length) fail(E_HANDLE, h);
    return this.attrs[h];
  }
  valueOf(a) { return a.read === null ? a.value : a.read(); }
}

class AttServer {
  constructor(db, mtu) {
    this.db = db; this.mtu = 23; this.maxMtu = mtu; this.prep = []; this.paired = false;
    this.out = []; this.waiting = false; this.indQueue = []; this.errors = {};
  }
  handle(pdu) {
    let rsp = null;
    const op = pdu.length > 0 ? pdu[0] : 0;
    try {
      rsp = this.dispatch(op, pdu);
    } catch (e) {
      const k = 'e' + e.code;
      this.errors[k] = (this.errors[k] === undefined ? 0 : this.errors[k]) + 1;
      if (op !== 0x52) rsp = [0x01, op, e.handle & 255, (e.handle >> 8) & 255, e.code];
    }
    return rsp;
  }
  need(pdu, n) { if (pdu.length < n) fail(E_PDU, 0); }
  range(pdu) {
    this.need(pdu, 5);
    const s = le16(pdu, 1), e = le16(pdu, 3);
    if (s === 0 || s > e) fail(E_HANDLE, s);
    return s;
  }
  readable(a) {
    if ((a.perm & R) === 0) fail(E_READ, a.handle);
    if ((a.perm & AUTH) !== 0 && !this.paired) fail(E_AUTH, a.handle);
  }
  writable(a, mask) {
    if ((a.perm & mask) === 0) fail(E_WRITE, a.handle);
    if ((a.perm & AUTH) !== 0 && !this.paired) fail(E_AUTH, a.handle);
  }
  dispatch(op, pdu) {
    const db = this.db;
    switch (op) {
      case 0x02: return this.exchangeMtu(pdu);
      case 0x04: return this.findInfo(pdu);
      case 0x08: return this.readByType(pdu);
      case 0x0a:
        this.need(pdu, 3);
        return this.read(db.get(le16(pdu, 1)), 0, 0x0b);
      case 0x0c:
        this.need(pdu, 5);
        return this.read(db.get(le16(pdu, 1)), le16(pdu, 3), 0x0d);
      case 0x10: return this.readByGroup(pdu);
      case 0x12:
        this.need(pdu, 3);
        this.write(db.get(le16(pdu, 1)), pdu, 3, W);
        return [0x13];
      case 0x52:
        this.need(pdu, 3);
        this.write(db.get(le16(pdu, 1)), pdu, 3, WNR);
        return null;
      case 0x16: return this.prepare(pdu);
      case 0x18: return this.execute(pdu);
      case 0x1e:
        this.waiting = false;
        this.pumpIndications();
        return null;
      default:
        fail(E_UNSUPPORTED, 0);
    }
  }
  exchangeMtu(pdu) {
    this.need(pdu, 3);
    const want = le16(pdu, 1);
    if (want < 23) fail(E_PDU, 0);
    this.mtu = want < this.maxMtu ? want : this.maxMtu;
    const r = [0x03];
    put16(r, this.maxMtu);
    return r;
  }
  findInfo(pdu) {
    const s = this.range(pdu), e = le16(pdu, 3);
    const attrs = this.db.attrs;
    const r = [0x05, 0x01];
    for (let h = s; h <= e && h < attrs.length && r.length + 4 <= this.mtu; h++) {
      put16(r, h);
      put16(r, attrs[h].type);
    }
    if (r.length === 2) fail(E_NOTFOUND, s);
    return r;
  }
  readByGroup(pdu) {
    const s = this.range(pdu), e = le16(pdu, 3);
    this.need(pdu, 7);
    if (le16(pdu, 5) !== PRIMARY) fail(E_GROUP, s);
    const attrs = this.db.attrs;
    const r = [0x11, 6];
    for (let h = s; h <= e && h < attrs.length && r.length + 6 <= this.mtu; h++) {
      const a = attrs[h];
      if (a.type === PRIMARY) {
        put16(r, h);
        put16(r, a.end);
        r.push(a.value[0]);
        r.push(a.value[1]);
      }
    }
    if (r.length === 2) fail(E_NOTFOUND, s);
    return r;
  }
  readByType(pdu) {
    const s = this.range(pdu), e = le16(pdu, 3);
    this.need(pdu, 7);
    const type = le16(pdu, 5);
    const attrs = this.db.attrs;
    const r = [0x09, 0];
    let len = -1;
    let h = s;
    while (h <= e && h < attrs.length) {
      const a = attrs[h];
      if (a.type === type) {
        this.readable(a);
        const v = this.db.valueOf(a);
        let n = v.length;
        if (n > this.mtu - 4) n = this.mtu - 4;
        if (len < 0) { len = n; r[1] = n + 2; }
        if (n !== len || r.length + 2 + n > this.mtu) h = e;          // stop: next entry differs or does not fit
        else {
          put16(r, h);
          for (let i = 0; i < n; i++) r.push(v[i]);
        }
      }
      h++;
    }
    if (len < 0) fail(E_NOTFOUND, s);
    return r;
  }
  read(a, off, rop) {
    this.readable(a);
    const v = this.db.valueOf(a);
    if (off > v.length) fail(E_OFFSET, a.handle);
    if (rop === 0x0d && off > 0 && v.length <= this.mtu - 1) fail(E_NOTLONG, a.handle);
    const r = [rop];
    for (let i = off; i < v.length && r.length < this.mtu; i++) r.push(v[i]);
    return r;
  }
  write(a, pdu, from, mask) {
    this.writable(a, mask);
    const v = [];
    for (let i = from; i < pdu.length; i++) v.push(pdu[i]);
    this.store(a, v);
  }
  store(a, v) {
    if (a.type === CCCD) {
      if (v.length !== 2) fail(E_LEN, a.handle);
      const owner = this.db.attrs[a.handle - 1];
      const bits = v[0] | (v[1] << 8);
      if ((bits & 1) !== 0 && (owner.props & P_NOTIFY) === 0) fail(E_CCCD, a.handle);
      if ((bits & 2) !== 0 && (owner.props & P_INDICATE) === 0) fail(E_CCCD, a.handle);
      a.value = v;
      return;
    }
    if (v.length > a.maxLen) fail(E_LEN, a.handle);
    if (a.write !== null) a.write(v);         // may throw an application error
    else a.value = v;
  }
  prepare(pdu) {
    this.need(pdu, 5);
    const a = this.db.get(le16(pdu, 1));
    this.writable(a, W);
    if (this.prep.length >= 4) fail(E_QUEUE, a.handle);
    const part = { a: a, off: le16(pdu, 3), bytes: [] };
    for (let i = 5; i < pdu.length; i++) part.bytes.push(pdu[i]);
    this.prep.push(part);
    const r = [0x17];
    for (let i = 1; i < pdu.length; i++) r.push(pdu[i]);
    return r;
  }
  execute(pdu) {
    this.need(pdu, 2);
    const q = this.prep;
    this.prep = [];
    if (pdu[1] === 1) {
      // assemble per attribute, then store
      let i = 0;
      while (i < q.length) {
        const a = q[i].a;
        const v = [];
        const cur = this.db.valueOf(a);
        for (let k = 0; k < cur.length; k++) v.push(cur[k]);
        while (i < q.length && q[i].a === a) {
          const p = q[i];
          if (p.off > v.length) fail(E_OFFSET, a.handle);
          for (let k = 0; k < p.bytes.length; k++) v[p.off + k] = p.bytes[k];
          i++;
        }
        this.store(a, v);
      }
    }
    return [0x19];
  }
  // ---- server-initiated ----
  notify(a) {
    if (a.cccd === null || (a.cccd.value[0] & 1) === 0) return false;
    const v = this.db.valueOf(a);
    const r = [0x1b, a.handle & 255, a.handle >> 8];
    for (let i = 0; i < v.length && r.length < this.mtu; i++) r.push(v[i]);
    this.out.push(r);
    return true;
  }
  indicate(a, v) {
    if (a.cccd === null || (a.cccd.value[0] & 2) === 0) return false;
    const r = [0x1d, a.handle & 255, a.handle >> 8];
    for (let i = 0; i < v.length; i++) r.push(v[i]);
    this.indQueue.push(r);
    this.pumpIndications();
    return true;
  }
  pumpIndications() {
    if (!this.waiting && this.indQueue.length > 0) {
      const q = this.indQueue;
      this.out.push(q[0]);
      const rest = [];
      for (let i = 1; i < q.length; i++) rest.push(q[i]);
      this.indQueue = rest;
      this.waiting = true;
    }
  }
}

// ---- the band ----
function ascii(from, n, step) {
  const v = [];
  for (let i = 0; i < n; i++) v.push(65 + ((from + i * step) % 26));
  return v;
}
function buildDb(st) {
  const db = new GattDb();
  db.service(0x1800, [
    { uuid: 0x2a00, props: P_READ, perm: R, value: [66, 97, 110, 100, 45, 55] },          // "Band-7"
    { uuid: 0x2a01, props: P_READ, perm: R, value: [0xc1, 0x03] }
  ]);
  db.service(0x1801, [
    { uuid: 0x2a05, props: P_INDICATE, perm: 0, value: [1, 0, 0xff, 0xff] }
  ]);
  db.service(0x180d, [
    { uuid: 0x2a37, props: P_NOTIFY, perm: 0, read: () => st.hrFrame },
    { uuid: 0x2a38, props: P_READ, perm: R, value: [1] },
    {
      uuid: 0x2a39, props: P_WRITE, perm: W, maxLen: 1,
      write: (v) => {
        if (v[0] !== 1) fail(E_APP, 0);
        st.energy = 0;
        st.resets++;
      }
    }
  ]);
  db.service(0x180f, [
    { uuid: 0x2a19, props: P_READ | P_NOTIFY, perm: R, read: () => [st.battery] }
  ]);
  db.service(0x180a, [
    { uuid: 0x2a29, props: P_READ, perm: R, value: ascii(3, 41, 7) },
    { uuid: 0x2a26, props: P_READ, perm: R, value: [50, 46, 49, 46, 48] },             // "2.1.0"
    { uuid: 0x2a25, props: P_READ, perm: R | AUTH, value: ascii(11, 12, 5) }
  ]);
  db.service(0xffe0, [
    {
      uuid: 0xffe1, props: P_READ | P_WRITE | P_WNR, perm: R | W | WNR, maxLen: 24, value: [0, 0, 0, 0, 0, 0, 0, 0],
      write: (v) => {
        if (v.length < 8) fail(E_LEN, 0);
        let sum = 0;
        for (let i = 0; i < v.length; i++) sum += v[i];
        st.cfgSum = sum;
        st.cfgLen = v.length;
        db.byUuid.u65505.value = v;
      }
    },
    {
      uuid: 0xffe2, props: P_READ, perm: R,
      read: () => {
        const v = [];
        for (let i = 0; i < 60; i++) v.push((st.tick * 7 + i * 13) & 255);
        st.logReads++;
        return v;
      }
    }
  ]);
  return db;
}

// ---- the phone ----
class GattClient {
  constructor(server) {
    this.srv = server; this.services = []; this.chars = {}; this.charList = []; this.h = 7; this.pdus = 0; this.errs = 0;
    this.mtu = 23; this.hr = 0; this.rr = 0; this.notes = 0; this.inds = 0; this.battery = 0;
  }
  fold(p) {
    let h = this.h;
    for (let i = 0; i < p.length; i++) h = (h * 31 + p[i]) % 1000003;
    this.h = h;
    this.pdus++;
  }
  req(p) {
    this.fold(p);
    const r = this.srv.handle(p);
    if (r !== null) {
      this.fold(r);
      if (r[0] === 0x01) this.errs++;
    }
    this.drain();
    return r;
  }
  drain() {
    const out = this.srv.out;
    if (out.length === 0) return;
    this.srv.out = [];
    for (let i = 0; i < out.length; i++) {
      const p = out[i];
      this.fold(p);
      const h = le16(p, 1);
      if (p[0] === 0x1d) { this.inds++; this.req([0x1e]); }
      else if (h === this.chars.c10807.handle) this.hrm(p);
      else if (h === this.chars.c10777.handle) this.battery = p[3];
      this.notes++;
    }
  }
  hrm(p) {
    // flags: bit0 16-bit value, bit3 energy present, bit4 RR intervals present
    const f = p[3];
    let i = 4;
    if ((f & 1) !== 0) { this.hr += le16(p, i); i += 2; } else { this.hr += p[i]; i++; }
    if ((f & 8) !== 0) i += 2;
    if ((f & 16) !== 0) {
      while (i + 1 < p.length) { this.rr += le16(p, i); i += 2; }
    }
  }
  discover() {
    let s = 1, going = true;
    while (going) {
      const r = this.req([0x10, s & 255, s >> 8, 0xff, 0xff, 0x00, 0x28]);
      if (r[0] !== 0x11) going = false;
      else {
        for (let i = 2; i + 6 <= r.length; i += 6) {
          this.services.push({ start: le16(r, i), end: le16(r, i + 2), uuid: le16(r, i + 4) });
          s = le16(r, i + 2) + 1;
        }
      }
    }
    for (let k = 0; k < this.services.length; k++) this.discoverChars(this.services[k]);
  }
  discoverChars(svc) {
    let s = svc.start, going = true;
    while (going && s <= svc.end) {
      const r = this.req([0x08, s & 255, s >> 8, svc.end & 255, svc.end >> 8, 0x03, 0x28]);
      if (r[0] !== 0x09) going = false;
      else {
        const n = r[1];
        for (let i = 2; i + n <= r.length; i += n) {
          const c = { decl: le16(r, i), props: r[i + 2], handle: le16(r, i + 3), uuid: le16(r, i + 5), cccd: 0, svc: svc.uuid };
          this.chars['c' + c.uuid] = c;
          this.charList.push(c);
          s = c.handle + 1;
        }
      }
    }
    // descriptors: whatever follows each value handle up to the next declaration
    const r = this.req([0x04, svc.start & 255, svc.start >> 8, svc.end & 255, svc.end >> 8]);
    if (r[0] === 0x05) {
      for (let i = 2; i + 4 <= r.length; i += 4) {
        if (le16(r, i + 2) === CCCD) {
          const h = le16(r, i);
          for (let k = 0; k < this.charList.length; k++) if (this.charList[k].handle === h - 1) this.charList[k].cccd = h;
        }
      }
    }
  }
  readLong(h) {
    let r = this.req([0x0a, h & 255, h >> 8]);
    if (r[0] !== 0x0b) return -1;
    let total = r.length - 1;
    let going = r.length === this.mtu;
    while (going) {
      r = this.req([0x0c, h & 255, h >> 8, total & 255, total >> 8]);
      if (r[0] !== 0x0d) going = false;
      else {
        total += r.length - 1;
        going = r.length === this.mtu;
      }
    }
    return total;
  }
  write(h, v, op) {
    const p = [op, h & 255, h >> 8];
    for (let i = 0; i < v.length; i++) p.push(v[i]);
    return this.req(p);
  }
}

let checked = false;
let expected = 0;

function run() {
  const st = { tick: 0, hr: 62, energy: 0, resets: 0, battery: 97, hrFrame: [0], cfgSum: 0, cfgLen: 0, logReads: 0 };
  const db = buildDb(st);
  const srv = new AttServer(db, 48);
  const cl = new GattClient(srv);

  // before the MTU exchange: a few malformed requests
  cl.req([]);
  cl.req([0x0a]);
  cl.req([0x0a, 0, 0]);
  cl.req([0x0a, 0x99, 0]);
  cl.req([0x20, 1, 2]);
  cl.req([0x04, 5, 0, 2, 0]);
  cl.req([0x10, 1, 0, 0xff, 0xff, 0x01, 0x28]);
  cl.discover();
  let total = 0;
  for (let k = 0; k < cl.charList.length; k++) {
    const c = cl.charList[k];
    if ((c.props & P_READ) !== 0) total += cl.readLong(c.handle);
  }
  cl.req([0x0a, cl.chars.c10807.handle & 255, 0]);              // notify-only value
  cl.req([0x0c, cl.chars.c10752.handle & 255, 0, 1, 0]);        // blob of a short value
  cl.req([0x0c, cl.chars.c10793.handle & 255, 0, 99, 0]);       // offset past the end
  // MTU exchange, then read the long ones again
  const m = cl.req([0x02, 64, 0]);
  cl.mtu = srv.mtu;
  total += cl.readLong(cl.chars.c10793.handle);
  total += cl.readLong(cl.chars.c65506.handle);
  // pairing fixes the serial number
  total += cl.readLong(cl.chars.c10789.handle);
  srv.paired = true;
  total += cl.readLong(cl.chars.c10789.handle);
  // writes
  const hrm = cl.chars.c10807, bat = cl.chars.c10777, sc = cl.chars.c10757, cp = cl.chars.c10809, cfg = cl.chars.c65505;
  cl.write(hrm.cccd, [1, 0], 0x12);
  cl.write(bat.cccd, [1, 0], 0x12);
  cl.write(sc.cccd, [2, 0], 0x12);
  cl.write(bat.cccd, [2, 0], 0x12);             // battery cannot indicate
  cl.write(hrm.cccd, [1], 0x12);                // wrong length
  cl.write(cp.handle, [7], 0x12);               // application error
  cl.write(cp.handle, [1, 1], 0x12);            // too long
  cl.write(cl.chars.c10752.handle, [65], 0x12); // read-only
  cl.write(cfg.handle, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0x52);
  cl.write(cfg.handle, [1, 2, 3], 0x52);        // silently refused
  // a long write in three parts, one with a gap, then a good one
  const parts = [[0, 16], [16, 6], [30, 2]];
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < parts.length; k++) {
      const off = round === 1 && k === 2 ? 22 : parts[k][0];
      const p = [0x16, cfg.handle & 255, cfg.handle >> 8, off & 255, off >> 8];
      for (let i = 0; i < parts[k][1]; i++) p.push((off + i) * 3 & 255);
      cl.req(p);
    }
    cl.req([0x18, 1]);
  }
  for (let k = 0; k < 5; k++) cl.req([0x16, cfg.handle & 255, 0, 0, 0, k]);
  cl.req([0x18, 0]);
  // 40 ticks of live data
  const hrmAttr = db.byUuid.u10807, batAttr = db.byUuid.u10777, scAttr = db.byUuid.u10757;
  for (let t = 0; t < 40; t++) {
    st.tick = t;
    st.hr = 62 + ((t * 7) % 30) + (t > 25 ? 140 : 0);
    st.energy += st.hr >> 3;
    let flags = st.hr > 255 ? 1 : 0;
    if (t % 10 === 0) flags |= 8;
    if (t % 3 !== 0) flags |= 16;
    const f = [flags];
    if ((flags & 1) !== 0) put16(f, st.hr); else f.push(st.hr);
    if ((flags & 8) !== 0) put16(f, st.energy);
    if ((flags & 16) !== 0) { put16(f, 60000 / st.hr | 0); if (t % 2 === 0) put16(f, 61000 / st.hr | 0); }
    st.hrFrame = f;
    srv.notify(hrmAttr);
    if (t % 8 === 7) { st.battery--; srv.notify(batAttr); }
    if (t === 12 || t === 13) {
      // two Service Changed indications back to back: the second waits
      srv.indicate(scAttr, [t, 0, t + 4, 0]);
      srv.indicate(scAttr, [1, 0, 0xff, 0xff]);
    }
    if (t === 20) cl.write(cp.handle, [1], 0x12);
    cl.drain();
  }
  const CODES = [E_HANDLE, E_READ, E_WRITE, E_PDU, E_AUTH, E_UNSUPPORTED, E_OFFSET, E_QUEUE, E_NOTFOUND, E_NOTLONG, E_LEN, E_GROUP, E_APP, E_CCCD];
  let errs = '';
  for (let i = 0; i < CODES.length; i++) {
    const n = srv.errors['e' + CODES[i]];
    errs += (i === 0 ? '' : '/') + (n === undefined ? 0 : n);
  }
  const r = (cl.h + total * 7 + cl.hr * 3 + cl.rr + cl.notes * 11 + cl.inds * 13 + st.cfgSum + st.resets * 17 + st.logReads * 19 + m[1]) % 1000003;
  if (!checked) {
    checked = true;
    expected = r;
    print(`gatt-server svc=${cl.services.length} chr=${cl.charList.length} mtu=${srv.mtu} pdus=${cl.pdus} read=${total} err=${errs} ` +
      `hr=${cl.hr} rr=${cl.rr} ntf=${cl.notes} ind=${cl.inds} bat=${cl.battery} cfg=${st.cfgLen}/${st.cfgSum} h=${cl.h} ${r}`);
  }
  assertEqual(r, expected);
  return r;
}
vmExport(0, run);
