// Builds strings from numbers and compares them with ===.
function run() {
  let longest = 0;
  let s = '';
  for (let i = 0; i < 200; i++) {
    s = 'item-' + i + ':' + (i * 3);
    if (s === 'item-100:300') longest = i;
  }
  let eq = 0;
  for (let i = 0; i < 200; i++) {
    if (('k' + (i % 10)) === 'k5') eq++;
  }
  assertEqual(eq, 20);
  return longest + eq;
}
vmExport(0, run);
