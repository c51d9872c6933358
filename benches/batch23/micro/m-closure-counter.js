// A closure that updates a captured `let` of its maker, called in a loop.
// Seen in batch 23: hvac-schedule.
// One call runs the loop 10 times; the checksum is printed on the first call.
function counter(step) { let n = 0; return () => { n += step; return n; }; }

const NODE_SUM = 483251;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const c = counter(rep + 1);
    for (let i = 0; i < 300; i++) h = (h + c()) % 1000003;
  }
  const line = 'm-closure-counter ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
