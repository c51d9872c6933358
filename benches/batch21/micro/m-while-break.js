// while (true) loops left with break after a search (nand-ftl's allocator).
const E = [];
for (let i = 0; i < 24; i++) E.push((i * 11) % 24);
const NODE_SUM = 953117;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 60; r++) { let b = 0, best = -1; while (true) { if (b >= 24) break; if (E[b] === r % 24) { best = b; break; } b += 1; } h = (h * 31 + best + 1) % 1000003; }
  }
  const line = 'm-while-break ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
