// Small functions returning fresh {x, y} objects (allocation and GC pressure).
function add(a, b) { return { x: a.x + b.x, y: a.y + b.y }; }
function scale(a, k) { return { x: a.x * k, y: a.y * k }; }
const NODE_SUM = 464213;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let p = { x: 0, y: 0 };
    const d = { x: 1, y: 2 };
    for (let i = 0; i < 100; i++) { p = add(p, scale(d, (i & 3) + 1)); h = (h * 31 + p.x + p.y) % 1000003; }
  }
  const line = 'm-small-obj-return ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
