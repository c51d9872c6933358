// A robot vacuum's map as a region quadtree, worked on recursively. The room
// (64 x 64 cells of 5 cm) has walls, a doorway, furniture rectangles and
// round table legs; the tree is built by recursive subdivision until a square
// is all free or all blocked (a leaf is 0 or 1, an inner node an array of
// four children). Everything the robot does recurses over it: point queries
// for a 24-ray lidar scan, free area, the list of free leaves, a branch-and-
// bound search for the nearest unvisited free leaf, insertion of obstacles
// found by the bumper (splitting leaves, merging four equal children back),
// and a recursive merge sort of the leaves. A depth-first walk over an 8 x 8
// grid of 8-cell blocks gives the coverage order of the rooms' blocks.
const NODE_SUM = 792887;
const SIZE = 64;
let checked = false;

function build(g, x, y, s) {
  const v = g[y][x];
  let same = true;
  for (let j = y; j < y + s && same; j++) for (let i = x; i < x + s; i++) if (g[j][i] !== v) { same = false; break; }
  if (same) return v;
  const hs = s >> 1;
  return [build(g, x, y, hs), build(g, x + hs, y, hs), build(g, x, y + hs, hs), build(g, x + hs, y + hs, hs)];
}

function query(n, x, y, s, px, py) {
  if (typeof n === 'number') return n;
  const hs = s >> 1, r = px >= x + hs ? 1 : 0, d = py >= y + hs ? 2 : 0;
  return query(n[r + d], x + (r ? hs : 0), y + (d ? hs : 0), hs, px, py);
}

function freeArea(n, s) {
  if (typeof n === 'number') return n === 0 ? s * s : 0;
  const hs = s >> 1;
  return freeArea(n[0], hs) + freeArea(n[1], hs) + freeArea(n[2], hs) + freeArea(n[3], hs);
}

function countNodes(n) { return typeof n === 'number' ? 1 : 1 + countNodes(n[0]) + countNodes(n[1]) + countNodes(n[2]) + countNodes(n[3]); }
function depth(n) { if (typeof n === 'number') return 0; let d = 0; for (let k = 0; k < 4; k++) { const e = depth(n[k]); if (e > d) d = e; } return d + 1; }

function leaves(n, x, y, s, out) {
  if (typeof n === 'number') { if (n === 0 && s >= 2) out.push([x, y, s]); return; }
  const hs = s >> 1;
  leaves(n[0], x, y, hs, out); leaves(n[1], x + hs, y, hs, out); leaves(n[2], x, y + hs, hs, out); leaves(n[3], x + hs, y + hs, hs, out);
}

function insert(n, x, y, s, px, py, v) {                 // returns the new subtree
  if (typeof n === 'number') {
    if (n === v) return n;
    if (s === 1) return v;
    n = [n, n, n, n];
  }
  const hs = s >> 1, r = px >= x + hs ? 1 : 0, d = py >= y + hs ? 2 : 0;
  const kids = [n[0], n[1], n[2], n[3]];
  kids[r + d] = insert(n[r + d], x + (r ? hs : 0), y + (d ? hs : 0), hs, px, py, v);
  if (typeof kids[0] === 'number' && kids[0] === kids[1] && kids[1] === kids[2] && kids[2] === kids[3]) return kids[0];
  return kids;
}

function nearest(n, x, y, s, px, py, seen, best) {      // best = [dist2, x, y, s]; prunes by box distance
  const dx = px < x ? x - px : (px >= x + s ? px - x - s + 1 : 0), dy = py < y ? y - py : (py >= y + s ? py - y - s + 1 : 0);
  if (dx * dx + dy * dy >= best[0]) return;
  if (typeof n === 'number') {
    if (n === 0 && s >= 2 && !seen[(y >> 3) * 8 + (x >> 3)]) {
      const cx = x + (s >> 1) - px, cy = y + (s >> 1) - py, d2 = cx * cx + cy * cy;
      if (d2 < best[0]) { best[0] = d2; best[1] = x; best[2] = y; best[3] = s; }
    }
    return;
  }
  const hs = s >> 1;
  const first = (px >= x + hs ? 1 : 0) + (py >= y + hs ? 2 : 0);          // the child holding the robot first
  for (let k = 0; k < 4; k++) { const c = (first + k) & 3; nearest(n[c], x + (c & 1 ? hs : 0), y + (c & 2 ? hs : 0), hs, px, py, seen, best); }
}

function mergeSort(a, lo, hi, tmp) {                     // by size descending, then y, then x
  if (hi - lo < 2) return;
  const mid = (lo + hi) >> 1;
  mergeSort(a, lo, mid, tmp); mergeSort(a, mid, hi, tmp);
  let i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    const p = a[i], q = a[j];
    const before = p[2] > q[2] || (p[2] === q[2] && (p[1] < q[1] || (p[1] === q[1] && p[0] <= q[0])));
    tmp[k++] = before ? a[i++] : a[j++];
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  for (let m = lo; m < hi; m++) a[m] = tmp[m];
}

function dfs(blocks, bx, by, seenB, order) {            // coverage order over free 8 x 8 blocks
  if (bx < 0 || by < 0 || bx > 7 || by > 7 || seenB[by * 8 + bx] || blocks[by * 8 + bx] < 16) return;
  seenB[by * 8 + bx] = 1; order.push(by * 8 + bx);
  dfs(blocks, bx + 1, by, seenB, order); dfs(blocks, bx, by + 1, seenB, order);
  dfs(blocks, bx - 1, by, seenB, order); dfs(blocks, bx, by - 1, seenB, order);
}

function run() {
  let seed = 31337, h = 41;
  const rnd = (n) => { seed = (seed * 48271) % 2147483647; return seed % n; };
  const g = [];
  for (let y = 0; y < SIZE; y++) { const row = []; for (let x = 0; x < SIZE; x++) row.push(x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1 ? 1 : 0); g.push(row); }
  for (let y = 1; y < 40; y++) if (y < 18 || y > 25) g[y][32] = 1;                        // an inner wall with a doorway
  for (let k = 0; k < 7; k++) {                                                            // furniture
    const w = 3 + rnd(9), hh = 3 + rnd(7), x0 = 2 + rnd(SIZE - w - 4), y0 = 2 + rnd(SIZE - hh - 4);
    for (let y = y0; y < y0 + hh; y++) for (let x = x0; x < x0 + w; x++) g[y][x] = 1;
  }
  for (let k = 0; k < 4; k++) {                                                            // round table legs
    const cx = 42 + (k & 1) * 12, cy = 44 + (k >> 1) * 10;
    for (let y = cy - 2; y <= cy + 2; y++) for (let x = cx - 2; x <= cx + 2; x++) if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= 4) g[y][x] = 1;
  }
  let tree = build(g, 0, 0, SIZE);
  const area0 = freeArea(tree, SIZE), nodes0 = countNodes(tree);
  h = (h * 31 + area0) % 1000003; h = (h * 31 + nodes0) % 1000003;
  // hidden obstacles that only the bumper finds
  const hidden = [];
  for (let k = 0; k < 40; k++) hidden.push([4 + rnd(56), 4 + rnd(56)]);
  const seen = [];
  for (let k = 0; k < 64; k++) seen.push(0);
  let px = 8, py = 8, moves = 0, bumps = 0, rays = 0, hitSum = 0, travel = 0, unreachable = 0;
  for (let step = 0; step < 26; step++) {
    for (let r = 0; r < 24; r++) {                                                         // lidar scan: 24 rays, cos/sin by a rotation
      let dx = 1, dy = 0;
      for (let k = 0; k < r; k++) { const nx = dx * 0.96592583 - dy * 0.25881905, ny = dy * 0.96592583 + dx * 0.25881905; dx = nx; dy = ny; }
      let dist = 0, fx = px + 0.5, fy = py + 0.5;
      while (dist < 40) {
        fx += dx; fy += dy; dist += 1;
        const cx = fx | 0, cy = fy | 0;
        if (cx < 0 || cy < 0 || cx >= SIZE || cy >= SIZE || query(tree, 0, 0, SIZE, cx, cy) === 1) break;
      }
      rays += 1; hitSum += dist;
    }
    const best = [1000000, -1, -1, 0];
    nearest(tree, 0, 0, SIZE, px, py, seen, best);
    if (best[1] < 0) { unreachable += 1; break; }
    const tx = best[1] + (best[3] >> 1), ty = best[2] + (best[3] >> 1);
    seen[(best[2] >> 3) * 8 + (best[1] >> 3)] = 1;
    let x = px, y = py;
    while (x !== tx || y !== ty) {                                                         // drive, cell by cell
      const nx = x + (tx > x ? 1 : (tx < x ? -1 : 0)), ny = y + (ty > y ? 1 : (ty < y ? -1 : 0));
      let blocked = query(tree, 0, 0, SIZE, nx, ny) === 1;
      for (let k = 0; k < hidden.length && !blocked; k++) if (hidden[k][0] === nx && hidden[k][1] === ny) { blocked = true; bumps += 1; tree = insert(tree, 0, 0, SIZE, nx, ny, 1); }
      if (blocked) break;
      x = nx; y = ny; travel += 1;
    }
    px = x; py = y; moves += 1;
    h = (h * 31 + px * 64 + py) % 1000003;
  }
  const lv = [];
  leaves(tree, 0, 0, SIZE, lv);
  const tmp = [];
  for (let k = 0; k < lv.length; k++) tmp.push(null);
  mergeSort(lv, 0, lv.length, tmp);
  for (let k = 0; k < lv.length; k++) h = (h * 31 + lv[k][0] * 4096 + lv[k][1] * 64 + lv[k][2]) % 1000003;
  const blocks = [];
  for (let b = 0; b < 64; b++) { let f = 0; for (let y = (b >> 3) * 8; y < (b >> 3) * 8 + 8; y++) for (let x = (b & 7) * 8; x < (b & 7) * 8 + 8; x++) if (query(tree, 0, 0, SIZE, x, y) === 0) f += 1; blocks.push(f); }
  const seenB = [], order = [];
  for (let b = 0; b < 64; b++) seenB.push(0);
  dfs(blocks, 1, 1, seenB, order);
  for (let k = 0; k < order.length; k++) h = (h * 31 + order[k]) % 1000003;
  tree = insert(tree, 0, 0, SIZE, lv[0][0], lv[0][1], 1); tree = insert(tree, 0, 0, SIZE, lv[0][0], lv[0][1], 0);   // split, merge back
  const area1 = freeArea(tree, SIZE), nodes1 = countNodes(tree);
  h = (h * 31 + area1) % 1000003; h = (h * 31 + hitSum) % 1000003;
  const out = 'vacuum-quadtree free=' + area0 + '>' + area1 + ' nodes=' + nodes0 + '>' + nodes1 + ' depth=' + depth(tree) + ' leaves=' + lv.length +
    ' biggest=' + lv[0][0] + ',' + lv[0][1] + '/' + lv[0][2] + ' moves=' + moves + ' travel=' + travel + ' bumps=' + bumps + ' rays=' + rays + ' hits=' + hitSum +
    ' blocks=' + order.length + ' pos=' + px + ',' + py + ' unreachable=' + unreachable + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
