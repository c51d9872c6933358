// A FIFO as an array with a read index (push to the tail, read `q[head++]`), reset when empty.
// Seen in batch 23: dali-ballast, synth-voices (event index).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 428407;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const q = [];
    let head = 0;
    for (let i = 0; i < 300; i++) {
      q.push(i); if ((i & 3) === 0) q.push(i * 2);
      const x = q[head]; head += 1;
      h = (h + x) % 1000003;
    }
  }
  const line = 'm-queue-index ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
