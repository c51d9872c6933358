// Array.prototype, in JavaScript. The compiler links in only the methods a
// script names (each section below starts with its `// method:` line) and
// keeps the prototype as a reserved export, where the engine looks up the
// properties arrays do not have themselves. The methods that call back
// visit the indices the array had when they started (`n`), as
// JavaScript's do: a callback that pushes does not make them run on.
const $mvmArrayPrototype = {};
// method: Symbol.iterator (word)
// (A program that names Symbol.iterator has the generators part.)
$mvmArrayPrototype['#@@iterator'] = function values() {
  return new $mvmListItems(this, 'Array Iterator');
};
// method: push (named)
// (The engine's own: arrays call it without the prototype; this is for
// `Array.prototype.push.apply(out, items)`.)
$mvmArrayPrototype.push = $mvmArrayPush;
// method: forEach
$mvmArrayPrototype.forEach = function forEach(fn, thisArg) {
  for (let i = 0, n = this.length; i < n; i++) {
    const item = this[i];
    // A hole reads as undefined, but is skipped.
    if (item !== undefined || i in this) $mvmCallThis(fn, thisArg, item, i, this);
  }
};
// method: map
$mvmArrayPrototype.map = function map(fn, thisArg) {
  const result = [];
  const n = this.length;
  for (let i = 0; i < n; i++) {
    const item = this[i];
    if (item !== undefined || i in this) result[i] = $mvmCallThis(fn, thisArg, item, i, this);
  }
  // Holes stay holes, trailing ones too.
  result.length = n;
  return result;
};
// method: filter
$mvmArrayPrototype.filter = function filter(fn, thisArg) {
  const result = [];
  for (let i = 0, n = this.length; i < n; i++) {
    const item = this[i];
    if ((item !== undefined || i in this) && $mvmCallThis(fn, thisArg, item, i, this)) result.push(item);
  }
  return result;
};
// method: reduce
$mvmArrayPrototype.reduce = function reduce(fn, ...initial) {
  // (A callback that is no function is called, to throw what calling it
  // throws, even where no item would call it.)
  if (typeof fn !== 'function') fn();
  let i = 0;
  let acc = initial[0];
  const n = this.length;
  if (initial.length === 0) {
    while (i < n && this[i] === undefined && !(i in this)) i++;
    if (i >= n) throw new TypeError('Reduce of empty array with no initial value');
    acc = this[i];
    i++;
  }
  for (; i < n; i++) {
    const item = this[i];
    if (item !== undefined || i in this) acc = fn(acc, item, i, this);
  }
  return acc;
};
// method: find
$mvmArrayPrototype.find = function find(fn, thisArg) {
  for (let i = 0, n = this.length; i < n; i++) {
    // (The item the callback saw, though it may change the array.)
    const item = this[i];
    if ($mvmCallThis(fn, thisArg, item, i, this)) return item;
  }
  return undefined;
};
// method: findIndex
$mvmArrayPrototype.findIndex = function findIndex(fn, thisArg) {
  for (let i = 0, n = this.length; i < n; i++) if ($mvmCallThis(fn, thisArg, this[i], i, this)) return i;
  return -1;
};
// method: some
$mvmArrayPrototype.some = function some(fn, thisArg) {
  for (let i = 0, n = this.length; i < n; i++) {
    const item = this[i];
    if ((item !== undefined || i in this) && $mvmCallThis(fn, thisArg, item, i, this)) return true;
  }
  return false;
};
// method: every
$mvmArrayPrototype.every = function every(fn, thisArg) {
  for (let i = 0, n = this.length; i < n; i++) {
    const item = this[i];
    if ((item !== undefined || i in this) && !$mvmCallThis(fn, thisArg, item, i, this)) return false;
  }
  return true;
};
// method: indexOf
$mvmArrayPrototype.indexOf = function indexOf(value, from) {
  const start = $mvmRelativeIndex(from, this.length, 0);
  // (An array is searched by the engine, which reads a hole as
  // `undefined`, as indexOf must not; another object one by one.)
  if (value !== undefined && $mvmIsArray(this)) return $mvmArrayIndexOf(this, value, start);
  for (let i = start; i < this.length; i++) {
    if (this[i] === value && (value !== undefined || i in this)) return i;
  }
  return -1;
};
// method: lastIndexOf
$mvmArrayPrototype.lastIndexOf = function lastIndexOf(value, ...from) {
  let i = this.length - 1;
  if (from.length > 0) {
    // (+ 0: a -0 is index 0.)
    const n = Math.trunc(from[0]) + 0;
    i = n !== n ? 0 : n < 0 ? this.length + n : n < i ? n : i;
  }
  for (; i >= 0; i--) if (this[i] === value && (value !== undefined || i in this)) return i;
  return -1;
};
// method: includes
$mvmArrayPrototype.includes = function includes(value, from) {
  const start = $mvmRelativeIndex(from, this.length, 0);
  // (`NaN`, which includes finds and `===` does not, one by one.)
  if (value === value && $mvmIsArray(this)) return $mvmArrayIndexOf(this, value, start) >= 0;
  for (let i = start; i < this.length; i++) {
    const item = this[i];
    if (item === value || (item !== item && value !== value)) return true;
  }
  return false;
};
// method: join
// (The arrays being joined, innermost last: one that contains itself
// joins as '' where it recurs, as V8 joins it.)
const $mvmJoining = [];
$mvmArrayPrototype.join = function join(separator) {
  const sep = separator === undefined ? ',' : `${separator}`;
  if ($mvmJoining.includes(this)) return '';
  $mvmJoining.push(this);
  // Joined in pairs, then pairs of those, ...: each character is copied
  // once a level, not once an item after it.
  let parts = [];
  try {
    for (let i = 0; i < this.length; i++) {
      const item = this[i];
      parts.push(item === undefined || item === null ? '' : `${item}`);
    }
  } finally {
    $mvmJoining.pop();
  }
  while (parts.length > 1) {
    const next = [];
    for (let i = 0; i < parts.length; i += 2) next.push(i + 1 < parts.length ? parts[i] + sep + parts[i + 1] : parts[i]);
    parts = next;
  }
  return parts.length > 0 ? parts[0] : '';
};
// method: constructor (property)
$mvmArrayPrototype.constructor = Array;
// method: toString (word)
$mvmArrayPrototype.toString = function toString() {
  return this.join();
};
// method: toLocaleString
$mvmArrayPrototype.toLocaleString = function toLocaleString() {
  let text = '';
  for (let i = 0; i < this.length; i++) {
    if (i > 0) text += ',';
    const item = this[i];
    if (item !== undefined && item !== null) text += item.toLocaleString();
  }
  return text;
};
// method: valueOf (alone)
$mvmArrayPrototype.valueOf = function valueOf() {
  return this;
};
// method: slice
$mvmArrayPrototype.slice = function slice(start, end) {
  const from = $mvmRelativeIndex(start, this.length, 0);
  const to = $mvmRelativeIndex(end, this.length, this.length);
  const result = [];
  for (let i = from; i < to; i++) result.push(this[i]);
  return result;
};
// method: concat
$mvmArrayPrototype.concat = function concat(...items) {
  const result = [];
  for (let i = 0; i < this.length; i++) result.push(this[i]);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if ($mvmIsArray(item)) {
      for (let j = 0; j < item.length; j++) result.push(item[j]);
    } else {
      result.push(item);
    }
  }
  return result;
};
// method: pop
$mvmArrayPrototype.pop = function pop() {
  if (this.length === 0) return undefined;
  const last = this[this.length - 1];
  this.length = this.length - 1;
  return last;
};
// method: shift
$mvmArrayPrototype.shift = function shift() {
  if (this.length === 0) return undefined;
  const first = this[0];
  // (An array's items move in the engine; a locked array's, or another
  // object's, one by one, whose writes it refuses.)
  if (!$mvmArrayCopyWithin(this, 0, 1, this.length)) {
    for (let i = 1; i < this.length; i++) this[i - 1] = this[i];
  }
  this.length = this.length - 1;
  return first;
};
// method: unshift
$mvmArrayPrototype.unshift = function unshift(...items) {
  const count = items.length;
  const n = this.length;
  // (An array that is not locked moves its items in the engine, once it
  // has grown; a locked one, or another object, one by one.)
  if (count > 0 && $mvmIsArray(this) && !$mvmLock(this, false)) {
    this.length = n + count;
    $mvmArrayCopyWithin(this, count, 0, n);
  } else {
    for (let i = n - 1; i >= 0; i--) this[i + count] = this[i];
  }
  for (let i = 0; i < count; i++) this[i] = items[i];
  // (An array-like object's length is set as an array's grows.)
  this.length = n + count;
  return n + count;
};
// method: reverse
$mvmArrayPrototype.reverse = function reverse() {
  for (let i = 0, j = this.length - 1; i < j; i++, j--) {
    const item = this[i];
    this[i] = this[j];
    this[j] = item;
  }
  return this;
};
// method: fill
$mvmArrayPrototype.fill = function fill(value, start, end) {
  const to = $mvmRelativeIndex(end, this.length, this.length);
  for (let i = $mvmRelativeIndex(start, this.length, 0); i < to; i++) this[i] = value;
  return this;
};
// method: sort
// As V8's TimSort: `undefined` last, the comparator never asked of it;
// the rest in runs (an ascending or strictly descending one found, then
// grown to V8's minimum run by binary insertion: for up to 64 items, V8's
// whole sort, so an odd comparator gives V8's order and calls there),
// merged in turn: stable, some n log n comparisons (insertion alone made
// n²/4).
$mvmArrayPrototype.sort = function sort(compare) {
  // (Asked first, as V8 asks it, even of an array too short to compare.)
  if (compare !== undefined && typeof compare !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
  const order = compare !== undefined ? compare : function (a, b) {
    const x = `${a}`;
    const y = `${b}`;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  let items = [];
  let undefineds = 0;
  const length = this.length;
  for (let i = 0; i < length; i++) {
    const item = this[i];
    // (A hole is neither: holes go last, still holes.)
    if (item === undefined) undefineds += i in this ? 1 : 0;
    else items.push(item);
  }
  const n = items.length;
  let minRun = n;
  let odd = 0;
  while (minRun >= 64) {
    odd |= minRun & 1;
    minRun >>= 1;
  }
  minRun += odd;
  let runs = [];
  for (let lo = 0; lo < n; ) {
    let end = lo + 1;
    if (end < n) {
      const descending = order(items[end], items[lo]) < 0;
      end++;
      while (end < n) {
        const o = order(items[end], items[end - 1]);
        // (`!==`, not `>= 0`: a comparator's NaN counts as 0, as in V8.)
        if (o < 0 !== descending) break;
        end++;
      }
      if (descending) {
        for (let i = lo, j = end - 1; i < j; i++, j--) {
          const t = items[i];
          items[i] = items[j];
          items[j] = t;
        }
      }
    }
    const hi = end - lo < minRun ? (lo + minRun < n ? lo + minRun : n) : end;
    for (let i = end; i < hi; i++) {
      const pivot = items[i];
      let left = lo;
      let right = i;
      while (left < right) {
        const mid = left + ((right - left) >> 1);
        if (order(pivot, items[mid]) < 0) right = mid;
        else left = mid + 1;
      }
      for (let j = i; j > left; j--) items[j] = items[j - 1];
      items[left] = pivot;
    }
    runs.push(lo);
    lo = hi;
  }
  runs.push(n);
  while (runs.length > 2) {
    const merged = [];
    const starts = [];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r];
      const mid = runs[r + 1];
      const hi = r + 2 < runs.length ? runs[r + 2] : mid;
      starts.push(merged.length);
      let i = lo;
      let j = mid;
      // (The left run's item first on a tie: stable.)
      while (i < mid && j < hi) merged.push(order(items[j], items[i]) < 0 ? items[j++] : items[i++]);
      while (i < mid) merged.push(items[i++]);
      while (j < hi) merged.push(items[j++]);
    }
    starts.push(n);
    items = merged;
    runs = starts;
  }
  for (let i = 0; i < n; i++) this[i] = items[i];
  for (let i = n; i < n + undefineds; i++) this[i] = undefined;
  for (let i = n + undefineds; i < length; i++) delete this[i];
  return this;
};
// method: toSpliced
$mvmArrayPrototype.toSpliced = function toSpliced(...args) {
  const copy = this.slice();
  copy.splice(...args);
  return copy;
};
// method: copyWithin
$mvmArrayPrototype.copyWithin = function copyWithin(target, start, end) {
  const length = this.length;
  const to = $mvmRelativeIndex(target, length, 0);
  const from = $mvmRelativeIndex(start, length, 0);
  let count = $mvmRelativeIndex(end, length, length) - from;
  if (length - to < count) count = length - to;
  // Backwards when the ranges overlap with the target after the source.
  if (from < to && to < from + count) {
    for (let i = count - 1; i >= 0; i--) this[to + i] = this[from + i];
  } else {
    for (let i = 0; i < count; i++) this[to + i] = this[from + i];
  }
  return this;
};
// method: splice
$mvmArrayPrototype.splice = function splice(...args) {
  const length = this.length;
  const from = $mvmRelativeIndex(args[0], length, 0);
  let count = 0;
  if (args.length === 1) count = length - from;
  else if (args.length > 1) {
    count = Math.trunc(args[1]);
    if (!(count > 0)) count = 0;
    if (count > length - from) count = length - from;
  }
  const removed = [];
  for (let i = 0; i < count; i++) removed.push(this[from + i]);
  const added = args.length > 2 ? args.length - 2 : 0;
  // (An array that is not locked moves its tail in the engine, right
  // after it grows, or left before it shrinks.)
  if ($mvmIsArray(this) && !$mvmLock(this, false)) {
    if (added > count) this.length = length - count + added;
    $mvmArrayCopyWithin(this, from + added, from + count, length);
    this.length = length - count + added;
    for (let i = 0; i < added; i++) this[from + i] = args[i + 2];
    return removed;
  }
  const tail = [];
  for (let i = from + count; i < length; i++) tail.push(this[i]);
  this.length = from;
  for (let i = 2; i < args.length; i++) this[this.length] = args[i];
  for (let i = 0; i < tail.length; i++) this[this.length] = tail[i];
  return removed;
};
// method: reduceRight
$mvmArrayPrototype.reduceRight = function reduceRight(fn, ...initial) {
  if (typeof fn !== 'function') fn();
  let i = this.length - 1;
  let acc;
  if (initial.length > 0) acc = initial[0];
  else {
    while (i >= 0 && !(i in this)) i--;
    if (i < 0) throw new TypeError('Reduce of empty array with no initial value');
    acc = this[i--];
  }
  for (; i >= 0; i--) if (i in this) acc = fn(acc, this[i], i, this);
  return acc;
};
// method: findLast
$mvmArrayPrototype.findLast = function findLast(fn, thisArg) {
  for (let i = this.length - 1; i >= 0; i--) {
    const item = this[i];
    if ($mvmCallThis(fn, thisArg, item, i, this)) return item;
  }
  return undefined;
};
// method: findLastIndex
$mvmArrayPrototype.findLastIndex = function findLastIndex(fn, thisArg) {
  for (let i = this.length - 1; i >= 0; i--) if ($mvmCallThis(fn, thisArg, this[i], i, this)) return i;
  return -1;
};
// method: flat
$mvmArrayPrototype.flat = function flat(depth) {
  depth = depth === undefined ? 1 : Math.trunc(depth);
  const result = [];
  const add = (items, level) => {
    for (let i = 0; i < items.length; i++) {
      if (!(i in items)) continue;
      const item = items[i];
      if (level > 0 && $mvmIsArray(item)) add(item, level - 1);
      else result.push(item);
    }
  };
  add(this, depth);
  return result;
};
// method: flatMap
$mvmArrayPrototype.flatMap = function flatMap(fn, thisArg) {
  const result = [];
  for (let i = 0, n = this.length; i < n; i++) {
    if (!(i in this)) continue;
    const item = $mvmCallThis(fn, thisArg, this[i], i, this);
    if ($mvmIsArray(item)) {
      for (let j = 0; j < item.length; j++) result.push(item[j]);
    } else result.push(item);
  }
  return result;
};
// method: at
$mvmArrayPrototype.at = function at(index) {
  let i = Math.trunc(index);
  if (i !== i) i = 0;
  if (i < 0) i += this.length;
  return this[i];
};
// method: keys|values|entries
// An array's `keys()`, `values()` and `entries()`: an iterator that reads
// the array at each step, as JavaScript's does (items pushed while it
// walks are seen). `for..of` walks it one `$mvmStep()` at a time, with no
// result object per item.
class $mvmArrayIterator {
  #array;
  #next = 0;
  // 0 keys, 1 values, 2 entries.
  #kind;
  constructor(array, kind) {
    this.#array = array;
    this.#kind = kind;
  }
  // The next item, or the iterator itself once done.
  $mvmStep() {
    const array = this.#array;
    const i = this.#next;
    if (array === undefined || i >= array.length) {
      // (Done for good, as JavaScript's: items pushed later are not seen.)
      this.#array = undefined;
      return this;
    }
    this.#next = i + 1;
    const kind = this.#kind;
    return kind === 0 ? i : kind === 1 ? array[i] : [i, array[i]];
  }
  next() {
    const item = this.$mvmStep();
    return item === this ? { value: undefined, done: true } : { value: item, done: false };
  }
  $mvmItems() {
    const rest = [];
    for (let item = this.$mvmStep(); item !== this; item = this.$mvmStep()) rest.push(item);
    return rest;
  }
  $mvmWalk() {
    return this;
  }
  ['#@@iterator']() {
    return this;
  }
  // (Not a `toString`, whose name would link the array's.)
  get ['#@@toStringTag']() {
    return 'Array Iterator';
  }
}
// method: keys
$mvmArrayPrototype.keys = function keys() {
  return new $mvmArrayIterator(this, 0);
};
// method: values
$mvmArrayPrototype.values = function values() {
  return new $mvmArrayIterator(this, 1);
};
// method: entries
$mvmArrayPrototype.entries = function entries() {
  return new $mvmArrayIterator(this, 2);
};
// method: toReversed
$mvmArrayPrototype.toReversed = function toReversed() {
  const result = [];
  for (let i = this.length - 1; i >= 0; i--) result.push(this[i]);
  return result;
};
// method: toSorted
$mvmArrayPrototype.toSorted = function toSorted(compare) {
  const result = [];
  for (let i = 0; i < this.length; i++) result.push(this[i]);
  return result.sort(compare);
};
// method: with
$mvmArrayPrototype.with = function (index, value) {
  let i = Math.trunc(index);
  if (i !== i) i = 0;
  if (i < 0) i += this.length;
  if (i < 0 || i >= this.length) throw new RangeError('Invalid index : ' + index);
  const result = [];
  for (let n = 0; n < this.length; n++) result.push(n === i ? value : this[n]);
  return result;
};
