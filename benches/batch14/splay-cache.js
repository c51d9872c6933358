// A gateway's in-RAM cache of sensor records, kept in a splay tree keyed by
// (node id, sequence number) as in the classic Splay benchmark (Octane):
// recently touched keys stay near the root. Each call:
//  - fills the cache with 120 records from an LCG stream of 24 nodes;
//  - runs 900 operations: insert a new record (a payload object with a
//    fresh 4-reading array and a label string), look up a recent key, or
//    evict the oldest record of a node (find the greatest key below the
//    next key of that node, then remove it); the cache is capped at 130
//    records, so most objects die young and the collector runs often;
//  - every 150 operations walks the tree in order with an explicit stack,
//    checking that keys ascend, and folds the readings into the checksum.
// Splaying is top-down and iterative, so the stack stays shallow.
const NODE_SUM = 904615;
const KEY_SPAN = 4096;                          // key = node * 4096 + sequence

class SplayNode {
  constructor(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; }
}

class SplayTree {
  constructor() { this.root = null; this.size = 0; this.rotations = 0; }
  splay(key) {
    if (this.root === null) return;
    const dummy = new SplayNode(0, null);
    let left = dummy, right = dummy, cur = this.root;
    while (true) {
      if (key < cur.key) {
        if (cur.left === null) break;
        if (key < cur.left.key) {               // rotate right
          const t = cur.left; cur.left = t.right; t.right = cur; cur = t; this.rotations += 1;
          if (cur.left === null) break;
        }
        right.left = cur; right = cur; cur = cur.left;
      } else if (key > cur.key) {
        if (cur.right === null) break;
        if (key > cur.right.key) {              // rotate left
          const t = cur.right; cur.right = t.left; t.left = cur; cur = t; this.rotations += 1;
          if (cur.right === null) break;
        }
        left.right = cur; left = cur; cur = cur.right;
      } else break;
    }
    left.right = cur.left; right.left = cur.right;
    cur.left = dummy.right; cur.right = dummy.left;
    this.root = cur;
  }
  insert(key, value) {
    if (this.root === null) { this.root = new SplayNode(key, value); this.size = 1; return true; }
    this.splay(key);
    if (this.root.key === key) return false;
    const node = new SplayNode(key, value);
    if (key > this.root.key) { node.left = this.root; node.right = this.root.right; this.root.right = null; }
    else { node.right = this.root; node.left = this.root.left; this.root.left = null; }
    this.root = node; this.size += 1;
    return true;
  }
  find(key) {
    if (this.root === null) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }
  remove(key) {
    this.splay(key);
    const removed = this.root;
    if (this.root.left === null) this.root = this.root.right;
    else { const r = this.root.right; this.root = this.root.left; this.splay(key); this.root.right = r; }
    this.size -= 1;
    return removed;
  }
  findGreatestLessThan(key) {
    if (this.root === null) return null;
    this.splay(key);
    if (this.root.key < key) return this.root;
    if (this.root.left === null) return null;
    let n = this.root.left;
    while (n.right !== null) n = n.right;
    return n;
  }
  inOrder(visit) {
    const stack = [];
    let n = this.root;
    while (n !== null || stack.length > 0) {
      while (n !== null) { stack.push(n); n = n.left; }
      n = stack[stack.length - 1]; stack.length -= 1;
      visit(n);
      n = n.right;
    }
  }
}

// in-order walk: keys must ascend; returns a digest of all readings
function audit(tree) {
  let prev = -1, count = 0, sum = 0;
  tree.inOrder((n) => {
    assert(n.key > prev, 'keys ascend');
    prev = n.key; count += 1;
    sum = (sum + n.value.readings[0] + n.value.readings[1] * 3 + n.value.readings[2] * 5 + n.value.readings[3] * 7) % 1000003;
  });
  assertEqual(count, tree.size);
  return (sum * 31 + count) % 1000003;
}

const LABELS = ['temp', 'rh', 'co2', 'lux', 'pm25', 'vbat'];

let checked = false;

function run() {
  let seed = 12345, h = 17, hits = 0, misses = 0, evicted = 0, dupes = 0, walks = 0, maxSize = 0;
  const rand = (n) => { seed = (seed * 1103 + 12345) % 65536; return (seed >> 4) % n; };
  const tree = new SplayTree(), nextSeq = [], oldestSeq = [];
  for (let i = 0; i < 24; i++) { nextSeq.push(0); oldestSeq.push(0); }
  const makeRecord = (node, seq) => {
    const r = [];
    for (let k = 0; k < 4; k++) r.push(((node * 37 + seq * 11 + k * 5) % 97) * 10 + rand(10));
    return { node: node, seq: seq, at: seq * 250 + node, readings: r, label: LABELS[node % 6] + '/' + node + '#' + seq };
  };
  const addRecord = () => {
    const node = rand(24), seq = nextSeq[node];
    nextSeq[node] = seq + 1;
    if (tree.insert(node * KEY_SPAN + seq, makeRecord(node, seq))) { if (tree.size > maxSize) maxSize = tree.size; } else dupes += 1;
  };
  const evictOldest = () => {
    const node = rand(24);
    if (oldestSeq[node] === nextSeq[node]) { misses += 1; return; }
    const n = tree.findGreatestLessThan(node * KEY_SPAN + oldestSeq[node] + 1);
    if (n === null || (n.key / KEY_SPAN | 0) !== node) { misses += 1; return; }
    const removed = tree.remove(n.key);
    oldestSeq[node] = removed.value.seq + 1; evicted += 1;
    h = (h * 31 + removed.value.readings[0] + removed.value.at % 1000) % 1000003;
  };
  for (let i = 0; i < 120; i++) addRecord();
  for (let op = 1; op <= 900; op++) {
    const r = rand(100);
    if (r < 45 || tree.size < 100) addRecord();
    else if (r < 80) {
      const node = rand(24), back = 1 + rand(4), key = node * KEY_SPAN + nextSeq[node] - back;
      const n = nextSeq[node] >= back ? tree.find(key) : null;
      if (n !== null) { hits += 1; n.value.readings[back - 1] += 1; h = (h * 31 + n.value.readings[3]) % 1000003; }
      else misses += 1;
    } else evictOldest();
    while (tree.size > 130) evictOldest();
    if (op % 150 === 0) { walks += 1; h = (h * 31 + audit(tree)) % 1000003; }
  }
  const lastLabel = tree.root === null ? 'none' : tree.root.value.label;
  h = (h * 31 + hits * 7 + misses * 3 + evicted) % 1000003;
  h = (h * 31 + tree.rotations % 100000) % 1000003;
  const line = 'splay-cache size=' + tree.size + ' max=' + maxSize + ' hits=' + hits + ' misses=' + misses + ' evicted=' + evicted +
    ' dupes=' + dupes + ' walks=' + walks + ' rotations=' + tree.rotations + ' root=' + lastLabel + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
