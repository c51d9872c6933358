// A static class method called in a loop (`Q.mix(a, b)`).
// Seen in batch 23: none; a control for method calls.
// One call runs the loop 10 times; the checksum is printed on the first call.
class Q { static mix(a, b) { return (a * 7 + b) & 4095; } }

const NODE_SUM = 603992;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 400; i++) h = (h + Q.mix(i, rep)) % 1000003;
  }
  const line = 'm-static-call ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
