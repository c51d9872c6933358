// `switch` on an int with 20 dense cases (a command decoder).
// Seen in batch 23: dali-ballast (commands 0-8).
// One call runs the loop 10 times; the checksum is printed on the first call.
function cmd(c, l) {
  switch (c) {
    case 0: return 0; case 1: return l + 1; case 2: return l - 1; case 3: return l + 2; case 4: return l - 2;
    case 5: return 254; case 6: return 1; case 7: return l > 1 ? l - 1 : 0; case 8: return l + 3; case 9: return l ^ 1;
    case 10: return l | 4; case 11: return l & 251; case 12: return l >> 1; case 13: return l << 1; case 14: return l + 10;
    case 15: return l - 10; case 16: return l * 2; case 17: return 100; case 18: return 50; case 19: return l;
    default: return -1;
  }
}

const NODE_SUM = 10007;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let l = 10;
    for (let i = 0; i < 300; i++) { l = cmd((i * 7) % 21, l) & 255; h = (h + l) % 1000003; }
  }
  const line = 'm-switch-int-dense ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
