// Throwing an object from a called function and catching it, every 4th iteration.
// Seen in batch 23: cbor-senml (unknown enum).
// One call runs the loop 10 times; the checksum is printed on the first call.
function check(x) { if ((x & 3) === 3) throw { code: x & 15, what: 'range' }; return x; }

const NODE_SUM = 913601;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 200; i++) { try { h = (h + check(i)) % 1000003; } catch (e) { h = (h * 31 + e.code) % 1000003; } }
  }
  const line = 'm-throw-catch ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
