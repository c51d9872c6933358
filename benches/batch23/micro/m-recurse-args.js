// Recursion passing an object and two ints (`walk(node, depth, acc)`) over a 31-node tree.
// Seen in batch 23: cbor-senml (value, same).
// One call runs the loop 10 times; the checksum is printed on the first call.
function mk(d) { return d === 0 ? null : { v: d, l: mk(d - 1), r: mk(d - 1) }; }
const TREE = mk(5);
function walk(n, depth, acc) { if (n === null) return acc; return walk(n.r, depth + 1, walk(n.l, depth + 1, (acc * 3 + n.v + depth) % 65521)); }

const NODE_SUM = 103274;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 4; k++) h = (h * 31 + walk(TREE, k, 1)) % 1000003;
  }
  const line = 'm-recurse-args ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
