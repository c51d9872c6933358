// Nested calls passing 6 arguments through 3 levels of plain functions.
// Seen in batch 23: none; a control for calls.
// One call runs the loop 10 times; the checksum is printed on the first call.
function c3(a, b, c, d, e, f) { return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6; }
function c2(a, b, c, d, e, f) { return c3(b, c, d, e, f, a) + 1; }
function c1(a, b, c, d, e, f) { return c2(f, e, d, c, b, a) & 65535; }

const NODE_SUM = 91004;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) h = (h + c1(i, 1, 2, 3, 4, rep)) % 1000003;
  }
  const line = 'm-many-args-calls ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
