// Generators and the iteration protocol.
//
// A generator function's call runs its parameters, then stops at a `Yield`
// that keeps its frame in `state[0]` and hands the caller a Generator over
// that state; `next(v)` resumes the frame (the engine's
// $mvmGeneratorResume) until it yields again (a new record in state[0])
// or returns (state[0] stays empty: done).
//
// `Symbol.iterator` is a key that starts with '#', as private fields do,
// so no listing shows it; `Symbol(description)` gives such a key, unique.
// With this part, `for..of` walks what `[Symbol.iterator]()` gives, one
// `next()` at a time, and spreads and array patterns take all its items.
globalThis.$mvmGenerator = class Generator {
  #state;
  constructor(state) {
    this.#state = state;
  }
  next(value) {
    return $mvmGeneratorStep(this.#state, value, 0);
  }
  throw(error) {
    return $mvmGeneratorStep(this.#state, error, 1);
  }
  return(value) {
    return $mvmGeneratorStep(this.#state, value, 2);
  }
  ['#@@iterator']() {
    return this;
  }
  $mvmItems() {
    const items = [];
    for (let r = this.next(); !r.done; r = this.next()) items.push(r.value);
    return items;
  }
  // (As Symbol.toStringTag has it in JavaScript.)
  toString() {
    return '[object Generator]';
  }
};
// `mode` 0 is next(value), 1 throw(value), 2 return(value): the state
// array itself, thrown in, unwinds the generator through its `finally`
// blocks (its `catch` blocks pass it on), which may yield or return
// again; once it is out, the generator is done with `value`, kept as
// state[1].
function $mvmGeneratorStep(state, value, mode) {
  if (state[0] === undefined) {
    if (mode === 1) throw value;
    return { value: mode === 2 ? value : undefined, done: true };
  }
  if (mode === 2) {
    state[1] = value;
    value = state;
  }
  try {
    value = $mvmGeneratorResume(state, value, mode !== 0);
  } catch (thrown) {
    if (thrown !== state) throw thrown;
    return { value: state[1], done: true };
  }
  return { value, done: state[0] === undefined };
}
let $mvmSymbols = 0;
// (`Symbol()`'s description is undefined, `Symbol('')`'s empty: the first
// is marked U+0001 in the key.)
function Symbol(description) {
  return '#@@' + (description === undefined ? '\u0001' : description) + '@' + ++$mvmSymbols;
}
globalThis.Symbol = Symbol;
// A symbol's description: its key's text between the prefix and the `@N`
// that makes it unique (a well-known one's key is its name).
function $mvmSymbolDescription(key) {
  let end = key.length;
  while (end > 3 && key[end - 1] !== '@') end--;
  let text = end > 3 ? '' : 'Symbol.';
  if (end === 3) end = key.length + 1;
  for (let i = 3; i < end - 1; i++) text += key[i];
  return text === '\u0001' ? undefined : text;
}
// What a symbol's `toString()` and `String(symbol)` give.
globalThis.$mvmSymbolText = function symbolText(key) {
  return 'Symbol(' + ($mvmSymbolDescription(key) ?? '') + ')';
};
// `typeof x` in a program that makes symbols (the compiler calls it).
globalThis.$mvmTypeof = function typeOf(x) {
  const type = typeof x;
  return type === 'string' && x[0] === '#' && x[1] === '@' && x[2] === '@' ? 'symbol' : type;
};
// What a template or a `+` with text (or, `number`, a unary `+` or `-`)
// does with a symbol: a TypeError, as JavaScript's (the compiler passes
// their values through it in a program that makes symbols).
globalThis.$mvmNoSymbol = function noSymbol(x, number) {
  if ($mvmTypeof(x) === 'symbol') throw new TypeError('Cannot convert a Symbol value to a ' + (number ? 'number' : 'string'));
  return x;
};
// The registry's symbol for `key`: one per key, its key marked `@for`.
Symbol.for = function (key) {
  return '#@@' + key + '@for';
};
Symbol.keyFor = function keyFor(symbol) {
  if (typeof symbol !== 'string' || symbol[0] !== '#' || symbol[1] !== '@' || symbol[2] !== '@') {
    throw new TypeError(`${symbol} is not a symbol`);
  }
  // (Characters, not `endsWith`: a method here would be linked into every
  // program with generators.)
  const n = symbol.length;
  const registered = symbol[n - 4] === '@' && symbol[n - 3] === 'f' && symbol[n - 2] === 'o' && symbol[n - 1] === 'r';
  return registered ? $mvmSymbolDescription(symbol) : undefined;
};
Symbol.iterator = '#@@iterator';
Symbol.asyncIterator = '#@@asyncIterator';
Symbol.toPrimitive = '#@@toPrimitive';
Symbol.toStringTag = '#@@toStringTag';
// What `for..of` walks: the iterator `x[Symbol.iterator]()` gives, a Map's
// or Set's items, or `x` itself (an array, a string).
function $mvmIteratorOf(x) {
  // (An array or a string is walked by index, though it has an iterator
  // method too.)
  if (typeof x === 'string' || $mvmIsArray(x)) return x;
  if (x !== null && x !== undefined) {
    if (typeof x['#@@iterator'] === 'function') {
      const it = x['#@@iterator']();
      if (it === null || (typeof it !== 'object' && typeof it !== 'function')) {
        throw new TypeError('Result of the Symbol.iterator method is not an object');
      }
      // (V8's words for a missing `next`, where it goes to call it.)
      if (typeof it.next !== 'function') throw new TypeError('undefined is not a function');
      return it;
    }
    if (typeof x.$mvmItems === 'function') return x.$mvmItems();
  }
  return x;
}
// The compiler calls these with the value as `this`.
globalThis.$mvmIterate = function iterate() {
  return $mvmIteratorOf(this);
};
// What a `for..of` over an iterator throws for a `next()` result that is
// no object (the compiler calls it with the result as `this`).
globalThis.$mvmBadIteratorResult = function badIteratorResult() {
  throw new TypeError(`Iterator result ${this} is not an object`);
};
// What a spread or an array pattern takes: all the items, in an array;
// or (a pattern without a rest) the first `limit`, and then the iterator
// is closed, as JavaScript closes one a pattern leaves unfinished.
globalThis.$mvmItemsOf = function itemsOf(limit) {
  const it = $mvmIteratorOf(this);
  if (it === null || it === undefined || typeof it.next !== 'function') return it;
  const items = [];
  for (;;) {
    if (items.length === limit) {
      if (typeof it.return === 'function') it.return();
      return items;
    }
    const r = it.next();
    if (r === null || typeof r !== 'object') throw new TypeError(`Iterator result ${r} is not an object`);
    if (r.done) return items;
    items.push(r.value);
  }
};
// An array's or a string's iterator: next() only, as JavaScript's (no
// return(), so a `for..of` that breaks out of one it is handed leaves the
// rest to be read). It reads the array's length at each step, so items
// pushed while it walks are seen.
class $mvmListItems {
  #items;
  #next = 0;
  // 'Array Iterator' or 'String Iterator' (what console.log prints too).
  #tag;
  constructor(items, tag) {
    this.#items = items;
    this.#tag = tag;
  }
  next() {
    const items = this.#items;
    if (items !== undefined && this.#next < items.length) return { value: items[this.#next++], done: false };
    this.#items = undefined;
    return { value: undefined, done: true };
  }
  ['#@@iterator']() {
    return this;
  }
  get ['#@@toStringTag']() {
    return this.#tag;
  }
}
// One step of `yield*` over the iterator `it`: its next(sent), or what a
// throw(sent) (`mode` 1) or a return (`mode` 2: `sent` is the outer
// generator's state array, the value at [1]) on the outer generator
// passes on to it. An inner return that is done returns the outer
// generator with its value.
globalThis.$mvmDelegateStep = function delegateStep(it, sent, mode) {
  if (mode === 0) return it.next(sent);
  if (mode === 1) {
    if (typeof it.throw === 'function') return it.throw(sent);
    if (typeof it.return === 'function') it.return();
    throw new TypeError("The iterator does not provide a 'throw' method.");
  }
  if (typeof it.return !== 'function') throw sent;
  const r = it.return(sent[1]);
  if (r.done) {
    sent[1] = r.value;
    throw sent;
  }
  return r;
};
// What `yield*` walks: an iterator, also over an array or a string.
globalThis.$mvmDelegate = function delegate() {
  const it = $mvmIteratorOf(this);
  if (it !== null && it !== undefined && typeof it.next === 'function') return it;
  return new $mvmListItems(typeof it === 'string' ? [...it] : it, 'Array Iterator');
};
