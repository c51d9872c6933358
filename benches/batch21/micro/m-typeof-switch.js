// switch (typeof v) over numbers, strings, booleans and objects.
const V = [1, 'a', true, null, { x: 1 }, 2.5, 'b', false];
const NODE_SUM = 241648;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 150; r++) { const v = V[r % 8]; let k = 0; switch (typeof v) { case 'number': k = 1; break; case 'string': k = 2; break; case 'boolean': k = 3; break; case 'object': k = 4; break; default: k = 5; } h = (h * 31 + k) % 1000003; }
  }
  const line = 'm-typeof-switch ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
