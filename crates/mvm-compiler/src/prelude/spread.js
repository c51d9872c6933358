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
  const own = Reflect.ownKeys(source);
  // An array's `length` is its own but not enumerable.
  const isArray = Microvium.typeCodeOf(source) === Microvium.typeCodeOf([]);
  for (let i = 0; i < own.length; i++) {
    if (!(isArray && own[i] === 'length')) keys.push(own[i]);
  }
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
