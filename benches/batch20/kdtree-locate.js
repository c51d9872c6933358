// Indoor positioning on a smart badge by Wi-Fi fingerprinting. The radio
// map is a stored survey of 80 reference points on a shop floor, each with the
// signal strength of 4 access points (a path-loss model with walls and
// shelves). Each call the badge rebuilds its search index as a 4-D k-d tree:
// a recursive quicksort of the slice on the split axis (cycling by depth),
// the median as the node and recursive builds of both halves. It then
// locates 36 stored scans: a recursive 3-nearest-neighbour search with
// backtracking when the splitting plane is closer than the current third
// best, and a weighted average of the 3 positions. A recursive range query
// counts the reference points whose signal box contains a scan, recursive
// walks give the tree height and a checksum in in-order, and a recursive
// binary subdivision finds the strongest access point's coverage edge.
const NODE_SUM = 700524;
const AP = [[0, 0], [3000, 200], [2800, 2400], [200, 2600]];
let checked = false;

function isqrt(v) { let x = v, y = (x + 1) >> 1; if (v < 2) return v; while (y < x) { x = y; y = (x + ((v / x) | 0)) >> 1; } return x; }
function walls(x, y, a) {                               // shelves between the point and the AP cost 4 dB each
  let n = 0;
  for (let s = 600; s < 2800; s += 550) if ((x < s) !== (AP[a][0] < s) && y > 400 && y < 2200) n += 1;
  return n * 4;
}
function rssi(x, y, a) {
  const dx = x - AP[a][0], dy = y - AP[a][1], d = isqrt(dx * dx + dy * dy + 10000);
  let lg = 0, v = d;
  while (v >= 20) { v = (v * 10 / 12) | 0; lg += 1; }          // about 1.26 dB steps
  return -30 - lg * 2 - walls(x, y, a);
}

function qsort(pts, lo, hi, ax) {
  if (lo >= hi) return 0;
  const pv = pts[(lo + hi) >> 1].s[ax];
  let i = lo, j = hi;
  while (i <= j) {
    while (pts[i].s[ax] < pv) i += 1;
    while (pts[j].s[ax] > pv) j -= 1;
    if (i <= j) { const t = pts[i]; pts[i] = pts[j]; pts[j] = t; i += 1; j -= 1; }
  }
  return 1 + qsort(pts, lo, j, ax) + qsort(pts, i, hi, ax);
}
function build(pts, lo, hi, depth, stats) {
  if (lo > hi) return null;
  const ax = depth % 4;
  stats.sorts += qsort(pts, lo, hi, ax); stats.nodes += 1;
  const mid = (lo + hi) >> 1;
  return { p: pts[mid], ax: ax, left: build(pts, lo, mid - 1, depth + 1, stats), right: build(pts, mid + 1, hi, depth + 1, stats) };
}
function dist2(a, b) { let s = 0; for (let i = 0; i < 4; i++) { const d = a[i] - b[i]; s += d * d; } return s; }
function offer(best, p, d) {                             // best: sorted list of up to 3 { p, d }
  let i = best.length;
  if (i === 3 && d >= best[2].d) return;
  if (i < 3) best.push(null); else i = 2;
  while (i > 0 && best[i - 1].d > d) { best[i] = best[i - 1]; i -= 1; }
  best[i] = { p: p, d: d };
}
function knn(node, q, best, st) {
  if (node === null) return;
  st.visits += 1;
  offer(best, node.p, dist2(node.p.s, q));
  const diff = q[node.ax] - node.p.s[node.ax];
  const near = diff < 0 ? node.left : node.right, far = diff < 0 ? node.right : node.left;
  knn(near, q, best, st);
  if (best.length < 3 || diff * diff < best[best.length - 1].d) knn(far, q, best, st);
}
function range(node, lo, hi) {
  if (node === null) return 0;
  const v = node.p.s[node.ax];
  let n = 0, inside = true;
  for (let i = 0; i < 4; i++) if (node.p.s[i] < lo[i] || node.p.s[i] > hi[i]) inside = false;
  if (inside) n = 1;
  if (lo[node.ax] <= v) n += range(node.left, lo, hi);
  if (hi[node.ax] >= v) n += range(node.right, lo, hi);
  return n;
}
function height(node) { if (node === null) return 0; const l = height(node.left), r = height(node.right); return 1 + (l > r ? l : r); }
function inorder(node, acc) { if (node === null) return acc; acc = inorder(node.left, acc); acc = (acc * 31 + node.p.id) % 1000003; return inorder(node.right, acc); }
function edge(x0, x1, y, a, level, depth) {               // binary subdivision: where rssi crosses level
  if (depth === 0 || x1 - x0 < 4) return (x0 + x1) >> 1;
  const m = (x0 + x1) >> 1;
  return rssi(m, y, a) >= level ? edge(m, x1, y, a, level, depth - 1) : edge(x0, m, y, a, level, depth - 1);
}

const MAP = [], SCANS = [];                               // the survey and the badge's scans (constant input)
for (let i = 0; i < 80; i++) {
  const x = 150 + (i % 10) * 300, y = 150 + ((i / 10) | 0) * 320, s = [];
  for (let a = 0; a < 4; a++) s.push(rssi(x, y, a));
  MAP.push({ id: i, x: x, y: y, s: s });
}
let seed = 31;
for (let k = 0; k < 36; k++) {
  seed = (seed * 53 + 17) % 4093;
  const tx = 100 + (seed % 2900), ty = 100 + ((seed * 7) % 2700), q = [];
  for (let a = 0; a < 4; a++) q.push(rssi(tx, ty, a) + ((seed >> a) % 5) - 2);
  SCANS.push({ x: tx, y: ty, q: q });
}

function run() {
  let h = 19;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const pts = [];
  for (let i = 0; i < MAP.length; i++) pts.push(MAP[i]);
  const stats = { sorts: 0, visits: 0, nodes: 0 };
  const root = build(pts, 0, pts.length - 1, 0, stats);
  let errSum = 0, inBox = 0;
  for (let k = 0; k < SCANS.length; k++) {
    const tx = SCANS[k].x, ty = SCANS[k].y, q = SCANS[k].q;
    const best = [];
    knn(root, q, best, stats);
    let wx = 0, wy = 0, ws = 0;
    for (let i = 0; i < best.length; i++) { const w = 1000 / (best[i].d + 4); wx += best[i].p.x * w; wy += best[i].p.y * w; ws += w; }
    const ex = ((wx / ws) | 0) - tx, ey = ((wy / ws) | 0) - ty, err = isqrt(ex * ex + ey * ey);
    errSum += err; add(best[0].p.id); add(err);
    const lo = [], hi = [];
    for (let a = 0; a < 4; a++) { lo.push(q[a] - 3); hi.push(q[a] + 3); }
    const n = range(root, lo, hi);
    inBox += n; add(n);
  }
  const ht = height(root), ord = inorder(root, 0);
  let edges = 0;
  for (let y = 200; y < 2800; y += 400) { const e = edge(0, 3000, y, 0, -70, 12); edges += e; add(e); }
  add(ht); add(ord); add(stats.nodes); add(stats.sorts); add(stats.visits);
  const line = 'kdtree-locate points=80 scans=36 height=' + ht + ' sorts=' + stats.sorts + ' visits=' + stats.visits + ' meanErr=' + ((errSum / 36) | 0) +
    ' inBox=' + inBox + ' edges=' + edges + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
