// Bubble sort of 40 pseudo-random integers, each run.
let seed = 1;
function rand() {
  seed = (seed * 1103 + 12345) % 65536;
  return seed;
}
let checked = false;
function run() {
  seed = 7;
  const a = [];
  for (let i = 0; i < 40; i++) a.push(rand() % 1000);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
    }
  }
  let ok = true;
  for (let i = 1; i < a.length; i++) if (a[i - 1] > a[i]) ok = false;
  if (!checked) { checked = true; print('bubble ' + ok + ' ' + a[0] + ' ' + a[39]); }
  return a[20];
}
vmExport(0, run);
