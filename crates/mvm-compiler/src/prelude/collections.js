// Map and Set, in JavaScript. Keys are kept in arrays in insertion order
// and compared as SameValueZero (NaN is one key; 0 and -0 are one key), so
// a lookup is a linear search: fine for the tens of entries a device keeps.
// `for..of` (through `$mvmWalk`), `keys()`, `values()`, `entries()` and
// `forEach` walk the live entries, as JavaScript's do: one deleted before
// its turn is skipped, one added during the walk is visited. Spreads and
// `Array.from` take a copy through `$mvmItems`.
function $mvmKeyIndex(keys, key) {
  // (The engine searches by `===`; a `NaN` key is found by hand.)
  if (key === key) return $mvmArrayIndexOf(keys, key, 0);
  for (let i = 0; i < keys.length; i++) if (keys[i] !== keys[i]) return i;
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
// (Only where the program may iterate: the rest costs it nothing.)
// section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
// An iterator stays in place as entries are deleted before it: a
// collection that has made one keeps a log, `[deletions, ...indices]`
// (the last few deleted, -1 for a clear; their number bounds what an
// iterator left unfinished costs), which each step catches up on.
function $mvmLogDeletion(log, i) {
  if (log === null) return;
  log[0]++;
  log.push(i);
  if (log.length > 17) log.splice(1, 1);
}
class $mvmCollectionIterator {
  // The live items (a Map's keys or values, a Set's keys) and, for
  // entries, the values beside them; the deletions seen; the next place,
  // -1 once done. (console.log prints what it is, `#kind`, and the items
  // still to come.)
  #items;
  #values;
  #log;
  #seen;
  #next = 0;
  #kind;
  constructor(items, values, log, kind) {
    this.#items = items;
    this.#values = values;
    this.#log = log;
    this.#seen = log[0];
    this.#kind = kind;
  }
  // The next item, or the iterator itself once done (what `for..of`
  // calls: no result object per item).
  $mvmStep() {
    let i = this.#next;
    const log = this.#log;
    const deletions = log[0];
    // (Further behind than the log reaches, it keeps its place.)
    let d = deletions - (log.length - 1);
    if (d < this.#seen) d = this.#seen;
    for (; i >= 0 && d < deletions; d++) {
      const at = log[log.length - (deletions - d)];
      if (at < 0) i = 0;
      else if (at < i) i--;
    }
    this.#seen = deletions;
    if (i < 0 || i >= this.#items.length) {
      // (Done for good: none to come.)
      this.#next = -1;
      this.#items = [];
      return this;
    }
    this.#next = i + 1;
    const item = this.#items[i];
    return this.#values === undefined ? item : [item, this.#values[i]];
  }
  next() {
    const item = this.$mvmStep();
    return item === this ? { value: undefined, done: true } : { value: item, done: false };
  }
  $mvmItems() {
    const rest = [];
    for (let item = this.$mvmStep(); item !== this; item = this.$mvmStep()) rest.push(item);
    return rest;
  }
  // (What `for..of` walks, one `$mvmStep()` at a time.)
  $mvmWalk() {
    return this;
  }
  ['#@@iterator']() {
    return this;
  }
  // ('Map Iterator' of entries too.)
  get ['#@@toStringTag']() {
    return this.#kind.slice(0, 4) + 'Iterator';
  }
}
// end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
globalThis.Map = class Map {
  // (Private: no listing shows them, as none shows a Map's entries.)
  #keys = [];
  #values = [];
  #walks = null;
  // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  #log = null;
  // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
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
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    $mvmLogDeletion(this.#log, i);
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return true;
  }
  clear() {
    this.#keys.length = 0;
    this.#values.length = 0;
    $mvmMoveWalks(this.#walks, -1);
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    $mvmLogDeletion(this.#log, -1);
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  }
  forEach(callback, thisArg) {
    if (this.#walks === null) this.#walks = [];
    $mvmWalk(this, this.#walks, (i) => $mvmCallThis(callback, thisArg, this.#values[i], this.#keys[i], this));
  }
  // (A copy where the program never walks one: what is iterable has
  // this method.)
  ['#@@iterator']() {
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return this.entries();
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return this.$mvmItems();
  }
  // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  $mvmWalk() {
    return this.entries();
  }
  keys() {
    return new $mvmCollectionIterator(this.#keys, undefined, (this.#log === null ? (this.#log = [0]) : this.#log), 'Map Iterator');
  }
  values() {
    return new $mvmCollectionIterator(this.#values, undefined, (this.#log === null ? (this.#log = [0]) : this.#log), 'Map Iterator');
  }
  entries() {
    return new $mvmCollectionIterator(this.#keys, this.#values, (this.#log === null ? (this.#log = [0]) : this.#log), 'Map Entries');
  }
  // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  $mvmItems() {
    const entries = [];
    for (let i = 0; i < this.#keys.length; i++) entries.push([this.#keys[i], this.#values[i]]);
    return entries;
  }
};
globalThis.Set = class Set {
  #keys = [];
  #walks = null;
  // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  #log = null;
  // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
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
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    $mvmLogDeletion(this.#log, i);
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return true;
  }
  clear() {
    this.#keys.length = 0;
    $mvmMoveWalks(this.#walks, -1);
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    $mvmLogDeletion(this.#log, -1);
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  }
  forEach(callback, thisArg) {
    if (this.#walks === null) this.#walks = [];
    $mvmWalk(this, this.#walks, (i) => $mvmCallThis(callback, thisArg, this.#keys[i], this.#keys[i], this));
  }
  // (A copy where the program never walks one: what is iterable has
  // this method.)
  ['#@@iterator']() {
    // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return this.values();
    // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
    return this.$mvmItems();
  }
  // section: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  $mvmWalk() {
    return this.values();
  }
  values() {
    return new $mvmCollectionIterator(this.#keys, undefined, (this.#log === null ? (this.#log = [0]) : this.#log), 'Set Iterator');
  }
  keys() {
    return this.values();
  }
  entries() {
    return new $mvmCollectionIterator(this.#keys, this.#keys, (this.#log === null ? (this.#log = [0]) : this.#log), 'Set Entries');
  }
  // end: .keys|.values|.entries|of|iterator|yield|Symbol|matchAll
  $mvmItems() {
    return this.#keys.slice();
  }
};
