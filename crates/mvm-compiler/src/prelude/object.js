// `Object`'s static functions, over `Reflect.ownKeys`. Plain functions
// carry no properties in mvm, so the compiler maps `Object.NAME` to the
// global `$mvmObject_NAME`.
globalThis.$mvmObject = function Object(value) {
  return value === undefined || value === null ? {} : value;
};
// The own enumerable string keys of `value`, in JavaScript's order.
function $mvmOwnKeys(value) {
  if (value === undefined || value === null) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  const keys = [];
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) keys.push('' + i);
    return keys;
  }
  if (typeof value !== 'object' && typeof value !== 'function') return keys;
  const own = Reflect.ownKeys(value);
  // An array's `length` is its own but not enumerable.
  const skipLength = $mvmIsArray(value);
  for (let i = 0; i < own.length; i++) {
    if (!(skipLength && own[i] === 'length')) keys.push(own[i]);
  }
  return keys;
}
globalThis.$mvmObject_keys = function keys(value) {
  return $mvmOwnKeys(value);
};
globalThis.$mvmObject_values = function values(value) {
  const keys = $mvmOwnKeys(value);
  const result = [];
  for (let i = 0; i < keys.length; i++) result.push(value[keys[i]]);
  return result;
};
globalThis.$mvmObject_entries = function entries(value) {
  const keys = $mvmOwnKeys(value);
  const result = [];
  for (let i = 0; i < keys.length; i++) result.push([keys[i], value[keys[i]]]);
  return result;
};
globalThis.$mvmObject_assign = function assign(target, ...sources) {
  if (target === undefined || target === null) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s];
    if (source === undefined || source === null) continue;
    const keys = $mvmOwnKeys(source);
    for (let i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  }
  return target;
};
globalThis.$mvmObject_fromEntries = function fromEntries(entries) {
  const result = {};
  for (const entry of entries) result[entry[0]] = entry[1];
  return result;
};
globalThis.$mvmObject_hasOwn = function hasOwn(value, key) {
  const keys = $mvmOwnKeys(value);
  key = '' + key;
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
  return false;
};
globalThis.$mvmObject_create = function create(proto) {
  if (proto === undefined || (typeof proto !== 'object' && typeof proto !== 'function')) {
    throw new TypeError('Object prototype may only be an Object or null');
  }
  const result = {};
  result.__proto__ = proto;
  return result;
};
globalThis.$mvmObject_getPrototypeOf = function getPrototypeOf(value) {
  if (value === undefined || value === null) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return value.__proto__;
};
globalThis.$mvmObject_setPrototypeOf = function setPrototypeOf(value, proto) {
  value.__proto__ = proto;
  return value;
};
// `value instanceof Object`, which the compiler asks here.
globalThis.$mvmObject_$isInstance = function isInstance(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
};
