// What console.log's `%s` gives an object: Node writes `String(x)` for one
// whose toString is the program's (a class's, or the object's own), and
// shows the others as it shows any object (the host's printer does that).
// The compiler passes each `%s` argument of a literal format through it.
const $mvmLibraryClasses = ['', 'Object', 'Array', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError', 'AggregateError', 'Date', 'RegExp', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Uint8Array'];
globalThis.$mvmFormatText = function formatText(x) {
  if (x === null || typeof x !== 'object') return x;
  const toString = x.toString;
  if (typeof toString !== 'function' || toString === {}.toString || toString === [].toString) return x;
  // (The prototype it is found on: a library class's, or the program's.)
  let owner = x;
  while (owner !== null && !Object.hasOwn(owner, 'toString')) owner = Object.getPrototypeOf(owner);
  const c = owner === x || owner === null ? undefined : owner.constructor;
  const library = typeof c === 'function' && c.prototype === owner && $mvmLibraryClasses.includes(c.name);
  return library ? x : `${x}`;
};
