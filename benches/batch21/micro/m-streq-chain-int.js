// Control: the same 30-branch chain comparing integers instead of strings.
function code(f) {
  if (f === 1) return 0;
  else if (f === 4) return 1;
  else if (f === 7) return 2;
  else if (f === 10) return 3;
  else if (f === 13) return 4;
  else if (f === 16) return 5;
  else if (f === 19) return 6;
  else if (f === 22) return 7;
  else if (f === 25) return 8;
  else if (f === 28) return 9;
  else if (f === 31) return 10;
  else if (f === 34) return 11;
  else if (f === 37) return 12;
  else if (f === 40) return 13;
  else if (f === 43) return 14;
  else if (f === 46) return 15;
  else if (f === 49) return 16;
  else if (f === 52) return 17;
  else if (f === 55) return 18;
  else if (f === 58) return 19;
  else if (f === 61) return 20;
  else if (f === 64) return 21;
  else if (f === 67) return 22;
  else if (f === 70) return 23;
  else if (f === 73) return 24;
  else if (f === 76) return 25;
  else if (f === 79) return 26;
  else if (f === 82) return 27;
  else if (f === 85) return 28;
  else if (f === 88) return 29;
  return -1;
}
const NODE_SUM = 719256;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) for (let i = 0; i < 30; i++) h = (h * 31 + code(((i * 7 + r) % 30) * 3 + 1) + 1) % 1000003;
  }
  const line = 'm-streq-chain-int ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
