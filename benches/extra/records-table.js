// A table of 600 records built at compile time (12 KB of heap in the
// snapshot), read and updated while short-lived objects are made.
const store = [];
for (let i = 0; i < 600; i++) store.push({ id: i, v: i * 3, tag: 'r' + i });
let checked = false;
function run() {
  let sum = 0;
  for (let k = 0; k < 400; k++) {
    const r = store[(k * 7) % 600];
    const tmp = { a: r.v, b: [r.id, k] };
    r.v = (r.v + tmp.b[1]) & 1023;
    sum = (sum + tmp.a + r.id) | 0;
  }
  if (!checked) { checked = true; print('big-live ' + sum); }
  return sum;
}
vmExport(0, run);
