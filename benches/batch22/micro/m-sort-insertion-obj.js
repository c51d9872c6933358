// Hand-written insertion sort of 24 {idx, mv} records with a comparator function.
function cmp(a, b) { return b.mv - a.mv; }
const R = [];
for (let i = 0; i < 24; i++) R.push({ idx: i, mv: 3600 + (i * 37) % 61 });
const NODE_SUM = 269093;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const a = [];
    for (let i = 0; i < 24; i++) a.push(R[i]);
    for (let i = 1; i < a.length; i++) { const x = a[i]; let j = i - 1; while (j >= 0 && cmp(a[j], x) > 0) { a[j + 1] = a[j]; j -= 1; } a[j + 1] = x; }
    h = (h * 31 + a[0].idx + a[23].idx * 100) % 1000003;
  }
  const line = 'm-sort-insertion-obj ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
