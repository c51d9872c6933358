// Regular expressions, in JavaScript. A pattern is parsed into a tree and
// compiled into a program for a backtracking matcher over UTF-16 code
// units, as JavaScript matches without the `u` flag; with it, a
// surrogate pair is one character (to `.`, classes and their repeats, and
// where a search or an empty match moves on). Flags d, g, i, m, s, u and
// y (`i` folds the letters of ASCII, Latin-1, Greek and Cyrillic; `d`
// changes nothing); classes, `\d \w \s` and their negations, `. ^ $ \b \B`,
// greedy and lazy quantifiers, capturing, named and non-capturing groups,
// alternation, lookahead, lookbehind and backreferences. The work of the
// string methods (`// section: NAME` to `// end: NAME`) comes only with a
// program that calls them (`.split(`; `replace` serves `replaceAll`).
//
// The tree's nodes are arrays, `[kind, ...]`:
//   0 char c · 1 any · 2 class ranges negate · 3 sequence nodes ·
//   4 alternatives nodes · 5 group node slot · 6 repeat node min max greedy ·
//   7 start of line · 8 end of line · 9 word boundary negate ·
//   10 lookahead node negate · 11 backreference group ·
//   12 lookbehind node negate
// A program is a flat array of instructions, three numbers each,
// `op a b`:
//   0 char c · 1 any · 2 class i (ranges in classes[i]) negate ·
//   3 split a b (try a, then b) · 4 jump a · 5 save slot ·
//   6 start of line · 7 end of line · 8 word boundary negate ·
//   9 lookahead i (program programs[i]) negate · 10 backreference group ·
//   11 match · 12 mark slot · 13 progress slot (fails when an empty
//   iteration would loop forever) · 14 lookbehind i negate (a match of
//   programs[i] that ends here) · 15 at the end (of a lookbehind: where it
//   was asked) · 16 run min max (-1: no most), the one-unit instruction
//   after it as many times as it matches, greedily, backtracking one unit
//   at a time from one stack entry · 17 clear from to (the slots of the
//   groups a repeated pass holds, undefined again each pass)
function $mvmReError(source, what) {
  throw new SyntaxError('Invalid regular expression: /' + source + '/: ' + what);
}
const $mvmReDigit = [48, 57];
const $mvmReWord = [48, 57, 65, 90, 95, 95, 97, 122];
const $mvmReSpace = [9, 13, 32, 32, 160, 160, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029,
  0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
// The code units (or, to `top` 0x10FFFF, code points) outside sorted
// `ranges`.
function $mvmReComplement(ranges, top = 0xffff) {
  const out = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] > next) out.push(next, ranges[i] - 1);
    if (ranges[i + 1] + 1 > next) next = ranges[i + 1] + 1;
  }
  if (next <= top) out.push(next, top);
  return out;
}
// Lower case, for the letters `i` folds: ASCII, Latin-1, Greek and
// Cyrillic (final sigma folds with sigma, as JavaScript's toUpperCase
// makes both Σ).
function $mvmReFold(c) {
  // (Ÿ and the micro sign, Latin-1's two whose other case is elsewhere.)
  if (c < 0x391) return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c === 0x178 ? 0xff : c === 0xb5 ? 0x3bc : c;
  if ((c <= 0x3a9 && c !== 0x3a2) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c === 0x3c2) return 0x3c3;
  return c >= 0x400 && c <= 0x40f ? c + 80 : c;
}
function $mvmReUpper(c) {
  if (c < 0x3b1) return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7) ? c - 32 : c === 0xff ? 0x178 : c === 0xb5 ? 0x39c : c;
  if (c === 0x3c2) return 0x3a3;
  if (c <= 0x3c9 || (c >= 0x430 && c <= 0x44f)) return c - 32;
  return c >= 0x450 && c <= 0x45f ? c - 80 : c;
}
function $mvmReIsWord(s, at) {
  if (at < 0 || at >= s.length) return false;
  const c = s.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);
}
function $mvmReIsLineEnd(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function $mvmReInRanges(ranges, c) {
  for (let i = 0; i < ranges.length; i += 2) {
    if (c >= ranges[i] && c <= ranges[i + 1]) return true;
  }
  return false;
}

// The parser: `at` walks the pattern; groups are numbered as they open.
class $mvmReParser {
  constructor(source, unicode) {
    this.source = source;
    this.at = 0;
    this.groups = 0;
    this.names = [];
    this.unicode = unicode;
  }
  fail(what) {
    $mvmReError(this.source, what);
  }
  peek() {
    return this.at < this.source.length ? this.source.charCodeAt(this.at) : -1;
  }
  eat(c) {
    if (this.peek() !== c) return false;
    this.at++;
    return true;
  }
  // With `u`, the unit just read and a low surrogate after it are one
  // code point.
  point(c) {
    if (!this.unicode || c < 0xd800 || c > 0xdbff) return c;
    const low = this.peek();
    if (low < 0xdc00 || low > 0xdfff) return c;
    this.at++;
    return (c - 0xd800) * 1024 + (low - 0xdc00) + 0x10000;
  }
  alternatives() {
    const options = [this.sequence()];
    while (this.eat(124)) options.push(this.sequence());
    return options.length === 1 ? options[0] : [4, options];
  }
  sequence() {
    const items = [];
    for (let c = this.peek(); c !== -1 && c !== 124 && c !== 41; c = this.peek()) {
      const term = this.term();
      if (term !== null) items.push(term);
    }
    return [3, items];
  }
  term() {
    const c = this.peek();
    this.at++;
    let atom;
    switch (c) {
      case 94: return [7];
      case 36: return [8];
      case 46: atom = [1]; break;
      case 91: atom = this.charClass(); break;
      case 40: atom = this.group(); break;
      case 92: atom = this.escape(); break;
      case 42: case 43: case 63: this.fail('Nothing to repeat'); break;
      case 123:
        if (this.quantifierAt(this.at - 1)) this.fail('Nothing to repeat');
        atom = [0, c];
        break;
      case 41: this.fail('Unmatched \')\''); break;
      default: atom = [0, this.point(c)];
    }
    // (Assertions take no quantifier but lookaheads, as in JavaScript.)
    if (atom[0] === 9) return atom;
    return this.quantified(atom);
  }
  // Whether a `{n}`, `{n,}` or `{n,m}` starts at `at`.
  quantifierAt(at) {
    const s = this.source;
    let i = at + 1;
    const digits = () => {
      const from = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      return i > from;
    };
    if (!digits()) return false;
    if (s[i] === ',') {
      i++;
      digits();
    }
    return s[i] === '}';
  }
  number() {
    let n = 0;
    while (this.peek() >= 48 && this.peek() <= 57) n = n * 10 + (this.source.charCodeAt(this.at++) - 48);
    return n;
  }
  quantified(atom) {
    let min;
    let max;
    const c = this.peek();
    if (c === 42) { min = 0; max = Infinity; }
    else if (c === 43) { min = 1; max = Infinity; }
    else if (c === 63) { min = 0; max = 1; }
    else if (c === 123 && this.quantifierAt(this.at)) {
      this.at++;
      min = this.number();
      max = min;
      if (this.eat(44)) max = this.peek() === 125 ? Infinity : this.number();
      if (max < min) this.fail('numbers out of order in {} quantifier');
      // (On the closing brace, which the step below passes.)
    } else return atom;
    this.at++;
    const greedy = !this.eat(63);
    return [6, atom, min, max, greedy];
  }
  group() {
    let slot = -1;
    if (this.eat(63)) {
      if (this.eat(58)) {
        // (?: ... )
      } else if (this.eat(61) || this.eat(33)) {
        const negate = this.source.charCodeAt(this.at - 1) === 33;
        const inner = this.alternatives();
        if (!this.eat(41)) this.fail('Unterminated group');
        return [10, inner, negate];
      } else if (this.eat(60)) {
        if (this.eat(61) || this.eat(33)) {
          const negate = this.source.charCodeAt(this.at - 1) === 33;
          const inner = this.alternatives();
          if (!this.eat(41)) this.fail('Unterminated group');
          return [12, inner, negate];
        }
        const end = this.source.indexOf('>', this.at);
        if (end < 0) this.fail('Invalid capture group name');
        this.names[this.groups + 1] = this.source.slice(this.at, end);
        this.at = end + 1;
        slot = ++this.groups;
      } else this.fail('Invalid group');
    } else slot = ++this.groups;
    const inner = this.alternatives();
    if (!this.eat(41)) this.fail('Unterminated group');
    return slot < 0 ? inner : [5, inner, slot];
  }
  hex(count) {
    let n = 0;
    for (let i = 0; i < count; i++) {
      const c = this.peek();
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) return -1;
      n = n * 16 + d;
      this.at++;
    }
    return n;
  }
  // After a backslash: a class's ranges as [2, ranges, negate], or a
  // code unit as [0, c]; outside classes also assertions and
  // backreferences.
  escape(inClass) {
    const c = this.peek();
    if (c === -1) this.fail('\\ at end of pattern');
    this.at++;
    switch (c) {
      case 100: return [2, $mvmReDigit, false];
      case 68: return [2, $mvmReDigit, true];
      case 119: return [2, $mvmReWord, false];
      case 87: return [2, $mvmReWord, true];
      case 115: return [2, $mvmReSpace, false];
      case 83: return [2, $mvmReSpace, true];
      case 110: return [0, 10];
      case 114: return [0, 13];
      case 116: return [0, 9];
      case 118: return [0, 11];
      case 102: return [0, 12];
      case 48: return [0, 0];
      case 98: return inClass ? [0, 8] : [9, false];
      case 66: if (!inClass) return [9, true]; break;
      case 99: {
        const letter = this.peek() | 32;
        if (letter >= 97 && letter <= 122) {
          this.at++;
          return [0, letter - 96];
        }
        return [0, 92];
      }
      case 117:
        if (this.unicode && this.peek() === 123) {
          const end = this.source.indexOf('}', this.at);
          const point = end < 0 ? NaN : parseInt(this.source.slice(this.at + 1, end), 16);
          if (!(point >= 0 && point <= 0x10ffff)) this.fail('Invalid Unicode escape');
          this.at = end + 1;
          if (point <= 0xffff || this.unicode) return [0, point];
          // (Two units: a pair, matched in turn.)
          const high = 0xd800 + ((point - 0x10000) >> 10);
          return [3, [[0, high], [0, 0xdc00 + ((point - 0x10000) & 1023)]]];
        }
      // falls through
      case 120: {
        const from = this.at;
        const n = this.hex(c === 120 ? 2 : 4);
        if (n >= 0) return [0, n];
        this.at = from;
        break;
      }
      case 107:
        if (!inClass && this.peek() === 60) {
          const end = this.source.indexOf('>', this.at);
          if (end < 0) this.fail('Invalid named reference');
          const name = this.source.slice(this.at + 1, end);
          this.at = end + 1;
          return [11, name];
        }
        break;
    }
    if ((c === 112 || c === 80) && this.unicode) this.fail('Unicode property escapes are not supported');
    if (!inClass && c >= 49 && c <= 57) {
      this.at--;
      return [11, this.number()];
    }
    return [0, c];
  }
  charClass() {
    const negate = this.eat(94);
    let ranges = [];
    while (!this.eat(93)) {
      if (this.peek() === -1) this.fail('Unterminated character class');
      let first = this.point(this.source.charCodeAt(this.at++));
      if (first === 92) {
        const item = this.escape(true);
        if (item[0] === 3) this.fail('a character past U+FFFF in a class is not supported');
        if (item[0] === 2) {
          const more = item[2] ? $mvmReComplement(item[1], this.unicode ? 0x10ffff : 0xffff) : item[1];
          for (let i = 0; i < more.length; i++) ranges.push(more[i]);
          continue;
        }
        first = item[1];
      }
      let last = first;
      if (this.peek() === 45 && this.at + 1 < this.source.length && this.source[this.at + 1] !== ']') {
        this.at++;
        last = this.point(this.source.charCodeAt(this.at++));
        if (last === 92) {
          const item = this.escape(true);
          if (item[0] === 2) {
            // (Without `u`, `.-\s` is `.`, `-` and `\s`, as V8 reads it.)
            if (this.unicode) this.fail('Invalid character class');
            ranges.push(first, first, 45, 45);
            const more = item[2] ? $mvmReComplement(item[1], 0xffff) : item[1];
            for (let i = 0; i < more.length; i++) ranges.push(more[i]);
            continue;
          }
          last = item[1];
        }
        if (last < first) this.fail('Range out of order in character class');
      }
      ranges.push(first, last);
    }
    // Sorted by first code unit, for the complement.
    const pairs = [];
    for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    ranges = [];
    for (let i = 0; i < pairs.length; i++) ranges.push(pairs[i][0], pairs[i][1]);
    return [2, ranges, negate];
  }
}

// The compiler: instructions into `program`; classes, lookarounds and loop
// marks into the compilation's `c`.
function $mvmReEmit(node, program, c) {
  const emit = (op, a, b) => {
    if (program.length > 2000) $mvmReError(c.source, 'Regular expression too large');
    program.push(op, a, b);
    return program.length - 3;
  };
  switch (node[0]) {
    case 0: emit(0, c.icase ? $mvmReFold(node[1]) : node[1], 0); break;
    case 1: emit(1, 0, 0); break;
    case 2: c.classes.push(node[1]); emit(2, c.classes.length - 1, node[2] ? 1 : 0); break;
    case 3:
      for (let i = 0; i < node[1].length; i++) $mvmReEmit(node[1][i], program, c);
      break;
    case 4: {
      const jumps = [];
      const options = node[1];
      for (let i = 0; i < options.length; i++) {
        if (i < options.length - 1) {
          const split = emit(3, program.length + 3, 0);
          $mvmReEmit(options[i], program, c);
          jumps.push(emit(4, 0, 0));
          program[split + 2] = program.length;
        } else $mvmReEmit(options[i], program, c);
      }
      for (let i = 0; i < jumps.length; i++) program[jumps[i] + 1] = program.length;
      break;
    }
    case 5:
      emit(5, node[2] * 2, 0);
      $mvmReEmit(node[1], program, c);
      emit(5, node[2] * 2 + 1, 0);
      break;
    case 6: {
      const [, atom, min, max, greedy] = node;
      // A char, any or class matches one unit a pass, never none.
      // (A run: of a choice of lengths, greedy; or of a long exact count,
      // `\d{700}`, which passes would spell out past the program's bound.)
      const unit = atom[0] <= 2 && !c.unicode;
      if (unit && (greedy || min === max) && (max - min > 1 || min > 8)) {
        emit(16, min, max === Infinity ? -1 : max);
        $mvmReEmit(atom, program, c);
        break;
      }
      // The groups a pass holds start each pass undefined, as in JavaScript.
      const groups = [];
      $mvmReGroups(atom, groups);
      // (A group that is the pass itself is written each pass anyway.)
      if (atom[0] === 5) groups.shift();
      const pass = () => {
        if (groups.length > 0) emit(17, groups[0] * 2, groups[groups.length - 1] * 2 + 2);
        $mvmReEmit(atom, program, c);
      };
      for (let i = 0; i < min; i++) pass();
      // A pass past the least must move on: one that matches nothing
      // fails (`(a*)*` would loop forever, and `(a*)?` keeps its group
      // undefined). (Loop marks are slots past the groups'.)
      const mark = $mvmReMinLength(atom) > 0 ? -1 : c.base + c.marks++;
      const optional = () => {
        if (mark >= 0) emit(12, mark, 0);
        pass();
        if (mark >= 0) emit(13, mark, 0);
      };
      if (max === Infinity) {
        const top = emit(3, 0, 0);
        const body = program.length;
        optional();
        emit(4, top, 0);
        program[top + 1] = greedy ? body : program.length;
        program[top + 2] = greedy ? program.length : body;
      } else {
        const exits = [];
        for (let i = min; i < max; i++) {
          const split = emit(3, 0, 0);
          exits.push(split);
          program[split + (greedy ? 1 : 2)] = program.length;
          optional();
        }
        for (let i = 0; i < exits.length; i++) program[exits[i] + (greedy ? 2 : 1)] = program.length;
      }
      break;
    }
    case 7: emit(6, 0, 0); break;
    case 8: emit(7, 0, 0); break;
    case 9: emit(8, node[1] ? 1 : 0, 0); break;
    case 10: case 12: {
      const inner = [];
      $mvmReEmit(node[1], inner, c);
      if (node[0] === 12) inner.push(15, 0, 0);
      inner.push(11, 0, 0);
      c.programs.push(inner);
      emit(node[0] === 10 ? 9 : 14, c.programs.length - 1, node[2] ? 1 : 0);
      break;
    }
    case 11: {
      const group = typeof node[1] === 'string' ? c.names.indexOf(node[1]) : node[1];
      emit(10, group, 0);
      break;
    }
  }
}

// The fewest units `node` matches (a pass that must move on needs no
// progress check).
function $mvmReMinLength(node) {
  switch (node[0]) {
    case 0: case 1: case 2: return 1;
    case 3: {
      let total = 0;
      for (let i = 0; i < node[1].length; i++) total += $mvmReMinLength(node[1][i]);
      return total;
    }
    case 4: {
      let least = Infinity;
      for (let i = 0; i < node[1].length; i++) least = Math.min(least, $mvmReMinLength(node[1][i]));
      return least;
    }
    case 5: return $mvmReMinLength(node[1]);
    case 6: return node[2] * $mvmReMinLength(node[1]);
    default: return 0;
  }
}
// The numbers of the groups in `node`, in order.
function $mvmReGroups(node, out) {
  if (node[0] === 5) out.push(node[2]);
  if (node[0] === 3 || node[0] === 4) for (let i = 0; i < node[1].length; i++) $mvmReGroups(node[1][i], out);
  else if (node[0] === 5 || node[0] === 6 || node[0] === 10 || node[0] === 12) $mvmReGroups(node[1], out);
}
// How many units of `s` at `i` the one-character instruction at `at`
// (char, any or class) matches: 1, 2 for a surrogate pair with `u`, or 0.
function $mvmReOne(re, program, at, s, i) {
  // (Past the end, NaN: no need to ask the length each time.)
  let c = s.charCodeAt(i);
  if (c !== c) return 0;
  let width = 1;
  if (re.unicode && c >= 0xd800 && c <= 0xdbff) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      c = (c - 0xd800) * 1024 + (low - 0xdc00) + 0x10000;
      width = 2;
    }
  }
  let found;
  switch (program[at]) {
    case 0:
      found = (re.icase ? $mvmReFold(c) : c) === program[at + 1];
      break;
    case 1:
      found = re.dotAll || !$mvmReIsLineEnd(c);
      break;
    default: {
      const ranges = re.classes[program[at + 1]];
      found = $mvmReInRanges(ranges, c);
      if (!found && re.icase) {
        const folded = $mvmReFold(c);
        // (Mu's is the micro sign's too, which folds to it.)
        found = $mvmReInRanges(ranges, folded) || $mvmReInRanges(ranges, $mvmReUpper(c)) || (folded === 0x3bc && $mvmReInRanges(ranges, 0xb5));
      }
      found = found !== (program[at + 2] === 1);
    }
  }
  return found ? width : 0;
}
// Where a search or an empty match moves on to from `at`: past a
// surrogate pair with `u`.
function $mvmReNext(re, s, at) {
  if (!re.unicode) return at + 1;
  const c = s.charCodeAt(at);
  const low = s.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
// The pc of the one-unit instruction (a character, any, a class) that the
// first unit of every match must pass, or -1 where the program does not
// say so at once: a search tries no start where it fails.
function $mvmReFirst(program) {
  let pc = $mvmReStart(program);
  if (program[pc] === 16 && program[pc + 1] > 0) pc += 3;
  return program[pc] <= 2 ? pc : -1;
}
// The pc of the one-unit instruction of an unbounded greedy run the
// program starts with (`\s+`, `\d*`), or -1; not where a backreference
// makes a match hang on where it started. A search that fails from a
// start has failed from every later start that run covered: those try
// fewer of the same ends.
function $mvmReLead(program, programs) {
  const pc = $mvmReStart(program);
  if (program[pc] !== 16 || program[pc + 2] !== -1) return -1;
  for (let k = -1; k < programs.length; k++) {
    const p = k < 0 ? program : programs[k];
    for (let i = 0; i < p.length; i += 3) if (p[i] === 10) return -1;
  }
  return pc + 3;
}
// The pc of the program's first instruction that is not a group's save.
function $mvmReStart(program) {
  let pc = 0;
  while (program[pc] === 5) pc += 3;
  return pc;
}
// Runs `program` on `s` from `at`, filling `slots` (two a group, then the
// loop marks): where the match ends, or -1. (`end`: where a lookbehind's
// match must end.)
function $mvmReRun(re, program, s, at, slots, end) {
  const n = s.length;
  // Backtrack entries, four numbers each (where, from where, how long the
  // log was, and for a run the least it may give back to), and the log of
  // slot writes to undo (slot, old value): in arrays of 2,000 numbers (an
  // allocation holds 2,047), twelve full ones of both together besides
  // the two being filled, one fewer for each 2 KB of the subject (56 KB
  // at most: what the 64 KB heap holds beside the subject and the
  // program, so that it can catch what follows); past that a RangeError,
  // as V8 gives one for a match that backtracks too deep.
  let stack = [];
  const stackFull = [];
  const full = 12 - (n >> 11);
  let log = [];
  const logFull = [];
  let logged = 0;
  const deep = () => new RangeError('Maximum call stack size exceeded');
  const save = (slot, value) => {
    if (log.length >= 2000) {
      if (logFull.length + stackFull.length >= full) throw deep();
      logFull.push(log);
      log = [];
    }
    log.push(slot, slots[slot]);
    logged++;
    slots[slot] = value;
  };
  const branch = (to, from, floor) => {
    if (stack.length >= 2000) {
      if (logFull.length + stackFull.length >= full) throw deep();
      stackFull.push(stack);
      stack = [];
    }
    stack.push(to, from, logged, floor);
  };
  let pc = 0;
  let sp = at;
  for (;;) {
    let ok = true;
    switch (program[pc]) {
      case 0: case 1: case 2: {
        const width = $mvmReOne(re, program, pc, s, sp);
        ok = width > 0;
        sp += width;
        break;
      }
      case 3:
        branch(program[pc + 2], sp, 0);
        pc = program[pc + 1];
        continue;
      case 16: {
        const max = program[pc + 2];
        let count = 0;
        while ((max < 0 || count < max) && $mvmReOne(re, program, pc + 3, s, sp + count) > 0) count++;
        if (count < program[pc + 1]) {
          ok = false;
          break;
        }
        // (A negative place: the run's, giving back one unit each time.)
        if (count > program[pc + 1]) branch(-(pc + 6), sp + count - 1, sp + program[pc + 1]);
        sp += count;
        pc += 6;
        continue;
      }
      case 17:
        for (let i = program[pc + 1]; i < program[pc + 2]; i++) if (slots[i] !== undefined) save(i, undefined);
        break;
      case 4:
        pc = program[pc + 1];
        continue;
      case 5: case 12:
        save(program[pc + 1], sp);
        break;
      case 6:
        ok = sp === 0 || (re.multiline && $mvmReIsLineEnd(s.charCodeAt(sp - 1)));
        break;
      case 7:
        ok = sp === n || (re.multiline && $mvmReIsLineEnd(s.charCodeAt(sp)));
        break;
      case 8:
        ok = ($mvmReIsWord(s, sp - 1) !== $mvmReIsWord(s, sp)) === (program[pc + 1] === 0);
        break;
      case 9: case 14: {
        // A lookaround's groups are logged here, to be undone as ours;
        // a negative one keeps none.
        const before = slots.slice();
        const sub = re.programs[program[pc + 1]];
        let found = false;
        if (program[pc] === 9) found = $mvmReRun(re, sub, s, sp, slots) >= 0;
        else for (let from = sp; from >= 0 && !found; from--) found = $mvmReRun(re, sub, s, from, slots, sp) >= 0;
        ok = found === (program[pc + 2] === 0);
        for (let i = 0; i < slots.length; i++) {
          if (slots[i] !== before[i]) {
            const now = slots[i];
            slots[i] = before[i];
            if (ok && program[pc + 2] === 0) save(i, now);
          }
        }
        break;
      }
      case 10: {
        const from = slots[program[pc + 1] * 2];
        const to = slots[program[pc + 1] * 2 + 1];
        if (from === undefined || to === undefined) break;
        for (let i = from; i < to && ok; i++) {
          ok = sp < n && (re.icase ? $mvmReFold(s.charCodeAt(sp)) === $mvmReFold(s.charCodeAt(i)) : s.charCodeAt(sp) === s.charCodeAt(i));
          sp++;
        }
        break;
      }
      case 11:
        return sp;
      case 13:
        ok = slots[program[pc + 1]] !== sp;
        break;
      case 15:
        ok = sp === end;
        break;
    }
    if (ok) {
      pc += 3;
      continue;
    }
    if (stack.length === 0) {
      if (stackFull.length === 0) return -1;
      stack = stackFull.pop();
    }
    const floor = stack.pop();
    const keep = stack.pop();
    sp = stack.pop();
    pc = stack.pop();
    while (logged > keep) {
      if (log.length === 0) log = logFull.pop();
      const old = log.pop();
      slots[log.pop()] = old;
      logged--;
    }
    if (pc < 0) {
      pc = -pc;
      if (sp > floor) branch(-pc, sp - 1, floor);
    }
  }
}

// A match array's `index`, `input` and `groups`: arrays hold no named
// properties, so the engine keeps them in three more slots of the array
// itself (`$mvmMatchArray`), read through getters on the array prototype
// (and by the host's printer).
let $mvmMatchGetters = false;
// [pattern, flags, compiled, ...] of the 16 latest patterns, as the
// constructor was given them (its source and flags in `compiled`).
const $mvmReCache = [];

// A pattern as JavaScript writes its source, to read back as a literal
// (and match the same): a `/` outside a class and line breaks escaped,
// `(?:)` for the empty pattern. A literal's text is already so.
function $mvmReSourceText(s) {
  if (s === '') return '(?:)';
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      out += c + s[++i];
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === '/' && !inClass) out += '\\/';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\u2028') out += '\\u2028';
    else if (c === '\u2029') out += '\\u2029';
    else out += c;
  }
  return out;
}
globalThis.RegExp = class RegExp {
  #source;
  #flags;
  #lastIndex = 0;
  #program;
  #groups;
  #names;
  constructor(pattern, flags) {
    if (pattern instanceof RegExp) {
      if (flags === undefined) flags = pattern.flags;
      pattern = pattern.source;
    }
    pattern = pattern === undefined ? undefined : '' + pattern;
    flags = flags === undefined ? '' : '' + flags;
    // (A literal in a loop makes a RegExp each time round: the latest
    // patterns' programs are kept, as they never change, and found before
    // any of the work of reading the pattern.)
    for (let i = 0; i < $mvmReCache.length; i += 3) {
      if ($mvmReCache[i] === pattern && $mvmReCache[i + 1] === flags) {
        const compiled = $mvmReCache[i + 2];
        this.#source = compiled.source;
        this.#flags = compiled.flags;
        this.#program = compiled;
        this.#groups = compiled.groups;
        this.#names = compiled.names;
        return;
      }
    }
    this.#source = pattern === undefined ? '(?:)' : $mvmReSourceText(pattern);
    let canonical = '';
    for (const f of 'dgimsuy') {
      const count = flags.split(f).length - 1;
      if (count > 1) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
      if (count === 1) canonical += f;
    }
    if (canonical.length !== flags.length) {
      throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
    }
    this.#flags = canonical;
    const parser = new $mvmReParser(this.#source, canonical.includes('u'));
    const tree = parser.alternatives();
    if (parser.at < this.#source.length) parser.fail("Unmatched ')'");
    this.#groups = parser.groups;
    this.#names = parser.names;
    const program = [];
    const unicode = canonical.includes('u');
    const c = { classes: [], programs: [], names: parser.names, icase: canonical.includes('i'), marks: 0,
      base: (parser.groups + 1) * 2, source: this.#source, unicode };
    $mvmReEmit(tree, program, c);
    program.push(11, 0, 0);
    const first = $mvmReFirst(program);
    this.#program = { program, classes: c.classes, programs: c.programs, marks: c.marks, icase: c.icase,
      multiline: canonical.includes('m'), dotAll: canonical.includes('s'), unicode, groups: parser.groups,
      names: parser.names, first, source: this.#source, flags: canonical, lead: $mvmReLead(program, c.programs),
      // (A `^` without `m` matches only at the start: no other is tried.)
      anchored: program[$mvmReStart(program)] === 6 && !canonical.includes('m'),
      // (A first character, its case kept, the engine looks for.)
      firstText: first >= 0 && program[first] === 0 && !c.icase && program[first + 1] <= 0xffff ? $mvmFromCharCode(program[first + 1]) : undefined };
    $mvmReCache.push(pattern, flags, this.#program);
    if ($mvmReCache.length > 48) $mvmReCache.splice(0, 3);
    if (!$mvmMatchGetters) {
      $mvmMatchGetters = true;
      Array.prototype.index = $mvmMakeAccessor(function () { return $mvmMatchArray(this, 0); }, undefined);
      Array.prototype.input = $mvmMakeAccessor(function () { return $mvmMatchArray(this, 1); }, undefined);
      Array.prototype.groups = $mvmMakeAccessor(function () { return $mvmMatchArray(this, 2); }, undefined);
    }
  }
  // (Not an own property a listing shows: Node's is not enumerable.)
  get lastIndex() { return this.#lastIndex; }
  set lastIndex(at) { this.#lastIndex = at; }
  get source() { return this.#source; }
  get flags() { return this.#flags; }
  get global() { return this.#flags.includes('g'); }
  get ignoreCase() { return this.#flags.includes('i'); }
  get multiline() { return this.#flags.includes('m'); }
  get dotAll() { return this.#flags.includes('s'); }
  get sticky() { return this.#flags.includes('y'); }
  get unicode() { return this.#flags.includes('u'); }
  get hasIndices() { return this.#flags.includes('d'); }
  toString() {
    return '/' + this.#source + '/' + this.#flags;
  }
  // The match at `at` or after (only at, for a sticky search): its slots
  // (start and end of the match and of each group), or null.
  $mvmSearch(s, at, sticky) {
    const re = this.#program;
    const count = (this.#groups + 1) * 2;
    const slots = [];
    const first = re.first;
    for (; at <= s.length; at = $mvmReNext(re, s, at)) {
      if (re.anchored && at > 0) return null;
      if (re.firstText !== undefined && !sticky) {
        at = $mvmStringIndexOf(s, re.firstText, at);
        if (at < 0) return null;
      } else if (first >= 0 && $mvmReOne(re, re.program, first, s, at) === 0) {
        if (sticky) return null;
        continue;
      }
      for (let i = 0; i < count + re.marks; i++) slots[i] = undefined;
      const end = $mvmReRun(re, re.program, s, at, slots);
      if (end >= 0) {
        slots[0] = at;
        slots[1] = end;
        slots.length = count;
        return slots;
      }
      if (sticky) return null;
      if (re.lead >= 0 && !re.unicode && $mvmReOne(re, re.program, re.lead, s, at) > 0) {
        while ($mvmReOne(re, re.program, re.lead, s, at + 1) > 0) at++;
      }
    }
    return null;
  }
  // The match array for `slots` found in `s`.
  $mvmResult(s, slots) {
    const result = [];
    for (let i = 0; i < slots.length; i += 2) {
      result.push(slots[i] === undefined || slots[i + 1] === undefined ? undefined : s.slice(slots[i], slots[i + 1]));
    }
    let groups;
    const names = this.#names;
    for (let i = 1; i < names.length; i++) {
      if (names[i] !== undefined) {
        if (groups === undefined) {
          // (With no prototype, as JavaScript's: see the create function of the object statics.)
          groups = {};
          groups['#null'] = true;
        }
        groups[names[i]] = result[i];
      }
    }
    return $mvmMatchArray(result, slots[0], s, groups);
  }
  // The slots of the next match in `s` (from `lastIndex` for a global or
  // sticky pattern, which it moves on), or null.
  $mvmNext(s) {
    const moves = this.global || this.sticky;
    // (As a length: truncated, at least 0.)
    const at = moves ? Math.max(0, Math.trunc(+this.#lastIndex) || 0) : 0;
    const slots = at > s.length ? null : this.$mvmSearch(s, at, this.sticky);
    if (moves) this.lastIndex = slots === null ? 0 : slots[1];
    return slots;
  }
  exec(text) {
    const s = '' + text;
    const slots = this.$mvmNext(s);
    return slots === null ? null : this.$mvmResult(s, slots);
  }
  // (No match array made: a validator's test costs the search alone.)
  test(text) {
    return this.$mvmNext('' + text) !== null;
  }
  // Every match from the start (or from `at`), for match, matchAll,
  // replace and split with `g`: [slots, ...] (an empty match moves on by
  // one).
  $mvmAll(s, at = 0) {
    const all = [];
    while (at <= s.length) {
      const slots = this.$mvmSearch(s, at, this.sticky);
      if (slots === null) break;
      all.push(slots);
      at = slots[1] > slots[0] ? slots[1] : $mvmReNext(this.#program, s, slots[1]);
    }
    return all;
  }
  // section: match
  ['#@@match'](text) {
    const s = '' + text;
    if (!this.global) return this.exec(s);
    this.lastIndex = 0;
    const all = this.$mvmAll(s);
    if (all.length === 0) return null;
    const out = [];
    for (let i = 0; i < all.length; i++) out.push(s.slice(all[i][0], all[i][1]));
    return out;
  }
  // end: match
  // section: matchAll
  // (An iterator over the matches, found at once.)
  ['#@@matchAll'](text) {
    const s = '' + text;
    if (!this.global) throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
    // (From the pattern's lastIndex, as a copy of it would search.)
    const all = this.$mvmAll(s, Math.max(0, Math.trunc(+this.lastIndex) || 0));
    const results = [];
    for (let i = 0; i < all.length; i++) results.push(this.$mvmResult(s, all[i]));
    let next = 0;
    return {
      next() {
        return next < results.length ? { value: results[next++], done: false } : { value: undefined, done: true };
      },
      ['#@@iterator']() {
        return this;
      },
      $mvmItems() {
        const rest = results.slice(next);
        next = results.length;
        return rest;
      },
    };
  }
  // end: matchAll
  // section: search
  ['#@@search'](text) {
    const slots = this.$mvmSearch('' + text, 0, this.sticky);
    return slots === null ? -1 : slots[0];
  }
  // end: search
  // section: replace
  ['#@@replace'](text, replacement, all) {
    const s = '' + text;
    if (all && !this.global) throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
    // (Each match replaced as it is found: a text of more matches than
    // an array holds, 2,047, is replaced too.)
    let at = 0;
    if (this.global) this.lastIndex = 0;
    else if (this.sticky) at = this.lastIndex;
    let out = '';
    let from = 0;
    for (;;) {
      const slots = at <= s.length ? this.$mvmSearch(s, at, this.sticky) : null;
      if (this.sticky && !this.global) this.lastIndex = slots === null ? 0 : slots[1];
      if (slots === null) break;
      const parts = this.$mvmResult(s, slots);
      out += s.slice(from, slots[0]);
      if (typeof replacement === 'function') {
        const args = parts.slice();
        args.push(slots[0], s);
        const groups = $mvmMatchArray(parts, 2);
        if (groups !== undefined) args.push(groups);
        out += replacement(...args);
      } else out += $mvmReSubstitute('' + replacement, s, slots, parts, this.#names);
      from = slots[1];
      if (!this.global) break;
      at = slots[1] > slots[0] ? slots[1] : $mvmReNext(this.#program, s, slots[1]);
    }
    return out + s.slice(from);
  }
  // end: replace
  // section: split
  // As the specification's @@split: each match that ends past the last
  // piece's end splits there, its groups spliced in.
  ['#@@split'](text, limit) {
    const s = '' + text;
    const max = limit === undefined ? 4294967295 : limit >>> 0;
    const out = [];
    if (max === 0) return out;
    if (s.length === 0) {
      if (this.$mvmSearch(s, 0, true) === null) out.push(s);
      return out;
    }
    let from = 0;
    let at = 0;
    while (at < s.length) {
      const slots = this.$mvmSearch(s, at, true);
      if (slots === null || slots[1] === from) {
        at = $mvmReNext(this.#program, s, at);
        continue;
      }
      out.push(s.slice(from, at));
      if (out.length === max) return out;
      for (let i = 2; i < slots.length; i += 2) {
        out.push(slots[i] === undefined || slots[i + 1] === undefined ? undefined : s.slice(slots[i], slots[i + 1]));
        if (out.length === max) return out;
      }
      from = slots[1];
      at = from;
    }
    out.push(s.slice(from));
    return out;
  }
  // end: split
};
// section: replace
// `$1`, `$&`, `$<name>` and the rest in a replacement.
function $mvmReSubstitute(replacement, s, slots, parts, names) {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    const next = replacement[i + 1];
    if (c !== '$' || next === undefined) {
      out += c;
      continue;
    }
    if (next === '$') out += '$';
    else if (next === '&') out += parts[0];
    else if (next === '`') out += s.slice(0, slots[0]);
    else if (next === "'") out += s.slice(slots[1]);
    else if (next >= '0' && next <= '9') {
      const two = replacement[i + 2];
      let group = +next;
      if (two !== undefined && two >= '0' && two <= '9' && group * 10 + +two >= 1 && group * 10 + +two < parts.length) {
        group = group * 10 + +two;
        i++;
      }
      if (group >= 1 && group < parts.length) {
        if (parts[group] !== undefined) out += parts[group];
      } else {
        out += '$' + next;
      }
    } else if (next === '<' && names.length > 0) {
      const end = replacement.indexOf('>', i);
      if (end < 0) {
        out += '$<';
      } else {
        const name = replacement.slice(i + 2, end);
        const group = names.indexOf(name);
        if (group > 0 && parts[group] !== undefined) out += parts[group];
        i = end - 1;
      }
    } else {
      out += '$' + next;
    }
    i++;
  }
  return out;
}
// end: replace
