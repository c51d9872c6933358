// `Array` and its static functions (the compiler maps `Array.NAME` to the
// global `$mvmArray_NAME`, as for `Number`).
globalThis.$mvmArray = function Array(...items) {
  if (items.length !== 1 || typeof items[0] !== 'number') return items;
  const length = items[0];
  if (!(length >= 0 && length <= 4294967295 && length % 1 === 0)) {
    throw new RangeError('Invalid array length');
  }
  const result = [];
  result.length = length;
  return result;
};
globalThis.$mvmArray_isArray = function isArray(value) {
  return $mvmIsArray(value);
};
globalThis.$mvmArray_of = function of(...items) {
  return items;
};
// `Array.apply(null, Array(n))` (an old way to make `n` undefineds that
// `map` visits) and `Array.call(null, ...)`: `Array(...)`, its `this`
// unused; the argument list an array-like.
globalThis.$mvmArray_apply = function apply(thisArg, args) {
  if (args === undefined || args === null) return [];
  const count = args.length >>> 0;
  if (count === 1) return Array(args[0]);
  const made = [];
  for (let i = 0; i < count; i++) made.push(args[i]);
  return made;
};
globalThis.$mvmArray_call = function call(thisArg, ...items) {
  return items.length === 1 ? Array(items[0]) : items;
};
globalThis.$mvmArray_from = function from(source, map, thisArg) {
  if (source === undefined || source === null) {
    // (V8's words, which name null by its type.)
    throw new TypeError((source === null ? 'object null' : 'undefined') + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  }
  const result = [];
  // (A string's items are its code points; a Map's or Set's, theirs; an
  // iterable's, what its iterator method gives.)
  if (typeof source === 'string' || typeof source['#@@iterator'] === 'function') {
    // section: iterator|yield
    // (An iterator's items one at a time, each mapped before the next is
    // asked for, as JavaScript's: a map that throws stops an endless one,
    // and closes it.)
    if (map !== undefined && typeof source !== 'string' && !$mvmIsArray(source)) {
      let i = 0;
      for (const item of source) result.push($mvmCallThis(map, thisArg, item, i++));
      return result;
    }
    // end: iterator|yield
    source = [...source];
  }
  else if (typeof source.$mvmItems === 'function') source = source.$mvmItems();
  let length = $mvmIsArray(source) ? source.length : +source.length;
  length = length - (length % 1);
  for (let i = 0; i < length; i++) {
    result.push(map === undefined ? source[i] : $mvmCallThis(map, thisArg, source[i], i));
  }
  return result;
};
