// Sieve of Eratosthenes over an array of booleans.
function run() {
  const n = 1000;
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(true);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (flags[i]) {
      count++;
      for (let j = i * i; j <= n; j += i) flags[j] = false;
    }
  }
  assertEqual(count, 168);
  return count;
}
vmExport(0, run);
