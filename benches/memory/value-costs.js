// Heap bytes each kind of value costs, as getHeapUsed deltas (measured
// inline, so no closure or temporary is counted).
const keep = [0, 0, 0, 0, 0, 0, 0, 0];
function run() {
  const big = 8000;
  const half = 0.5;
  const four = 'abcd';
  let before = 0;
  runGC(); before = getHeapUsed(); keep[1] = big + big;
  print('int32: ' + (getHeapUsed() - before));
  runGC(); before = getHeapUsed(); keep[2] = half + big;
  print('float64: ' + (getHeapUsed() - before));
  runGC(); before = getHeapUsed(); keep[3] = four + 'e';
  print('5-byte string: ' + (getHeapUsed() - before));
  runGC(); before = getHeapUsed(); keep[4] = [big];
  print('one-element array: ' + (getHeapUsed() - before));
  runGC(); before = getHeapUsed(); keep[5] = { x: 3 };
  print('{ x: 3 }: ' + (getHeapUsed() - before));
  const obj = keep[5];
  runGC(); before = getHeapUsed(); obj.y = 4;
  print('added property: ' + (getHeapUsed() - before));
  const arr = keep[4];
  runGC(); before = getHeapUsed(); arr[1] = 2;
  print('array grown by one: ' + (getHeapUsed() - before));
}
vmExport(0, run);
