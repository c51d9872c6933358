// seen[key] += 1 counters on string keys from a table (read-modify-write on a map object).
const K = [];
for (let i = 0; i < 12; i++) K.push('cause' + i);
const NODE_SUM = 181675;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const seen = {};
    for (let i = 0; i < 12; i++) seen[K[i]] = 0;
    for (let i = 0; i < 200; i++) seen[K[(i * 7) % 12]] += 1;
    for (let i = 0; i < 12; i++) h = (h * 31 + seen[K[i]]) % 1000003;
  }
  const line = 'm-counter-map ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
