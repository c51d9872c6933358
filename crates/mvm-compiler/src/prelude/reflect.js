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
// The descriptor of `key` where `target`'s chain has it: a getter or a
// setter found runs on another receiver than the target.
function $mvmReflectFind(target, key) {
  for (let o = target; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return d;
  }
}
globalThis.$mvmReflect_get = function get(target, key, receiver) {
  $mvmReflectTarget(target, 'get');
  if (receiver === undefined || receiver === target) return target[key];
  const d = $mvmReflectFind(target, key);
  if (d === undefined) return undefined;
  if ('value' in d) return d.value;
  return d.get === undefined ? undefined : d.get.call(receiver);
};
// (What a locked object refuses is false here, not a TypeError.)
globalThis.$mvmReflect_set = function set(target, key, value, receiver) {
  $mvmReflectTarget(target, 'set');
  if (receiver !== undefined && receiver !== target) {
    const d = $mvmReflectFind(target, key);
    if (d !== undefined && !('value' in d)) {
      if (d.set === undefined) return false;
      d.set.call(receiver, value);
      return true;
    }
    if (d !== undefined && !d.writable) return false;
    target = receiver;
  }
  try {
    target[key] = value;
  } catch (e) {
    if ($mvmLock(target, false)) return false;
    throw e;
  }
  return true;
};
globalThis.$mvmReflect_deleteProperty = function deleteProperty(target, key) {
  $mvmReflectTarget(target, 'deleteProperty');
  try {
    return delete target[key];
  } catch (e) {
    if ($mvmLock(target, false)) return false;
    throw e;
  }
};
globalThis.$mvmReflect_apply = function apply(fn, thisArg, args) {
  if (typeof fn !== 'function') throw new TypeError('Function.prototype.apply was called on ' + typeof fn + ', which is not a function');
  return $mvmFunctionApply.call(fn, thisArg, args);
};
// (With another newTarget, the object made takes its prototype: made
// here by Target first, as Babel's _createSuper asks for a subclass.)
globalThis.$mvmReflect_construct = function construct(Target, args, newTarget) {
  const made = $mvmConstruct(Target, args);
  if (newTarget !== undefined && newTarget !== Target && made !== null && typeof made === 'object') {
    Object.setPrototypeOf(made, newTarget.prototype);
  }
  return made;
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
  try {
    Object.defineProperty(target, key, descriptor);
  } catch (e) {
    if ($mvmLock(target, false)) return false;
    throw e;
  }
  return true;
};
globalThis.$mvmReflect_getOwnPropertyDescriptor = function getOwnPropertyDescriptor(target, key) {
  $mvmReflectTarget(target, 'getOwnPropertyDescriptor');
  return Object.getOwnPropertyDescriptor(target, key);
};
