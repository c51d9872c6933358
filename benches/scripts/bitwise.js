// Benchmark: bitwise operators on small integers: a 16-bit linear
// congruential generator, shifts, masks and a population count, 5000 rounds.
let checked = false;

function popcount(n) {
  let count = 0;
  while (n !== 0) {
    n = n & (n - 1);
    count++;
  }
  return count;
}

function run() {
  let state = 12345;
  let bits = 0;
  let mix = 0;
  for (let i = 0; i < 5000; i++) {
    state = (state * 75 + 74) % 65537;
    mix = mix ^ ((state << 3) & 0xfff) ^ (state >> 5);
    bits = bits + popcount(state & 0x3ff);
  }
  const result = (bits << 4) | (mix & 15);
  if (!checked) {
    checked = true;
    print('bitwise checksum: ' + result);
    assertEqual(result, 399971);
  }
  return result;
}

vmExport(0, run);
