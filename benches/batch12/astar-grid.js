// A* route planning for a small floor robot on a 24x24 occupancy grid.
// The map is made inside each call: a border, two walls with doorways, a
// few shelves, scattered obstacles from an LCG, and patches of carpet
// that cost more to cross. The robot plans 7 routes one after another
// (dock -> pick points -> dock); between legs a door closes and a
// shelf is moved, so later plans have to detour. Open set: a binary
// min-heap class ordered by f, then by h. Moves are 4-connected with
// cost 10 (carpet 25); the heuristic is Manhattan distance times 10.
const W = 24, H = 24, N = W * H;
const DIRS = [1, -1, W, -W];
const NODE_SUM = 631157;

class MinHeap {
  constructor() { this.keys = []; this.items = []; }
  size() { return this.items.length; }
  push(key, item) {
    const keys = this.keys, items = this.items;
    let i = items.length;
    keys.push(key); items.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p]; items[i] = items[p];
      i = p;
    }
    keys[i] = key; items[i] = item;
  }
  pop() {
    const keys = this.keys, items = this.items;
    const top = items[0], last = items.length - 1;
    const key = keys[last], item = items[last];
    keys.length = last; items.length = last;
    if (last === 0) return top;
    let i = 0;
    while (true) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && keys[c + 1] < keys[c]) c = c + 1;
      if (keys[c] >= key) break;
      keys[i] = keys[c]; items[i] = items[c];
      i = c;
    }
    keys[i] = key; items[i] = item;
    return top;
  }
}

function makeMap() {
  const cost = [];
  let seed = 12345;
  const rnd = (n) => { seed = (seed * 1103 + 12345) % 65536; return (seed >> 3) % n; };
  for (let i = 0; i < N; i++) {
    const x = i % W, y = (i - x) / W;
    const edge = x === 0 || y === 0 || x === W - 1 || y === H - 1;
    cost.push(edge ? 0 : 10);
  }
  const set = (x, y, c) => { cost[y * W + x] = c; };
  for (let k = 0; k < 40; k++) {
    const x = 1 + rnd(W - 2), y = 1 + rnd(H - 2);
    if (cost[y * W + x] === 10) set(x, y, rnd(3) === 0 ? 25 : 0);
  }
  for (let y = 18; y < 22; y++) for (let x = 2; x < 7; x++) set(x, y, 25);
  for (let k = 0; k < 4; k++) for (let x = 11; x < 19; x++) set(x, 3 + k * 2 + (k > 1 ? 9 : 0), 0);
  for (let y = 1; y < H - 1; y++) set(8, y, 0);
  for (let x = 9; x < W - 1; x++) set(x, 12, 0);
  const doors = [[8, 5, 1, 0], [8, 17, 1, 0], [14, 12, 0, 1], [20, 12, 0, 1]];
  for (let k = 0; k < doors.length; k++) {
    const d = doors[k];
    set(d[0], d[1], 10); set(d[0] - d[2], d[1] - d[3], 10); set(d[0] + d[2], d[1] + d[3], 10);
  }
  return cost;
}

function astar(cost, start, goal, stats) {
  const g = [], came = [], closed = [];
  for (let i = 0; i < N; i++) { g.push(1e9); came.push(-1); closed.push(false); }
  const gx = goal % W, gy = (goal - gx) / W;
  const h = (i) => {
    const x = i % W, y = (i - x) / W;
    return 10 * ((x > gx ? x - gx : gx - x) + (y > gy ? y - gy : gy - y));
  };
  const open = new MinHeap();
  g[start] = 0;
  open.push(h(start) * 1024 + h(start), start);
  let expanded = 0;
  while (open.size() > 0) {
    const cur = open.pop();
    if (!closed[cur]) {
      closed[cur] = true;
      expanded++;
      if (cur === goal) break;
      for (let d = 0; d < 4; d++) {
        const nb = cur + DIRS[d];
        const c = cost[nb];
        if (c !== 0 && !closed[nb] && g[cur] + c < g[nb]) {
          g[nb] = g[cur] + c; came[nb] = cur;
          const hn = h(nb);
          open.push((g[nb] + hn) * 1024 + hn, nb);
        }
      }
    }
  }
  stats.expanded += expanded;
  if (!closed[goal]) { stats.failed++; return -1; }
  let steps = 0, turns = 0, prevDir = 0, at = goal;
  while (at !== start) {
    const dir = at - came[at];
    if (steps > 0 && dir !== prevDir) turns++;
    prevDir = dir; at = came[at]; steps++;
  }
  stats.steps += steps; stats.turns += turns;
  return g[goal];
}

let checked = false;

function run() {
  const cost = makeMap();
  const at = (x, y) => y * W + x;
  const legs = [[at(1, 1), at(22, 22)], [at(22, 22), at(20, 2)], [at(20, 2), at(3, 20)],
    [at(3, 20), at(15, 15)], [at(15, 15), at(1, 1)], [at(1, 1), at(10, 10)], [at(10, 10), at(22, 1)]];
  const stats = { expanded: 0, steps: 0, turns: 0, failed: 0 };
  let h = 7, total = 0;
  for (let k = 0; k < legs.length; k++) {
    if (k === 2) cost[at(8, 17)] = 0;            // a door closes
    if (k === 4) { cost[at(14, 12)] = 0; cost[at(13, 11)] = 10; }
    const c = astar(cost, legs[k][0], legs[k][1], stats);
    total += c > 0 ? c : 0;
    h = (h * 31 + (c < 0 ? 99999 : c)) % 1000003;
  }
  h = (h * 31 + stats.expanded) % 1000003;
  h = (h * 31 + stats.steps * 7 + stats.turns) % 1000003;
  const line = 'astar-grid legs=7 cost=' + total + ' expanded=' + stats.expanded + ' steps=' + stats.steps +
    ' turns=' + stats.turns + ' failed=' + stats.failed + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
