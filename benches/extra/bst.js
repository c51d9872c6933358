// Binary search tree of integer keys: insert pseudo-random keys, look up hits and misses, walk in order.
class Node {
  constructor(key) { this.key = key; this.left = null; this.right = null; this.count = 1; }
}
class Tree {
  constructor() { this.root = null; this.size = 0; }
  insert(key) {
    if (this.root === null) { this.root = new Node(key); this.size++; return; }
    let n = this.root;
    while (true) {
      if (key === n.key) { n.count++; return; }
      if (key < n.key) {
        if (n.left === null) { n.left = new Node(key); this.size++; return; }
        n = n.left;
      } else {
        if (n.right === null) { n.right = new Node(key); this.size++; return; }
        n = n.right;
      }
    }
  }
  depthOf(key) {
    let n = this.root;
    let depth = 0;
    while (n !== null) {
      if (key === n.key) return depth;
      n = key < n.key ? n.left : n.right;
      depth++;
    }
    return -1;
  }
}
function height(n) {
  if (n === null) return 0;
  const a = height(n.left);
  const b = height(n.right);
  return 1 + (a > b ? a : b);
}
let walkPos = 0;
function walk(n, acc) {
  if (n === null) return acc;
  acc = walk(n.left, acc);
  walkPos++;
  acc = (acc + n.key * (walkPos & 7) + n.count) % 100003;
  return walk(n.right, acc);
}
let checked = false;
function run() {
  const t = new Tree();
  let seed = 12345;
  for (let i = 0; i < 400; i++) {
    seed = (seed * 75 + 74) % 65537;
    t.insert(seed % 2000);
  }
  let hits = 0;
  let depthSum = 0;
  for (let k = 0; k < 2000; k += 5) {
    const d = t.depthOf(k);
    if (d >= 0) { hits++; depthSum += d; }
  }
  walkPos = 0;
  const w = walk(t.root, 0);
  const h = height(t.root);
  const result = t.size * 7 + hits * 13 + depthSum + h * 101 + w;
  if (!checked) { checked = true; print('bst ' + t.size + ' ' + hits + ' ' + depthSum + ' ' + h + ' ' + w + ' ' + result); }
  return result;
}
vmExport(0, run);
