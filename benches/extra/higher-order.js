// Callbacks: map, filter and reduce written by hand over an array.
function map(a, f) { const r = []; for (let i = 0; i < a.length; i++) r[r.length] = f(a[i]); return r; }
function filter(a, f) { const r = []; for (let i = 0; i < a.length; i++) if (f(a[i])) r[r.length] = a[i]; return r; }
function reduce(a, f, x) { for (let i = 0; i < a.length; i++) x = f(x, a[i]); return x; }
function run() {
  const a = [];
  for (let i = 0; i < 300; i++) a[a.length] = i;
  const sq = map(a, x => x * x);
  const even = filter(sq, x => (x & 1) === 0);
  const s = reduce(even, (acc, x) => acc + x, 0);
  assertEqual(s, 4455100);
  return s;
}
vmExport(0, run);
