// Sorting a burst of 240 ADC readings to take order statistics (median,
// trimmed mean, interquartile range), as a noise-robust sensor front end
// does. Quicksort without recursion: an explicit stack of ranges, the
// median of three as pivot, and insertion sort for ranges of 8 or fewer.
const N = 240;
const burst = [];
let seed = 2024;
for (let i = 0; i < N; i++) {
  seed = (seed * 75 + 74) % 65537;
  let v = 1800 + (seed & 511);
  if ((seed & 0x3000) === 0) v = v + 1500;   // occasional spikes
  burst.push(v);
}

let compares = 0;
function insertion(a, lo, hi) {
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > x) { compares++; a[j + 1] = a[j]; j--; }
    compares++;
    a[j + 1] = x;
  }
}

function swap(a, i, j) { const t = a[i]; a[i] = a[j]; a[j] = t; }

function quicksort(a, n) {
  const stack = [0, n - 1];                  // Microvium arrays have no pop()
  let sp = 2;
  while (sp > 0) {
    let hi = stack[--sp];
    let lo = stack[--sp];
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      if (a[mid] < a[lo]) swap(a, mid, lo);
      if (a[hi] < a[lo]) swap(a, hi, lo);
      if (a[hi] < a[mid]) swap(a, hi, mid);
      compares += 3;
      const pivot = a[mid];
      let i = lo, j = hi;
      while (i <= j) {
        while (a[i] < pivot) { i++; compares++; }
        while (a[j] > pivot) { j--; compares++; }
        compares += 2;
        if (i <= j) { swap(a, i, j); i++; j--; }
      }
      // Push the larger side, loop on the smaller: the stack stays shallow.
      if (j - lo < hi - i) {
        if (i < hi) { stack[sp++] = i; stack[sp++] = hi; }
        hi = j;
      } else {
        if (lo < j) { stack[sp++] = lo; stack[sp++] = j; }
        lo = i;
      }
    }
    if (lo < hi) insertion(a, lo, hi);
  }
}

let checked = false;
function run() {
  const a = [];
  for (let i = 0; i < N; i++) a.push(burst[i]);
  compares = 0;
  quicksort(a, N);
  let sorted = true;
  for (let i = 1; i < N; i++) if (a[i - 1] > a[i]) sorted = false;
  assert(sorted, 'not sorted');
  const median = (a[N / 2 - 1] + a[N / 2]) >> 1;
  const iqr = a[(3 * N) >> 2] - a[N >> 2];
  let trimmed = 0;
  for (let i = N >> 3; i < N - (N >> 3); i++) trimmed += a[i];
  const r = (median * 65536 + iqr * 7 + trimmed + compares) | 0;
  if (!checked) {
    checked = true;
    print('quicksort ' + a[0] + ' ' + median + ' ' + a[N - 1] + ' ' + iqr + ' ' + trimmed + ' ' + compares + ' ' + r);
  }
  return r;
}
vmExport(0, run);
