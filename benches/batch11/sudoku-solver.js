// Puzzle generator and constraint solver for 6x6 Sudoku (boxes of 2 rows
// by 3 columns), the kind of small puzzle a handheld game makes on the
// device. Each call makes one puzzle. A solution grid comes from a fixed
// pattern, with the digits relabelled and the rows inside each band, the
// bands, the column stacks and the columns inside each stack shuffled by an
// LCG. Then cells are blanked one by one in a shuffled order, and a blank is
// kept only if the puzzle still has exactly one solution, which leaves 11
// givens: 36 solver runs, then a 37th to check the finished puzzle. The solver counts solutions up to two.
// Its state is one flat array of 36 cells and 18 six-bit "used" masks
// (rows, columns, boxes). Propagation repeats naked singles (a cell with
// one candidate) and hidden singles (a digit with one place left in a unit,
// found with once/twice bit masks)
// until nothing changes or a contradiction appears; then it branches on the
// empty cell with the fewest candidates, copying the state for each branch.
// Bit counts and lowest-bit digits come from 64-entry tables.
const POPC = [], LOW = [];
for (let m = 0; m < 64; m++) {
  let n = 0, low = 0;
  for (let b = 5; b >= 0; b--) if ((m & (1 << b)) !== 0) { n += 1; low = b + 1; }
  POPC.push(n); LOW.push(low);
}
const UNITS = [], CU = [];
for (let u = 0; u < 18; u++) UNITS.push([]);
for (let i = 0; i < 36; i++) {
  const r = (i - i % 6) / 6, c = i % 6, b = (r >> 1) * 2 + (c >= 3 ? 1 : 0);
  UNITS[r].push(i); UNITS[6 + c].push(i); UNITS[12 + b].push(i);
  CU.push([36 + r, 42 + c, 48 + b]);
}

function rnd(s, n) { s.seed = (s.seed * 25173 + 13849) % 65536; return (s.seed >> 4) % n; }
function shuffle(s, a) {
  for (let i = a.length - 1; i > 0; i--) { const j = rnd(s, i + 1), t = a[i]; a[i] = a[j]; a[j] = t; }
  return a;
}
function cand(st, i) { const u = CU[i]; return 63 ^ (st[u[0]] | st[u[1]] | st[u[2]]); }
function place(st, i, d) {
  const u = CU[i], bit = 1 << (d - 1);
  st[i] = d; st[u[0]] |= bit; st[u[1]] |= bit; st[u[2]] |= bit;
}
// returns false on a contradiction
function propagate(st, out) {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < 36; i++) {
      if (st[i] === 0) {
        const m = cand(st, i);
        if (m === 0) return false;
        if (POPC[m] === 1) { place(st, i, LOW[m]); out.naked += 1; changed = true; }
      }
    }
    for (let u = 0; u < 18; u++) {
      const cells = UNITS[u];
      let once = 0, twice = 0, placed = 0;
      for (let k = 0; k < 6; k++) {
        const i = cells[k];
        if (st[i] !== 0) placed |= 1 << (st[i] - 1);
        else { const m = cand(st, i); twice |= once & m; once |= m; }
      }
      const missing = 63 ^ placed;
      if ((once & missing) !== missing) return false;
      let single = once & (63 ^ twice) & missing;
      while (single !== 0) {
        const d = LOW[single];
        single &= single - 1;
        let where = 0 - 1;
        for (let k = 0; k < 6; k++) if (st[cells[k]] === 0 && (cand(st, cells[k]) & (1 << (d - 1))) !== 0) where = cells[k];
        if (where < 0) return false;
        place(st, where, d); out.hidden += 1; changed = true;
      }
    }
  }
  return true;
}
function solve(st, out, depth) {
  out.nodes += 1;
  if (depth > out.depth) out.depth = depth;
  if (!propagate(st, out)) { out.dead += 1; return; }
  let best = 0 - 1, bc = 7;
  for (let i = 0; i < 36; i++) {
    if (st[i] === 0) { const n = POPC[cand(st, i)]; if (n < bc) { bc = n; best = i; } }
  }
  if (best < 0) {
    out.count += 1;
    if (out.count === 1) for (let i = 0; i < 36; i++) out.sol.push(st[i]);
    return;
  }
  let m = cand(st, best);
  while (m !== 0 && out.count < 2) {
    const d = LOW[m];
    m &= m - 1;
    const c = [];
    for (let i = 0; i < 54; i++) c.push(st[i]);
    place(c, best, d);
    solve(c, out, depth + 1);
  }
}
function makeGrid(s) {
  const digits = shuffle(s, [1, 2, 3, 4, 5, 6]);
  const bands = shuffle(s, [0, 1, 2]), stacks = shuffle(s, [0, 1]);
  const rows = [], cols = [], grid = [];
  for (let b = 0; b < 3; b++) { const p = shuffle(s, [0, 1]); rows.push(bands[b] * 2 + p[0]); rows.push(bands[b] * 2 + p[1]); }
  for (let k = 0; k < 2; k++) { const p = shuffle(s, [0, 1, 2]); for (let j = 0; j < 3; j++) cols.push(stacks[k] * 3 + p[j]); }
  for (let r = 0; r < 6; r++) {
    for (let c = 0; c < 6; c++) grid.push(digits[((rows[r] % 2) * 3 + (rows[r] >> 1) + cols[c]) % 6]);
  }
  return grid;
}
function countSolutions(grid, keep, out) {
  const st = [];
  for (let i = 0; i < 54; i++) st.push(0);
  for (let i = 0; i < 36; i++) if (keep[i]) place(st, i, grid[i]);
  out.count = 0; out.sol = [];
  solve(st, out, 0);
  return out.count;
}
// blank cells in a random order, keeping a blank only if the solution stays unique
function minimise(s, grid, out) {
  const order = [], keep = [];
  for (let i = 0; i < 36; i++) { order.push(i); keep.push(true); }
  shuffle(s, order);
  for (let k = 0; k < 36; k++) {
    keep[order[k]] = false;
    if (countSolutions(grid, keep, out) !== 1) { keep[order[k]] = true; out.refused += 1; }
  }
  return keep;
}

// checksum computed in node
const NODE_SUM = 986893;
let checked = false, expected = 0;
function run() {
  const s = { seed: 4242 };
  const out = { count: 0, nodes: 0, naked: 0, hidden: 0, dead: 0, depth: 0, refused: 0, sol: [] };
  const grid = makeGrid(s), keep = minimise(s, grid, out);
  let h = 1, givens = 0;
  for (let i = 0; i < 36; i++) if (keep[i]) { givens += 1; h = (h * 7 + i + grid[i] * 36) % 1000003; }
  countSolutions(grid, keep, out);
  let same = out.count === 1;
  for (let i = 0; i < 36; i++) if (out.sol[i] !== grid[i]) same = false;
  h = (h * 31 + out.nodes + out.naked * 3 + out.hidden * 5 + out.dead * 7 + out.depth + out.refused + (same ? 1 : 0)) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`sudoku-solver givens=${givens} same=${same ? 'yes' : 'no'} nodes=${out.nodes} naked=${out.naked} hidden=${out.hidden} dead=${out.dead} depth=${out.depth} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
