// Object.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in. The engine
// looks here for what a plain object and its prototypes do not have.
const $mvmObjectPrototype = {};
// method: hasOwnProperty
$mvmObjectPrototype.hasOwnProperty = function hasOwnProperty(key) {
  return Object.hasOwn(this, key);
};
// method: propertyIsEnumerable
$mvmObjectPrototype.propertyIsEnumerable = function propertyIsEnumerable(key) {
  // `for..in` lists exactly the enumerable ones: not those
  // `Object.defineProperty` hides, an array's `length` or a class
  // body's members.
  if (!Object.hasOwn(this, key)) return false;
  return $mvmEnumerable(this, '' + key);
};
// method: isPrototypeOf
$mvmObjectPrototype.isPrototypeOf = function isPrototypeOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  // (A function's chain ends at `Object.prototype` too, past the
  // `Function.prototype` mvm does not have.)
  if (typeof value === 'function' && this === Object.prototype) return true;
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    if (proto === this) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
};
// method: constructor (property)
$mvmObjectPrototype.constructor = Object;
// method: valueOf
$mvmObjectPrototype.valueOf = function valueOf() {
  return this;
};
// method: toLocaleString
$mvmObjectPrototype.toLocaleString = function toLocaleString() {
  return this.toString();
};
// method: toString
// For `obj.toString()` on an object with none of its own: the engine
// writes it (`[object Object]`; it looks for no `toString` here, so this
// does not call itself). Errors' prototypes have their own.
$mvmObjectPrototype.toString = function toString() {
  if (this === undefined || this === null) return this === null ? '[object Null]' : '[object Undefined]';
  const tag = this['#@@toStringTag'];
  if (typeof tag === 'string') return '[object ' + tag + ']';
  // Reached past a `toString` of the object's (`super.toString()`), or
  // on one with a `valueOf` or `Symbol.toPrimitive` of its own, which the
  // engine's conversion would ask: none is asked here.
  if (this.toString !== toString || this.valueOf !== $mvmObjectPrototype.valueOf || typeof this['#@@toPrimitive'] === 'function') {
    return '[object Object]';
  }
  return '' + this;
};
// method: toString (named)
// For `Object.prototype.toString.call(v)`, a type check, which asks more.
$mvmObjectPrototype.toString = function toString() {
  if (this === undefined) return '[object Undefined]';
  if (this === null) return '[object Null]';
  const type = typeof this;
  if (type === 'number') return '[object Number]';
  // (A symbol is a key that starts `#@@`: see iterate.js.)
  if (type === 'string') return this[0] === '#' && this[1] === '@' && this[2] === '@' ? '[object Symbol]' : '[object String]';
  if (type === 'boolean') return '[object Boolean]';
  if (type === 'function') return '[object Function]';
  if ($mvmIsArray(this)) return '[object Array]';
  // (An object's own tag, as `Symbol.toStringTag` gives it.)
  const tag = this['#@@toStringTag'];
  if (typeof tag === 'string') return '[object ' + tag + ']';
  // section: Math
  if (this === Math) return '[object Math]';
  // end: Math
  // (8: Microvium's type code of a byte array.)
  if (Microvium.typeCodeOf(this) === 8) return '[object Uint8Array]';
  // The prelude's own kinds, by what they have (naming the classes would
  // bring them in).
  if (typeof this.$mvmItems === 'function' && typeof this.add === 'function') return '[object Set]';
  if (typeof this.$mvmItems === 'function' && typeof this.get === 'function') return '[object Map]';
  if (typeof this.then === 'function' && typeof this.catch === 'function') return '[object Promise]';
  if (typeof this.next === 'function' && typeof this.throw === 'function') return '[object Generator]';
  // (The names split, so that this text brings in neither part.)
  if (typeof this.exec === 'function' && typeof this.source === 'string') return '[object Reg' + 'Exp]';
  if (typeof this.toISOString === 'function' && typeof this.getTime === 'function') return '[object Da' + 'te]';
  if (typeof this.name === 'string' && typeof this.message === 'string') return '[object Error]';
  return '[object Object]';
};
