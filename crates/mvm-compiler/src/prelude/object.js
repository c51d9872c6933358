// `Object`'s static functions, over `Reflect.ownKeys`. Plain functions
// carry no properties in mvm, so the compiler maps `Object.NAME` to the
// global `$mvmObject_NAME`.
globalThis.$mvmObject = function Object(value) {
  // (Run by a subclass's super(), it leaves the object being made as it
  // is, as JavaScript's does for another class's new: one whose prototype
  // is a class's, with its own constructor. Not `Object.prototype`, which
  // named here would give Object a class's shape.)
  if (value === undefined && typeof this === 'object' && this !== null) {
    const proto = this.__proto__;
    if (proto !== null && proto !== undefined && $mvmOwnProperty(proto, 'constructor', 2)) return this;
  }
  return value === undefined || value === null ? {} : value;
};
// Keys `Object.defineProperty` made non-enumerable: an array of them
// under the hidden key `#hidden`, which the engine's listings (for..in,
// JSON, console.log) and these functions leave out.
// The hidden list `name` (`#hidden`, `#lock`) of `value` itself: a
// prototype's list is the prototype's.
function $mvmOwnList(value, name) {
  return $mvmOwnProperty(value, name, 2) ? value[name] : undefined;
}
function $mvmHidden(value, key) {
  const hidden = $mvmOwnList(value, '#hidden');
  if (hidden === undefined) return false;
  for (let i = 0; i < hidden.length; i++) if (hidden[i] === key) return true;
  return false;
}
function $mvmHide(target, key, hide) {
  if (hide === $mvmHidden(target, key)) return;
  const hidden = $mvmOwnList(target, '#hidden');
  // (A new list: one may be shared, as the error prototypes' is.)
  const kept = [];
  if (hidden !== undefined) {
    for (let i = 0; i < hidden.length; i++) if (hidden[i] !== key) kept.push(hidden[i]);
  }
  if (hide) kept.push(key);
  target['#hidden'] = kept;
}
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
  // (A class's prototype lists only what was added to it, as `for..in`
  // does: not what its body defines.)
  const ctor = value['constructor'];
  let listed;
  if (typeof ctor === 'function' && ctor.prototype === value) {
    listed = [];
    for (const key in value) listed.push(key);
  }
  // An array's `length` is its own but not enumerable, and so is a
  // prototype's `constructor` (`F.prototype.constructor === F`).
  const skipLength = $mvmIsArray(value);
  for (let i = 0; i < own.length; i++) {
    const key = own[i];
    if (skipLength && key === 'length') continue;
    if (listed !== undefined && !listed.includes(key)) continue;
    // (Read by a computed key: a `.constructor` here would link every
    // prototype's `constructor` into programs that list keys.)
    if (key === 'constructor') {
      const ctor = value[key];
      if (typeof ctor === 'function' && ctor.prototype === value) continue;
    }
    // section: defineProperty|defineProperties|create|cause
    if ($mvmHidden(value, key)) continue;
    // end: defineProperty|defineProperties|create|cause
    keys.push(key);
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
    // section: Symbol
    // (Symbol-keyed properties are copied too.)
    if (typeof source === 'object' || typeof source === 'function') {
      const symbols = Reflect.ownKeys(source, true);
      for (let i = 0; i < symbols.length; i++) {
        if (!$mvmHidden(source, symbols[i])) target[symbols[i]] = source[symbols[i]];
      }
    }
    // end: Symbol
  }
  return target;
};
// section: getOwnPropertySymbols
globalThis.$mvmObject_getOwnPropertySymbols = function getOwnPropertySymbols(value) {
  if (value === undefined || value === null) throw new TypeError('Cannot convert undefined or null to object');
  return Reflect.ownKeys(value, true);
};
// end: getOwnPropertySymbols
globalThis.$mvmObject_fromEntries = function fromEntries(entries) {
  const result = {};
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object') throw new TypeError(`Iterator value ${entry} is not an entry object`);
    result[entry[0]] = entry[1];
  }
  return result;
};
globalThis.$mvmObject_hasOwn = function hasOwn(value, key) {
  key = '' + key;
  // (Found in place, listed or not, the usual answer, at once: a class's
  // methods too; not a hidden `#` key.)
  if (key.charCodeAt(0) !== 35 && $mvmOwnProperty(value, key, 2)) return true;
  // (A symbol's key is one no listing shows: own where the object has it
  // and its prototype does not give it.)
  if (key[0] === '#' && key[1] === '@' && key[2] === '@') {
    if (value === null || value === undefined || !(key in value)) return false;
    const proto = Object.getPrototypeOf(value);
    return proto === null || !(key in proto) || proto[key] !== value[key];
  }
  // (An array's and a string's length is own, though not listed; so is
  // an error's message, kept under a hidden key.)
  if (key === 'length' && (typeof value === 'string' || $mvmIsArray(value))) return true;
  // (A function's `length` and `name` are its own, kept in its code.)
  if ((key === 'length' || key === 'name') && typeof value === 'function') return true;
  if (key === 'message' && $mvmOwnProperty(value, '#message', 2)) return true;
  // (A plain object's were all looked for in place above; an array's
  // element is there but for a hole: a miss lists no keys.)
  if (key.charCodeAt(0) !== 35 && Microvium.typeCodeOf(value) === Microvium.typeCodeOf({})) return false;
  if ($mvmIsArray(value) && key !== '' && `${+key}` === key && +key >= 0) return key in value;
  const keys = $mvmOwnKeys(value);
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
  return false;
};
globalThis.$mvmObject_create = function create(proto, descriptors) {
  if (proto === undefined || (typeof proto !== 'object' && typeof proto !== 'function')) {
    throw new TypeError('Object prototype may only be an Object or null: ' + proto);
  }
  const result = {};
  result.__proto__ = proto;
  // (Marked: a plain object's empty prototype slot stands for
  // Object.prototype, see getPrototypeOf.)
  if (proto === null) result['#null'] = true;
  if (descriptors !== undefined) $mvmObject_defineProperties(result, descriptors);
  return result;
};
globalThis.$mvmObject_getPrototypeOf = function getPrototypeOf(value) {
  if (value === undefined || value === null) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  // An array's is Array.prototype; a plain object's, a class's prototype
  // and the builtin prototypes' are Object.prototype, which the engine
  // leaves implicit (but for Object.create(null)'s objects).
  if ($mvmIsArray(value)) return Array.prototype;
  // (A function's, where a program set one: a transpiled class's parent;
  // a derived class's parent, found through their prototypes.)
  if (typeof value === 'function') {
    if (value['#proto'] !== undefined) return value['#proto'];
    const prototype = value.prototype;
    const parent = prototype !== null && typeof prototype === 'object' ? prototype.__proto__ : undefined;
    if (parent !== null && typeof parent === 'object' && typeof parent.constructor === 'function' && parent.constructor.prototype === parent) {
      return parent.constructor;
    }
    return null;
  }
  if ($mvmOwnProperty(value, '#null', 2)) return null;
  const proto = value.__proto__;
  if (proto !== null && proto !== undefined) return proto;
  if (typeof value !== 'object' || value === Object.prototype || '#null' in value) return null;
  return Object.prototype;
};
globalThis.$mvmObject_setPrototypeOf = function setPrototypeOf(value, proto) {
  if (proto === undefined || (proto !== null && typeof proto !== 'object' && typeof proto !== 'function')) {
    throw new TypeError('Object prototype may only be an Object or null: ' + proto);
  }
  // (A primitive keeps none, as JavaScript's.)
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  // (A function keeps it as a property: see getPrototypeOf.)
  if (typeof value === 'function') {
    value['#proto'] = proto;
    return value;
  }
  // (No chain may come round to the object itself.)
  for (let p = proto, n = 0; p !== null && typeof p === 'object' && n < 1000; n++) {
    if (p === value) throw new TypeError('Cyclic __proto__ value');
    if ($mvmOwnProperty(p, '#null', 2)) break;
    p = p.__proto__;
  }
  // (Marked as Object.create(null) marks its objects, where `__proto__`
  // is a key like any other; a prototype given later ends the mark, so
  // Object.prototype is reached again.)
  if (proto !== null && $mvmOwnProperty(value, '#null', 2)) delete value['#null'];
  value.__proto__ = proto;
  if (proto === null) value['#null'] = true;
  return value;
};
// `value instanceof Object`, which the compiler asks here.
// (Not one whose chain Object.create(null) or setPrototypeOf ended.)
globalThis.$mvmObject_$isInstance = function isInstance(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && !('#null' in value);
};
// Every property is writable and configurable here, so a descriptor
// keeps only its value, or its getter and setter, and whether it is
// enumerable.
globalThis.$mvmObject_getOwnPropertyNames = function getOwnPropertyNames(value) {
  if (typeof value === 'string') {
    const names = $mvmOwnKeys(value);
    names.push('length');
    return names;
  }
  const names = Reflect.ownKeys(value, false);
  // (A function's `length`, `name` and `prototype`, which it has of its
  // own but which nothing else lists; a class's static methods, which
  // `false` asks for.)
  if (typeof value === 'function') {
    const builtIn = value.prototype === undefined ? ['length', 'name'] : ['length', 'name', 'prototype'];
    return builtIn.concat(names.filter((name) => !builtIn.includes(name)));
  }
  // (An error's message is its own, kept unlisted: see errors.js.)
  if ($mvmOwnProperty(value, '#message', 2) && !names.includes('message')) names.unshift('message');
  // (A class's prototype has its `constructor` first, as the class body
  // makes it; mvm's keeps it last.)
  const at = names.indexOf('constructor');
  if (at > 0 && typeof value.constructor === 'function' && value.constructor.prototype === value) {
    names.splice(at, 1);
    names.unshift('constructor');
  }
  return names;
};
globalThis.$mvmObject_defineProperty = function defineProperty(target, key, descriptor) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Object.defineProperty called on non-object');
  }
  let get = descriptor.get;
  let set = descriptor.set;
  const accessor = 'get' in descriptor || 'set' in descriptor;
  if (accessor && ('value' in descriptor || 'writable' in descriptor)) {
    throw new TypeError('Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>');
  }
  if (get !== undefined && typeof get !== 'function') throw new TypeError('Getter must be a function: ' + get);
  if (set !== undefined && typeof set !== 'function') throw new TypeError('Setter must be a function: ' + set);
  const own = Object.hasOwn(target, key);
  key = '' + key;
  // (An accessor redefined with one half keeps the other.)
  if (accessor && own && $mvmOwnProperty(target, key, 0) !== false) {
    if (!('get' in descriptor)) get = $mvmOwnProperty(target, key, 0);
    if (!('set' in descriptor)) set = $mvmOwnProperty(target, key, 1);
  }
  const level = $mvmLockLevel(target);
  if (!own && level > 0) throw new TypeError('Cannot define property ' + key + ', object is not extensible');
  const readOnly = $mvmReadOnly(target, key);
  // A property that is not configurable (as defineProperty makes one
  // unless told) takes only a new value where it is writable, or
  // writable: false: anything else is a TypeError.
  if (own && $mvmFixedKey(target, key)) {
    const wasAccessor = $mvmOwnProperty(target, key, 0) !== false;
    if (descriptor.configurable || accessor !== wasAccessor && (accessor || 'value' in descriptor || 'writable' in descriptor)
      || ('enumerable' in descriptor && !descriptor.enumerable !== $mvmHidden(target, key))
      || (accessor && (get !== $mvmOwnProperty(target, key, 0) || set !== $mvmOwnProperty(target, key, 1)))
      || (readOnly && (descriptor.writable || ('value' in descriptor && !$mvmObject_is(descriptor.value, target[key]))))) {
      throw new TypeError('Cannot redefine property: ' + key);
    }
    if (readOnly) return target;
  }
  // The value first: the marks below may make the key read-only.
  // (Attributes alone, `{ enumerable: false }`, leave the value. A
  // definition replaces an accessor there, or one a prototype has, where
  // an assignment calls it: the lazy getter that defines its value on the
  // instance. The key keeps its place.)
  if (accessor || 'value' in descriptor || !(own || target[key] !== undefined)) {
    $mvmDefineOwn(target, key, accessor ? $mvmMakeAccessor(get, set) : descriptor.value);
  }
  // What the key is kept as: read-only (a data property is, unless the
  // descriptor says writable) and not configurable (unless it says
  // configurable), listed in `#lock` (see $mvmLockMarks); a key there
  // keeps what it was unless the descriptor says.
  if (typeof target === 'object' && !Array.isArray(target)) {
    const nowReadOnly = !accessor && ('writable' in descriptor ? !descriptor.writable : own ? readOnly : true);
    const nowFixed = 'configurable' in descriptor ? !descriptor.configurable : own ? $mvmFixedKey(target, key) : true;
    const fixedMark = '#' + key;
    const readOnlyMark = '#' + fixedMark;
    const mark = nowReadOnly ? (nowFixed ? key : readOnlyMark) : nowFixed ? fixedMark : undefined;
    let marks = $mvmOwnList(target, '#lock');
    if (marks !== undefined) {
      const kept = [marks[0]];
      for (let i = 1; i < marks.length; i++) if (marks[i] !== key && marks[i] !== fixedMark && marks[i] !== readOnlyMark) kept.push(marks[i]);
      if (mark !== undefined) kept.push(mark);
      target['#lock'] = kept;
    } else if (mark !== undefined && level < 0) {
      target['#lock'] = [0, mark];
      $mvmLock(target, true);
    }
  }
  // A new property is not enumerable unless the descriptor says so, as
  // in JavaScript; one there keeps what it was unless it says.
  // (A function's own `name` and `length` are not enumerable: esbuild's
  // and tsc's helpers give a function its name so.)
  const builtIn = typeof target === 'function' && (key === 'name' || key === 'length');
  const hide = 'enumerable' in descriptor ? !descriptor.enumerable : !own || builtIn || $mvmHidden(target, key);
  $mvmHide(target, key, hide);
  // (The target itself: a function's properties are kept apart from it.)
  return target;
};
globalThis.$mvmObject_defineProperties = function defineProperties(target, descriptors) {
  const keys = Reflect.ownKeys(descriptors);
  for (let i = 0; i < keys.length; i++) {
    $mvmObject_defineProperty(target, keys[i], descriptors[keys[i]]);
  }
  return target;
};
// Locking: the engine refuses the writes, additions and deletions a
// locked object does not allow (a TypeError in strict code, dropped in
// sloppy code); how far it is locked is its hidden `#lock` list,
// `[level, ...keys]`: 0 only the keys listed (see $mvmLockMarks), 1 no
// property added, 2 sealed (nor deleted), 3 frozen. A locked object
// without one is frozen, which costs a frozen table no memory (see the
// engine's lock.rs). An array holds no such list: only freezing locks it.
function $mvmLockLevel(value) {
  if (!$mvmLock(value, false)) return -1;
  const marks = $mvmOwnList(value, '#lock');
  return marks === undefined ? 3 : marks[0];
}
function $mvmLockTo(value, level) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (level < 3 && Array.isArray(value)) return value;
  const was = $mvmLockLevel(value);
  if (was < level) {
    const marks = $mvmOwnList(value, '#lock');
    if (marks !== undefined) marks[0] = level;
    else if (level < 3) value['#lock'] = [level];
  }
  $mvmLock(value, true);
  return value;
}
globalThis.$mvmObject_freeze = function freeze(value) {
  return $mvmLockTo(value, 3);
};
globalThis.$mvmObject_seal = function seal(value) {
  return $mvmLockTo(value, 2);
};
globalThis.$mvmObject_preventExtensions = function preventExtensions(value) {
  return $mvmLockTo(value, 1);
};
// (A primitive is frozen, sealed and not extensible. An object that takes
// no more properties is sealed where none of its own is configurable, and
// frozen where none is writable either.)
function $mvmLockedTo(value, level) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  const was = $mvmLockLevel(value);
  if (was >= level) return true;
  if (was < 1) return false;
  const keys = Reflect.ownKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!$mvmFixedKey(value, key)) return false;
    if (level === 3 && !$mvmReadOnly(value, key) && $mvmOwnProperty(value, key, 0) === false) return false;
  }
  return true;
}
globalThis.$mvmObject_isFrozen = function isFrozen(value) {
  return $mvmLockedTo(value, 3);
};
globalThis.$mvmObject_isSealed = function isSealed(value) {
  return $mvmLockedTo(value, 2);
};
globalThis.$mvmObject_isExtensible = function isExtensible(value) {
  return !$mvmLockedTo(value, 1);
};
// Whether `key` of `target` is read-only (`defineProperty` made it so,
// or a freeze).
function $mvmReadOnly(target, key) {
  return $mvmLockMarks(target, key, 3, false);
}
// Whether `key` of `target` is not configurable (sealed or frozen, or as
// `defineProperty` made it).
function $mvmFixedKey(target, key) {
  return $mvmLockMarks(target, key, 2, true);
}
// (`#lock` lists a key read-only and not configurable as `key`, only not
// configurable as `'#' + key`, only read-only as `'#' + ('#' + key)`.)
function $mvmLockMarks(target, key, level, fixed) {
  const was = $mvmLockLevel(target);
  if (was >= level) return true;
  const marks = $mvmOwnList(target, '#lock');
  if (was < 0 || marks === undefined) return false;
  const other = fixed ? '#' + key : '#' + ('#' + key);
  for (let i = 1; i < marks.length; i++) if (marks[i] === key || marks[i] === other) return true;
  return false;
}
// Whether `target`'s own property `key` (text) is enumerable: what
// `for..in` lists (not what defineProperty hid, an array's length or a
// class body's members), or a symbol's key not hidden.
function $mvmEnumerable(target, key) {
  if (key[0] === '#' && key[1] === '@' && key[2] === '@') return !$mvmHidden(target, key);
  for (const listed in target) if (listed === key) return true;
  return false;
}
// A property's descriptor, its attributes as kept (see defineProperty);
// undefined for a key the target does not have of its own.
globalThis.$mvmObject_getOwnPropertyDescriptor = function getOwnPropertyDescriptor(target, key) {
  if (!$mvmObject_hasOwn(target, key)) return undefined;
  const enumerable = $mvmEnumerable(target, '' + key);
  const get = $mvmOwnProperty(target, key, 0);
  // (A string's characters are fixed, and so is an array's length.)
  const text = typeof target === 'string';
  const fixed = text || (('' + key) === 'length' && $mvmIsArray(target));
  const configurable = !fixed && !$mvmFixedKey(target, '' + key);
  if (get !== false) return { get, set: $mvmOwnProperty(target, key, 1), enumerable, configurable };
  return { value: target[key], writable: !text && !$mvmReadOnly(target, '' + key), enumerable, configurable };
};
globalThis.$mvmObject_getOwnPropertyDescriptors = function getOwnPropertyDescriptors(target) {
  const result = {};
  // (String keys, then symbols'.)
  const keys = Reflect.ownKeys(target).concat(Reflect.ownKeys(target, true));
  for (let i = 0; i < keys.length; i++) {
    result[keys[i]] = $mvmObject_getOwnPropertyDescriptor(target, keys[i]);
  }
  return result;
};
// SameValue: `===`, except that NaN is itself and 0 is not -0.
globalThis.$mvmObject_is = function is(a, b) {
  if (a !== a) return b !== b;
  return a === b && (a !== 0 || 1 / a === 1 / b);
};
