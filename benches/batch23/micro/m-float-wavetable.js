// A wavetable oscillator: float phase accumulator, floor to an index, linear interpolation.
// Seen in batch 23: synth-voices (Voice.sample).
// One call runs the loop 10 times; the checksum is printed on the first call.
const W = [];
for (let i = 0; i < 64; i++) W.push(i < 32 ? i / 16 - 1 : 3 - i / 16);
function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }

const NODE_SUM = 294147;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let ph = 0, s = 0;
    for (let n = 0; n < 250; n++) {
      ph += 2.0933; if (ph >= 64) ph -= 64;
      const i = floor(ph), f = ph - i, a = W[i], b = W[i + 1 === 64 ? 0 : i + 1];
      s += a + (b - a) * f;
    }
    h = (h * 31 + floor(s * 100) + 100000) % 1000003;
  }
  const line = 'm-float-wavetable ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
