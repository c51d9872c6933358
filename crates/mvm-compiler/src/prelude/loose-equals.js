// `a == b`, as JavaScript converts for it (the compiler tests `x == null`
// inline): `null` and `undefined` equal each other only; a boolean
// compares as a number; a number and a string compare as numbers; an
// object compared with a primitive compares as its primitive value.
globalThis.$mvmLooseEquals = function looseEquals(a, b) {
  if (a === b) return true;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  const typeA = typeof a;
  const typeB = typeof b;
  if (typeA === typeB) return false;
  if (typeA === 'boolean') return $mvmLooseEquals(+a, b);
  if (typeB === 'boolean') return $mvmLooseEquals(a, +b);
  if (typeA === 'number' && typeB === 'string') return a === +b;
  if (typeA === 'string' && typeB === 'number') return +a === b;
  const objectA = typeA === 'object' || typeA === 'function';
  const objectB = typeB === 'object' || typeB === 'function';
  if (objectA && !objectB) return $mvmLooseEquals($mvmToPrimitive(a), b);
  if (objectB && !objectA) return $mvmLooseEquals(a, $mvmToPrimitive(b));
  return false;
};
// An object's primitive value: its `[Symbol.toPrimitive]('default')`'s;
// its `valueOf`'s if that is one, else its
// text (a Date's text first, as `+` takes it). (Read by its key, as
// `.valueOf(` would link every prototype's, which give the object itself.)
function $mvmToPrimitive(value) {
  // section: toPrimitive
  // (`[Symbol.toPrimitive]` first, asked with `==`'s hint.)
  if (typeof value['#@@toPrimitive'] === 'function') {
    const primitive = value['#@@toPrimitive']('default');
    if (primitive === null || (typeof primitive !== 'object' && typeof primitive !== 'function')) {
      return primitive;
    }
    throw new TypeError('Cannot convert object to primitive value');
  }
  // end: toPrimitive
  if (value['#@@defaultIsText'] !== true && typeof value['valueOf'] === 'function') {
    const primitive = value['valueOf']();
    if (primitive === null || (typeof primitive !== 'object' && typeof primitive !== 'function')) {
      return primitive;
    }
  }
  return `${value}`;
}
