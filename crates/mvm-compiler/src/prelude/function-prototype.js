// Function.prototype, in JavaScript, built like Array.prototype (see
// array.js): only the methods a script calls are linked in. The engine
// looks here for a function's properties.
const $mvmFunctionPrototype = {};
// method: toString
// (The source is not kept: as String(f).)
$mvmFunctionPrototype.toString = function toString() {
  return '' + this;
};
// method: call
$mvmFunctionPrototype.call = $mvmFunctionCall;
// method: apply
$mvmFunctionPrototype.apply = $mvmFunctionApply;
// method: bind
$mvmFunctionPrototype.bind = function bind(thisArg, ...bound) {
  const target = this;
  return function (...args) {
    return $mvmFunctionApply.call(target, thisArg, [...bound, ...args]);
  };
};
