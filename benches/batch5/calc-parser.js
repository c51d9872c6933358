// Calibration formulas for the channels of a data logger, typed in over a
// serial console and stored as text (ASCII bytes here: Microvium strings
// cannot be indexed). The firmware evaluates them with a recursive-descent
// parser straight from the text for every sample: integer + - * / %,
// right-associative ^, unary minus, parentheses, named variables (a
// string-keyed object) and functions min, max, abs, clamp and avg. Syntax
// errors, unknown names, division by zero and overflow throw error objects,
// which the caller catches and counts per formula.
const CH = [
  '','','','','','','','','','','','','','','','',
  '','','','','','','','','','','','','','','','',
  ' ','!','"','#','$','%','&','\'','(',')','*','+',',','-','.','/',
  '0','1','2','3','4','5','6','7','8','9',':',';','<','=','>','?',
  '@','A','B','C','D','E','F','G','H','I','J','K','L','M','N','O',
  'P','Q','R','S','T','U','V','W','X','Y','Z','[','\\',']','^','_',
  '`','a','b','c','d','e','f','g','h','i','j','k','l','m','n','o',
  'p','q','r','s','t','u','v','w','x','y','z','{','|','}','~',''
];

const FORMULAS = [
  [40, 114, 97, 119, 32, 45, 32, 53, 49, 50, 41, 32, 42, 32, 51, 51, 32, 47, 32, 49, 48, 32, 43, 32, 111, 102, 102],   // (raw - 512) * 33 / 10 + off
  [114, 97, 119, 32, 42, 32, 118, 114, 101, 102, 32, 47, 32, 52, 48, 57, 54],   // raw * vref / 4096
  [99, 108, 97, 109, 112, 40, 40, 114, 97, 119, 32, 45, 32, 50, 48, 52, 56, 41, 32, 42, 32, 103, 97, 105, 110, 32, 47, 32, 50, 53, 54, 44, 32, 45, 49, 48, 48, 48, 44, 32, 49, 48, 48, 48, 41],   // clamp((raw - 2048) * gain / 256, -1000, 1000)
  [109, 97, 120, 40, 109, 105, 110, 40, 114, 97, 119, 44, 32, 51, 48, 48, 48, 41, 44, 32, 49, 48, 48, 41, 32, 37, 32, 57, 55, 55],   // max(min(raw, 3000), 100) % 977
  [45, 40, 45, 114, 97, 119, 32, 43, 32, 111, 102, 102, 41, 32, 42, 32, 50, 32, 45, 32, 45, 51],   // -(-raw + off) * 2 - -3
  [97, 118, 103, 40, 114, 97, 119, 44, 32, 114, 97, 119, 32, 47, 32, 50, 44, 32, 114, 97, 119, 32, 47, 32, 52, 44, 32, 55, 41],   // avg(raw, raw / 2, raw / 4, 7)
  [97, 98, 115, 40, 116, 32, 45, 32, 50, 53, 48, 41, 32, 42, 32, 40, 49, 32, 43, 32, 103, 97, 105, 110, 32, 47, 32, 49, 50, 56, 41],   // abs(t - 250) * (1 + gain / 128)
  [40, 40, 40, 40, 114, 97, 119, 32, 43, 32, 49, 41, 32, 42, 32, 51, 32, 45, 32, 50, 41, 32, 42, 32, 53, 32, 43, 32, 52, 41, 32, 47, 32, 55, 41, 32, 45, 32, 40, 40, 111, 102, 102, 41, 41],   // ((((raw + 1) * 3 - 2) * 5 + 4) / 7) - ((off))
  [50, 32, 94, 32, 49, 48, 32, 43, 32, 114, 97, 119, 32, 94, 32, 50, 32, 47, 32, 49, 48, 48, 48],   // 2 ^ 10 + raw ^ 2 / 1000
  [114, 97, 119, 32, 47, 32, 40, 116, 32, 45, 32, 50, 53, 48, 41],   // raw / (t - 250)
  [114, 97, 119, 32, 42, 32, 40, 51, 32, 43, 32],   // raw * (3 + 
  [102, 111, 111, 32, 43, 32, 49],   // foo + 1
  [99, 108, 97, 109, 112, 40, 114, 97, 119, 44, 32, 49, 41],   // clamp(raw, 1)
  [40, 114, 97, 119, 32, 38, 32, 50, 53, 53, 41],   // (raw & 255)
  [116, 32, 42, 32, 116, 32, 45, 32, 51, 32, 42, 32, 116, 32, 43, 32, 50, 32, 42, 32, 40, 114, 97, 119, 32, 37, 32, 49, 51, 41],   // t * t - 3 * t + 2 * (raw % 13)
  [118, 114, 101, 102, 32, 45, 32, 114, 97, 119, 32, 42, 32, 118, 114, 101, 102, 32, 47, 32, 52, 48, 57, 53, 32, 43, 32, 109, 97, 120, 40, 48, 44, 32, 111, 102, 102, 32, 45, 32, 50, 48, 41, 32, 42, 32, 48],   // vref - raw * vref / 4095 + max(0, off - 20) * 0
  [49, 32, 43, 32, 50, 32, 42, 32, 40, 51, 32, 43, 32, 52, 32, 42, 32, 40, 53, 32, 43, 32, 54, 32, 42, 32, 40, 55, 32, 43, 32, 56, 32, 42, 32, 40, 57, 32, 43, 32, 114, 97, 119, 41, 41, 41, 41],   // 1 + 2 * (3 + 4 * (5 + 6 * (7 + 8 * (9 + raw))))
  [50, 32, 94, 32, 51, 32, 94, 32, 50, 32, 45, 32, 114, 97, 119, 32, 94, 32, 51],   // 2 ^ 3 ^ 2 - raw ^ 3
  [109, 105, 110, 40, 114, 97, 119, 44, 32, 103, 97, 105, 110, 44, 32, 111, 102, 102, 44, 32, 116, 44, 32, 118, 114, 101, 102, 41, 32, 43, 32, 109, 97, 120, 40, 97, 98, 115, 40, 111, 102, 102, 41, 44, 32, 49, 41],   // min(raw, gain, off, t, vref) + max(abs(off), 1)
];

const E_SYNTAX = 1, E_NAME = 2, E_DIV0 = 3, E_ARITY = 4, E_OVERFLOW = 5;
const LIMIT = 1000000000;

// (Helpers rather than loops inside the switch's cases: Microvium 8's
// compiler stops with an internal error on a loop declared inside a case.)
function extreme(args, lowest) {
  let v = args[0];
  for (let k = 1; k < args.length; k++) {
    if (lowest ? args[k] < v : args[k] > v) v = args[k];
  }
  return v;
}
function total(args) {
  let v = 0;
  for (let k = 0; k < args.length; k++) v += args[k];
  return v;
}

class Calc {
  constructor(vars) { this.vars = vars; this.b = null; this.i = 0; this.n = 0; this.depth = 0; this.maxDepth = 0; }
  error(code) { throw { code: code, pos: this.i }; }
  peek() {
    const b = this.b;
    while (this.i < this.n && b[this.i] === 32) this.i++;
    return this.i < this.n ? b[this.i] : -1;
  }
  eat(c) {
    if (this.peek() !== c) this.error(E_SYNTAX);
    this.i++;
  }
  check(v) {
    if (v > LIMIT || v < -LIMIT) this.error(E_OVERFLOW);
    return v;
  }
  evaluate(bytes) {
    this.b = bytes; this.i = 0; this.n = bytes.length; this.depth = 0;
    const v = this.expr();
    if (this.peek() !== -1) this.error(E_SYNTAX);
    return v;
  }
  expr() {
    let v = this.term();
    while (true) {
      const c = this.peek();
      if (c === 43) { this.i++; v = this.check(v + this.term()); }
      else if (c === 45) { this.i++; v = this.check(v - this.term()); }
      else return v;
    }
  }
  term() {
    let v = this.unary();
    while (true) {
      const c = this.peek();
      if (c === 42) { this.i++; v = this.check(v * this.unary()); }
      else if (c === 47 || c === 37) {
        this.i++;
        const d = this.unary();
        if (d === 0) this.error(E_DIV0);
        v = c === 47 ? (v / d) | 0 : v % d;
      } else return v;
    }
  }
  unary() {
    if (this.peek() === 45) { this.i++; return -this.unary(); }
    if (this.peek() === 43) { this.i++; return this.unary(); }
    return this.power();
  }
  power() {
    const base = this.primary();
    if (this.peek() !== 94) return base;
    this.i++;
    const e = this.unary();
    if (e < 0 || e > 30) this.error(E_OVERFLOW);
    let v = 1;
    for (let k = 0; k < e; k++) v = this.check(v * base);
    return v;
  }
  primary() {
    const c = this.peek();
    if (c === 40) {
      this.i++;
      this.depth++;
      if (this.depth > this.maxDepth) this.maxDepth = this.depth;
      const v = this.expr();
      this.eat(41);
      this.depth--;
      return v;
    }
    if (c >= 48 && c <= 57) {
      let v = 0;
      while (this.i < this.n && this.b[this.i] >= 48 && this.b[this.i] <= 57) {
        v = this.check(v * 10 + this.b[this.i] - 48);
        this.i++;
      }
      return v;
    }
    if (c >= 97 && c <= 122) {
      let name = '';
      while (this.i < this.n && this.b[this.i] >= 97 && this.b[this.i] <= 122) {
        name += CH[this.b[this.i]];
        this.i++;
      }
      if (this.peek() === 40) return this.call(name);
      const v = this.vars[name];
      if (v === undefined) this.error(E_NAME);
      return v;
    }
    this.error(E_SYNTAX);
    return 0;
  }
  call(name) {
    this.i++;
    const args = [];
    if (this.peek() !== 41) {
      args.push(this.expr());
      while (this.peek() === 44) { this.i++; args.push(this.expr()); }
    }
    this.eat(41);
    const n = args.length;
    let v = 0;
    switch (name) {
      case 'abs':
        if (n !== 1) this.error(E_ARITY);
        v = args[0] < 0 ? -args[0] : args[0];
        break;
      case 'min':
        if (n < 1) this.error(E_ARITY);
        v = extreme(args, true);
        break;
      case 'max':
        if (n < 1) this.error(E_ARITY);
        v = extreme(args, false);
        break;
      case 'clamp':
        if (n !== 3) this.error(E_ARITY);
        v = args[0] < args[1] ? args[1] : (args[0] > args[2] ? args[2] : args[0]);
        break;
      case 'avg':
        if (n < 1) this.error(E_ARITY);
        v = (total(args) / n) | 0;
        break;
      default:
        this.error(E_NAME);
    }
    return v;
  }
}

let checked = false;
function run() {
  const vars = { raw: 0, gain: 300, off: 37, t: 0, vref: 3300 };
  const calc = new Calc(vars);
  const errs = [0, 0, 0, 0, 0, 0];
  let sum = 0, good = 0, where = 0;
  for (let s = 0; s < 4; s++) {
    vars.raw = (s * 1733 + 91) % 4096;
    vars.t = 248 + s;
    for (let f = 0; f < FORMULAS.length; f++) {
      try {
        const v = calc.evaluate(FORMULAS[f]);
        good++;
        sum = (sum * 31 + (v % 1000003) + 1000003) % 1000003;
      } catch (e) {
        errs[e.code] = errs[e.code] + 1;
        where = (where * 7 + e.pos + f) % 10007;
      }
    }
  }
  const r = (sum ^ (where << 8)) + good;
  if (!checked) {
    checked = true;
    print('calc ' + good + ' ' + errs[1] + '/' + errs[2] + '/' + errs[3] + '/' + errs[4] + '/' + errs[5] + ' ' +
      calc.maxDepth + ' ' + sum + ' ' + where + ' ' + r);
  }
  return r;
}
vmExport(0, run);
