// A data logger's user-configured channel formulas, stored as RPN token
// lists (numbers, variable names, operator strings). Each call builds
// expression trees of class instances from the tokens, differentiates them
// symbolically (for a rate-of-change channel), simplifies both trees by
// constant folding and identities, and evaluates them over a sweep of x.
const NUM = 0, VAR = 1, OP = 2;   // node kinds (Microvium 8 has no instanceof)
class Num {
  constructor(v) { this.k = NUM; this.v = v; }
  ev(env) { return this.v; }
  d(name) { return ZERO; }
  simp() { return this; }
  size() { return 1; }
  isConst(v) { return this.v === v; }
}
class Var {
  constructor(name) { this.k = VAR; this.name = name; }
  ev(env) { return env[this.name]; }
  d(name) { return name === this.name ? ONE : ZERO; }
  simp() { return this; }
  size() { return 1; }
  isConst(v) { return false; }
}
class Add {
  constructor(a, b) { this.k = OP; this.a = a; this.b = b; }
  ev(env) { return this.a.ev(env) + this.b.ev(env); }
  d(name) { return new Add(this.a.d(name), this.b.d(name)); }
  simp() {
    const a = this.a.simp(), b = this.b.simp();
    if (a.k === NUM && b.k === NUM) return new Num(a.v + b.v);
    if (a.isConst(0)) return b;
    if (b.isConst(0)) return a;
    return new Add(a, b);
  }
  size() { return 1 + this.a.size() + this.b.size(); }
  isConst(v) { return false; }
}
class Sub {
  constructor(a, b) { this.k = OP; this.a = a; this.b = b; }
  ev(env) { return this.a.ev(env) - this.b.ev(env); }
  d(name) { return new Sub(this.a.d(name), this.b.d(name)); }
  simp() {
    const a = this.a.simp(), b = this.b.simp();
    if (a.k === NUM && b.k === NUM) return new Num(a.v - b.v);
    if (b.isConst(0)) return a;
    return new Sub(a, b);
  }
  size() { return 1 + this.a.size() + this.b.size(); }
  isConst(v) { return false; }
}
class Mul {
  constructor(a, b) { this.k = OP; this.a = a; this.b = b; }
  ev(env) { return this.a.ev(env) * this.b.ev(env); }
  d(name) {
    return new Add(new Mul(this.a.d(name), this.b), new Mul(this.a, this.b.d(name)));
  }
  simp() {
    const a = this.a.simp(), b = this.b.simp();
    if (a.k === NUM && b.k === NUM) return new Num(a.v * b.v);
    if (a.isConst(0) || b.isConst(0)) return ZERO;
    if (a.isConst(1)) return b;
    if (b.isConst(1)) return a;
    return new Mul(a, b);
  }
  size() { return 1 + this.a.size() + this.b.size(); }
  isConst(v) { return false; }
}
const ZERO = new Num(0), ONE = new Num(1);

function build(tokens) {
  const stack = [];
  let sp = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (typeof t === 'number') stack[sp++] = new Num(t);
    else {
      switch (t) {
        case '+': sp--; stack[sp - 1] = new Add(stack[sp - 1], stack[sp]); break;
        case '-': sp--; stack[sp - 1] = new Sub(stack[sp - 1], stack[sp]); break;
        case '*': sp--; stack[sp - 1] = new Mul(stack[sp - 1], stack[sp]); break;
        default: stack[sp++] = new Var(t);
      }
    }
  }
  assert(sp === 1, 'bad formula');
  return stack[0];
}

const FORMULAS = [
  // 3x^3 - 2x^2 + 5x - 7
  [3, 'x', '*', 'x', '*', 'x', '*', 2, 'x', '*', 'x', '*', '-', 5, 'x', '*', '+', 7, '-'],
  // (x + t)(x - t) * 2 + t x
  ['x', 't', '+', 'x', 't', '-', '*', 2, '*', 't', 'x', '*', '+'],
  // (x^2 + 1)(x^2 - x + 4) - 11, with a constant subterm (2 * 3 - 6) * x
  ['x', 'x', '*', 1, '+', 'x', 'x', '*', 'x', '-', 4, '+', '*', 11, '-', 2, 3, '*', 6, '-', 'x', '*', '+']
];

let checked = false;
function run() {
  const env = { x: 0, t: 3 };
  let sum = 0, sizes = 0;
  for (let f = 0; f < FORMULAS.length; f++) {
    const e = build(FORMULAS[f]);
    const de = e.d('x');
    const se = e.simp(), sde = de.simp();
    sizes = sizes * 7 + e.size() * 1000000 + de.size() * 10000 + se.size() * 100 + sde.size();
    sizes = sizes % 1000000007;
    for (let x = -6; x <= 6; x++) {
      env.x = x;
      const v = e.ev(env), sv = se.ev(env);
      const dv = de.ev(env), sdv = sde.ev(env);
      assert(v === sv && dv === sdv, 'simplify changed the value');
      sum = (sum * 3 + v + dv * 5) % 1000003;
    }
  }
  const r = (sum ^ sizes) | 0;
  if (!checked) { checked = true; print('expr ' + sum + ' ' + sizes + ' ' + r); }
  return r;
}
vmExport(0, run);
