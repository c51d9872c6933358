// A tiny stack-machine interpreter: assemble a program with labels at build time, then interpret it.
const OP_PUSH = 0, OP_LOAD = 1, OP_STORE = 2, OP_ADD = 3, OP_SUB = 4, OP_MUL = 5, OP_MOD = 6;
const OP_LT = 7, OP_JZ = 8, OP_JMP = 9, OP_DUP = 10, OP_POP = 11, OP_EQ = 12, OP_HALT = 13;

function assemble(src) {
  // src: array of [op, arg] or ['label', name]; resolves label names to addresses
  const labels = {};
  let addr = 0;
  for (let i = 0; i < src.length; i++) {
    const ins = src[i];
    if (ins[0] === 'label') labels[ins[1]] = addr;
    else addr += 2;
  }
  const code = [];
  for (let i = 0; i < src.length; i++) {
    const ins = src[i];
    if (ins[0] !== 'label') {
      code.push(ins[0]);
      const a = ins[1];
      code.push(typeof a === 'string' ? labels[a] : (a === undefined ? 0 : a));
    }
  }
  return code;
}
// vars: 0=i, 1=acc, 2=n, 3=j, 4=hits
// for (i = 1; i < n; i++) { acc = (acc * 31 + i * i) % 10007; j = i; while (j !== 1) { if j%2==0 j=j/2-ish (j = j - j%2 ... ) } }
const program = assemble([
  [OP_PUSH, 1], [OP_STORE, 0],
  [OP_PUSH, 0], [OP_STORE, 1],
  [OP_PUSH, 0], [OP_STORE, 4],
  ['label', 'loop'],
  [OP_LOAD, 0], [OP_LOAD, 2], [OP_LT], [OP_JZ, 'end'],
  // acc = (acc * 31 + i * i) % 10007
  [OP_LOAD, 1], [OP_PUSH, 31], [OP_MUL], [OP_LOAD, 0], [OP_DUP], [OP_MUL], [OP_ADD], [OP_PUSH, 10007], [OP_MOD], [OP_STORE, 1],
  // j = i; while (j > 0) { if (j % 3 === 0) hits++; j = j - 7 }   (inner countdown loop)
  [OP_LOAD, 0], [OP_STORE, 3],
  ['label', 'inner'],
  [OP_PUSH, 0], [OP_LOAD, 3], [OP_LT], [OP_JZ, 'next'],
  [OP_LOAD, 3], [OP_PUSH, 3], [OP_MOD], [OP_PUSH, 0], [OP_EQ], [OP_JZ, 'skip'],
  [OP_LOAD, 4], [OP_PUSH, 1], [OP_ADD], [OP_STORE, 4],
  ['label', 'skip'],
  [OP_LOAD, 3], [OP_PUSH, 7], [OP_SUB], [OP_STORE, 3],
  [OP_JMP, 'inner'],
  ['label', 'next'],
  [OP_LOAD, 0], [OP_PUSH, 1], [OP_ADD], [OP_STORE, 0],
  [OP_JMP, 'loop'],
  ['label', 'end'],
  [OP_LOAD, 1], [OP_LOAD, 4], [OP_PUSH, 100000], [OP_MUL], [OP_ADD],
  [OP_HALT],
]);

function execute(code, n) {
  const vars = [0, 0, n, 0, 0];
  const stack = [];
  let sp = 0;
  let pc = 0;
  let steps = 0;
  let b = 0;
  while (true) {
    const op = code[pc];
    const arg = code[pc + 1];
    pc += 2;
    steps++;
    switch (op) {
      case OP_PUSH: stack[sp++] = arg; break;
      case OP_LOAD: stack[sp++] = vars[arg]; break;
      case OP_STORE: vars[arg] = stack[--sp]; break;
      case OP_ADD: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] + b; break;
      case OP_SUB: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] - b; break;
      case OP_MUL: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] * b; break;
      case OP_MOD: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] % b; break;
      case OP_LT: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] < b ? 1 : 0; break;
      case OP_EQ: b = stack[--sp]; stack[sp - 1] = stack[sp - 1] === b ? 1 : 0; break;
      case OP_JZ: if (stack[--sp] === 0) pc = arg; break;
      case OP_JMP: pc = arg; break;
      case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case OP_POP: sp--; break;
      case OP_HALT: return stack[sp - 1] * 10 + steps % 10;
      default: throw 'bad opcode ' + op;
    }
  }
}
let checked = false;
function run() {
  const r = execute(program, 60);
  if (!checked) { checked = true; print('stack-vm ' + program.length + ' ' + r); }
  return r;
}
vmExport(0, run);
