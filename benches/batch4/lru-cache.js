// An LRU cache of sensor calibration records, as a gateway might keep in
// front of slow flash: an object keyed by string for lookup, plus a doubly
// linked list of node objects (with head/tail sentinels) for recency.
// Misses "load" a record; a full cache evicts its least recently used node.
class LruCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.size = 0;
    this.map = {};
    this.head = { key: null, value: null, prev: null, next: null };
    this.tail = { key: null, value: null, prev: this.head, next: null };
    this.head.next = this.tail;
    this.hits = 0; this.misses = 0; this.evictions = 0;
  }
  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }
  pushFront(node) {
    node.prev = this.head;
    node.next = this.head.next;
    this.head.next.prev = node;
    this.head.next = node;
  }
  get(key) {
    const node = this.map[key];
    if (node === undefined) { this.misses++; return undefined; }
    this.hits++;
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }
  put(key, value) {
    let node = this.map[key];
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
      this.pushFront(node);
      return;
    }
    if (this.size === this.capacity) {
      const lru = this.tail.prev;
      this.unlink(lru);
      this.map[lru.key] = undefined;
      this.size--;
      this.evictions++;
    }
    node = { key: key, value: value, prev: null, next: null };
    this.map[key] = node;
    this.pushFront(node);
    this.size++;
  }
}

function loadRecord(id) {
  return { id: id, offset: (id * 37) % 1000, gain: 1000 + ((id * 13) & 63) };
}

// Precomputed request trace: mostly a hot set of 8 sensors, sometimes any of 48.
const trace = [];
let seed = 4242;
for (let i = 0; i < 400; i++) {
  seed = (seed * 75 + 74) % 65537;
  const id = (seed & 3) !== 0 ? (seed >> 2) & 7 : (seed >> 4) % 48;
  trace.push(id);
}
const names = [];
for (let i = 0; i < 48; i++) names.push('s' + i);

let checked = false;
function run() {
  const cache = new LruCache(16);
  let sum = 0;
  for (let i = 0; i < trace.length; i++) {
    const id = trace[i];
    const key = names[id];
    let rec = cache.get(key);
    if (rec === undefined) {
      rec = loadRecord(id);
      cache.put(key, rec);
    }
    sum = (sum + rec.offset * rec.gain + i) | 0;
    if ((i & 31) === 31) cache.put(key, loadRecord(id));   // periodic refresh
  }
  let order = 0;
  let node = cache.head.next;
  while (node !== cache.tail) { order = (order * 31 + node.value.id) & 0xffff; node = node.next; }
  const r = (sum ^ order) | 0;
  if (!checked) {
    checked = true;
    print('lru ' + cache.hits + ' ' + cache.misses + ' ' + cache.evictions + ' ' + cache.size + ' ' + order + ' ' + r);
  }
  return r;
}
vmExport(0, run);
