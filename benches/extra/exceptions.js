// Throwing and catching in a loop.
function check(n) {
  if (n % 3 === 0) throw n;
  return n;
}
function run() {
  let caught = 0, ok = 0, fin = 0;
  for (let i = 0; i < 600; i++) {
    try {
      ok += check(i);
    } catch (e) {
      caught += e;
    }
    fin++;
  }
  assertEqual(fin, 600);
  return caught + ok;
}
vmExport(0, run);
