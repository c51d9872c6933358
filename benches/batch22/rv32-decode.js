// A debug monitor for a RISC-V soft core on an FPGA board: it disassembles
// and single-steps RV32I machine code in a software model of the core
// (for a trace port that the FPGA does not have). The program (xorshift32
// with a popcount subroutine, a word table in RAM, signed and unsigned
// compares) is assembled at load time into 32-bit words kept as int32
// (Microvium's bitwise operators saturate operands at or above 2^31); the
// listing shows them unsigned (>>> 0, up to 2^32). At run time every
// instruction is decoded by bit fields (>>> and masks, the I/S/B/U/J
// immediates re-assembled and sign-extended), its mnemonic is found in a
// table keyed by a string built from opcode, funct3 and funct7 (misses are
// illegal instructions), and it is executed on 32 int32 registers. Each
// call disassembles the program twice into text and runs it from 3 seeds.
const NODE_SUM = 277628;
const OPS = {};
let checked = false;

function def(name, op, f3, f7, id) { OPS['o' + op + (f3 < 0 ? '' : '_' + f3) + (f7 < 0 ? '' : '_' + f7)] = { name: name, id: id }; }
def('lui', 55, -1, -1, 1); def('jal', 111, -1, -1, 2); def('jalr', 103, 0, -1, 3);
def('beq', 99, 0, -1, 4); def('bne', 99, 1, -1, 5); def('blt', 99, 4, -1, 6); def('bge', 99, 5, -1, 7); def('bltu', 99, 6, -1, 8);
def('lw', 3, 2, -1, 9); def('sw', 35, 2, -1, 10);
def('addi', 19, 0, -1, 11); def('slti', 19, 2, -1, 12); def('xori', 19, 4, -1, 13); def('andi', 19, 7, -1, 14);
def('slli', 19, 1, 0, 15); def('srli', 19, 5, 0, 16); def('srai', 19, 5, 32, 17);
def('add', 51, 0, 0, 18); def('sub', 51, 0, 32, 19); def('xor', 51, 4, 0, 20); def('sltu', 51, 3, 0, 21); def('or', 51, 6, 0, 22);

function rI(op, rd, f3, rs1, imm) { return (((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op) | 0; }
function rR(rd, f3, rs1, rs2, f7) { return ((f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | 51) | 0; }
function rS(f3, rs1, rs2, imm) { return ((((imm >> 5) & 127) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | 35) | 0; }
function rB(f3, rs1, rs2, off) {
  return ((((off >> 12) & 1) << 31) | (((off >> 5) & 63) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (((off >> 1) & 15) << 8) | (((off >> 11) & 1) << 7) | 99) | 0;
}
function rJ(rd, off) { return ((((off >> 20) & 1) << 31) | (((off >> 1) & 1023) << 21) | (((off >> 11) & 1) << 20) | (((off >> 12) & 255) << 12) | (rd << 7) | 111) | 0; }
function rU(rd, imm20) { return ((imm20 << 12) | (rd << 7) | 55) | 0; }

const P = [
  rI(19, 1, 0, 0, 0), rU(2, 0x9e377), rI(19, 2, 0, 2, -1607), rI(19, 3, 0, 0, 48), rI(19, 4, 0, 0, 0), rI(19, 5, 0, 0, 256), // 0-5 setup
  rI(19, 6, 1, 2, 13), rR(2, 4, 2, 6, 0), rI(19, 6, 5, 2, 17), rR(2, 4, 2, 6, 0), rI(19, 6, 1, 2, 5), rR(2, 4, 2, 6, 0),     // 6-11 xorshift32
  rI(19, 7, 7, 1, 15), rI(19, 7, 1, 7, 2), rR(7, 0, 7, 5, 0), rI(3, 8, 2, 7, 0), rR(8, 0, 8, 2, 0), rS(2, 7, 8, 0),           // 12-17 table[i & 15] += x2
  rI(19, 9, 5, 2, 24 | 1024), rR(4, 0, 4, 9, 0), rR(10, 3, 4, 2, 0), rR(4, 0, 4, 10, 0),                                       // 18-21 srai, sltu
  rJ(11, 4 * (30 - 22)), rR(4, 0, 4, 12, 0),                                                                                  // 22-23 call popcnt
  rB(4, 4, 0, 8), rR(4, 0, 4, 2, 32), rI(19, 1, 0, 1, 1), rB(1, 1, 3, 4 * (6 - 27)),                                          // 24-27 blt, sub, bne loop
  rI(19, 4, 4, 4, 0x5a5), rJ(0, 4 * (37 - 29)),                                                                               // 28-29 xori, jump to end
  rI(19, 12, 0, 0, 0), rI(19, 13, 0, 2, 0),                                                                                   // 30-31 popcnt(x2)
  rI(19, 14, 7, 13, 1), rR(12, 0, 12, 14, 0), rI(19, 13, 5, 13, 1), rB(1, 13, 0, -12), rI(103, 0, 0, 11, 0),                  // 32-36 loop, ret
  0x0000007f, rR(22, 6, 4, 2, 0), rB(6, 3, 2, 8), rI(19, 15, 2, 4, 100)];                                                     // 37 illegal (stop), 38-40 unreached

function add32(a, b) {                // wrapping add on 16-bit halves: Microvium's (a + b) | 0 saturates
  const lo = (a & 0xffff) + (b & 0xffff);
  return ((((a >>> 16) + (b >>> 16) + (lo >>> 16)) & 0xffff) << 16) | (lo & 0xffff);
}
function sext(v, bits) { const s = 32 - bits; return (v << s) >> s; }
function decode(w) {
  const op = w & 127, f3 = (w >>> 12) & 7, f7 = w >>> 25;
  let m = OPS['o' + op];
  if (m === undefined) m = OPS['o' + op + '_' + f3];
  if (m === undefined) m = OPS['o' + op + '_' + f3 + '_' + (op === 19 ? f7 & 32 : f7)];
  return m;
}
function immOf(w, id) {
  if (id === 1) return w & -4096;           // not 0xfffff000: Microvium saturates it
  if (id === 2) return sext((((w >>> 31) & 1) << 20) | (((w >>> 12) & 255) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 1023) << 1), 21);
  if (id >= 4 && id <= 8) return sext((((w >>> 31) & 1) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 63) << 5) | (((w >>> 8) & 15) << 1), 13);
  if (id === 10) return sext(((w >>> 25) << 5) | ((w >>> 7) & 31), 12);
  if (id >= 15 && id <= 17) return (w >>> 20) & 31;
  return w >> 20;
}
function disasm(w, pc) {
  const m = decode(w);
  if (m === undefined) return { s: pc + ': .word ' + (w >>> 0), ok: false };
  const rd = 'x' + ((w >>> 7) & 31), rs1 = 'x' + ((w >>> 15) & 31), rs2 = 'x' + ((w >>> 20) & 31), imm = immOf(w, m.id);
  if (m.id >= 18) return { s: pc + ': ' + m.name + ' ' + rd + ', ' + rs1 + ', ' + rs2, ok: true };
  if (m.id >= 4 && m.id <= 8) return { s: pc + ': ' + m.name + ' ' + rs1 + ', ' + rs2 + ', ' + (pc + imm), ok: true };
  if (m.id === 10) return { s: pc + ': sw ' + rs2 + ', ' + imm + '(' + rs1 + ')', ok: true };
  return { s: pc + ': ' + m.name + ' ' + rd + ', ' + (m.id <= 2 ? '' : rs1 + ', ') + imm, ok: true };
}

function exec(seed, st) {
  const x = [], mem = [];
  for (let i = 0; i < 32; i++) x.push(0);
  for (let i = 0; i < 128; i++) mem.push((i * seed) | 0);
  let pc = 0, steps = 0;
  while (steps < 20000) {
    const w = P[pc >> 2], m = decode(w);
    if (m === undefined) { st.illegal += 1; break; }
    const rd = (w >>> 7) & 31, a = x[(w >>> 15) & 31], b = x[(w >>> 20) & 31], imm = immOf(w, m.id), id = m.id;
    let v = 0, next = pc + 4;
    if (id === 1) v = imm;
    else if (id === 2) { v = pc + 4; next = pc + imm; }
    else if (id === 3) { v = pc + 4; next = (a + imm) & ~1; }
    else if (id >= 4 && id <= 8) {
      const t = id === 4 ? a === b : id === 5 ? a !== b : id === 6 ? a < b : id === 7 ? a >= b : (a >>> 0) < (b >>> 0);
      if (t) { next = pc + imm; st.taken += 1; }
    } else if (id === 9) v = mem[((a + imm) >>> 2) & 127];
    else if (id === 10) mem[((a + imm) >>> 2) & 127] = b;
    else if (id === 11) v = add32(a, imm);
    else if (id === 12) v = a < imm ? 1 : 0;
    else if (id === 13) v = a ^ imm;
    else if (id === 14) v = a & imm;
    else if (id === 15) v = a << imm;
    else if (id === 16) v = a >>> imm;
    else if (id === 17) v = a >> imm;
    else if (id === 18) v = add32(a, b);
    else if (id === 19) v = add32(add32(a, ~b), 1);
    else if (id === 20) v = a ^ b;
    else if (id === 21) v = (a >>> 0) < (b >>> 0) ? 1 : 0;
    else v = a | b;
    if (rd !== 0 && id !== 10 && (id < 4 || id > 8)) x[rd] = v | 0;
    pc = next; steps += 1;
  }
  let h = steps;
  for (let i = 1; i < 16; i++) h = (h * 31 + (x[i] >>> 0) % 65521) % 1000003;
  for (let i = 64; i < 80; i++) h = (h * 31 + (mem[i] >>> 16)) % 1000003;
  st.steps += steps;
  return h;
}

function run() {
  const st = { illegal: 0, taken: 0, steps: 0, high: 0 };
  let h = 7, text = '', lines = 0;
  for (let pass = 0; pass < 2; pass++) {
    text = '';
    for (let i = 0; i < P.length; i++) {
      const d = disasm(P[i], i * 4);
      if ((P[i] >>> 0) >= 2147483648) st.high += 1;
      text += d.s + '\n'; lines += 1;
      h = (h * 31 + (d.ok ? (P[i] >>> 20) : 7)) % 1000003;
    }
  }
  for (let s = 1; s <= 3; s++) h = (h * 31 + exec(s * 2654435 + 1, st)) % 1000003;
  const line = 'rv32-decode words=' + P.length + ' high=' + st.high + ' lines=' + lines + ' steps=' + st.steps + ' taken=' + st.taken + ' illegal=' + st.illegal + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
