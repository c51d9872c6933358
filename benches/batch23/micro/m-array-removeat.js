// Removing from the middle of an array by shifting elements down and `length -= 1` (no splice).
// Seen in batch 23: rtos-kernel (removeAt).
// One call runs the loop 10 times; the checksum is printed on the first call.
function removeAt(a, i) { for (let j = i + 1; j < a.length; j++) a[j - 1] = a[j]; a.length = a.length - 1; }

const NODE_SUM = 92069;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const a = [];
    for (let i = 0; i < 40; i++) a.push(i);
    while (a.length > 1) { removeAt(a, (a.length * 5 + 3) % a.length); h = (h * 31 + a[0] + a.length) % 1000003; }
  }
  const line = 'm-array-removeat ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
