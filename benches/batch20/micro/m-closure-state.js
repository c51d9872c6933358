// ws2812-scenes piece: closures that read and write their own captured
// variables (a frame counter, a phase accumulator, a seed) on every call.
const NODE_SUM = 799118;
let checked = false;

function counter(step) { let n = 0; return () => { n = (n + step) & 1023; return n; }; }
function breathe(period) { let phase = 0, lastT = -1; return (t) => { if (t !== lastT) { lastT = t; phase = (phase + 1) % period; } return phase < period / 2 ? phase : period - phase; }; }
function noise(seed) { let s = seed; return () => { s = (s * 109 + 89) % 251; return s; }; }

function run() {
  let h = 1;
  const c = counter(7), b = breathe(8), z = noise(7);
  for (let t = 0; t < 1000; t++) {
    const v = c() + b(t >> 2) + z();
    h = (h * 31 + v) % 1000003;
  }
  if (!checked) { checked = true; print('m-closure-state ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
