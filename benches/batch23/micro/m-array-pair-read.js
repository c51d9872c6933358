// Reading `[time, frame]` pairs from an array of 2-element arrays (`e[0]`, `e[1]`).
// Seen in batch 23: dali-ballast (SCRIPT), synth-voices (EVENTS).
// One call runs the loop 10 times; the checksum is printed on the first call.
const EV = [];
for (let i = 0; i < 64; i++) EV.push([i * 10, (i * 37) & 1023]);

const NODE_SUM = 742104;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 4; k++) for (let i = 0; i < EV.length; i++) { const e = EV[i]; if (e[0] >= k) h = (h * 31 + e[1]) % 1000003; }
  }
  const line = 'm-array-pair-read ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
