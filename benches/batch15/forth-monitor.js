// A Forth boot monitor, as found in some bootloaders and bench instruments.
// The host tool sends scripts already split into words (strings and numbers).
// Each line is compiled: a line starting with ':' defines a word, any other
// line is compiled into a nameless word and run at once. Compiler words (if,
// else, then, begin, while, repeat, until, do, loop, recurse, exit, variable)
// are handled by a switch on the word's string; primitives come from a
// string-keyed table of functions; user words from the dictionary object.
// Compiled code is an array of cells ({op: 'lit' | 'prim' | 'call' | 'br' |
// 'br0' | 'do' | 'loop' | 'exit'}) run by an inner interpreter that switches
// on the op string and recurses for calls. Output text is built with +=.
const NODE_SUM = 951359;
const PRIMS = {};                                  // name -> function (vm)
function push(vm, v) { vm.s[vm.sp] = v; vm.sp += 1; }
function pop(vm) { vm.sp -= 1; return vm.s[vm.sp]; }
function bin(name, f) { PRIMS[name] = (vm) => { const b = pop(vm); vm.s[vm.sp - 1] = f(vm.s[vm.sp - 1], b); }; }
bin('+', (a, b) => (a + b) | 0); bin('-', (a, b) => (a - b) | 0); bin('*', (a, b) => (a * b) | 0);
bin('/', (a, b) => (a / b) | 0); bin('mod', (a, b) => a % b); bin('and', (a, b) => a & b); bin('or', (a, b) => a | b);
bin('xor', (a, b) => a ^ b); bin('<', (a, b) => a < b ? -1 : 0); bin('>', (a, b) => a > b ? -1 : 0); bin('=', (a, b) => a === b ? -1 : 0);
bin('max', (a, b) => a > b ? a : b); bin('min', (a, b) => a < b ? a : b); bin('lshift', (a, b) => a << b); bin('rshift', (a, b) => a >>> b);
PRIMS['2*'] = (vm) => { vm.s[vm.sp - 1] = vm.s[vm.sp - 1] << 1; };
PRIMS['0='] = (vm) => { vm.s[vm.sp - 1] = vm.s[vm.sp - 1] === 0 ? -1 : 0; };
PRIMS['negate'] = (vm) => { vm.s[vm.sp - 1] = -vm.s[vm.sp - 1]; };
PRIMS['dup'] = (vm) => { push(vm, vm.s[vm.sp - 1]); };
PRIMS['drop'] = (vm) => { vm.sp -= 1; };
PRIMS['swap'] = (vm) => { const t = vm.s[vm.sp - 1]; vm.s[vm.sp - 1] = vm.s[vm.sp - 2]; vm.s[vm.sp - 2] = t; };
PRIMS['over'] = (vm) => { push(vm, vm.s[vm.sp - 2]); };
PRIMS['rot'] = (vm) => { const a = vm.s[vm.sp - 3]; vm.s[vm.sp - 3] = vm.s[vm.sp - 2]; vm.s[vm.sp - 2] = vm.s[vm.sp - 1]; vm.s[vm.sp - 1] = a; };
PRIMS['tuck'] = (vm) => { const b = pop(vm), a = pop(vm); push(vm, b); push(vm, a); push(vm, b); };
PRIMS['@'] = (vm) => { vm.s[vm.sp - 1] = vm.mem[vm.s[vm.sp - 1]]; };
PRIMS['!'] = (vm) => { const addr = pop(vm); vm.mem[addr] = pop(vm); };
PRIMS['i'] = (vm) => { push(vm, vm.r[vm.rp - 2]); };
PRIMS['j'] = (vm) => { push(vm, vm.r[vm.rp - 4]); };
PRIMS['.'] = (vm) => { const v = pop(vm); vm.out += v + ' '; vm.sum = (vm.sum * 31 + (v & 0xffff)) % 1000003; };
PRIMS['emit'] = (vm) => { vm.out += EMIT[pop(vm) & 7]; };
PRIMS['cr'] = (vm) => { vm.out += '/ '; };
PRIMS['led!'] = (vm) => { const v = pop(vm); if (v !== vm.led) { vm.led = v; vm.toggles += 1; } };
const EMIT = ['*', '#', '-', '+', 'o', '.', '=', '~'];

const LIB = [                                      // definitions
  [':', 'sq', 'dup', '*', ';'],
  [':', 'cube', 'dup', 'sq', '*', ';'],
  [':', 'fib', 'dup', 2, '<', 'if', 'exit', 'then', 'dup', 1, '-', 'recurse', 'swap', 2, '-', 'recurse', '+', ';'],
  [':', 'gcd', 'begin', 'dup', 'while', 'tuck', 'mod', 'repeat', 'drop', ';'],
  [':', 'sumsq', 0, 'swap', 0, 'do', 'i', 'sq', '+', 'loop', ';'],
  [':', 'crc8', 'xor', 8, 0, 'do', 'dup', 128, 'and', 'if', '2*', 7, 'xor', 'else', '2*', 'then', 255, 'and', 'loop', ';'],
  ['variable', 'acc'],
  [':', 'acc+', 'acc', '@', '+', 'acc', '!', ';'],
  [':', 'collatz', 0, 'swap', 'begin', 'dup', 1, '>', 'while', 'dup', 2, 'mod', 'if', 3, '*', 1, '+', 'else', 2, '/', 'then',
    'swap', 1, '+', 'swap', 'repeat', 'drop', ';'],
  [':', 'blink', 0, 'do', 'i', 3, 'mod', '0=', 'led!', 'loop', ';'],
  [':', 'bar', 0, 'do', 'dup', 'emit', 'loop', 'drop', ';'],
  [':', 'isqrt', 'dup', 2, '<', 'if', 'exit', 'then', 'dup', 2, '/', 'begin', 'over', 'over', '/', 'over', '+', 2, '/', 'dup', 'rot',
    '<', 'while', 'repeat', 'swap', 'drop', ';'],
  [':', 'table', 1, 'do', 8, 1, 'do', 'i', 'j', '*', 'acc+', 'loop', 'loop', ';'],
  [':', 'digits', 0, 'swap', 'begin', 'swap', 1, '+', 'swap', 10, '/', 'dup', '0=', 'until', 'drop', ';'],
  [':', 'parity', 0, 'swap', 'begin', 'dup', 'while', 'dup', 1, 'and', 'rot', 'xor', 'swap', 1, 'rshift', 'repeat', 'drop', ';'],
  [':', 'sign', 'dup', 0, '=', 'if', 'drop', 0, 'else', 0, '<', 'if', -1, 'else', 1, 'then', 'then', ';'],
];
const MAIN = [                                     // commands typed at the prompt
  [12, 0, 'do', 'i', 'fib', '.', 'loop', 'cr'],
  [1071, 462, 'gcd', '.', 4199, 1547, 'gcd', '.', 30, 'sumsq', '.', 'cr'],
  [0, 'acc', '!', 12, 0, 'do', 'i', 'cube', 'acc+', 'loop', 'acc', '@', '.'],
  [0, 64, 0, 'do', 'i', 37, '*', 255, 'and', 'swap', 'crc8', 'loop', '.', 'cr'],
  [27, 'collatz', '.', 97, 'collatz', '.', 871, 'collatz', '.'],
  [40, 'blink', 3, 6, 'bar', 'cr'],
  [30, 2, 'do', 'i', 'i', '*', 'i', '+', 'isqrt', 'acc+', 'loop', 'acc', '@', '.'],
  [9, 'table', 'acc', '@', '.', 'cr'],
  [65535, 'digits', '.', 7, 'digits', '.', 48879, 'parity', '.', 255, 'parity', 1, 'or', '.', -9, 'sign', 0, 'sign', 9, 'sign', '+', '+', '.'],
  [5, 'fbi', '.'],                                 // a typo: "? fbi" and the line is dropped
  [100, 7, 'max', 3, 'min', -4, 'negate', '+', 1, 4, 'lshift', '+', -1, 28, 'rshift', '+', '.'],
];

function execute(vm, code) {                       // the inner interpreter
  let pc = 0;
  vm.depth += 1;
  if (vm.depth > vm.maxDepth) vm.maxDepth = vm.depth;
  while (pc < code.length) {
    const c = code[pc];
    pc += 1;
    vm.steps += 1;
    switch (c.op) {
      case 'prim': c.fn(vm); break;
      case 'lit': push(vm, c.v); break;
      case 'call': execute(vm, c.w.code); break;
      case 'br': pc = c.to; break;
      case 'br0': if (pop(vm) === 0) pc = c.to; break;
      case 'do': vm.r[vm.rp] = pop(vm); vm.r[vm.rp + 1] = pop(vm); vm.rp += 2; break;   // ( limit start -- ): index, then limit
      case 'loop': vm.r[vm.rp - 2] += 1; if (vm.r[vm.rp - 2] < vm.r[vm.rp - 1]) pc = c.to; else vm.rp -= 2; break;
      case 'exit': pc = code.length; break;
      default: vm.bad += 1;
    }
  }
  vm.depth -= 1;
}

function compileLine(vm, line) {                   // returns the code of a command line, or null
  const code = [], ctl = [];
  let word = null, first = 0;
  if (line[0] === ':') { word = { name: line[1], code: code }; first = 2; }
  if (line[0] === 'variable') { const addr = vm.mem.length; vm.mem.push(0); vm.dict[line[1]] = { name: line[1], code: [{ op: 'lit', v: addr }] }; return null; }
  for (let i = first; i < line.length; i++) {
    const t = line[i];
    if (typeof t === 'number') code.push({ op: 'lit', v: t });
    else switch (t) {
      case ';': vm.dict[word.name] = word; return null;
      case 'if': ctl.push(code.length); code.push({ op: 'br0', to: 0 }); break;
      case 'else': code.push({ op: 'br', to: 0 }); code[ctl[ctl.length - 1]].to = code.length; ctl[ctl.length - 1] = code.length - 1; break;
      case 'then': code[ctl[ctl.length - 1]].to = code.length; ctl.length -= 1; break;
      case 'begin': ctl.push(code.length); break;
      case 'while': ctl.push(code.length); code.push({ op: 'br0', to: 0 }); break;
      case 'repeat': code.push({ op: 'br', to: ctl[ctl.length - 2] }); code[ctl[ctl.length - 1]].to = code.length; ctl.length -= 2; break;
      case 'until': code.push({ op: 'br0', to: ctl[ctl.length - 1] }); ctl.length -= 1; break;
      case 'do': code.push({ op: 'do' }); ctl.push(code.length); break;
      case 'loop': code.push({ op: 'loop', to: ctl[ctl.length - 1] }); ctl.length -= 1; break;
      case 'recurse': code.push({ op: 'call', w: word }); break;
      case 'exit': code.push({ op: 'exit' }); break;
      default:
        if (vm.dict[t] !== undefined) code.push({ op: 'call', w: vm.dict[t] });
        else if (PRIMS[t] !== undefined) code.push({ op: 'prim', fn: PRIMS[t] });
        else { vm.out += '? ' + t + ' '; vm.errors += 1; return null; }
    }
  }
  return code;
}

let checked = false;

function run() {
  let h = 13;
  const vm = { s: [], sp: 0, r: [], rp: 0, mem: [], dict: {}, out: '', sum: 0, led: 0, toggles: 0, depth: 0, maxDepth: 0, steps: 0, errors: 0, bad: 0 };
  for (let i = 0; i < LIB.length; i++) compileLine(vm, LIB[i]);
  const ops = {};                                  // cell kinds in the dictionary, as SEE would list them
  for (let i = 0; i < LIB.length; i++) {
    const w = vm.dict[LIB[i][1]];
    for (let k = 0; k < w.code.length; k++) ops[w.code[k].op] = (ops[w.code[k].op] | 0) + 1;
  }
  let words = 0;
  for (let i = 0; i < MAIN.length; i++) {
    const code = compileLine(vm, MAIN[i]);
    if (code !== null) { words += code.length; execute(vm, code); }
    vm.sp = 0;                                     // the prompt clears the stack
    h = (h * 31 + vm.sum) % 1000003;
  }
  h = (h * 31 + vm.toggles * 64 + vm.maxDepth) % 1000003;
  h = (h * 31 + vm.steps % 1000003) % 1000003;
  h = (h * 31 + vm.errors * 16 + vm.bad) % 1000003;
  h = (h * 31 + ops.call * 4096 + ops.prim * 64 + ops.lit) % 1000003;
  const out = 'forth-monitor words=' + words + ' steps=' + vm.steps + ' depth=' + vm.maxDepth + ' toggles=' + vm.toggles + ' errors=' + vm.errors + ' cells=' + ops.call + '/' + ops.prim + '/' + ops.lit + '/' + ops.br0 +
    ' out=' + vm.out + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
