// Hand-written merge sort (push into new arrays) of 24 records with a two-key comparator.
function cmp(a, b) { return a.t !== b.t ? b.t - a.t : a.idx - b.idx; }
function ms(a) { if (a.length < 2) return a; const m = a.length >> 1, l = [], r = []; for (let i = 0; i < a.length; i++) { if (i < m) l.push(a[i]); else r.push(a[i]); } const L = ms(l), R = ms(r), o = []; let i = 0, j = 0; while (i < L.length || j < R.length) { if (j >= R.length || (i < L.length && cmp(L[i], R[j]) <= 0)) { o.push(L[i]); i += 1; } else { o.push(R[j]); j += 1; } } return o; }
const R = [];
for (let i = 0; i < 24; i++) R.push({ idx: i, t: 20 + (i * 5) % 7 });
const NODE_SUM = 702426;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const a = ms(R);
    h = (h * 31 + a[0].idx + a[23].idx * 100) % 1000003;
  }
  const line = 'm-sort-merge-obj ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
