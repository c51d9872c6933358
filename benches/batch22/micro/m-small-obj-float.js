// The same with float fields (rotation by a unit vector), so every field is a boxed double.
function rot(a, c, s) { return { x: a.x * c - a.y * s, y: a.x * s + a.y * c }; }
const NODE_SUM = 792436;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let p = { x: 1.5, y: 0.25 };
    for (let i = 0; i < 100; i++) { p = rot(p, 0.995, 0.0998); h = (h * 31 + ((p.x * 1000) | 0) + 2000) % 1000003; }
  }
  const line = 'm-small-obj-float ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
