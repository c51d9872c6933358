// `Reflect`'s functions over what they stand for (`Reflect.ownKeys` is the
// engine's own): the compiler maps `Reflect.NAME` to `$mvmReflect_NAME`,
// as it does `Object`'s statics.
function $mvmReflectTarget(target, what) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError(`Reflect.${what} called on non-object`);
  }
}
globalThis.$mvmReflect_has = function has(target, key) {
  $mvmReflectTarget(target, 'has');
  return key in target;
};
globalThis.$mvmReflect_get = function get(target, key) {
  $mvmReflectTarget(target, 'get');
  return target[key];
};
globalThis.$mvmReflect_set = function set(target, key, value) {
  $mvmReflectTarget(target, 'set');
  target[key] = value;
  return true;
};
globalThis.$mvmReflect_deleteProperty = function deleteProperty(target, key) {
  $mvmReflectTarget(target, 'deleteProperty');
  return delete target[key];
};
globalThis.$mvmReflect_apply = function apply(fn, thisArg, args) {
  if (typeof fn !== 'function') throw new TypeError('Function.prototype.apply was called on ' + typeof fn + ', which is not a function');
  return $mvmFunctionApply.call(fn, thisArg, args);
};
globalThis.$mvmReflect_construct = function construct(Target, args) {
  return $mvmConstruct(Target, args);
};
globalThis.$mvmReflect_getPrototypeOf = function getPrototypeOf(target) {
  $mvmReflectTarget(target, 'getPrototypeOf');
  return Object.getPrototypeOf(target);
};
globalThis.$mvmReflect_setPrototypeOf = function setPrototypeOf(target, proto) {
  $mvmReflectTarget(target, 'setPrototypeOf');
  Object.setPrototypeOf(target, proto);
  return true;
};
globalThis.$mvmReflect_defineProperty = function defineProperty(target, key, descriptor) {
  $mvmReflectTarget(target, 'defineProperty');
  Object.defineProperty(target, key, descriptor);
  return true;
};
globalThis.$mvmReflect_getOwnPropertyDescriptor = function getOwnPropertyDescriptor(target, key) {
  $mvmReflectTarget(target, 'getOwnPropertyDescriptor');
  return Object.getOwnPropertyDescriptor(target, key);
};
