// Connect Four for a handheld toy: the computer player is a depth-limited
// negamax with alpha-beta pruning and centre-first move ordering. The
// 7x6 board is a flat 42-cell array (column-major, cell = col * 6 + row)
// with a column-height array. A win is found from the last move only,
// by counting runs in four directions. Leaves are scored by a positional
// table whose sum is kept incrementally by play/undo. Each call plays
// 5 plies of a game from a fixed opening, both sides searching
// to depth 3, and returns the move list, node count and scores.
const W = 7, H = 6, WIN = 10000;
const ORDER = [3, 2, 4, 1, 5, 0, 6];
const DIRS = [[1, 0], [0, 1], [1, 1], [1, -1]];
const POS = [];
for (let c = 0; c < W; c++) {
  for (let r = 0; r < H; r++) {
    const dc = c < 3 ? c : 6 - c, dr = r < 3 ? r : 5 - r;
    POS.push(3 + dc * 2 + dr);
  }
}
function cellAt(b, c, r) { return c < 0 || c >= W || r < 0 || r >= H ? 0 : b.cells[c * H + r]; }
function runLen(b, c, r, dc, dr, p) {
  let n = 0, cc = c + dc, rr = r + dr;
  while (cellAt(b, cc, rr) === p) { n += 1; cc += dc; rr += dr; }
  return n;
}
function wins(b, c, r, p) {
  for (let d = 0; d < 4; d++) {
    const dc = DIRS[d][0], dr = DIRS[d][1];
    if (1 + runLen(b, c, r, dc, dr, p) + runLen(b, c, r, -dc, -dr, p) >= 4) return true;
  }
  return false;
}
// b.score is player 1's positional sum minus player 2's, kept incrementally
function play(b, c, p) {
  const r = b.height[c], i = c * H + r;
  b.cells[i] = p; b.height[c] = r + 1; b.moves += 1;
  b.score += p === 1 ? POS[i] : -POS[i];
  return r;
}
function undo(b, c) {
  const r = b.height[c] - 1, i = c * H + r;
  b.score -= b.cells[i] === 1 ? POS[i] : -POS[i];
  b.cells[i] = 0; b.height[c] = r; b.moves -= 1;
}
function evaluate(b, p) { return p === 1 ? b.score : -b.score; }
function negamax(b, depth, alpha, beta, p, stats) {
  stats.nodes += 1;
  if (b.moves === W * H) return 0;
  if (depth === 0) return evaluate(b, p);
  let best = -WIN * 2;
  for (let i = 0; i < W && alpha < beta; i++) {
    const c = ORDER[i];
    if (b.height[c] < H) {
      const r = play(b, c, p);
      let v;
      if (wins(b, c, r, p)) v = WIN + depth;
      else v = -negamax(b, depth - 1, -beta, -alpha, 3 - p, stats);
      undo(b, c);
      if (v > best) best = v;
      if (v > alpha) alpha = v;
    }
  }
  return best;
}
function bestMove(b, p, depth, stats) {
  let best = -1, bestV = -WIN * 3;
  for (let i = 0; i < W; i++) {
    const c = ORDER[i];
    if (b.height[c] < H) {
      const r = play(b, c, p);
      const v = wins(b, c, r, p) ? WIN + depth : -negamax(b, depth - 1, -WIN * 3, -bestV, 3 - p, stats);
      undo(b, c);
      if (v > bestV) { bestV = v; best = c; }
    }
  }
  stats.score = bestV;
  return best;
}

// checksum computed in node
const NODE_SUM = 880062;
let checked = false, expected = 0;
function run() {
  const b = { cells: [], height: [0, 0, 0, 0, 0, 0, 0], moves: 0, score: 0 };
  for (let i = 0; i < W * H; i++) b.cells.push(0);
  const opening = [3, 3, 2, 4];
  let p = 1, moves = '', h = 5, scores = 0;
  for (let i = 0; i < opening.length; i++) { play(b, opening[i], p); p = 3 - p; moves += opening[i]; }
  const stats = { nodes: 0, score: 0 };
  let winner = 0;
  for (let ply = 0; ply < 5 && winner === 0; ply++) {
    const c = bestMove(b, p, 3, stats);
    const r = play(b, c, p);
    moves += c;
    scores += stats.score;
    h = (h * 31 + c * 7 + (stats.score + 50000)) % 1000003;
    if (wins(b, c, r, p)) winner = p;
    p = 3 - p;
  }
  h = (h * 131 + stats.nodes) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`connect4-negamax moves=${moves} nodes=${stats.nodes} winner=${winner} scores=${scores} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
