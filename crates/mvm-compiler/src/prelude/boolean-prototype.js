// Boolean.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in. The engine
// looks here for a boolean's properties.
const $mvmBooleanPrototype = {};
// method: toString
$mvmBooleanPrototype.toString = function toString() {
  return this ? 'true' : 'false';
};
// method: valueOf
$mvmBooleanPrototype.valueOf = function valueOf() {
  return this === true;
};
// method: toLocaleString
$mvmBooleanPrototype.toLocaleString = function toLocaleString() {
  return this ? 'true' : 'false';
};
