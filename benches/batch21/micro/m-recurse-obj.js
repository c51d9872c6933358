// Recursion over a small object tree, passing a context object (provision-check's check).
const T = { v: 1, kids: [{ v: 2, kids: [] }, { v: 3, kids: [{ v: 4, kids: [] }, { v: 5, kids: [] }] }, { v: 6, kids: [] }] };
function walk(n, depth, ctx) { ctx.n += 1; let s = n.v * depth; for (let i = 0; i < n.kids.length; i++) s += walk(n.kids[i], depth + 1, ctx); return s; }
const NODE_SUM = 796404;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const ctx = { n: 0 };
    for (let r = 0; r < 50; r++) h = (h * 31 + walk(T, 1, ctx)) % 1000003;
    h = (h * 31 + ctx.n) % 1000003;
  }
  const line = 'm-recurse-obj ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
