// An Intel 8080 emulator, as a retro-computing gadget or a legacy-code
// shim on a modern MCU runs it. The instruction decoder is one switch with
// all 256 opcodes written out case by case (the layout such emulators get
// from a generator script), with the registers in local variables of the
// step loop and the flags in globals shared with the ALU helpers. A built-in
// boot ROM prints a banner, fills a 12-byte buffer from an LFSR seeded from
// an input port, bubble-sorts it, takes a bitwise CRC-8, sums squares
// through a shift-and-add multiply subroutine (CALL/RET, PUSH/POP, DAD,
// XCHG), runs commands through a PCHL jump table, and prints hex through the
// DAA trick. run() boots the ROM once (1,888 instructions, 14,056 cycles).
const MASK = 0x1ff;            // 512 bytes of RAM, mirrored over the 64 KiB space
const ROM = [
  0x31, 0x00, 0x02, 0x21, 0x11, 0x01, 0xcd, 0x08, 0x01, 0xdb, 0x01, 0x21, 0x80, 0x01, 0x06, 0x0c,
  0x77, 0x87, 0xd2, 0x17, 0x00, 0xee, 0x1d, 0x23, 0x05, 0xc2, 0x10, 0x00, 0x0e, 0x0b, 0x21, 0x80,
  0x01, 0x41, 0x7e, 0x23, 0xbe, 0xda, 0x30, 0x00, 0xca, 0x30, 0x00, 0x56, 0x77, 0x2b, 0x72, 0x23,
  0x05, 0xc2, 0x22, 0x00, 0x0d, 0xc2, 0x1e, 0x00, 0x21, 0x80, 0x01, 0x06, 0x0c, 0x0e, 0x00, 0x79,
  0xae, 0x16, 0x08, 0x87, 0xd2, 0x49, 0x00, 0xee, 0x07, 0x15, 0xc2, 0x43, 0x00, 0x4f, 0x23, 0x05,
  0xc2, 0x3f, 0x00, 0x79, 0xd3, 0x02, 0xcd, 0xf4, 0x00, 0x21, 0x00, 0x00, 0x22, 0xc0, 0x01, 0x21,
  0x80, 0x01, 0x0e, 0x06, 0x7e, 0x5f, 0xe5, 0xc5, 0xcd, 0xe2, 0x00, 0xeb, 0x2a, 0xc0, 0x01, 0x19,
  0x22, 0xc0, 0x01, 0xc1, 0xe1, 0x23, 0x0d, 0xc2, 0x64, 0x00, 0x3e, 0x20, 0xd3, 0x01, 0x3a, 0xc1,
  0x01, 0xcd, 0xf4, 0x00, 0x3a, 0xc0, 0x01, 0xcd, 0xf4, 0x00, 0x0e, 0x06, 0xdb, 0x03, 0xe6, 0x03,
  0x87, 0x5f, 0x16, 0x00, 0x21, 0xae, 0x00, 0x19, 0x5e, 0x23, 0x56, 0xeb, 0xe9, 0x0d, 0xc2, 0x8c,
  0x00, 0x3e, 0x20, 0xd3, 0x01, 0x3a, 0xc2, 0x01, 0xd3, 0x02, 0xcd, 0xf4, 0x00, 0x76, 0xb6, 0x00,
  0xc0, 0x00, 0xca, 0x00, 0xd6, 0x00, 0x3a, 0xc2, 0x01, 0x3c, 0x32, 0xc2, 0x01, 0xc3, 0x9d, 0x00,
  0x3a, 0xc2, 0x01, 0x07, 0x32, 0xc2, 0x01, 0xc3, 0x9d, 0x00, 0x3a, 0xc2, 0x01, 0x2f, 0xe6, 0x7f,
  0x32, 0xc2, 0x01, 0xc3, 0x9d, 0x00, 0x3a, 0xc2, 0x01, 0xc6, 0x35, 0x27, 0x32, 0xc2, 0x01, 0xc3,
  0x9d, 0x00, 0x21, 0x00, 0x00, 0x16, 0x00, 0x06, 0x08, 0x29, 0x17, 0xd2, 0xef, 0x00, 0x19, 0x05,
  0xc2, 0xe9, 0x00, 0xc9, 0xf5, 0x0f, 0x0f, 0x0f, 0x0f, 0xcd, 0xfd, 0x00, 0xf1, 0xe6, 0x0f, 0xc6,
  0x90, 0x27, 0xce, 0x40, 0x27, 0xd3, 0x01, 0xc9, 0x7e, 0xb7, 0xc8, 0xd3, 0x01, 0x23, 0xc3, 0x08,
  0x01, 0x42, 0x4f, 0x4f, 0x54, 0x20, 0x00
];
const CH = [
  '.','.','.','.','.','.','.','.','.','.','.','.','.','.','.','.',
  '.','.','.','.','.','.','.','.','.','.','.','.','.','.','.','.',
  ' ','!','"','#','$','%','&','\'','(',')','*','+',',','-','.','/',
  '0','1','2','3','4','5','6','7','8','9',':',';','<','=','>','?',
  '@','A','B','C','D','E','F','G','H','I','J','K','L','M','N','O',
  'P','Q','R','S','T','U','V','W','X','Y','Z','[','\\',']','^','_',
  '`','a','b','c','d','e','f','g','h','i','j','k','l','m','n','o',
  'p','q','r','s','t','u','v','w','x','y','z','{','|','}','~','.'
];
const PARITY = [];             // 1 when a byte has an even number of set bits
for (let i = 0; i < 256; i++) {
  let p = 1;
  for (let v = i; v !== 0; v >>= 1) p ^= v & 1;
  PARITY.push(p);
}
const mem = [];
for (let i = 0; i <= MASK; i++) mem.push(0);

let fS = 0, fZ = 0, fA = 0, fP = 0, fC = 0, sp = 0, inte = 0, halted = false;
let tty = '', outSum = 0, seed = 0, cmdIndex = 0;
const CMDS = [2, 0, 3, 1, 3, 0, 1, 2, 0, 3, 3, 1, 2, 2, 0, 1, 3, 0];

function zsp(r) { fZ = r === 0 ? 1 : 0; fS = r >> 7; fP = PARITY[r]; return r; }
function add(a, x, cin) {
  const r = a + x + cin;
  fC = r >> 8;
  fA = ((a & 15) + (x & 15) + cin) > 15 ? 1 : 0;
  return zsp(r & 255);
}
function sub(a, x, cin) {
  const r = a - x - cin;
  fC = r < 0 ? 1 : 0;
  fA = ((a & 15) - (x & 15) - cin) >= 0 ? 1 : 0;
  return zsp(r & 255);
}
function ana(a, x) { fC = 0; fA = ((a | x) & 8) !== 0 ? 1 : 0; return zsp(a & x); }
function xra(a, x) { fC = 0; fA = 0; return zsp(a ^ x); }
function ora(a, x) { fC = 0; fA = 0; return zsp(a | x); }
function cmp(a, x) { sub(a, x, 0); }
function inr(x) { const r = (x + 1) & 255; fA = (r & 15) === 0 ? 1 : 0; return zsp(r); }
function dcr(x) { const r = (x - 1) & 255; fA = (r & 15) !== 15 ? 1 : 0; return zsp(r); }
function daa(a) {
  let corr = 0, cy = fC;
  const lo = a & 15, hi = a >> 4;
  if (fA === 1 || lo > 9) corr += 0x06;
  if (fC === 1 || hi > 9 || (hi >= 9 && lo > 9)) { corr += 0x60; cy = 1; }
  const r = add(a, corr, 0);
  fC = cy;
  return r;
}
function psw() { return (fS << 7) | (fZ << 6) | (fA << 4) | (fP << 2) | 2 | fC; }
function setPsw(f) { fS = (f >> 7) & 1; fZ = (f >> 6) & 1; fA = (f >> 4) & 1; fP = (f >> 2) & 1; fC = f & 1; }
function push(v) {
  sp = (sp - 2) & 0xffff;
  mem[sp & MASK] = v & 255;
  mem[(sp + 1) & MASK] = (v >> 8) & 255;
}
function pop() {
  const v = mem[sp & MASK] | (mem[(sp + 1) & MASK] << 8);
  sp = (sp + 2) & 0xffff;
  return v;
}
function out(port, v) {
  if (port === 1) tty += CH[v & 127];
  else if (port === 2) outSum = ((outSum << 3) ^ (outSum >> 13) ^ v) & 0xffff;
}
function input(port) {
  if (port === 1) return seed;
  if (port === 3) { const c = CMDS[cmdIndex % CMDS.length]; cmdIndex++; return c; }
  return 0xff;
}

// Runs from the reset vector until HLT (or the cycle budget); returns cycles.
function exec(budget) {
  let a = 0, b = 0, c = 0, d = 0, e = 0, h = 0, l = 0, pc = 0, w = 0, op = 0, cycles = 0;
  while (cycles < budget) {
    op = mem[pc & MASK];
    pc = (pc + 1) & 0xffff;
    switch (op) {
      case 0x00: cycles += 4; break;
      case 0x01: c = mem[pc & MASK]; b = mem[(pc + 1) & MASK]; pc += 2; cycles += 10; break;
      case 0x02: mem[((b << 8) | c) & MASK] = a; cycles += 7; break;
      case 0x03: c = (c + 1) & 255; if (c === 0) b = (b + 1) & 255; cycles += 5; break;
      case 0x04: b = inr(b); cycles += 5; break;
      case 0x05: b = dcr(b); cycles += 5; break;
      case 0x06: b = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x07: fC = a >> 7; a = ((a << 1) | fC) & 255; cycles += 4; break;
      case 0x08: cycles += 4; break;
      case 0x09: w = ((h << 8) | l) + ((b << 8) | c); fC = w >> 16; h = (w >> 8) & 255; l = w & 255; cycles += 10; break;
      case 0x0a: a = mem[((b << 8) | c) & MASK]; cycles += 7; break;
      case 0x0b: c = (c - 1) & 255; if (c === 255) b = (b - 1) & 255; cycles += 5; break;
      case 0x0c: c = inr(c); cycles += 5; break;
      case 0x0d: c = dcr(c); cycles += 5; break;
      case 0x0e: c = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x0f: fC = a & 1; a = (a >> 1) | (fC << 7); cycles += 4; break;
      case 0x10: cycles += 4; break;
      case 0x11: e = mem[pc & MASK]; d = mem[(pc + 1) & MASK]; pc += 2; cycles += 10; break;
      case 0x12: mem[((d << 8) | e) & MASK] = a; cycles += 7; break;
      case 0x13: e = (e + 1) & 255; if (e === 0) d = (d + 1) & 255; cycles += 5; break;
      case 0x14: d = inr(d); cycles += 5; break;
      case 0x15: d = dcr(d); cycles += 5; break;
      case 0x16: d = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x17: w = fC; fC = a >> 7; a = ((a << 1) | w) & 255; cycles += 4; break;
      case 0x18: cycles += 4; break;
      case 0x19: w = ((h << 8) | l) + ((d << 8) | e); fC = w >> 16; h = (w >> 8) & 255; l = w & 255; cycles += 10; break;
      case 0x1a: a = mem[((d << 8) | e) & MASK]; cycles += 7; break;
      case 0x1b: e = (e - 1) & 255; if (e === 255) d = (d - 1) & 255; cycles += 5; break;
      case 0x1c: e = inr(e); cycles += 5; break;
      case 0x1d: e = dcr(e); cycles += 5; break;
      case 0x1e: e = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x1f: w = fC; fC = a & 1; a = (a >> 1) | (w << 7); cycles += 4; break;
      case 0x20: cycles += 4; break;
      case 0x21: l = mem[pc & MASK]; h = mem[(pc + 1) & MASK]; pc += 2; cycles += 10; break;
      case 0x22: w = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); pc += 2; mem[w & MASK] = l; mem[(w + 1) & MASK] = h; cycles += 16; break;
      case 0x23: l = (l + 1) & 255; if (l === 0) h = (h + 1) & 255; cycles += 5; break;
      case 0x24: h = inr(h); cycles += 5; break;
      case 0x25: h = dcr(h); cycles += 5; break;
      case 0x26: h = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x27: a = daa(a); cycles += 4; break;
      case 0x28: cycles += 4; break;
      case 0x29: w = ((h << 8) | l) + ((h << 8) | l); fC = w >> 16; h = (w >> 8) & 255; l = w & 255; cycles += 10; break;
      case 0x2a: w = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); pc += 2; l = mem[w & MASK]; h = mem[(w + 1) & MASK]; cycles += 16; break;
      case 0x2b: l = (l - 1) & 255; if (l === 255) h = (h - 1) & 255; cycles += 5; break;
      case 0x2c: l = inr(l); cycles += 5; break;
      case 0x2d: l = dcr(l); cycles += 5; break;
      case 0x2e: l = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x2f: a = a ^ 255; cycles += 4; break;
      case 0x30: cycles += 4; break;
      case 0x31: sp = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); pc += 2; cycles += 10; break;
      case 0x32: w = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); pc += 2; mem[w & MASK] = a; cycles += 13; break;
      case 0x33: sp = (sp + 1) & 0xffff; cycles += 5; break;
      case 0x34: mem[((h << 8) | l) & MASK] = inr(mem[((h << 8) | l) & MASK]); cycles += 10; break;
      case 0x35: mem[((h << 8) | l) & MASK] = dcr(mem[((h << 8) | l) & MASK]); cycles += 10; break;
      case 0x36: mem[((h << 8) | l) & MASK] = mem[pc & MASK]; pc++; cycles += 10; break;
      case 0x37: fC = 1; cycles += 4; break;
      case 0x38: cycles += 4; break;
      case 0x39: w = ((h << 8) | l) + sp; fC = w >> 16; h = (w >> 8) & 255; l = w & 255; cycles += 10; break;
      case 0x3a: w = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); pc += 2; a = mem[w & MASK]; cycles += 13; break;
      case 0x3b: sp = (sp - 1) & 0xffff; cycles += 5; break;
      case 0x3c: a = inr(a); cycles += 5; break;
      case 0x3d: a = dcr(a); cycles += 5; break;
      case 0x3e: a = mem[pc & MASK]; pc++; cycles += 7; break;
      case 0x3f: fC = fC ^ 1; cycles += 4; break;
      case 0x40: cycles += 5; break;
      case 0x41: b = c; cycles += 5; break;
      case 0x42: b = d; cycles += 5; break;
      case 0x43: b = e; cycles += 5; break;
      case 0x44: b = h; cycles += 5; break;
      case 0x45: b = l; cycles += 5; break;
      case 0x46: b = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x47: b = a; cycles += 5; break;
      case 0x48: c = b; cycles += 5; break;
      case 0x49: cycles += 5; break;
      case 0x4a: c = d; cycles += 5; break;
      case 0x4b: c = e; cycles += 5; break;
      case 0x4c: c = h; cycles += 5; break;
      case 0x4d: c = l; cycles += 5; break;
      case 0x4e: c = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x4f: c = a; cycles += 5; break;
      case 0x50: d = b; cycles += 5; break;
      case 0x51: d = c; cycles += 5; break;
      case 0x52: cycles += 5; break;
      case 0x53: d = e; cycles += 5; break;
      case 0x54: d = h; cycles += 5; break;
      case 0x55: d = l; cycles += 5; break;
      case 0x56: d = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x57: d = a; cycles += 5; break;
      case 0x58: e = b; cycles += 5; break;
      case 0x59: e = c; cycles += 5; break;
      case 0x5a: e = d; cycles += 5; break;
      case 0x5b: cycles += 5; break;
      case 0x5c: e = h; cycles += 5; break;
      case 0x5d: e = l; cycles += 5; break;
      case 0x5e: e = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x5f: e = a; cycles += 5; break;
      case 0x60: h = b; cycles += 5; break;
      case 0x61: h = c; cycles += 5; break;
      case 0x62: h = d; cycles += 5; break;
      case 0x63: h = e; cycles += 5; break;
      case 0x64: cycles += 5; break;
      case 0x65: h = l; cycles += 5; break;
      case 0x66: h = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x67: h = a; cycles += 5; break;
      case 0x68: l = b; cycles += 5; break;
      case 0x69: l = c; cycles += 5; break;
      case 0x6a: l = d; cycles += 5; break;
      case 0x6b: l = e; cycles += 5; break;
      case 0x6c: l = h; cycles += 5; break;
      case 0x6d: cycles += 5; break;
      case 0x6e: l = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x6f: l = a; cycles += 5; break;
      case 0x70: mem[((h << 8) | l) & MASK] = b; cycles += 7; break;
      case 0x71: mem[((h << 8) | l) & MASK] = c; cycles += 7; break;
      case 0x72: mem[((h << 8) | l) & MASK] = d; cycles += 7; break;
      case 0x73: mem[((h << 8) | l) & MASK] = e; cycles += 7; break;
      case 0x74: mem[((h << 8) | l) & MASK] = h; cycles += 7; break;
      case 0x75: mem[((h << 8) | l) & MASK] = l; cycles += 7; break;
      case 0x76: halted = true; return cycles + 7;
      case 0x77: mem[((h << 8) | l) & MASK] = a; cycles += 7; break;
      case 0x78: a = b; cycles += 5; break;
      case 0x79: a = c; cycles += 5; break;
      case 0x7a: a = d; cycles += 5; break;
      case 0x7b: a = e; cycles += 5; break;
      case 0x7c: a = h; cycles += 5; break;
      case 0x7d: a = l; cycles += 5; break;
      case 0x7e: a = mem[((h << 8) | l) & MASK]; cycles += 7; break;
      case 0x7f: cycles += 5; break;
      case 0x80: a = add(a, b, 0); cycles += 4; break;
      case 0x81: a = add(a, c, 0); cycles += 4; break;
      case 0x82: a = add(a, d, 0); cycles += 4; break;
      case 0x83: a = add(a, e, 0); cycles += 4; break;
      case 0x84: a = add(a, h, 0); cycles += 4; break;
      case 0x85: a = add(a, l, 0); cycles += 4; break;
      case 0x86: a = add(a, mem[((h << 8) | l) & MASK], 0); cycles += 7; break;
      case 0x87: a = add(a, a, 0); cycles += 4; break;
      case 0x88: a = add(a, b, fC); cycles += 4; break;
      case 0x89: a = add(a, c, fC); cycles += 4; break;
      case 0x8a: a = add(a, d, fC); cycles += 4; break;
      case 0x8b: a = add(a, e, fC); cycles += 4; break;
      case 0x8c: a = add(a, h, fC); cycles += 4; break;
      case 0x8d: a = add(a, l, fC); cycles += 4; break;
      case 0x8e: a = add(a, mem[((h << 8) | l) & MASK], fC); cycles += 7; break;
      case 0x8f: a = add(a, a, fC); cycles += 4; break;
      case 0x90: a = sub(a, b, 0); cycles += 4; break;
      case 0x91: a = sub(a, c, 0); cycles += 4; break;
      case 0x92: a = sub(a, d, 0); cycles += 4; break;
      case 0x93: a = sub(a, e, 0); cycles += 4; break;
      case 0x94: a = sub(a, h, 0); cycles += 4; break;
      case 0x95: a = sub(a, l, 0); cycles += 4; break;
      case 0x96: a = sub(a, mem[((h << 8) | l) & MASK], 0); cycles += 7; break;
      case 0x97: a = sub(a, a, 0); cycles += 4; break;
      case 0x98: a = sub(a, b, fC); cycles += 4; break;
      case 0x99: a = sub(a, c, fC); cycles += 4; break;
      case 0x9a: a = sub(a, d, fC); cycles += 4; break;
      case 0x9b: a = sub(a, e, fC); cycles += 4; break;
      case 0x9c: a = sub(a, h, fC); cycles += 4; break;
      case 0x9d: a = sub(a, l, fC); cycles += 4; break;
      case 0x9e: a = sub(a, mem[((h << 8) | l) & MASK], fC); cycles += 7; break;
      case 0x9f: a = sub(a, a, fC); cycles += 4; break;
      case 0xa0: a = ana(a, b); cycles += 4; break;
      case 0xa1: a = ana(a, c); cycles += 4; break;
      case 0xa2: a = ana(a, d); cycles += 4; break;
      case 0xa3: a = ana(a, e); cycles += 4; break;
      case 0xa4: a = ana(a, h); cycles += 4; break;
      case 0xa5: a = ana(a, l); cycles += 4; break;
      case 0xa6: a = ana(a, mem[((h << 8) | l) & MASK]); cycles += 7; break;
      case 0xa7: a = ana(a, a); cycles += 4; break;
      case 0xa8: a = xra(a, b); cycles += 4; break;
      case 0xa9: a = xra(a, c); cycles += 4; break;
      case 0xaa: a = xra(a, d); cycles += 4; break;
      case 0xab: a = xra(a, e); cycles += 4; break;
      case 0xac: a = xra(a, h); cycles += 4; break;
      case 0xad: a = xra(a, l); cycles += 4; break;
      case 0xae: a = xra(a, mem[((h << 8) | l) & MASK]); cycles += 7; break;
      case 0xaf: a = xra(a, a); cycles += 4; break;
      case 0xb0: a = ora(a, b); cycles += 4; break;
      case 0xb1: a = ora(a, c); cycles += 4; break;
      case 0xb2: a = ora(a, d); cycles += 4; break;
      case 0xb3: a = ora(a, e); cycles += 4; break;
      case 0xb4: a = ora(a, h); cycles += 4; break;
      case 0xb5: a = ora(a, l); cycles += 4; break;
      case 0xb6: a = ora(a, mem[((h << 8) | l) & MASK]); cycles += 7; break;
      case 0xb7: a = ora(a, a); cycles += 4; break;
      case 0xb8: cmp(a, b); cycles += 4; break;
      case 0xb9: cmp(a, c); cycles += 4; break;
      case 0xba: cmp(a, d); cycles += 4; break;
      case 0xbb: cmp(a, e); cycles += 4; break;
      case 0xbc: cmp(a, h); cycles += 4; break;
      case 0xbd: cmp(a, l); cycles += 4; break;
      case 0xbe: cmp(a, mem[((h << 8) | l) & MASK]); cycles += 7; break;
      case 0xbf: cmp(a, a); cycles += 4; break;
      case 0xc0: if (fZ === 0) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xc1: w = pop(); b = w >> 8; c = w & 255; cycles += 10; break;
      case 0xc2: if (fZ === 0) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xc3: pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 10; break;
      case 0xc4: if (fZ === 0) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xc5: push((b << 8) | c); cycles += 11; break;
      case 0xc6: a = add(a, mem[pc & MASK], 0); pc++; cycles += 7; break;
      case 0xc7: push(pc); pc = 0; cycles += 11; break;
      case 0xc8: if (fZ === 1) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xc9: pc = pop(); cycles += 10; break;
      case 0xca: if (fZ === 1) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xcb: pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 10; break;
      case 0xcc: if (fZ === 1) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xcd: push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 17; break;
      case 0xce: a = add(a, mem[pc & MASK], fC); pc++; cycles += 7; break;
      case 0xcf: push(pc); pc = 8; cycles += 11; break;
      case 0xd0: if (fC === 0) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xd1: w = pop(); d = w >> 8; e = w & 255; cycles += 10; break;
      case 0xd2: if (fC === 0) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xd3: out(mem[pc & MASK], a); pc++; cycles += 10; break;
      case 0xd4: if (fC === 0) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xd5: push((d << 8) | e); cycles += 11; break;
      case 0xd6: a = sub(a, mem[pc & MASK], 0); pc++; cycles += 7; break;
      case 0xd7: push(pc); pc = 16; cycles += 11; break;
      case 0xd8: if (fC === 1) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xd9: pc = pop(); cycles += 10; break;
      case 0xda: if (fC === 1) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xdb: a = input(mem[pc & MASK]); pc++; cycles += 10; break;
      case 0xdc: if (fC === 1) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xdd: push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 17; break;
      case 0xde: a = sub(a, mem[pc & MASK], fC); pc++; cycles += 7; break;
      case 0xdf: push(pc); pc = 24; cycles += 11; break;
      case 0xe0: if (fP === 0) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xe1: w = pop(); h = w >> 8; l = w & 255; cycles += 10; break;
      case 0xe2: if (fP === 0) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xe3: w = mem[sp & MASK]; mem[sp & MASK] = l; l = w; w = mem[(sp + 1) & MASK]; mem[(sp + 1) & MASK] = h; h = w; cycles += 18; break;
      case 0xe4: if (fP === 0) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xe5: push((h << 8) | l); cycles += 11; break;
      case 0xe6: a = ana(a, mem[pc & MASK]); pc++; cycles += 7; break;
      case 0xe7: push(pc); pc = 32; cycles += 11; break;
      case 0xe8: if (fP === 1) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xe9: pc = (h << 8) | l; cycles += 5; break;
      case 0xea: if (fP === 1) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xeb: w = d; d = h; h = w; w = e; e = l; l = w; cycles += 5; break;
      case 0xec: if (fP === 1) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xed: push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 17; break;
      case 0xee: a = xra(a, mem[pc & MASK]); pc++; cycles += 7; break;
      case 0xef: push(pc); pc = 40; cycles += 11; break;
      case 0xf0: if (fS === 0) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xf1: w = pop(); a = w >> 8; setPsw(w & 255); cycles += 10; break;
      case 0xf2: if (fS === 0) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xf3: inte = 0; cycles += 4; break;
      case 0xf4: if (fS === 0) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xf5: push((a << 8) | psw()); cycles += 11; break;
      case 0xf6: a = ora(a, mem[pc & MASK]); pc++; cycles += 7; break;
      case 0xf7: push(pc); pc = 48; cycles += 11; break;
      case 0xf8: if (fS === 1) { pc = pop(); cycles += 6; } cycles += 5; break;
      case 0xf9: sp = (h << 8) | l; cycles += 5; break;
      case 0xfa: if (fS === 1) pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); else pc += 2; cycles += 10; break;
      case 0xfb: inte = 1; cycles += 4; break;
      case 0xfc: if (fS === 1) { push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 6; } else pc += 2; cycles += 11; break;
      case 0xfd: push(pc + 2); pc = mem[pc & MASK] | (mem[(pc + 1) & MASK] << 8); cycles += 17; break;
      case 0xfe: cmp(a, mem[pc & MASK]); pc++; cycles += 7; break;
      case 0xff: push(pc); pc = 56; cycles += 11; break;
    }
  }
  return cycles;
}

function boot(s) {
  for (let i = 0; i <= MASK; i++) mem[i] = i < ROM.length ? ROM[i] : 0;
  fS = 0; fZ = 0; fA = 0; fP = 0; fC = 0; sp = 0; inte = 0; halted = false;
  seed = s;
  return exec(100000);
}

let checked = false;
function run() {
  tty = ''; outSum = 0; cmdIndex = 0;
  const cycles = boot(0x5a);
  const r = (cycles * 65536 + outSum) % 1000003;
  if (!checked) {
    checked = true;
    print('i8080-emu ' + tty + ' ' + cycles + ' ' + outSum + ' ' + r);
  }
  return r;
}
vmExport(0, run);

// The boot ROM above, as assembled (addresses 0x180.. hold the buffer,
// 0x1c0..0x1c2 the sum and the command state):
//   start:  LXI SP, 0x200
//           LXI H, msg
//           CALL puts
//           IN 1            ; seed from the sensor port
//           LXI H, 0x180
//           MVI B, 12
//   fill:   MOV M, A
//           ADD A
//           JNC nofb
//           XRI 0x1D
//   nofb:   INX H
//           DCR B
//           JNZ fill
//           MVI C, 11       ; bubble sort 12 bytes
//   outer:  LXI H, 0x180
//           MOV B, C
//   inner:  MOV A, M
//           INX H
//           CMP M
//           JC noswap
//           JZ noswap
//           MOV D, M
//           MOV M, A
//           DCX H
//           MOV M, D
//           INX H
//   noswap: DCR B
//           JNZ inner
//           DCR C
//           JNZ outer
//           LXI H, 0x180    ; CRC-8 (poly 0x07) of the sorted bytes
//           MVI B, 12
//           MVI C, 0
//   crcb:   MOV A, C
//           XRA M
//           MVI D, 8
//   crcbit: ADD A
//           JNC crcn
//           XRI 0x07
//   crcn:   DCR D
//           JNZ crcbit
//           MOV C, A
//           INX H
//           DCR B
//           JNZ crcb
//           MOV A, C
//           OUT 2
//           CALL hex8
//           LXI H, 0        ; sum of squares of the 6 smallest
//           SHLD 0x1c0
//           LXI H, 0x180
//           MVI C, 6
//   sq:     MOV A, M
//           MOV E, A
//           PUSH H
//           PUSH B
//           CALL mul
//           XCHG
//           LHLD 0x1c0
//           DAD D
//           SHLD 0x1c0
//           POP B
//           POP H
//           INX H
//           DCR C
//           JNZ sq
//           MVI A, ' '
//           OUT 1
//           LDA 0x1c1
//           CALL hex8
//           LDA 0x1c0
//           CALL hex8
//           MVI C, 6        ; six commands through a jump table
//   cmdloop: IN 3
//           ANI 3
//           ADD A
//           MOV E, A
//           MVI D, 0
//           LXI H, jtab
//           DAD D
//           MOV E, M
//           INX H
//           MOV D, M
//           XCHG
//           PCHL
//   cmdret: DCR C
//           JNZ cmdloop
//           MVI A, ' '
//           OUT 1
//           LDA 0x1c2
//           OUT 2
//           CALL hex8
//           HLT
//   jtab:   DW cmd0, cmd1, cmd2, cmd3
//   cmd0:   LDA 0x1c2
//           INR A
//           STA 0x1c2
//           JMP cmdret
//   cmd1:   LDA 0x1c2
//           RLC
//           STA 0x1c2
//           JMP cmdret
//   cmd2:   LDA 0x1c2
//           CMA
//           ANI 0x7f
//           STA 0x1c2
//           JMP cmdret
//   cmd3:   LDA 0x1c2
//           ADI 0x35
//           DAA
//           STA 0x1c2
//           JMP cmdret
//   mul:    LXI H, 0        ; HL = A * E
//           MVI D, 0
//           MVI B, 8
//   mloop:  DAD H
//           RAL
//           JNC mskip
//           DAD D
//   mskip:  DCR B
//           JNZ mloop
//           RET
//   hex8:   PUSH PSW        ; A as two hex digits on port 1
//           RRC
//           RRC
//           RRC
//           RRC
//           CALL nib
//           POP PSW
//   nib:    ANI 0x0f
//           ADI 0x90
//           DAA
//           ACI 0x40
//           DAA
//           OUT 1
//           RET
//   puts:   MOV A, M
//           ORA A
//           RZ
//           OUT 1
//           INX H
//           JMP puts
//   msg:    DB 'B', 'O', 'O', 'T', ' ', 0
