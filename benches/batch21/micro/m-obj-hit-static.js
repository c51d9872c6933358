// Control: reads of present properties by a literal name (o.b), same 16 objects.
const OBJS = [];
for (let i = 0; i < 16; i++) { const o = {}; o.a = i; o.b = i + 1; OBJS.push(o); }
const NODE_SUM = 596498;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 80; r++) for (let i = 0; i < 16; i++) h = (h * 31 + (OBJS[(i + r) % 16].b === undefined ? 1 : 2)) % 1000003;
  }
  const line = 'm-obj-hit-static ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
