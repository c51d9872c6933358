// A tiny regular-expression engine for a device's log filter, compiled
// to closures. Patterns arrive as bytes (as from a console) and are
// compiled each call into a chain of matcher closures, one per element,
// each holding its character test (itself a closure: literal, `.`,
// `\d`, or a `[...]` class with ranges and `^` negation) and the rest of
// the chain. Quantifiers `*`, `+` and `?` backtrack greedily; `^` and `$`
// anchor. The 14 patterns are searched (leftmost match) in 12 captured
// log lines; each match's span is turned into a string through a
// one-character table, and hits are counted per pattern in a dictionary
// keyed by the pattern's text. The texts are byte arrays, since
// Microvium strings cannot be indexed; each one is spelt out in the
// comment beside it.
const LINES = [
  [73, 32, 48, 48, 58, 48, 48, 58, 48, 49, 32, 98, 111, 111, 116, 32, 118, 50, 46, 52, 46, 49, 32, 114, 115, 116, 61, 80, 79, 82],   // I 00:00:01 boot v2.4.1 rst=POR
  [73, 32, 48, 48, 58, 48, 48, 58, 48, 50, 32, 119, 105, 102, 105, 58, 32, 99, 111, 110, 110, 101, 99, 116, 32, 115, 115, 105, 100, 61, 112, 108, 97, 110, 116, 45, 110, 101, 116, 32, 99, 104, 61, 54],   // I 00:00:02 wifi: connect ssid=plant-net ch=6
  [87, 32, 48, 48, 58, 48, 48, 58, 48, 53, 32, 119, 105, 102, 105, 58, 32, 114, 115, 115, 105, 32, 45, 55, 49, 32, 100, 66, 109],   // W 00:00:05 wifi: rssi -71 dBm
  [73, 32, 48, 48, 58, 48, 48, 58, 48, 55, 32, 109, 113, 116, 116, 58, 32, 99, 111, 110, 110, 101, 99, 116, 101, 100, 32, 116, 111, 32, 49, 48, 46, 48, 46, 52, 46, 50, 48, 58, 49, 56, 56, 51],   // I 00:00:07 mqtt: connected to 10.0.4.20:1883
  [69, 32, 48, 48, 58, 48, 49, 58, 49, 51, 32, 115, 101, 110, 115, 111, 114, 32, 51, 58, 32, 116, 105, 109, 101, 111, 117, 116, 32, 97, 102, 116, 101, 114, 32, 50, 53, 48, 32, 109, 115],   // E 00:01:13 sensor 3: timeout after 250 ms
  [73, 32, 48, 48, 58, 48, 49, 58, 49, 52, 32, 116, 101, 109, 112, 61, 50, 51, 46, 53, 67, 32, 104, 117, 109, 61, 52, 49, 37, 32, 99, 111, 50, 61, 54, 49, 50, 112, 112, 109],   // I 00:01:14 temp=23.5C hum=41% co2=612ppm
  [87, 32, 48, 48, 58, 48, 50, 58, 52, 48, 32, 98, 97, 116, 116, 101, 114, 121, 32, 51, 46, 52, 49, 86, 32, 108, 111, 119],   // W 00:02:40 battery 3.41V low
  [69, 32, 48, 48, 58, 48, 50, 58, 52, 49, 32, 105, 50, 99, 58, 32, 110, 97, 99, 107, 32, 97, 100, 100, 114, 61, 48, 120, 52, 56],   // E 00:02:41 i2c: nack addr=0x48
  [73, 32, 48, 48, 58, 48, 51, 58, 48, 48, 32, 116, 101, 109, 112, 61, 50, 51, 46, 57, 67, 32, 104, 117, 109, 61, 52, 48, 37, 32, 99, 111, 50, 61, 54, 53, 53, 112, 112, 109],   // I 00:03:00 temp=23.9C hum=40% co2=655ppm
  [73, 32, 48, 48, 58, 48, 51, 58, 51, 48, 32, 111, 116, 97, 58, 32, 99, 104, 117, 110, 107, 32, 49, 55, 47, 54, 52, 32, 99, 114, 99, 61, 48, 120, 57, 70, 51, 65, 32, 111, 107],   // I 00:03:30 ota: chunk 17/64 crc=0x9F3A ok
  [69, 32, 48, 48, 58, 48, 52, 58, 48, 50, 32, 102, 108, 97, 115, 104, 58, 32, 101, 114, 97, 115, 101, 32, 102, 97, 105, 108, 101, 100, 32, 97, 116, 32, 48, 120, 48, 56, 48, 49, 70, 48, 48, 48],   // E 00:04:02 flash: erase failed at 0x0801F000
  [73, 32, 48, 48, 58, 48, 53, 58, 48, 48, 32, 104, 101, 97, 114, 116, 98, 101, 97, 116, 32, 115, 101, 113, 61, 49, 48, 52, 50],   // I 00:05:00 heartbeat seq=1042
];
const PATTERNS = [
  [94, 69, 32],   // ^E 
  [94, 91, 73, 87, 69, 93, 32, 48, 48, 58, 48, 91, 48, 45, 50, 93, 58],   // ^[IWE] 00:0[0-2]:
  [119, 105, 102, 105, 58, 32, 46, 42, 115, 115, 105, 100, 61, 91, 97, 45, 122, 45, 93, 43],   // wifi: .*ssid=[a-z-]+
  [116, 101, 109, 112, 61, 92, 100, 43, 92, 46, 92, 100, 67],   // temp=\d+\.\dC
  [48, 120, 91, 48, 45, 57, 65, 45, 70, 93, 43, 36],   // 0x[0-9A-F]+$
  [92, 100, 43, 32, 109, 115, 36],   // \d+ ms$
  [99, 111, 50, 61, 54, 92, 100, 92, 100, 112, 112, 109, 36],   // co2=6\d\dppm$
  [94, 73, 46, 42, 111, 107, 36],   // ^I.*ok$
  [114, 115, 115, 105, 32, 45, 63, 92, 100, 43, 32, 100, 66, 109],   // rssi -?\d+ dBm
  [101, 114, 97, 115, 101, 32, 102, 97, 105, 108, 101, 63, 100, 63],   // erase faile?d?
  [115, 101, 113, 61, 92, 100, 42, 50, 36],   // seq=\d*2$
  [91, 94, 32, 93, 43, 58, 92, 100, 92, 100, 58, 92, 100, 92, 100],   // [^ ]+:\d\d:\d\d
  [118, 92, 100, 92, 46, 92, 100, 92, 46, 92, 100],   // v\d\.\d\.\d
  [92, 100, 43, 92, 46, 92, 100, 43, 92, 46, 92, 100, 43, 92, 46, 92, 100, 43, 58, 92, 100, 43],   // \d+\.\d+\.\d+\.\d+:\d+
];
const CH = [" ", "!", "\"", "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?", "@", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "[", "\\", "]", "^", "_", "`", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "{", "|", "}", "~"];   // codes 32..126
const CARET = 94, DOLLAR = 36, DOT = 46, STAR = 42, PLUS = 43, QUEST = 63, LBRACK = 91, RBRACK = 93, BSLASH = 92, DASH = 45;

function isDigit(b) { return b >= 48 && b <= 57; }
function classTest(ranges, neg) {
  return (b) => {
    let hit = false;
    for (let r = 0; r < ranges.length; r += 2) if (b >= ranges[r] && b <= ranges[r + 1]) hit = true;
    return hit !== neg;
  };
}
function link(test, min, max, rest) {
  if (max === 1 && min === 1) return (t, i) => (i < t.length && test(t[i]) ? rest(t, i + 1) : -1);
  if (max === 1) {
    return (t, i) => {
      if (i < t.length && test(t[i])) { const r = rest(t, i + 1); if (r >= 0) return r; }
      return rest(t, i);
    };
  }
  return (t, i) => {
    let j = i;
    while (j < t.length && test(t[j])) j++;
    while (j >= i + min) { const r = rest(t, j); if (r >= 0) return r; j--; }
    return -1;
  };
}
function literal(c) { return (b) => b === c; }
function atom(p, i) {                    // one element: its test and where the next begins
  const c = p[i];
  if (c === DOT) return { test: (b) => b !== 10, next: i + 1 };
  if (c === BSLASH) return { test: p[i + 1] === 100 ? isDigit : literal(p[i + 1]), next: i + 2 };
  if (c !== LBRACK) return { test: literal(c), next: i + 1 };
  const ranges = [];
  let neg = false;
  i++;
  if (p[i] === CARET) { neg = true; i++; }
  while (p[i] !== RBRACK) {
    if (p[i + 1] === DASH && p[i + 2] !== RBRACK) { ranges.push(p[i]); ranges.push(p[i + 2]); i += 3; } else { ranges.push(p[i]); ranges.push(p[i]); i++; }
  }
  return { test: classTest(ranges, neg), next: i + 1 };
}
function compile(p) {
  const tests = [], mins = [], maxs = [];
  let i = 0, anchored = false, atEnd = false;
  if (p[0] === CARET) { anchored = true; i = 1; }
  while (i < p.length) {
    if (p[i] === DOLLAR && i === p.length - 1) { atEnd = true; i++; } else {
      const a = atom(p, i);
      let min = 1, max = 1;
      i = a.next;
      if (p[i] === STAR) { min = 0; max = 999; i++; } else if (p[i] === PLUS) { max = 999; i++; } else if (p[i] === QUEST) { min = 0; i++; }
      tests.push(a.test); mins.push(min); maxs.push(max);
    }
  }
  // chain from the end; each link is made by a separate call, so that no
  // closure captures a loop variable (see the README)
  let m = atEnd ? (t, j) => (j === t.length ? j : -1) : (t, j) => j;
  for (let k = tests.length - 1; k >= 0; k--) m = link(tests[k], mins[k], maxs[k], m);
  return { anchored, m };
}
function search(re, t) {
  const last = re.anchored ? 0 : t.length;
  for (let s = 0; s <= last; s++) { const e = re.m(t, s); if (e >= 0) return [s, e]; }
  return null;
}
function text(bytes, from, to) {
  let s = '';
  for (let i = from; i < to; i++) s += CH[bytes[i] - 32];
  return s;
}

let checked = false, expected = 0;
function run() {
  const hits = {}, res = [];
  let h = 0, firsts = '';
  for (let p = 0; p < PATTERNS.length; p++) {
    const re = compile(PATTERNS[p]), key = text(PATTERNS[p], 0, PATTERNS[p].length);
    hits[key] = 0;
    let first = '-';
    for (let l = 0; l < LINES.length; l++) {
      const m = search(re, LINES[l]);
      if (m !== null) {
        hits[key] += 1;
        h = (h * 131 + l * 977 + m[0] * 37 + m[1]) % 1000003;
        if (first === '-') first = text(LINES[l], m[0], m[1]);
      }
    }
    res.push(hits[key]);
    if (p === 3 || p === 8 || p === 13) firsts += ` "${first}"`;
  }
  if (!checked) {
    checked = true;
    expected = h;
    let list = '';
    for (let i = 0; i < res.length; i++) list += (i === 0 ? '' : '/') + res[i];
    print(`regex-closures hits=${list}${firsts} ${h}`);
  }
  assertEqual(h, expected);
  return h;
}
vmExport(0, run);
