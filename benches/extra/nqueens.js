// N-queens backtracking with column/diagonal occupancy arrays; counts solutions and placements tried.
const N = 7;
let cols = [], d1 = [], d2 = [];
let solutions = 0, tried = 0, firstSig = 0;
const board = [];
function place(r) {
  if (r === N) {
    solutions++;
    if (firstSig === 0) { for (let i = 0; i < N; i++) firstSig = firstSig * 8 + board[i]; }
    return;
  }
  for (let c = 0; c < N; c++) {
    tried++;
    if (!cols[c] && !d1[r + c] && !d2[r - c + N - 1]) {
      cols[c] = true; d1[r + c] = true; d2[r - c + N - 1] = true;
      board[r] = c;
      place(r + 1);
      cols[c] = false; d1[r + c] = false; d2[r - c + N - 1] = false;
    }
  }
}
let checked = false;
function run() {
  cols = []; d1 = []; d2 = [];
  for (let i = 0; i < N; i++) { cols.push(false); board[i] = 0; }
  for (let i = 0; i < 2 * N - 1; i++) { d1.push(false); d2.push(false); }
  solutions = 0; tried = 0; firstSig = 0;
  place(0);
  if (!checked) { checked = true; print('nqueens ' + solutions + ' ' + tried + ' ' + firstSig); }
  return solutions * 100000 + tried;
}
vmExport(0, run);
