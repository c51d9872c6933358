// Control for size: hits in a 20-key map, keys from a table.
const DB = {}, HIT = [];
for (let i = 0; i < 20; i++) DB['k' + i] = i * 3 + 1;
for (let i = 0; i < 200; i++) HIT.push('k' + ((i * 37) % 20));
const NODE_SUM = 270077;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) h = (h * 31 + DB[HIT[i]]) % 1000003;
  }
  const line = 'm-map20-hit ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
