// Reading top-level `const` scalars and a top-level array inside a hot loop.
// Seen in batch 23: zephyr-nvs, dali-ballast.
// One call runs the loop 10 times; the checksum is printed on the first call.
const SSIZE = 512, ATE = 8, SECTORS = 4;
const TAB = [3, 1, 4, 1, 5, 9, 2, 6];

const NODE_SUM = 463564;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 300; i++) h = (h + (SSIZE - ATE * ((i % SECTORS) + 2)) + TAB[i & 7]) % 1000003;
  }
  const line = 'm-global-const-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
