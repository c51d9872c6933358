// String.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in. Case mapping
// covers ASCII letters only.
const $mvmStringPrototype = {};
function $mvmClampIndex(index, length) {
  index = +index;
  if (index !== index || index < 0) return 0;
  index = Math.floor(index);
  return index > length ? length : index;
}
// (Cuts are the engine's `$mvmStringSlice`, and so is the search: a unit
// at a time in bytecode, a cut of a long text or a search in it cost
// milliseconds.)
function $mvmIndexOf(text, search, from) {
  return $mvmStringIndexOf(text, `${search}`, from);
}
const $mvmWhitespace = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
function $mvmIsSpace(ch) {
  return $mvmIndexOf($mvmWhitespace, ch, 0) >= 0;
}
// What padStart and padEnd add to reach `length`.
function $mvmPadding(text, length, fill) {
  const filler = fill === undefined ? ' ' : `${fill}`;
  length = Math.trunc(length);
  if (filler === '' || !(length > text.length)) return '';
  let pad = '';
  while (pad.length < length - text.length) pad += filler;
  return $mvmStringSlice(pad, 0, length - text.length);
}
// What replaces the match of `pattern` at `at`: a function's result, or
// a text with its \$ patterns ($$, $&, $` and $') filled in.
function $mvmReplacement(text, pattern, at, replacement) {
  if (typeof replacement === 'function') return `${replacement(pattern, at, text)}`;
  replacement = `${replacement}`;
  let result = '';
  for (let i = 0; i < replacement.length; i++) {
    const next = replacement[i + 1];
    if (replacement[i] !== '$' || next === undefined) result += replacement[i];
    else if (next === '$') { result += '$'; i++; }
    else if (next === '&') { result += pattern; i++; }
    else if (next === '`') { result += $mvmStringSlice(text, 0, at); i++; }
    else if (next === "'") { result += $mvmStringSlice(text, at + pattern.length, text.length); i++; }
    else result += '$';
  }
  return result;
}
// Case mapping for the letters of ASCII, Latin-1, Latin Extended-A, Greek
// (with Coptic) and Cyrillic, as runs of code units sorted by their first:
// [first, last, step, delta, ...] (a letter of a run maps to itself plus
// delta), the same as V8's for each. Other scripts are left as they are.
const $mvmUpperRuns = [
  0x61, 0x7a, 1, -32, 0xb5, 0xb5, 1, 743, 0xe0, 0xf6, 1, -32, 0xf8, 0xfe, 1, -32,
  0xff, 0xff, 1, 121, 0x101, 0x12f, 2, -1, 0x131, 0x131, 1, -232, 0x133, 0x137, 2, -1,
  0x13a, 0x148, 2, -1, 0x14b, 0x177, 2, -1, 0x17a, 0x17e, 2, -1, 0x17f, 0x17f, 1, -300,
  0x371, 0x373, 2, -1, 0x377, 0x377, 1, -1, 0x37b, 0x37d, 1, 130,
  0x3ac, 0x3ac, 1, -38, 0x3ad, 0x3af, 1, -37, 0x3b1, 0x3c1, 1, -32, 0x3c2, 0x3c2, 1, -31,
  0x3c3, 0x3cb, 1, -32, 0x3cc, 0x3cc, 1, -64, 0x3cd, 0x3ce, 1, -63, 0x3d0, 0x3d0, 1, -62,
  0x3d1, 0x3d1, 1, -57, 0x3d5, 0x3d5, 1, -47, 0x3d6, 0x3d6, 1, -54, 0x3d7, 0x3d7, 1, -8,
  0x3d9, 0x3ef, 2, -1, 0x3f0, 0x3f0, 1, -86, 0x3f1, 0x3f1, 1, -80, 0x3f2, 0x3f2, 1, 7,
  0x3f3, 0x3f3, 1, -116, 0x3f5, 0x3f5, 1, -96, 0x3f8, 0x3f8, 1, -1, 0x3fb, 0x3fb, 1, -1,
  0x430, 0x44f, 1, -32, 0x450, 0x45f, 1, -80, 0x461, 0x481, 2, -1, 0x48b, 0x4bf, 2, -1,
  0x4c2, 0x4ce, 2, -1, 0x4cf, 0x4cf, 1, -15, 0x4d1, 0x52f, 2, -1,
];
const $mvmLowerRuns = [
  0x41, 0x5a, 1, 32, 0xc0, 0xd6, 1, 32, 0xd8, 0xde, 1, 32, 0x100, 0x12e, 2, 1,
  0x132, 0x136, 2, 1, 0x139, 0x147, 2, 1, 0x14a, 0x176, 2, 1, 0x178, 0x178, 1, -121,
  0x179, 0x17d, 2, 1, 0x370, 0x372, 2, 1, 0x376, 0x376, 1, 1, 0x37f, 0x37f, 1, 116,
  0x386, 0x386, 1, 38, 0x388, 0x38a, 1, 37, 0x38c, 0x38c, 1, 64, 0x38e, 0x38f, 1, 63,
  0x391, 0x3a1, 1, 32, 0x3a3, 0x3ab, 1, 32, 0x3cf, 0x3cf, 1, 8, 0x3d8, 0x3ee, 2, 1,
  0x3f4, 0x3f4, 1, -60, 0x3f7, 0x3f7, 1, 1, 0x3f9, 0x3f9, 1, -7, 0x3fa, 0x3fa, 1, 1,
  0x3fd, 0x3ff, 1, -130, 0x400, 0x40f, 1, 80, 0x410, 0x42f, 1, 32, 0x460, 0x480, 2, 1,
  0x48a, 0x4be, 2, 1, 0x4c0, 0x4c0, 1, 15, 0x4c1, 0x4cd, 2, 1, 0x4d0, 0x52e, 2, 1,
];
// Code unit `c` through `runs`.
function $mvmCaseOf(c, runs) {
  for (let i = 0; i < runs.length; i += 4) {
    if (c < runs[i]) return c;
    if (c <= runs[i + 1] && (c - runs[i]) % runs[i + 2] === 0) return c + runs[i + 3];
  }
  return c;
}
// Whether code unit `c` is a letter that has a case (for the final sigma).
function $mvmIsCased(c) {
  return $mvmCaseOf(c, $mvmUpperRuns) !== c || $mvmCaseOf(c, $mvmLowerRuns) !== c;
}
function $mvmMapCase(text, upper) {
  text = `${text}`;
  const runs = upper ? $mvmUpperRuns : $mvmLowerRuns;
  let result = '';
  // (Where the text keeps its case, from `from` on, it is cut, not
  // rebuilt a character at a time.)
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && (upper ? c < 97 || c > 122 : c < 65 || c > 90)) continue;
    if (from < i) result += $mvmStringSlice(text, from, i);
    from = i + 1;
    if (c < 128) result += String.fromCharCode(upper ? c - 32 : c + 32);
    else if (upper && c === 0xdf) result += 'SS';
    else if (upper && c === 0x149) result += '\u02bcN';
    else if (upper && (c === 0x390 || c === 0x3b0)) {
      result += (c === 0x390 ? '\u0399' : '\u03a5') + '\u0308\u0301';
    }
    else if (!upper && c === 0x130) result += 'i\u0307';
    else if (!upper && c === 0x3a3 && i > 0 && $mvmIsCased(text.charCodeAt(i - 1)) &&
      !(i + 1 < text.length && $mvmIsCased(text.charCodeAt(i + 1)))) {
      // A capital sigma that ends a word is a final sigma.
      result += '\u03c2';
    } else result += String.fromCharCode($mvmCaseOf(c, runs));
  }
  return from === 0 ? text : result + $mvmStringSlice(text, from, text.length);
}
// method: constructor (property)
$mvmStringPrototype.constructor = String;
// method: charAt
$mvmStringPrototype.charAt = function charAt(index) {
  let i = Math.trunc(index);
  if (i !== i) i = 0;
  return i >= 0 && i < this.length ? this[i] : '';
};
// method: charCodeAt
$mvmStringPrototype.charCodeAt = $mvmCharCodeAt;
// method: codePointAt
$mvmStringPrototype.codePointAt = function codePointAt(index) {
  let i = Math.trunc(index);
  if (i !== i) i = 0;
  if (i < 0 || i >= this.length) return undefined;
  const lead = this.charCodeAt(i);
  if (lead < 0xd800 || lead > 0xdbff || i + 1 >= this.length) return lead;
  const trail = this.charCodeAt(i + 1);
  if (trail < 0xdc00 || trail > 0xdfff) return lead;
  return (lead - 0xd800) * 0x400 + trail - 0xdc00 + 0x10000;
};
// method: at
$mvmStringPrototype.at = function at(index) {
  let i = Math.trunc(index);
  if (i !== i) i = 0;
  if (i < 0) i += this.length;
  return this[i];
};
// method: indexOf
$mvmStringPrototype.indexOf = function indexOf(search, from) {
  return $mvmIndexOf(this, search, $mvmClampIndex(from, this.length));
};
// method: lastIndexOf
$mvmStringPrototype.lastIndexOf = function lastIndexOf(search, from) {
  // The last match starting at or before `from` (all of them without it).
  let last = +from;
  last = last !== last ? this.length : Math.trunc(last);
  if (last < 0) last = 0;
  // (The engine searches back from there: `true` asks it to.)
  return $mvmStringIndexOf(this, `${search}`, last > this.length ? this.length : last, true);
};
// method: includes
$mvmStringPrototype.includes = function includes(search, from) {
  // section: RegExp
  if (search instanceof RegExp) throw new TypeError('First argument to String.prototype.includes must not be a regular expression');
  // end: RegExp
  return $mvmIndexOf(this, search, $mvmClampIndex(from, this.length)) >= 0;
};
// method: startsWith
$mvmStringPrototype.startsWith = function startsWith(search, from) {
  // section: RegExp
  if (search instanceof RegExp) throw new TypeError('First argument to String.prototype.startsWith must not be a regular expression');
  // end: RegExp
  search = `${search}`;
  const start = $mvmClampIndex(from, this.length);
  return $mvmStringSlice(this, start, start + search.length) === search && start + search.length <= this.length;
};
// method: endsWith
$mvmStringPrototype.endsWith = function endsWith(search, end) {
  // section: RegExp
  if (search instanceof RegExp) throw new TypeError('First argument to String.prototype.endsWith must not be a regular expression');
  // end: RegExp
  search = `${search}`;
  const stop = end === undefined ? this.length : $mvmClampIndex(end, this.length);
  const start = stop - search.length;
  return start >= 0 && $mvmStringSlice(this, start, stop) === search;
};
// method: slice
$mvmStringPrototype.slice = function slice(start, end) {
  const from = $mvmRelativeIndex(start, this.length, 0);
  const to = $mvmRelativeIndex(end, this.length, this.length);
  return $mvmStringSlice(this, from, to);
};
// method: substring
$mvmStringPrototype.substring = function substring(start, end) {
  let from = $mvmClampIndex(start, this.length);
  let to = end === undefined ? this.length : $mvmClampIndex(end, this.length);
  if (from > to) {
    const swap = from;
    from = to;
    to = swap;
  }
  return $mvmStringSlice(this, from, to);
};
// method: substr
$mvmStringPrototype.substr = function substr(start, length) {
  // A negative start counts from the end; the length is clamped.
  const from = $mvmRelativeIndex(start, this.length, 0);
  let count = length === undefined ? this.length : +length;
  count = Math.trunc(count) || 0;
  let to = from + (count > 0 ? count : 0);
  if (to > this.length) to = this.length;
  return $mvmStringSlice(this, from, to);
};
// method: split
$mvmStringPrototype.split = function split(separator, limit) {
  // (A regular expression splits as it says.)
  // (Another object, `['-']`, is its text, as in JavaScript.)
  if (separator !== null && typeof separator === 'object' && typeof separator['#@@split'] === 'function') {
    return separator['#@@split'](this, limit);
  }
  const max = limit === undefined ? 4294967295 : limit >>> 0;
  const parts = [];
  if (max === 0) return parts;
  if (separator === undefined) {
    parts.push(`${this}`);
    return parts;
  }
  separator = `${separator}`;
  if (separator === '') {
    for (let i = 0; i < this.length && parts.length < max; i++) parts.push(this[i]);
    return parts;
  }
  let start = 0;
  for (let at = $mvmIndexOf(this, separator, 0); at >= 0; at = $mvmIndexOf(this, separator, start)) {
    parts.push($mvmStringSlice(this, start, at));
    if (parts.length === max) return parts;
    start = at + separator.length;
  }
  parts.push($mvmStringSlice(this, start, this.length));
  return parts;
};
// method: trim
$mvmStringPrototype.trim = function trim() {
  let from = 0;
  let to = this.length;
  while (from < to && $mvmIsSpace(this[from])) from++;
  while (to > from && $mvmIsSpace(this[to - 1])) to--;
  return $mvmStringSlice(this, from, to);
};
// method: trimStart
$mvmStringPrototype.trimStart = function trimStart() {
  let from = 0;
  while (from < this.length && $mvmIsSpace(this[from])) from++;
  return $mvmStringSlice(this, from, this.length);
};
// method: trimEnd
$mvmStringPrototype.trimEnd = function trimEnd() {
  let to = this.length;
  while (to > 0 && $mvmIsSpace(this[to - 1])) to--;
  return $mvmStringSlice(this, 0, to);
};
// method: trimLeft
// (trimStart's old name, as trimRight is trimEnd's.)
$mvmStringPrototype.trimLeft = function trimLeft() {
  return this.trimStart();
};
// method: trimRight
$mvmStringPrototype.trimRight = function trimRight() {
  return this.trimEnd();
};
// method: repeat
$mvmStringPrototype.repeat = function repeat(count) {
  count = Math.trunc(count);
  if (count !== count) count = 0;
  if (count < 0 || count === Infinity) throw new RangeError('Invalid count value: ' + count);
  // By doubling: a count's bits, so a large count of an empty string
  // (or a long padding) takes a few steps, not one per copy. The unit
  // doubles only while it is still to be appended, so it never outgrows
  // the result.
  let unit = `${this}`;
  let result = '';
  if (unit === '') return result;
  for (;;) {
    if (count % 2 === 1) result += unit;
    count = Math.floor(count / 2);
    if (count === 0) return result;
    unit += unit;
  }
};
// method: padStart
$mvmStringPrototype.padStart = function padStart(length, fill) {
  return $mvmPadding(this, length, fill) + this;
};
// method: padEnd
$mvmStringPrototype.padEnd = function padEnd(length, fill) {
  return this + $mvmPadding(this, length, fill);
};
// method: concat
$mvmStringPrototype.concat = function concat(...items) {
  let result = `${this}`;
  for (let i = 0; i < items.length; i++) result += `${items[i]}`;
  return result;
};
// method: toUpperCase
$mvmStringPrototype.toUpperCase = function toUpperCase() {
  return $mvmMapCase(this, true);
};
// method: toLowerCase
$mvmStringPrototype.toLowerCase = function toLowerCase() {
  return $mvmMapCase(this, false);
};
// method: toString
$mvmStringPrototype.toString = function toString() {
  // section: Symbol
  // (A symbol is a string under a hidden prefix.)
  if (this[0] === '#' && this[1] === '@' && this[2] === '@') return $mvmSymbolText(this);
  // end: Symbol
  return `${this}`;
};
// method: description (word) (alone)
// section: Symbol
$mvmStringPrototype.description = $mvmMakeAccessor(function () {
  return this[0] === '#' && this[1] === '@' && this[2] === '@' ? $mvmSymbolDescription(this) : undefined;
}, undefined);
// end: Symbol
// method: valueOf (alone)
$mvmStringPrototype.valueOf = function valueOf() {
  return `${this}`;
};
// method: toLocaleString
$mvmStringPrototype.toLocaleString = function toLocaleString() {
  return `${this}`;
};
// method: toLocaleUpperCase
$mvmStringPrototype.toLocaleUpperCase = function toLocaleUpperCase() {
  return $mvmMapCase(this, true);
};
// method: toLocaleLowerCase
$mvmStringPrototype.toLocaleLowerCase = function toLocaleLowerCase() {
  return $mvmMapCase(this, false);
};
// method: normalize
// Text is kept as it came: composed (NFC), as typed text and source
// files almost always are.
$mvmStringPrototype.normalize = function normalize(form) {
  if (form !== undefined && form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD') {
    throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
  }
  return `${this}`;
};
// method: toWellFormed
// Each lone surrogate replaced by U+FFFD.
$mvmStringPrototype.toWellFormed = function toWellFormed() {
  let text = '';
  for (let i = 0; i < this.length; i++) {
    const c = this.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        text += this[i] + this[i + 1];
        i++;
        continue;
      }
      text += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      text += '\ufffd';
    } else {
      text += this[i];
    }
  }
  return text;
};
// method: isWellFormed
// No lone surrogate: a high one followed by a low one, and no low one
// alone.
$mvmStringPrototype.isWellFormed = function isWellFormed() {
  for (let i = 0; i < this.length; i++) {
    const c = this.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
};
// method: replace
$mvmStringPrototype.replace = function replace(pattern, replacement) {
  if (pattern !== null && typeof pattern === 'object' && typeof pattern['#@@replace'] === 'function') {
    return pattern['#@@replace'](this, replacement, false);
  }
  const text = `${this}`;
  pattern = `${pattern}`;
  const at = $mvmIndexOf(text, pattern, 0);
  if (at < 0) return text;
  return $mvmStringSlice(text, 0, at) + $mvmReplacement(text, pattern, at, replacement) +
    $mvmStringSlice(text, at + pattern.length, text.length);
};
// method: replaceAll
$mvmStringPrototype.replaceAll = function replaceAll(pattern, replacement) {
  if (pattern !== null && typeof pattern === 'object' && typeof pattern['#@@replace'] === 'function') {
    return pattern['#@@replace'](this, replacement, true);
  }
  const text = `${this}`;
  pattern = `${pattern}`;
  let result = '';
  let from = 0;
  let at = $mvmIndexOf(text, pattern, 0);
  while (at >= 0) {
    result += $mvmStringSlice(text, from, at) + $mvmReplacement(text, pattern, at, replacement);
    from = at + pattern.length;
    at = $mvmIndexOf(text, pattern, pattern.length === 0 ? at + 1 : from);
    if (pattern.length === 0 && at > text.length) break;
  }
  return result + $mvmStringSlice(text, from, text.length);
};
// method: Symbol.iterator (word)
// (Code points, as a spread gives them.)
$mvmStringPrototype['#@@iterator'] = function iterator() {
  return new $mvmListItems([...this], 'String Iterator');
};
// method: match
// (A regular expression does the work. A string pattern is made one, as
// JavaScript does, where the program has regular expressions: a program
// without them that calls its own objects' `match` carries no RegExp.)
$mvmStringPrototype.match = function match(pattern) {
  // section: RegExp
  if (pattern === null || typeof pattern !== 'object') pattern = new RegExp(pattern === undefined ? '' : pattern);
  // end: RegExp
  return pattern['#@@match'](this);
};
// method: matchAll
$mvmStringPrototype.matchAll = function matchAll(pattern) {
  // section: RegExp
  if (pattern === null || typeof pattern !== 'object') pattern = new RegExp(pattern === undefined ? '' : pattern, 'g');
  // end: RegExp
  return pattern['#@@matchAll'](this);
};
// method: search
$mvmStringPrototype.search = function search(pattern) {
  // section: RegExp
  if (pattern === null || typeof pattern !== 'object') pattern = new RegExp(pattern === undefined ? '' : pattern);
  // end: RegExp
  return pattern['#@@search'](this);
};
// method: localeCompare
// As Node's default (ICU root) collation orders text of ASCII, Latin-1
// and Latin Extended-A: white space and punctuation, then digits, then
// letters (control characters ignored). Three levels, as ICU's: the base
// letters first; where they are equal, the first accent that differs
// (none, then acute, grave, breve, circumflex, ...); then the first
// case (lower first). A letter of its own (ı, ŋ, þ) follows the one it
// is like; æ, œ, ß and ĳ sort as two. Other characters come after, by
// code point. Of the options, `numeric` (digit runs compare as numbers:
// "2" before "10") and `sensitivity` ("base": letters only; "accent":
// and accents; "case": and case).
let $mvmCollation = null;
let $mvmCollationMinor = null;
function $mvmCollationTables() {
  // Punctuation and symbols, digits, letters: ranks 2, 4, 6, ... (the
  // odd ones between are for letters of their own).
  const order = "\t\n\u000b\f\r _-,;:!\u00a1?\u00bf.\u00b7'\"\u00ab\u00bb()[]{}\u00a7\u00b6@*/\\&#%`\u00b4^\u00af\u00a8\u00b8\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~\u00a4\u00a2$\u00a3\u00a50123456789abcdefghijklmnopqrstuvwxyz";
  const rank = [];
  const minor = [];
  for (let k = 0; k < 0x180; k++) {
    rank.push(k < 9 || (k > 13 && k < 32) || (k >= 127 && k < 160) || k === 0xad ? -1 : 1000 + k);
    minor.push(0);
  }
  for (let k = 0; k < order.length; k++) rank[order.charCodeAt(k)] = 2 * k;
  for (let k = 65; k <= 90; k++) {
    rank[k] = rank[k + 32];
    minor[k] = 2;
  }
  // No-break space, superscript digits, ª and º: another form of a
  // character (its place, another case).
  const like = (code, as, m) => {
    rank[code] = rank[as];
    minor[code] = m;
  };
  like(0xa0, 32, 1);
  like(0xaa, 97, 3);
  like(0xba, 111, 3);
  like(0xb9, 49, 1);
  like(0xb2, 50, 1);
  like(0xb3, 51, 1);
  // ½, ¼ and ¾ after the digit they start with.
  rank[0xbd] = rank[49] + 1;
  rank[0xbc] = rank[49] + 1;
  minor[0xbc] = 4;
  rank[0xbe] = rank[51] + 1;
  // Latin-1's and Latin Extended-A's letters from U+00C0, two characters
  // each: the base letter (in the letter's case) and '0' plus its accent
  // (1 acute, 2 grave, ... 13 and 14 strokes, 16 forms like æ and ß), or
  // the character itself and '0' for one that is not a Latin letter (×)
  // or is a letter of its own (þ), placed by `own`: after the one named.
  const letters = "A2A1A4A9A7A6A@C;E2E1E4E7I2I1I4I7D>N9O2O1O4O9O7\u00d70O=U2U1U4U7Y1\u00de0s@a2a1a4a9a7a6a@c;e2e1e4e7i2i1i4i7d>n9o2o1o4o9o7\u00f70o=u2u1u4u7y1\u00fe0y7A?a?A3a3A<a<C1c1C4c4C:c:C5c5D5d5D=d=E?e?E3e3E:e:E<e<E5e5G4g4G3g3G:g:G;g;H4h4H=h=I9i9I?i?I3i3I<i<I:\u01310I0i0J4j4K;k;\u01380L1l1L;l;L5l5L>l>L=l=N1n1N;n;N5n5\u01490\u014a0\u014b0O?o?O3o3O8o8O@o@R1r1R;r;R5r5S1s1S4s4S;s;S5s5T;t;T5t5\u01660\u01670U9u9U?u?U3u3U6u6U8u8U<u<W4w4Y4y4Y7Z1z1Z:z:Z5z5s@";
  const own = "\u0131i\u014bn\u014an\u0138q\u0167t\u0166t\u00fez\u00dez\u0149z";
  for (let k = 0; k < own.length; k += 2) {
    const c = own.charCodeAt(k);
    rank[c] = rank[own.charCodeAt(k + 1)] + (c === 0x149 ? 2 : 1);
    minor[c] = c === 0x14a || c === 0x166 || c === 0xde ? 2 : 0;
  }
  for (let k = 0; k < letters.length; k += 2) {
    const base = letters.charCodeAt(k);
    if (base >= 0xc0) continue;
    const c = 0xc0 + k / 2;
    rank[c] = rank[base];
    minor[c] = (letters.charCodeAt(k + 1) - 48) * 4 + (base < 97 ? 2 : 0);
  }
  minor[0x132] = 3;
  minor[0x133] = 1;
  $mvmCollation = rank;
  $mvmCollationMinor = minor;
}
// The second letter of a character that sorts as two (æ as "ae"), or -1.
function $mvmCollationSecond(code) {
  if (code < 0xc6) return -1;
  if (code === 0xc6 || code === 0x152) return 69;
  if (code === 0xe6 || code === 0x153) return 101;
  if (code === 0xdf) return 115;
  if (code === 0x132) return 74;
  if (code === 0x133) return 106;
  return -1;
}
// A character's place in the order (-1: ignored), from tables made at
// the first call; its accent and case are `$mvmCollationMinor`'s (accent
// times 4, plus 0 lower, 1 and 3 for forms like ĳ and ª, 2 upper).
function $mvmCollationRank(code) {
  if ($mvmCollation === null) $mvmCollationTables();
  return code < 0x180 ? $mvmCollation[code] : 1000 + code;
}
// (No object or closure is made a call: sorting names compares often.)
$mvmStringPrototype.localeCompare = function localeCompare(that, locales, options) {
  const given = options !== undefined && options !== null;
  const numeric = given && options.numeric === true;
  const sensitivity = given ? options.sensitivity : undefined;
  const a = `${this}`;
  const b = `${that}`;
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let accentOrder = 0;
  let caseOrder = 0;
  let i = 0;
  let j = 0;
  // Whether the next letter is the second of a character that sorts as
  // two (the e of æ).
  let secondA = false;
  let secondB = false;
  while (true) {
    // Each text's next letter (`p`) and its place (`x`), ignored
    // characters skipped.
    let p = 0;
    let x = -1;
    if (secondA) x = $mvmCollationRank((p = $mvmCollationSecond(a.charCodeAt(i))));
    else while (i < m && (x = $mvmCollationRank((p = a.charCodeAt(i)))) < 0) i++;
    let q = 0;
    let y = -1;
    if (secondB) y = $mvmCollationRank((q = $mvmCollationSecond(b.charCodeAt(j))));
    else while (j < n && (y = $mvmCollationRank((q = b.charCodeAt(j)))) < 0) j++;
    if (i >= m || j >= n) break;
    // (A second letter is never a digit.)
    // (Digit runs by their digits, past leading zeros: the longer is the
    // larger, so a run of 20 digits, an ICCID, compares past 2^53.)
    if (numeric && p >= 48 && p <= 57 && q >= 48 && q <= 57) {
      let u = i;
      while (i < m && a.charCodeAt(i) >= 48 && a.charCodeAt(i) <= 57) i++;
      while (u < i - 1 && a.charCodeAt(u) === 48) u++;
      let v = j;
      while (j < n && b.charCodeAt(j) >= 48 && b.charCodeAt(j) <= 57) j++;
      while (v < j - 1 && b.charCodeAt(v) === 48) v++;
      if (i - u !== j - v) return i - u < j - v ? -1 : 1;
      for (; u < i; u++, v++) {
        if (a.charCodeAt(u) !== b.charCodeAt(v)) return a.charCodeAt(u) < b.charCodeAt(v) ? -1 : 1;
      }
      continue;
    }
    if (x !== y) return x < y ? -1 : 1;
    const u = p < 0x180 ? $mvmCollationMinor[p] : 0;
    const v = q < 0x180 ? $mvmCollationMinor[q] : 0;
    if (accentOrder === 0 && u >> 2 !== v >> 2) accentOrder = u >> 2 < v >> 2 ? -1 : 1;
    if (caseOrder === 0 && (u & 3) !== (v & 3)) caseOrder = (u & 3) < (v & 3) ? -1 : 1;
    if (!secondA && $mvmCollationSecond(p) >= 0) secondA = true;
    else {
      secondA = false;
      i++;
    }
    if (!secondB && $mvmCollationSecond(q) >= 0) secondB = true;
    else {
      secondB = false;
      j++;
    }
  }
  if (i < m || j < n) return i < m ? 1 : -1;
  if (sensitivity === 'base') return 0;
  if (sensitivity === 'accent') return accentOrder;
  if (sensitivity === 'case') return caseOrder;
  return accentOrder !== 0 ? accentOrder : caseOrder;
};
