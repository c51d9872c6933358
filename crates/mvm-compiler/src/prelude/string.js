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
function $mvmSubstring(text, from, to) {
  let result = '';
  for (let i = from; i < to; i++) result += text[i];
  return result;
}
function $mvmIndexOf(text, search, from) {
  search = '' + search;
  for (let i = from; i + search.length <= text.length; i++) {
    let j = 0;
    while (j < search.length && text[i + j] === search[j]) j++;
    if (j === search.length) return i;
  }
  return -1;
}
const $mvmWhitespace = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
function $mvmIsSpace(ch) {
  return $mvmIndexOf($mvmWhitespace, ch, 0) >= 0;
}
// What padStart and padEnd add to reach `length`.
function $mvmPadding(text, length, fill) {
  const filler = fill === undefined ? ' ' : '' + fill;
  length = Math.trunc(length);
  if (filler === '' || !(length > text.length)) return '';
  let pad = '';
  while (pad.length < length - text.length) pad += filler;
  return $mvmSubstring(pad, 0, length - text.length);
}
// What replaces the match of `pattern` at `at`: a function's result, or
// a text with its \$ patterns ($$, $&, $` and $') filled in.
function $mvmReplacement(text, pattern, at, replacement) {
  if (typeof replacement === 'function') return '' + replacement(pattern, at, text);
  replacement = '' + replacement;
  let result = '';
  for (let i = 0; i < replacement.length; i++) {
    const next = replacement[i + 1];
    if (replacement[i] !== '$' || next === undefined) result += replacement[i];
    else if (next === '$') { result += '$'; i++; }
    else if (next === '&') { result += pattern; i++; }
    else if (next === '`') { result += $mvmSubstring(text, 0, at); i++; }
    else if (next === "'") { result += $mvmSubstring(text, at + pattern.length, text.length); i++; }
    else result += '$';
  }
  return result;
}
function $mvmMapCase(text, from, to) {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const at = $mvmIndexOf(from, text[i], 0);
    result += at >= 0 ? to[at] : text[i];
  }
  return result;
}
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
  let found = -1;
  for (let at = $mvmIndexOf(this, search, 0); at >= 0 && at <= last; at = $mvmIndexOf(this, search, at + 1)) {
    found = at;
    if (at >= this.length) break;
  }
  return found;
};
// method: includes
$mvmStringPrototype.includes = function includes(search, from) {
  return $mvmIndexOf(this, search, $mvmClampIndex(from, this.length)) >= 0;
};
// method: startsWith
$mvmStringPrototype.startsWith = function startsWith(search, from) {
  search = '' + search;
  const start = $mvmClampIndex(from, this.length);
  return $mvmSubstring(this, start, start + search.length) === search && start + search.length <= this.length;
};
// method: endsWith
$mvmStringPrototype.endsWith = function endsWith(search, end) {
  search = '' + search;
  const stop = end === undefined ? this.length : $mvmClampIndex(end, this.length);
  const start = stop - search.length;
  return start >= 0 && $mvmSubstring(this, start, stop) === search;
};
// method: slice
$mvmStringPrototype.slice = function slice(start, end) {
  const from = $mvmRelativeIndex(start, this.length, 0);
  const to = $mvmRelativeIndex(end, this.length, this.length);
  return $mvmSubstring(this, from, to);
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
  return $mvmSubstring(this, from, to);
};
// method: split
$mvmStringPrototype.split = function split(separator, limit) {
  const max = limit === undefined ? 4294967295 : limit >>> 0;
  const parts = [];
  if (max === 0) return parts;
  if (separator === undefined) {
    parts.push('' + this);
    return parts;
  }
  separator = '' + separator;
  if (separator === '') {
    for (let i = 0; i < this.length && parts.length < max; i++) parts.push(this[i]);
    return parts;
  }
  let start = 0;
  for (let at = $mvmIndexOf(this, separator, 0); at >= 0; at = $mvmIndexOf(this, separator, start)) {
    parts.push($mvmSubstring(this, start, at));
    if (parts.length === max) return parts;
    start = at + separator.length;
  }
  parts.push($mvmSubstring(this, start, this.length));
  return parts;
};
// method: trim
$mvmStringPrototype.trim = function trim() {
  let from = 0;
  let to = this.length;
  while (from < to && $mvmIsSpace(this[from])) from++;
  while (to > from && $mvmIsSpace(this[to - 1])) to--;
  return $mvmSubstring(this, from, to);
};
// method: trimStart
$mvmStringPrototype.trimStart = function trimStart() {
  let from = 0;
  while (from < this.length && $mvmIsSpace(this[from])) from++;
  return $mvmSubstring(this, from, this.length);
};
// method: trimEnd
$mvmStringPrototype.trimEnd = function trimEnd() {
  let to = this.length;
  while (to > 0 && $mvmIsSpace(this[to - 1])) to--;
  return $mvmSubstring(this, 0, to);
};
// method: repeat
$mvmStringPrototype.repeat = function repeat(count) {
  count = Math.trunc(count);
  if (count !== count) count = 0;
  if (count < 0 || count === Infinity) throw new RangeError('Invalid count value: ' + count);
  let result = '';
  for (let i = 0; i < count; i++) result += this;
  return result;
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
  let result = '' + this;
  for (let i = 0; i < items.length; i++) result += items[i];
  return result;
};
// method: toUpperCase
$mvmStringPrototype.toUpperCase = function toUpperCase() {
  return $mvmMapCase(this, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
};
// method: toLowerCase
$mvmStringPrototype.toLowerCase = function toLowerCase() {
  return $mvmMapCase(this, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
};
// method: toString
$mvmStringPrototype.toString = function toString() {
  return '' + this;
};
// method: replace
$mvmStringPrototype.replace = function replace(pattern, replacement) {
  const text = '' + this;
  pattern = '' + pattern;
  const at = $mvmIndexOf(text, pattern, 0);
  if (at < 0) return text;
  return $mvmSubstring(text, 0, at) + $mvmReplacement(text, pattern, at, replacement) +
    $mvmSubstring(text, at + pattern.length, text.length);
};
// method: replaceAll
$mvmStringPrototype.replaceAll = function replaceAll(pattern, replacement) {
  const text = '' + this;
  pattern = '' + pattern;
  let result = '';
  let from = 0;
  let at = $mvmIndexOf(text, pattern, 0);
  while (at >= 0) {
    result += $mvmSubstring(text, from, at) + $mvmReplacement(text, pattern, at, replacement);
    from = at + pattern.length;
    at = $mvmIndexOf(text, pattern, pattern.length === 0 ? at + 1 : from);
    if (pattern.length === 0 && at > text.length) break;
  }
  return result + $mvmSubstring(text, from, text.length);
};
// method: localeCompare
// As Node's default (ICU root) collation orders ASCII text: punctuation,
// then digits, then letters, case mattering only where the texts are
// otherwise equal (lower case first). Other characters come after, by
// code point (Node orders accented letters beside their base letters).
$mvmStringPrototype.localeCompare = function localeCompare(that) {
  const order = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
  const a = `${this}`;
  const b = `${that}`;
  const primary = (c) => {
    const code = c.charCodeAt(0);
    const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    const at = order.indexOf(lower);
    return at < 0 ? 128 + code : at;
  };
  let caseOrder = 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = primary(a[i]);
    const y = primary(b[i]);
    if (x !== y) return x < y ? -1 : 1;
    if (caseOrder === 0 && a[i] !== b[i]) caseOrder = a[i] > b[i] ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return caseOrder;
};
