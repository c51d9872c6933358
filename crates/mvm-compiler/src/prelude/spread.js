// What spreads and rests in object literals and patterns call: the
// compiler emits the calls, so a program whose text has `...` gets this
// part (and a snapshot keeps it only when they are used: it names no
// other part).
// The own enumerable string keys of `source`, in JavaScript's order.
function $mvmSpreadKeys(source) {
  const keys = [];
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i++) keys.push('' + i);
    return keys;
  }
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
    return keys;
  }
  let own = Reflect.ownKeys(source);
  // (A prototype's `constructor` and a class body's members are not
  // enumerable: `for..in` lists what is, its own among them.)
  const ctor = source['constructor'];
  if (typeof ctor === 'function' && ctor.prototype === source) {
    const all = own;
    own = [];
    // (A loop: a method call would link a prototype's part.)
    for (const key in source) {
      for (let i = 0; i < all.length; i++) if (all[i] === key) own.push(key);
    }
  }
  // An array's `length` is its own but not enumerable.
  const isArray = Microvium.typeCodeOf(source) === Microvium.typeCodeOf([]);
  // section: defineProperty|defineProperties|create|cause|captureStackTrace
  // (Not those `Object.defineProperty` made non-enumerable: see object.js.)
  const hidden = $mvmOwnProperty(source, '#hidden', 2) ? source['#hidden'] : undefined;
  // end: defineProperty|defineProperties|create|cause|captureStackTrace
  for (let i = 0; i < own.length; i++) {
    // section: defineProperty|defineProperties|create|cause|captureStackTrace
    if (hidden !== undefined && hidden.indexOf(own[i]) >= 0) continue;
    // end: defineProperty|defineProperties|create|cause|captureStackTrace
    if (!(isArray && own[i] === 'length')) keys.push(own[i]);
  }
  // section: Symbol
  // (Then its symbol-keyed properties, which spreads copy too.)
  const symbols = Reflect.ownKeys(source, true);
  for (let i = 0; i < symbols.length; i++) {
    // section: defineProperty|defineProperties|create|cause|captureStackTrace
    if (hidden !== undefined && hidden.indexOf(symbols[i]) >= 0) continue;
    // end: defineProperty|defineProperties|create|cause|captureStackTrace
    keys.push(symbols[i]);
  }
  // end: Symbol
  return keys;
}
// `{ ...source }`: `source`'s own enumerable properties, copied onto
// `this` (nothing from null or undefined).
globalThis.$mvmSpreadInto = function spreadInto(source) {
  const keys = $mvmSpreadKeys(source);
  for (let i = 0; i < keys.length; i++) this[keys[i]] = source[keys[i]];
};
// `const { a, ...rest } = source`: a new object of `source`'s own
// enumerable properties but those `taken` names.
globalThis.$mvmRestOf = function restOf(source, taken) {
  // Null and undefined cannot be destructured: reading from them throws,
  // as JavaScript does.
  if (source === null || source === undefined) source.x;
  const keys = $mvmSpreadKeys(source);
  const rest = {};
  for (let i = 0; i < keys.length; i++) {
    let named = false;
    for (let j = 0; j < taken.length; j++) {
      if ('' + taken[j] === keys[i]) named = true;
    }
    if (!named) rest[keys[i]] = source[keys[i]];
  }
  return rest;
};
// `const [a, ...rest] = items`: the elements from `start` on.
globalThis.$mvmRestFrom = function restFrom(items, start) {
  const rest = [];
  for (let i = start; i < items.length; i++) rest.push(items[i]);
  return rest;
};
// `new C(...args)`, for up to eight arguments (the compiler has no
// instruction for it: it is rare). Past that it throws a string: an error
// object would bring the error classes into every program with a spread.
globalThis.$mvmConstruct = function construct(C, a) {
  switch (a.length) {
    case 0: return new C();
    case 1: return new C(a[0]);
    case 2: return new C(a[0], a[1]);
    case 3: return new C(a[0], a[1], a[2]);
    case 4: return new C(a[0], a[1], a[2], a[3]);
    case 5: return new C(a[0], a[1], a[2], a[3], a[4]);
    case 6: return new C(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7: return new C(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8: return new C(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default: throw 'mvm does not support new with more than 8 spread arguments';
  }
};
