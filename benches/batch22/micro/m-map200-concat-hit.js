// Hits in the 200-key map with the key built at each access ('k' + n).
const DB = {}, HIT = [], MISS = [];
for (let i = 0; i < 200; i++) { DB['k' + i] = i * 3 + 1; HIT.push('k' + ((i * 37) % 200)); MISS.push('q' + i); }
const NODE_SUM = 910356;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) h = (h * 31 + DB['k' + ((i * 37) % 200)]) % 1000003;
  }
  const line = 'm-map200-concat-hit ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
