// Towers of Hanoi, counting moves per peg pair.
let moves = 0;
let crossings = 0;
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (from === 1 || to === 1) crossings++;
  hanoi(n - 1, via, to, from);
}
let checked = false;
function run() {
  moves = 0;
  crossings = 0;
  hanoi(10, 1, 3, 2);
  if (!checked) { checked = true; print('hanoi ' + moves + ' ' + crossings); }
  return moves;
}
vmExport(0, run);
