// `switch` on an int with 12 sparse cases (0, 32, 33, 42..46, 144, 160, 192, 193) and misses.
// Seen in batch 23: dali-ballast (config and queries).
// One call runs the loop 10 times; the checksum is printed on the first call.
function q(c) {
  switch (c) {
    case 0: return 1; case 32: return 2; case 33: return 3; case 42: return 4; case 43: return 5; case 44: return 6;
    case 45: return 7; case 46: return 8; case 144: return 9; case 160: return 10; case 192: return 11; case 193: return 12;
    default: return 0;
  }
}

const NODE_SUM = 380857;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 300; i++) h = (h * 3 + q((i * 37) & 255)) % 1000003;
  }
  const line = 'm-switch-int-sparse ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
