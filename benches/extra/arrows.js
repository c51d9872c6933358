// Arrow functions passed around: map, filter and reduce written by hand.
function map(arr, f) { const out = []; for (let i = 0; i < arr.length; i++) out.push(f(arr[i], i)); return out; }
function filter(arr, f) { const out = []; for (let i = 0; i < arr.length; i++) if (f(arr[i])) out.push(arr[i]); return out; }
function reduce(arr, f, init) { let acc = init; for (let i = 0; i < arr.length; i++) acc = f(acc, arr[i]); return acc; }
const data = [];
for (let i = 0; i < 50; i++) data.push((i * 7) % 23);
let checked = false;
function run() {
  const scale = 3;
  const scaled = map(data, (x, i) => x * scale + i);
  const odd = filter(scaled, x => (x & 1) === 1);
  const total = reduce(odd, (a, b) => a + b, 0);
  const max = reduce(scaled, (a, b) => (b > a ? b : a), 0);
  if (!checked) { checked = true; print('arrows ' + odd.length + ' ' + total + ' ' + max); }
  return total;
}
vmExport(0, run);
