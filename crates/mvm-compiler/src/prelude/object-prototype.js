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
  // Own properties a script makes are enumerable; an array's `length` is not.
  return Object.hasOwn(this, key);
};
// method: isPrototypeOf
$mvmObjectPrototype.isPrototypeOf = function isPrototypeOf(value) {
  if (value === null || typeof value !== 'object') return false;
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    if (proto === this) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
};
