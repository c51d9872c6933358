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
  const f = function (...args) {
    // (`new` on a bound function makes the target's object.)
    if (this instanceof f) return $mvmConstruct(target, [...bound, ...args]);
    return $mvmFunctionApply.call(target, thisArg, [...bound, ...args]);
  };
  // Named and counted as JavaScript's: `bound greet`, the parameters the
  // bound arguments leave (own properties, unlisted).
  f['#hidden'] = ['name', 'length'];
  f.name = 'bound ' + target.name;
  const length = target.length - bound.length;
  f.length = length > 0 ? length : 0;
  return f;
};
