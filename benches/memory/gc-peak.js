// Garbage-heavy work: peak heap, and live heap after a full collection.
const keep = [];
function run() {
  for (let i = 0; i < 400; i++) {
    const s = 'item ' + i;
    if (i % 20 === 0) keep.push(s);
  }
  print('kept ' + keep.length);
}
vmExport(0, run);
