// WeakMap and WeakSet over the prelude's Map and Set: their keys must be
// objects, as in JavaScript, but they are held strongly (the collector
// has no weak references); they list nothing, as a WeakMap shows nothing.
function $mvmWeakKey(key, what) {
  if (key === null || (typeof key !== 'object' && typeof key !== 'function')) {
    throw new TypeError('Invalid value used ' + what);
  }
}
globalThis.WeakMap = class WeakMap {
  #map = new Map();
  // (What \`Object.prototype.toString\` names it.)
  get ['#@@toStringTag']() {
    return 'WeakMap';
  }
  constructor(entries) {
    if (entries !== undefined && entries !== null) {
      for (const entry of entries) {
        if (entry === null || typeof entry !== 'object') throw new TypeError(`Iterator value ${entry} is not an entry object`);
        this.set(entry[0], entry[1]);
      }
    }
  }
  get(key) {
    return this.#map.get(key);
  }
  set(key, value) {
    $mvmWeakKey(key, 'as weak map key');
    this.#map.set(key, value);
    return this;
  }
  has(key) {
    return this.#map.has(key);
  }
  delete(key) {
    return this.#map.delete(key);
  }
};
globalThis.WeakSet = class WeakSet {
  #set = new Set();
  // (What \`Object.prototype.toString\` names it.)
  get ['#@@toStringTag']() {
    return 'WeakSet';
  }
  constructor(values) {
    if (values !== undefined && values !== null) {
      for (const value of values) this.add(value);
    }
  }
  add(value) {
    $mvmWeakKey(value, 'in weak set');
    this.#set.add(value);
    return this;
  }
  has(value) {
    return this.#set.has(value);
  }
  delete(value) {
    return this.#set.delete(value);
  }
};
