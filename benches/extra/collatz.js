// Collatz sequence lengths for 1..60, longest one wins.
function steps(n) {
  let count = 0;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    count++;
  }
  return count;
}
let checked = false;
function run() {
  let best = 0, arg = 0;
  for (let i = 1; i <= 60; i++) {
    const s = steps(i);
    if (s > best) { best = s; arg = i; }
  }
  if (!checked) { checked = true; print('collatz ' + arg + ' ' + best); }
  return best;
}
vmExport(0, run);
