// `switch (typeof v)` over an array of mixed values (number, string, boolean, object, null).
// Seen in batch 23: cbor-senml (Encoder.value).
// One call runs the loop 10 times; the checksum is printed on the first call.
const V = [1, 'a', true, { x: 1 }, null, 2.5, 'bb', false, [1, 2], 7];
function tag(v) {
  switch (typeof v) {
    case 'number': return (v | 0) === v ? 1 : 2;
    case 'string': return 3;
    case 'boolean': return v ? 4 : 5;
    case 'object': return v === null ? 6 : typeof v.length === 'number' ? 7 : 8;
    default: return 9;
  }
}

const NODE_SUM = 227080;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) for (let i = 0; i < V.length; i++) h = (h * 7 + tag(V[i])) % 1000003;
  }
  const line = 'm-typeof-dispatch ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
