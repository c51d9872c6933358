// Benchmark: float arithmetic. A damped oscillator stepped 2000 times:
// every intermediate is a float64.
let checked = false;

function run() {
  let x = 1.5;
  let v = 0.25;
  const dt = 0.01;
  const k = 3.7;
  const damping = 0.05;
  for (let i = 0; i < 2000; i++) {
    const a = -k * x - damping * v;
    v = v + a * dt;
    x = x + v * dt;
  }
  const result = ((x * 1000000) | 0) + ((v * 1000000) | 0);
  if (!checked) {
    checked = true;
    print('float-math checksum: ' + result);
    assertEqual(result, -407235);
  }
  return result;
}

vmExport(0, run);
