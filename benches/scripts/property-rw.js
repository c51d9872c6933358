// Benchmark: property reads and writes on one object with 8 properties,
// made at build time: 2000 rounds of reading three and writing two.
let checked = false;

const state = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 };

function run() {
  let sum = 0;
  for (let i = 0; i < 2000; i++) {
    sum = (sum + state.a + state.e + state.h) | 0;
    state.b = state.c + 1;
    state.g = i & 63;
  }
  state.b = 2;
  state.g = 7;
  if (!checked) {
    checked = true;
    print('property-rw checksum: ' + sum);
    assertEqual(sum, 28000);
  }
  return sum;
}

vmExport(0, run);
