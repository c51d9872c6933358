// Map and Set, in JavaScript. Keys are kept in arrays in insertion order
// and compared as SameValueZero (NaN is one key; 0 and -0 are one key), so
// a lookup is a linear search: fine for the tens of entries a device keeps.
// `keys()`, `values()` and `entries()` return iterators over a copy of the
// items (`next()`, as the common `map.keys().next().value` wants), and
// `for..of`, spreads and `Array.from` take iterators and the collections
// themselves through `$mvmItems`.
function $mvmKeyIndex(keys, key) {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === key || (k !== k && key !== key)) return i;
  }
  return -1;
}
// forEach walks the live entries, as JavaScript's does: one deleted before
// its turn is skipped, one added during the walk is visited. A walk's
// place is the key it last visited, found again where deletions have
// moved it (or, deleted itself, the place its successor moved into).
function $mvmNextIndex(keys, i, last) {
  const k = keys[i];
  // (SameValueZero: NaN is a key like any other.)
  if (k !== last && (k === k || last === last)) {
    const moved = $mvmKeyIndex(keys, last);
    i = moved < 0 ? i - 1 : moved;
  }
  return i + 1;
}
class $mvmListIterator {
  #items;
  #next = 0;
  constructor(items) {
    this.#items = items;
  }
  next() {
    if (this.#next >= this.#items.length) return { value: undefined, done: true };
    return { value: this.#items[this.#next++], done: false };
  }
  $mvmItems() {
    return this.#items.slice(this.#next);
  }
  ['#@@iterator']() {
    return this;
  }
}
globalThis.Map = class Map {
  // (Private: no listing shows them, as none shows a Map's entries.)
  #keys = [];
  #values = [];
  constructor(entries) {
    if (entries !== undefined && entries !== null) {
      for (const entry of entries) this.set(entry[0], entry[1]);
    }
  }
  get(key) {
    const i = $mvmKeyIndex(this.#keys, key);
    return i < 0 ? undefined : this.#values[i];
  }
  set(key, value) {
    const i = $mvmKeyIndex(this.#keys, key);
    if (i >= 0) {
      this.#values[i] = value;
    } else {
      this.#keys.push(key === 0 ? 0 : key);
      this.#values.push(value);
    }
    return this;
  }
  get size() {
    return this.#keys.length;
  }
  has(key) {
    return $mvmKeyIndex(this.#keys, key) >= 0;
  }
  delete(key) {
    const i = $mvmKeyIndex(this.#keys, key);
    if (i < 0) return false;
    this.#keys.splice(i, 1);
    this.#values.splice(i, 1);
    return true;
  }
  // (The same arrays, emptied: a walk in progress sees it.)
  clear() {
    this.#keys.length = 0;
    this.#values.length = 0;
  }
  forEach(callback, thisArg) {
    const keys = this.#keys;
    let last;
    for (let i = 0; i < keys.length; i = $mvmNextIndex(keys, i, last)) {
      last = keys[i];
      $mvmCallThis(callback, thisArg, this.#values[i], last, this);
    }
  }
  ['#@@iterator']() {
    return this.entries();
  }
  keys() {
    return new $mvmListIterator(this.#keys.slice());
  }
  values() {
    return new $mvmListIterator(this.#values.slice());
  }
  entries() {
    return new $mvmListIterator(this.$mvmItems());
  }
  $mvmItems() {
    const entries = [];
    for (let i = 0; i < this.#keys.length; i++) entries.push([this.#keys[i], this.#values[i]]);
    return entries;
  }
};
globalThis.Set = class Set {
  #keys = [];
  constructor(values) {
    if (values !== undefined && values !== null) {
      for (const value of values) this.add(value);
    }
  }
  add(value) {
    if ($mvmKeyIndex(this.#keys, value) < 0) {
      this.#keys.push(value === 0 ? 0 : value);
    }
    return this;
  }
  get size() {
    return this.#keys.length;
  }
  has(value) {
    return $mvmKeyIndex(this.#keys, value) >= 0;
  }
  delete(value) {
    const i = $mvmKeyIndex(this.#keys, value);
    if (i < 0) return false;
    this.#keys.splice(i, 1);
    return true;
  }
  clear() {
    this.#keys.length = 0;
  }
  forEach(callback, thisArg) {
    const keys = this.#keys;
    let last;
    for (let i = 0; i < keys.length; i = $mvmNextIndex(keys, i, last)) {
      last = keys[i];
      $mvmCallThis(callback, thisArg, last, last, this);
    }
  }
  ['#@@iterator']() {
    return this.values();
  }
  values() {
    return new $mvmListIterator(this.#keys.slice());
  }
  keys() {
    return new $mvmListIterator(this.#keys.slice());
  }
  entries() {
    const entries = [];
    for (let i = 0; i < this.#keys.length; i++) entries.push([this.#keys[i], this.#keys[i]]);
    return new $mvmListIterator(entries);
  }
  $mvmItems() {
    return this.#keys.slice();
  }
};
