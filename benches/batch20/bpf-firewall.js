// The packet filter of a small industrial router: classic-BPF-style
// programs run by a switch interpreter over each received Ethernet frame.
// The rule programs are assembled once at load time from text mnemonics with
// labels (ldh, ldb, ld, ldxb msh, jeq/jgt/jge/jset with true and false
// targets, alu ops, scratch memory, ret). The firewall runs rule programs in
// order until one accepts: ssh from 10/8, DNS over UDP, ICMP echo with a
// length limit, ARP, Modbus/TCP to the PLC, and a rule that drops IP
// fragments; frames nobody accepts are dropped. A second program computes a
// flow hash of the 5-tuple with ALU instructions into scratch memory and the
// router counts flows in 32 buckets. Out-of-range loads reject the frame, as
// in BPF. The 72 frames are built at load time from 7 templates with varied
// fields; each call filters the even frames, then the odd frames with the
// rule order rotated by one.
const NODE_SUM = 852978;
const OPS = ['ld', 'ldh', 'ldb', 'ldi', 'ldhi', 'ldbi', 'ldxmsh', 'lda', 'ldx', 'ldm', 'st', 'stx', 'add', 'sub', 'mul', 'and',
  'or', 'lsh', 'rsh', 'addx', 'xorx', 'ja', 'jeq', 'jgt', 'jge', 'jset', 'ret', 'reta', 'tax', 'txa', 'len', 'mod'];
function opNum(name) { for (let i = 0; i < OPS.length; i++) if (OPS[i] === name) return i; return -1; }
function asm(src) {                                  // src: [label | [op, k, jt, jf]]; labels are strings
  const labels = [], at = [], ins = [];
  for (let i = 0; i < src.length; i++) {
    if (typeof src[i] === 'string') { labels.push(src[i]); at.push(ins.length); } else ins.push(src[i]);
  }
  const find = (l, pc) => { for (let i = 0; i < labels.length; i++) if (labels[i] === l) return at[i] - pc - 1; return 0; };
  const out = [];
  for (let pc = 0; pc < ins.length; pc++) {
    const s = ins[pc], op = opNum(s[0]);
    out.push(op); out.push(s.length > 1 ? s[1] : 0);
    if (op === 21) { out.push(find(s[1], pc)); out.push(0); out[out.length - 3] = 0; }
    else { out.push(s.length > 2 ? find(s[2], pc) : 0); out.push(s.length > 3 ? find(s[3], pc) : 0); }
  }
  return out;
}
const IP4 = 0x0800, ARP = 0x0806, PLC = -1062731510, HOST = -1062731519;   // 192.168.1.10 and .1 as int32
function wrap(v) { return v > 2147483647 ? v - 4294967296 : (v < -2147483648 ? v + 4294967296 : v); }
const RULES = [
  asm([['ldh', 12], ['jeq', IP4, 'ip', 'no'], 'ip', ['ldb', 23], ['jeq', 6, 'tcp', 'no'], 'tcp', ['ld', 26], ['rsh', 24],
    ['jeq', 10, 'net', 'no'], 'net', ['ldxmsh', 14], ['ldhi', 16], ['jeq', 22, 'yes', 'no'], 'yes', ['ret', 1], 'no', ['ret', 0]]),
  asm([['ldh', 12], ['jeq', IP4, 'ip', 'no'], 'ip', ['ldb', 23], ['jeq', 17, 'udp', 'no'], 'udp', ['ldxmsh', 14], ['ldhi', 16],
    ['jeq', 53, 'yes', 'src'], 'src', ['ldhi', 14], ['jeq', 53, 'yes', 'no'], 'yes', ['ret', 2], 'no', ['ret', 0]]),
  asm([['ldh', 12], ['jeq', IP4, 'ip', 'no'], 'ip', ['ldb', 23], ['jeq', 1, 'icmp', 'no'], 'icmp', ['ldxmsh', 14], ['ldbi', 14],
    ['jeq', 8, 'echo', 'rep'], 'rep', ['jeq', 0, 'echo', 'no'], 'echo', ['len'], ['jgt', 98, 'no', 'yes'], 'yes', ['ret', 3], 'no', ['ret', 0]]),
  asm([['ldh', 12], ['jeq', ARP, 'yes', 'no'], 'yes', ['ldh', 20], ['sub', 1], ['jgt', 1, 'no', 'ok'], 'ok', ['ret', 4], 'no', ['ret', 0]]),
  asm([['ldh', 12], ['jeq', IP4, 'ip', 'no'], 'ip', ['ldh', 20], ['jset', 0x1fff, 'no', 'frag'], 'frag', ['ldb', 23], ['jeq', 6, 'tcp', 'no'], 'tcp',
    ['ld', 30], ['jeq', PLC, 'plc', 'no'], 'plc', ['ldxmsh', 14], ['ldhi', 16], ['jeq', 502, 'mb', 'no'], 'mb', ['ldbi', 27],
    ['and', 0x12], ['jeq', 0x02, 'yes', 'no'], 'yes', ['ret', 5], 'no', ['ret', 0]]),
];
const HASH = asm([['ldh', 12], ['jeq', IP4, 'ip', 'other'], 'ip', ['ld', 26], ['st', 0], ['ld', 30], ['tax'], ['ldm', 0], ['xorx'],
  ['st', 1], ['ldb', 23], ['mul', 31], ['tax'], ['ldm', 1], ['addx'], ['st', 1], ['ldxmsh', 14], ['ldhi', 14], ['lsh', 16], ['tax'],
  ['ldhi', 16], ['xorx'], ['tax'], ['ldm', 1], ['xorx'], ['tax'], ['rsh', 16], ['xorx'], ['and', 0xffff], ['mod', 32], ['reta'],
  'other', ['ldh', 12], ['mod', 32], ['reta']]);
let checked = false;

function filter(prog, p, n, M) {
  let A = 0, X = 0, pc = 0, steps = 0;
  const len = prog.length / 4;
  while (pc < len) {
    const i = pc * 4, op = prog[i], k = prog[i + 1];
    let ofs = 0;
    steps += 1; pc += 1;
    switch (op) {
      case 0: if (k + 4 > n) return 0; A = (p[k] << 24) | (p[k + 1] << 16) | (p[k + 2] << 8) | p[k + 3]; break;
      case 1: if (k + 2 > n) return 0; A = (p[k] << 8) | p[k + 1]; break;
      case 2: if (k + 1 > n) return 0; A = p[k]; break;
      case 3: ofs = X + k; if (ofs + 4 > n) return 0; A = (p[ofs] << 24) | (p[ofs + 1] << 16) | (p[ofs + 2] << 8) | p[ofs + 3]; break;
      case 4: ofs = X + k; if (ofs + 2 > n) return 0; A = (p[ofs] << 8) | p[ofs + 1]; break;
      case 5: ofs = X + k; if (ofs + 1 > n) return 0; A = p[ofs]; break;
      case 6: if (k + 1 > n) return 0; X = (p[k] & 15) * 4; break;
      case 7: A = k; break;
      case 8: X = k; break;
      case 9: A = M[k]; break;
      case 10: M[k] = A; break;
      case 11: M[k] = X; break;
      case 12: A = wrap(A + k); break;
      case 13: A = wrap(A - k); break;
      case 14: A = wrap((A * k) % 4294967296); break;
      case 15: A = A & k; break;
      case 16: A = A | k; break;
      case 17: A = A << k; break;
      case 18: A = A >>> k; break;
      case 19: A = wrap(A + X); break;
      case 20: A = A ^ X; break;
      case 21: pc += prog[i + 2]; break;
      case 22: pc += A === k ? prog[i + 2] : prog[i + 3]; break;
      case 23: pc += A > k ? prog[i + 2] : prog[i + 3]; break;
      case 24: pc += A >= k ? prog[i + 2] : prog[i + 3]; break;
      case 25: pc += (A & k) !== 0 ? prog[i + 2] : prog[i + 3]; break;
      case 26: M[15] += steps; return k;
      case 27: M[15] += steps; return A;
      case 28: X = A; break;
      case 29: A = X; break;
      case 30: A = n; break;
      case 31: A = A % k; break;
      default: return 0;
    }
  }
  return 0;
}

function put16(p, o, v) { p[o] = (v >> 8) & 255; p[o + 1] = v & 255; }
function put32(p, o, v) { p[o] = (v >> 24) & 255; p[o + 1] = (v >> 16) & 255; p[o + 2] = (v >> 8) & 255; p[o + 3] = v & 255; }
function frame(kind, v) {                             // 7 templates, fields varied by v
  const n = kind === 3 ? 42 : (kind === 2 ? 74 + (v % 4) * 16 : 60 + (v % 3) * 4), p = [];
  for (let i = 0; i < n; i++) p.push(0);
  for (let i = 0; i < 6; i++) { p[i] = 0x02; p[6 + i] = (v * 7 + i) & 255; }
  if (kind === 3) { put16(p, 12, ARP); put16(p, 14, 1); put16(p, 16, IP4); p[18] = 6; p[19] = 4; put16(p, 20, 1 + (v % 3)); return p; }
  put16(p, 12, IP4); p[14] = v % 5 === 0 ? 0x46 : 0x45; put16(p, 16, n - 14); put16(p, 18, v);
  put16(p, 20, kind === 6 ? 0x2000 | (v & 7) : 0x4000); p[22] = 64;
  p[23] = kind === 2 ? 1 : (kind === 1 || kind === 4 ? 17 : 6);
  put32(p, 26, kind === 0 && v % 4 !== 3 ? 0x0a000000 + v * 13 : HOST - 1 + (v & 63));
  put32(p, 30, kind === 5 || kind === 6 ? PLC : HOST + (v & 3));
  const t = 14 + (p[14] & 15) * 4;
  if (kind === 2) { p[t] = v % 3 === 2 ? 3 : (v & 1) * 8; return p; }
  put16(p, t, 1024 + v * 37); put16(p, t + 2, kind === 0 ? (v % 6 === 5 ? 23 : 22) : (kind === 1 ? 53 : (kind === 4 ? 123 : 502)));
  if (t + 13 < n) p[t + 13] = v % 4 === 1 ? 0x12 : 0x02;
  return p;
}

const FRAMES = [];
for (let f = 0; f < 72; f++) FRAMES.push(frame((f * 5) % 7, f));

function run() {
  let h = 11;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const M = [];
  for (let i = 0; i < 16; i++) M.push(0);
  const hits = [0, 0, 0, 0, 0, 0], buckets = [];
  for (let i = 0; i < 32; i++) buckets.push(0);
  let dropped = 0, runs = 0;
  for (let pass = 0; pass < 2; pass++) for (let f = pass; f < 72; f += 2) {
    const p = FRAMES[f], n = p.length;
    let verdict = 0, r = 0;
    while (r < RULES.length && verdict === 0) { verdict = filter(RULES[(r + pass) % RULES.length], p, n, M); r += 1; runs += 1; }
    hits[verdict] += 1;
    if (verdict === 0) dropped += 1;
    const b = filter(HASH, p, n, M);
    buckets[b] += 1;
    add(verdict * 64 + b); add(M[1] & 0xffff);
  }
  for (let i = 0; i < 32; i++) add(buckets[i]);
  for (let i = 0; i < 6; i++) add(hits[i]);
  const line = 'bpf-firewall frames=72 runs=' + runs + ' steps=' + M[15] + ' dropped=' + dropped + ' ssh=' + hits[1] + ' dns=' + hits[2] +
    ' icmp=' + hits[3] + ' arp=' + hits[4] + ' modbus=' + hits[5] + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
