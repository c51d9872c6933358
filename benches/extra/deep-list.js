// A 150-node linked list built at compile time, summed by recursion 150
// calls deep.
function mk(n) { let l = null; for (let i = 0; i < n; i++) l = { v: i, next: l }; return l; }
const list = mk(150);
function sum(l) { return l === null ? 0 : l.v + sum(l.next); }
let checked = false;
function run() {
  let s = 0;
  for (let i = 0; i < 20; i++) s += sum(list);
  if (!checked) { checked = true; print('deep ' + s); }
  return s;
}
vmExport(0, run);
