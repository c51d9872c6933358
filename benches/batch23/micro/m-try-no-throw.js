// A `try/catch` around a small call in a loop, never throwing.
// Seen in batch 23: cbor-senml, hvac-schedule.
// One call runs the loop 10 times; the checksum is printed on the first call.
function div(a, b) { if (b === 0) throw { code: 1 }; return (a / b) | 0; }

const NODE_SUM = 294132;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 300; i++) { try { h = (h + div(i * 100, (i & 7) + 1)) % 1000003; } catch (e) { h = (h + 1) % 1000003; } }
  }
  const line = 'm-try-no-throw ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
