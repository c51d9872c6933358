// A small PLC running a bottle filling line. The program is given as
// instruction list (IL) rungs: LD/LDN/AND/ANDN/OR/ORN/ORB build a tree of
// contacts, and OUT/SET/RST/TON/TOF/CTU drive coils and function blocks.
// Each rung is compiled once into a contact tree whose tag names ('I0.2',
// 'M3', 'T1', 'C1.CV', ...) are looked up in the symbol table, then every
// 10 ms scan evaluates the trees recursively against the tag memory; the
// plant's I/O goes through the symbol table by name every scan. Timers and
// counters are classes with the same methods (scan, reset, status). The plant is simulated: a
// conveyor of bottle slots, a filler whose level rises while the valve is
// open (one bottle in six clogs the nozzle, which trips the fill timeout), a capper,
// a reject gate, and an operator who acknowledges faults.
const NODE_SUM = 341376;
const SYMBOLS = {};                                // tag name -> address in the tag memory
let nextAddr = 0;
for (let g = 0; g < 3; g++) for (let b = 0; b < 8; b++) { SYMBOLS[['I0.', 'Q0.', 'M'][g] + b] = nextAddr; nextAddr += 1; }
const EXTRA = ['I1.0', 'T1', 'T1.ET', 'T2', 'T2.ET', 'T3', 'T3.ET', 'T4', 'T4.ET', 'T5', 'C1', 'C1.CV'];
for (let i = 0; i < EXTRA.length; i++) { SYMBOLS[EXTRA[i]] = nextAddr; nextAddr += 1; }
const IL = [
  ['LD', 'I0.0', 'OR', 'M0', 'ANDN', 'I0.1', 'AND', 'I0.7', 'ANDN', 'M7', 'OUT', 'M0'],   // run latch
  ['LD', 'M0', 'ANDN', 'M1', 'ANDN', 'M2', 'OUT', 'Q0.0'],                             // conveyor
  ['LD', 'I0.2', 'AND', 'M0', 'ANDN', 'M3', 'ANDN', 'M1', 'SET', 'M1'],               // start filling
  ['LD', 'M1', 'ANDN', 'I0.4', 'OUT', 'Q0.1', 'TON', 'T1', 400],                      // valve, fill timeout
  ['LD', 'M1', 'AND', 'I0.4', 'SET', 'M3', 'RST', 'M1'],                             // full
  ['LD', 'T1', 'SET', 'M7', 'RST', 'M1', 'SET', 'M3'],                               // timeout: fault, mark bad
  ['LDN', 'I0.2', 'RST', 'M3'],
  ['LD', 'I0.3', 'AND', 'M0', 'ANDN', 'M4', 'ANDN', 'M2', 'SET', 'M2'],               // capping
  ['LD', 'M2', 'OUT', 'Q0.2', 'TON', 'T2', 60],
  ['LD', 'M2', 'AND', 'T2', 'RST', 'M2', 'SET', 'M4', 'CTU', 'C1', 12],
  ['LDN', 'I0.3', 'RST', 'M4'],
  ['LD', 'I0.5', 'ANDN', 'I0.6', 'LD', 'I0.5', 'AND', 'M6', 'ORB', 'OUT', 'Q0.3'],   // reject gate
  ['LD', 'C1', 'OUT', 'M5', 'TOF', 'T5', 150, 'RST', 'C1'],                          // batch done
  ['LD', 'M0', 'ANDN', 'M7', 'OUT', 'Q0.4'],                                         // green lamp
  ['LD', 'M7', 'ANDN', 'T4', 'TON', 'T3', 25],                                       // blinker
  ['LD', 'T3', 'TON', 'T4', 25],
  ['LD', 'M7', 'ANDN', 'T3', 'OR', 'T5', 'OUT', 'Q0.5'],                             // red lamp
  ['LD', 'I1.0', 'RST', 'M7', 'RST', 'T1'],                                          // acknowledge
];

class TON {
  constructor(name, pt) { this.name = name; this.pt = pt; this.et = 0; this.q = false; this.addr = SYMBOLS[name]; this.etAddr = SYMBOLS[name + '.ET']; }
  scan(tags, input, dt) { if (input) { if (this.et < this.pt) this.et += dt; } else this.et = 0; this.q = input && this.et >= this.pt; this.publish(tags); }
  reset(tags) { this.et = 0; this.q = false; this.publish(tags); }
  publish(tags) { tags[this.addr] = this.q ? 1 : 0; tags[this.etAddr] = this.et; }
  status() { return this.name + ' ' + this.et + '/' + this.pt; }
}
class TOF {
  constructor(name, pt) { this.name = name; this.pt = pt; this.et = 0; this.q = false; this.addr = SYMBOLS[name]; }
  scan(tags, input, dt) { if (input) { this.et = 0; this.q = true; } else if (this.q) { this.et += dt; if (this.et >= this.pt) this.q = false; } tags[this.addr] = this.q ? 1 : 0; }
  reset(tags) { this.et = 0; this.q = false; tags[this.addr] = 0; }
  status() { return this.name + (this.q ? ' on ' : ' off ') + this.et; }
}
class CTU {
  constructor(name, pv) { this.name = name; this.pv = pv; this.cv = 0; this.last = false; this.addr = SYMBOLS[name]; this.cvAddr = SYMBOLS[name + '.CV']; }
  scan(tags, input, dt) { if (input && !this.last) this.cv += 1; this.last = input; tags[this.addr] = this.cv >= this.pv ? 1 : 0; tags[this.cvAddr] = this.cv; }
  reset(tags) { this.cv = 0; tags[this.addr] = 0; tags[this.cvAddr] = 0; }
  status() { return this.name + ' ' + this.cv + '/' + this.pv; }
}

function compile(il, fbs) {                        // -> { cond: contact tree, outs: [{ op, tag, fb }] }
  const stack = [];
  let cur = null, i = 0;
  const outs = [];
  while (i < il.length) {
    const op = il[i], tag = il[i + 1];
    i += 2;
    switch (op) {
      case 'LD': case 'LDN': if (cur !== null) stack.push(cur); cur = { k: op === 'LD' ? 'NO' : 'NC', at: SYMBOLS[tag] }; break;
      case 'AND': case 'ANDN': cur = { k: 'AND', a: cur, b: { k: op === 'AND' ? 'NO' : 'NC', at: SYMBOLS[tag] } }; break;
      case 'OR': case 'ORN': cur = { k: 'OR', a: cur, b: { k: op === 'OR' ? 'NO' : 'NC', at: SYMBOLS[tag] } }; break;
      case 'ORB': cur = { k: 'OR', a: stack[stack.length - 1], b: cur }; stack.length -= 1; i -= 1; break;
      case 'TON': case 'TOF': case 'CTU':
        if (fbs[tag] === undefined) fbs[tag] = op === 'TON' ? new TON(tag, il[i]) : (op === 'TOF' ? new TOF(tag, il[i]) : new CTU(tag, il[i]));
        outs.push({ op: 'FB', at: SYMBOLS[tag], fb: fbs[tag] }); i += 1; break;
      default: outs.push({ op: op, at: SYMBOLS[tag], fb: fbs[tag] === undefined ? null : fbs[tag] });
    }
  }
  return { cond: cur, outs: outs };
}

function evaluate(n, tags) {
  switch (n.k) {
    case 'NO': return tags[n.at] === 1;
    case 'NC': return tags[n.at] !== 1;
    case 'AND': return evaluate(n.a, tags) && evaluate(n.b, tags);
    case 'OR': return evaluate(n.a, tags) || evaluate(n.b, tags);
  }
  return false;
}

let checked = false;

function run() {
  let seed = 31337, h = 17, scans = 0, filled = 0, capped = 0, rejected = 0, good = 0, faults = 0, acks = 0, batches = 0;
  const rand = (n) => { seed = (seed * 8121 + 28411) % 134456; return seed % n; };
  const tags = [], fbs = {}, rungs = [];           // tags: the tag memory
  for (let a = 0; a < nextAddr; a++) tags.push(0);
  const get = (name) => tags[SYMBOLS[name]], put = (name, v) => { tags[SYMBOLS[name]] = v; };
  for (let r = 0; r < IL.length; r++) rungs.push(compile(IL[r], fbs));
  const slots = [];                                // conveyor: null, or a bottle
  for (let s = 0; s < 24; s++) slots.push(null);
  let tick = 0, ackAt = -1, faultAt = -1, lastQ = 0, edges = 0;
  for (let scan = 0; scan < 1200; scan++) {
    // inputs from the plant
    put('I0.0', (scan >= 5 && scan < 10) || (ackAt >= 0 && scan - ackAt >= 10 && scan - ackAt < 15) ? 1 : 0);   // start button
    put('I0.1', 0);
    put('I0.7', 1);
    put('I0.2', slots[8] !== null ? 1 : 0);
    put('I0.3', slots[14] !== null ? 1 : 0);
    put('I0.4', slots[8] !== null && slots[8][0] >= 100 ? 1 : 0);
    put('I0.5', slots[20] !== null ? 1 : 0);
    put('I0.6', slots[20] !== null && slots[20][1] && slots[20][0] >= 100 ? 1 : 0);
    put('I1.0', faultAt >= 0 && scan - faultAt === 120 ? 1 : 0);
    // the scan
    for (let r = 0; r < rungs.length; r++) {
      const rung = rungs[r], on = evaluate(rung.cond, tags);
      for (let o = 0; o < rung.outs.length; o++) {
        const out = rung.outs[o];
        switch (out.op) {
          case 'OUT': tags[out.at] = on ? 1 : 0; break;
          case 'SET': if (on) tags[out.at] = 1; break;
          case 'RST': if (on) { if (out.fb !== null) out.fb.reset(tags); else tags[out.at] = 0; } break;
          case 'FB': out.fb.scan(tags, on, 10); break;
        }
      }
    }
    scans += 1;
    // outputs to the plant
    if (get('M7') === 1 && faultAt < 0) { faultAt = scan; faults += 1; }
    if (get('I1.0') === 1) { faultAt = -1; ackAt = scan; acks += 1; }
    if (get('Q0.1') === 1 && slots[8] !== null && !slots[8][2]) slots[8][0] += 2 + rand(3);
    if (get('Q0.2') === 1 && slots[14] !== null && !slots[14][1]) { slots[14][1] = true; capped += 1; }
    if (get('Q0.3') === 1 && slots[20] !== null) { slots[20] = null; rejected += 1; }
    if (get('M5') === 1 && get('C1.CV') === 0) batches += 1;
    if (get('Q0.0') === 1) {
      tick += 1;
      if (tick % 4 === 0) {
        if (slots[23] !== null) good += 1;
        for (let s = 23; s > 0; s--) slots[s] = slots[s - 1];
        slots[0] = tick % 12 === 0 ? [0, false, rand(6) === 0] : null;   // a bottle: [level, capped, clogged]
        if (slots[9] !== null && slots[9][0] >= 100) filled += 1;   // just left the filler
      }
    }
    const q = get('Q0.0') | (get('Q0.1') << 1) | (get('Q0.2') << 2) | (get('Q0.3') << 3) | (get('Q0.4') << 4) | (get('Q0.5') << 5);
    if (q !== lastQ) { edges += 1; h = (h * 31 + q * 1024 + (scan & 1023)) % 1000003; lastQ = q; }
  }
  let hmi = '';
  for (let r = 0; r < rungs.length; r++) {
    for (let o = 0; o < rungs[r].outs.length; o++) if (rungs[r].outs[o].op === 'FB') hmi += (hmi === '' ? '' : ', ') + rungs[r].outs[o].fb.status();
  }
  h = (h * 31 + filled * 256 + capped) % 1000003;
  h = (h * 31 + rejected * 256 + good) % 1000003;
  h = (h * 31 + faults * 256 + acks * 16 + batches) % 1000003;
  const out = 'ladder-plc scans=' + scans + ' rungs=' + rungs.length + ' edges=' + edges + ' filled=' + filled + ' capped=' + capped + ' rejected=' + rejected +
    ' shipped=' + good + ' faults=' + faults + ' acks=' + acks + ' batches=' + batches + ' hmi=' + hmi + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
