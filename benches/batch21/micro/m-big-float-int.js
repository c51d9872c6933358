// Integer arithmetic above 2^31 (doubles): a 32-bit wrapping counter and products past 2^31 reduced with %.
const NODE_SUM = 423758;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let now = 4294967296 - 500000;
    for (let r = 0; r < 300; r++) { now = (now + 1777) % 4294967296; const x = (now % 46340) * 46349 + r * 2654435; h = (h * 31 + (x % 2147483647) % 1000) % 1000003; }
  }
  const line = 'm-big-float-int ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
