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
// its turn is skipped, one added during the walk (or deleted and added
// again, as a cache moves an entry to the end) is visited. Each walk in
// progress is a one-item array holding its place, which delete() and
// clear() move; a Map or Set has a list of them once it has been walked.
function $mvmWalk(collection, walks, visit) {
  const walk = [0];
  walks.push(walk);
  try {
    for (; walk[0] < collection.size; walk[0]++) visit(walk[0]);
  } finally {
    walks.splice(walks.indexOf(walk), 1);
  }
}
function $mvmMoveWalks(walks, deleted) {
  if (walks === null) return;
  for (let w = 0; w < walks.length; w++) {
    if (deleted < 0) walks[w][0] = -1;
    else if (deleted <= walks[w][0]) walks[w][0]--;
  }
}
class $mvmListIterator {
  #items;
  #next = 0;
  // ('Map Iterator', 'Set Entries', ...: what console.log says it is.)
  #kind;
  constructor(items, kind) {
    this.#items = items;
    this.#kind = kind;
  }
  next() {
    if (this.#next >= this.#items.length) return { value: undefined, done: true };
    return { value: this.#items[this.#next++], done: false };
  }
  $mvmItems() {
    const rest = this.#items.slice(this.#next);
    this.#next = this.#items.length;
    return rest;
  }
  ['#@@iterator']() {
    return this;
  }
}
globalThis.Map = class Map {
  // (Private: no listing shows them, as none shows a Map's entries.)
  #keys = [];
  #values = [];
  #walks = null;
  constructor(entries) {
    if (entries !== undefined && entries !== null) {
      for (const entry of entries) {
        if (entry === null || typeof entry !== 'object') throw new TypeError(`Iterator value ${entry} is not an entry object`);
        this.set(entry[0], entry[1]);
      }
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
  // (What String(map), a template or `+` gives, as Symbol.toStringTag
  // has it in JavaScript.)
  toString() {
    return '[object Map]';
  }
  has(key) {
    return $mvmKeyIndex(this.#keys, key) >= 0;
  }
  delete(key) {
    const i = $mvmKeyIndex(this.#keys, key);
    if (i < 0) return false;
    this.#keys.splice(i, 1);
    this.#values.splice(i, 1);
    $mvmMoveWalks(this.#walks, i);
    return true;
  }
  clear() {
    this.#keys.length = 0;
    this.#values.length = 0;
    $mvmMoveWalks(this.#walks, -1);
  }
  forEach(callback, thisArg) {
    if (this.#walks === null) this.#walks = [];
    $mvmWalk(this, this.#walks, (i) => $mvmCallThis(callback, thisArg, this.#values[i], this.#keys[i], this));
  }
  ['#@@iterator']() {
    return this.entries();
  }
  keys() {
    return new $mvmListIterator(this.#keys.slice(), 'Map Iterator');
  }
  values() {
    return new $mvmListIterator(this.#values.slice(), 'Map Iterator');
  }
  entries() {
    return new $mvmListIterator(this.$mvmItems(), 'Map Entries');
  }
  $mvmItems() {
    const entries = [];
    for (let i = 0; i < this.#keys.length; i++) entries.push([this.#keys[i], this.#values[i]]);
    return entries;
  }
};
globalThis.Set = class Set {
  #keys = [];
  #walks = null;
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
  toString() {
    return '[object Set]';
  }
  has(value) {
    return $mvmKeyIndex(this.#keys, value) >= 0;
  }
  delete(value) {
    const i = $mvmKeyIndex(this.#keys, value);
    if (i < 0) return false;
    this.#keys.splice(i, 1);
    $mvmMoveWalks(this.#walks, i);
    return true;
  }
  clear() {
    this.#keys.length = 0;
    $mvmMoveWalks(this.#walks, -1);
  }
  forEach(callback, thisArg) {
    if (this.#walks === null) this.#walks = [];
    $mvmWalk(this, this.#walks, (i) => $mvmCallThis(callback, thisArg, this.#keys[i], this.#keys[i], this));
  }
  ['#@@iterator']() {
    return this.values();
  }
  values() {
    return new $mvmListIterator(this.#keys.slice(), 'Set Iterator');
  }
  keys() {
    return new $mvmListIterator(this.#keys.slice(), 'Set Iterator');
  }
  entries() {
    const entries = [];
    for (let i = 0; i < this.#keys.length; i++) entries.push([this.#keys[i], this.#keys[i]]);
    return new $mvmListIterator(entries, 'Set Entries');
  }
  $mvmItems() {
    return this.#keys.slice();
  }
};
