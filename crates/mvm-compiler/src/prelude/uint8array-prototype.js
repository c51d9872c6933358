// Uint8Array.prototype, in JavaScript, built as Array.prototype is (see
// array.js): only the methods a script names are linked in. A byte array's
// names that are not indices are looked up here. `subarray` copies (the
// engine has no views onto another array's bytes); the methods that make
// a new array make a byte array.
const $mvmUint8ArrayPrototype = {};
// method: fill
$mvmUint8ArrayPrototype.fill = function fill(value, start, end) {
  const to = $mvmRelativeIndex(end, this.length, this.length);
  for (let i = $mvmRelativeIndex(start, this.length, 0); i < to; i++) this[i] = value;
  return this;
};
// method: set
$mvmUint8ArrayPrototype.set = function set(source, offset) {
  const at = offset === undefined ? 0 : Math.trunc(offset);
  if (at < 0 || at + source.length > this.length) throw new RangeError('offset is out of bounds');
  // (This array onto itself fits only at 0, where it changes nothing; a
  // subarray here is a copy. Copied through no array, which holds half
  // the items a byte array does.)
  if (source === this) return;
  for (let i = 0; i < source.length; i++) this[at + i] = source[i];
};
// method: subarray
$mvmUint8ArrayPrototype.subarray = function subarray(begin, end) {
  return this.slice(begin, end);
};
// method: slice
$mvmUint8ArrayPrototype.slice = function slice(begin, end) {
  const from = $mvmRelativeIndex(begin, this.length, 0);
  const to = $mvmRelativeIndex(end, this.length, this.length);
  const result = Microvium.newUint8Array(to > from ? to - from : 0);
  for (let i = from; i < to; i++) result[i - from] = this[i];
  return result;
};
// method: indexOf
$mvmUint8ArrayPrototype.indexOf = function indexOf(value, from) {
  for (let i = $mvmRelativeIndex(from, this.length, 0); i < this.length; i++) {
    if (this[i] === value) return i;
  }
  return -1;
};
// method: includes
$mvmUint8ArrayPrototype.includes = function includes(value, from) {
  return this.indexOf(value, from) >= 0;
};
// method: join
$mvmUint8ArrayPrototype.join = function join(separator) {
  const sep = separator === undefined ? ',' : `${separator}`;
  let text = '';
  for (let i = 0; i < this.length; i++) text += (i > 0 ? sep : '') + this[i];
  return text;
};
// method: toString
$mvmUint8ArrayPrototype.toString = function toString() {
  return this.join();
};
// method: forEach
$mvmUint8ArrayPrototype.forEach = function forEach(fn, thisArg) {
  for (let i = 0; i < this.length; i++) $mvmCallThis(fn, thisArg, this[i], i, this);
};
// method: map
$mvmUint8ArrayPrototype.map = function map(fn, thisArg) {
  const result = Microvium.newUint8Array(this.length);
  for (let i = 0; i < this.length; i++) result[i] = $mvmCallThis(fn, thisArg, this[i], i, this);
  return result;
};
// method: filter
$mvmUint8ArrayPrototype.filter = function filter(fn, thisArg) {
  const kept = Microvium.newUint8Array(this.length);
  let count = 0;
  for (let i = 0; i < this.length; i++) if ($mvmCallThis(fn, thisArg, this[i], i, this)) kept[count++] = this[i];
  return kept.slice(0, count);
};
// method: reduce
$mvmUint8ArrayPrototype.reduce = function reduce(fn, ...initial) {
  let i = 0;
  let acc;
  if (initial.length > 0) acc = initial[0];
  else if (this.length > 0) acc = this[i++];
  else throw new TypeError('Reduce of empty array with no initial value');
  for (; i < this.length; i++) acc = fn(acc, this[i], i, this);
  return acc;
};
// method: some
$mvmUint8ArrayPrototype.some = function some(fn, thisArg) {
  for (let i = 0; i < this.length; i++) if ($mvmCallThis(fn, thisArg, this[i], i, this)) return true;
  return false;
};
// method: every
$mvmUint8ArrayPrototype.every = function every(fn, thisArg) {
  for (let i = 0; i < this.length; i++) if (!$mvmCallThis(fn, thisArg, this[i], i, this)) return false;
  return true;
};
// method: find
$mvmUint8ArrayPrototype.find = function find(fn, thisArg) {
  for (let i = 0; i < this.length; i++) {
    const byte = this[i];
    if ($mvmCallThis(fn, thisArg, byte, i, this)) return byte;
  }
  return undefined;
};
// method: findIndex
$mvmUint8ArrayPrototype.findIndex = function findIndex(fn, thisArg) {
  for (let i = 0; i < this.length; i++) if ($mvmCallThis(fn, thisArg, this[i], i, this)) return i;
  return -1;
};
// method: reverse
$mvmUint8ArrayPrototype.reverse = function reverse() {
  for (let i = 0, j = this.length - 1; i < j; i++, j--) {
    const t = this[i];
    this[i] = this[j];
    this[j] = t;
  }
  return this;
};
// method: sort
// Numeric order by default, as typed arrays sort.
$mvmUint8ArrayPrototype.sort = function sort(compare) {
  const n = this.length;
  if (compare === undefined) {
    // (Counted: there are 256 kinds of byte.)
    const counts = [];
    for (let v = 0; v < 256; v++) counts.push(0);
    for (let i = 0; i < n; i++) counts[this[i]]++;
    let at = 0;
    for (let v = 0; v < 256; v++) for (let k = counts[v]; k > 0; k--) this[at++] = v;
    return this;
  }
  // A stable merge sort of runs doubling in width, through a second
  // buffer.
  let from = this;
  let to = Microvium.newUint8Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    const done = to;
    to = from;
    from = done;
  }
  if (from !== this) for (let i = 0; i < n; i++) this[i] = from[i];
  return this;
};
// method: at
$mvmUint8ArrayPrototype.at = function at(index) {
  // (NaN, as undefined, is index 0.)
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
};
// method: lastIndexOf
$mvmUint8ArrayPrototype.lastIndexOf = function lastIndexOf(value, ...from) {
  let i = this.length - 1;
  if (from.length > 0) {
    const n = Math.trunc(from[0]) + 0;
    i = n !== n ? 0 : n < 0 ? this.length + n : n < i ? n : i;
  }
  for (; i >= 0; i--) if (this[i] === value) return i;
  return -1;
};
// method: findLast
$mvmUint8ArrayPrototype.findLast = function findLast(fn, thisArg) {
  for (let i = this.length - 1; i >= 0; i--) {
    const byte = this[i];
    if ($mvmCallThis(fn, thisArg, byte, i, this)) return byte;
  }
  return undefined;
};
// method: findLastIndex
$mvmUint8ArrayPrototype.findLastIndex = function findLastIndex(fn, thisArg) {
  for (let i = this.length - 1; i >= 0; i--) if ($mvmCallThis(fn, thisArg, this[i], i, this)) return i;
  return -1;
};
// method: reduceRight
$mvmUint8ArrayPrototype.reduceRight = function reduceRight(fn, ...initial) {
  let i = this.length - 1;
  if (initial.length === 0 && i < 0) throw new TypeError('Reduce of empty array with no initial value');
  let acc = initial.length > 0 ? initial[0] : this[i--];
  for (; i >= 0; i--) acc = fn(acc, this[i], i, this);
  return acc;
};
// method: copyWithin
$mvmUint8ArrayPrototype.copyWithin = function copyWithin(target, start, end) {
  const length = this.length;
  const to = $mvmRelativeIndex(target, length, 0);
  const from = $mvmRelativeIndex(start, length, 0);
  let count = $mvmRelativeIndex(end, length, length) - from;
  if (length - to < count) count = length - to;
  // (In place, as memmove: backwards where the bytes move up, so that
  // none is overwritten before it is read. No copy: a buffer may hold
  // more bytes than an array may hold items.)
  if (to < from) for (let i = 0; i < count; i++) this[to + i] = this[from + i];
  else for (let i = count - 1; i >= 0; i--) this[to + i] = this[from + i];
  return this;
};
// method: entries
// (Live iterators, as an array's: see its `keys|values|entries`.)
$mvmUint8ArrayPrototype.entries = function entries() {
  return new $mvmArrayIterator(this, 2);
};
// method: keys
$mvmUint8ArrayPrototype.keys = function keys() {
  return new $mvmArrayIterator(this, 0);
};
// method: values
$mvmUint8ArrayPrototype.values = function values() {
  return new $mvmArrayIterator(this, 1);
};
// method: toReversed
$mvmUint8ArrayPrototype.toReversed = function toReversed() {
  return this.slice().reverse();
};
// method: toSorted
$mvmUint8ArrayPrototype.toSorted = function toSorted(compare) {
  return this.slice().sort(compare);
};
// method: with
$mvmUint8ArrayPrototype.with = function (index, value) {
  const n = Math.trunc(index) || 0;
  const i = n < 0 ? this.length + n : n;
  if (!(i >= 0 && i < this.length)) throw new RangeError('Invalid typed array index');
  const result = this.slice();
  result[i] = value;
  return result;
};
// method: byteLength (alone) (property)
// (A byte array is its own buffer: its byte length is its length, at
// offset 0, a byte an element.)
$mvmUint8ArrayPrototype.byteLength = $mvmMakeAccessor(function () {
  return this.length;
});
// method: buffer (alone) (property)
$mvmUint8ArrayPrototype.buffer = $mvmMakeAccessor(function () {
  return this;
});
// method: byteOffset (alone) (property)
$mvmUint8ArrayPrototype.byteOffset = 0;
// method: BYTES_PER_ELEMENT (alone) (property)
$mvmUint8ArrayPrototype.BYTES_PER_ELEMENT = 1;
// method: constructor (alone) (property)
// (`buf.constructor === Uint8Array`, `new buf.constructor(n)`.)
$mvmUint8ArrayPrototype.constructor = Uint8Array;
