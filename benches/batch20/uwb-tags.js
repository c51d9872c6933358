// The location engine of a UWB real-time locating system in a warehouse.
// Eight anchors on the walls range 24 forklift and pallet tags; every epoch
// the gateway receives one small report object per tag and anchor in reach
// ({ tag, anchor, dist, q, nlos }), in arrival order. The engine works the
// way application code on the gateway is written, with small generic
// helpers over arrays of objects: filter() drops weak and non-line-of-sight
// reports, sortBy() (a merge sort taking a comparator) orders them by tag and
// distance, groupRuns() cuts them per tag, map() turns the nearest four into
// anchor-relative rows, and a quality-weighted least-squares trilateration gives the
// position. Tags keep a 3-point median of positions; then the tags are
// mapped to { id, zone, speed } objects, filtered to the moving ones, sorted
// by speed and zone, and the top five are reported. 2 epochs per call.
const NODE_SUM = 190695;
const ANCH = [[0, 0], [2000, 0], [4000, 0], [4000, 1500], [4000, 3000], [2000, 3000], [0, 3000], [0, 1500]];
const ZONES = ['dock', 'aisle1', 'aisle2', 'aisle3', 'charge', 'office'];
let checked = false;

function filter(a, fn) { const r = []; for (let i = 0; i < a.length; i++) if (fn(a[i])) r.push(a[i]); return r; }
function map(a, fn) { const r = []; for (let i = 0; i < a.length; i++) r.push(fn(a[i], i)); return r; }
function sortBy(a, cmp) {                            // stable merge sort, new array
  if (a.length < 2) return a;
  const mid = (a.length / 2) | 0, l = [], r = [];
  for (let i = 0; i < a.length; i++) if (i < mid) l.push(a[i]); else r.push(a[i]);
  const sl = sortBy(l, cmp), sr = sortBy(r, cmp), out = [];
  let i = 0, j = 0;
  while (i < sl.length && j < sr.length) { if (cmp(sr[j], sl[i]) < 0) { out.push(sr[j]); j += 1; } else { out.push(sl[i]); i += 1; } }
  while (i < sl.length) { out.push(sl[i]); i += 1; }
  while (j < sr.length) { out.push(sr[j]); j += 1; }
  return out;
}
function groupRuns(a, key) {
  const groups = [];
  let cur = null, k = -1;
  for (let i = 0; i < a.length; i++) { const kk = key(a[i]); if (cur === null || kk !== k) { cur = []; groups.push(cur); k = kk; } cur.push(a[i]); }
  return groups;
}
function take(a, n) { const r = []; for (let i = 0; i < a.length && i < n; i++) r.push(a[i]); return r; }
function isqrt(v) { if (v <= 0) return 0; let x = v > 65536 ? 2048 : 128; for (let i = 0; i < 12; i++) x = (x + v / x) / 2; return x | 0; }
function zoneOf(x, y) { return x < 600 ? 0 : (y > 2600 ? 5 : (x > 3400 ? 4 : 1 + ((y / 900) | 0) % 3)); }
function median3(a, b, c) { return a > b ? (b > c ? b : (a > c ? c : a)) : (a > c ? a : (b > c ? c : b)); }

function solve(rows) {                               // rows: { x, y, d, q }, weighted least squares against rows[0]
  const x0 = rows[0].x, y0 = rows[0].y, d0 = rows[0].d;
  let a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i], w = r.q / 100, ax = 2 * (r.x - x0), ay = 2 * (r.y - y0);
    const b = d0 * d0 - r.d * r.d + r.x * r.x - x0 * x0 + r.y * r.y - y0 * y0;
    a11 += w * ax * ax; a12 += w * ax * ay; a22 += w * ay * ay; b1 += w * ax * b; b2 += w * ay * b;
  }
  const det = a11 * a22 - a12 * a12;
  if (det > -1 && det < 1) return null;
  return { x: (a22 * b1 - a12 * b2) / det, y: (a11 * b2 - a12 * b1) / det };
}

function run() {
  let h = 17;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  let seed = 777;
  const rnd = (m) => { seed = (seed * 181 + 359) % 32749; return seed % m; };
  const tags = [];
  for (let i = 0; i < 24; i++) {
    tags.push({ id: 100 + i, x: 200 + (i % 6) * 600, y: 300 + ((i / 6) | 0) * 700, vx: (i % 5) * 40 - 80, vy: (i % 3) * 30 - 30,
      hx: [], hy: [], seen: 0, px: -1, py: -1, fixes: 0 });
  }
  const byTagDist = (a, b) => a.tag !== b.tag ? a.tag - b.tag : a.dist - b.dist;
  const bySpeed = (a, b) => a.speed !== b.speed ? b.speed - a.speed : a.zone - b.zone;
  let reports = 0, kept = 0, fixes = 0, moved = 0;
  for (let ep = 0; ep < 2; ep++) {
    const inbox = [];
    for (let a = 0; a < 8; a++) for (let t = 0; t < 24; t++) {
      const tg = tags[(t * 7 + a + ep) % 24], dx = tg.x - ANCH[a][0], dy = tg.y - ANCH[a][1];
      const d = isqrt(dx * dx + dy * dy);
      if (d < 2600) {
        const nlos = rnd(10) === 0;
        const dist = d + rnd(21) - 10 + (nlos ? 150 + rnd(200) : 0);            // a reflected path reads long
        inbox.push({ tag: tg.id, anchor: a, dist: dist, q: nlos ? 20 + rnd(30) : 45 + rnd(55), nlos: nlos });
      }
    }
    reports += inbox.length;
    const good = filter(inbox, (r) => r.q >= 40 && !r.nlos && r.dist > 0);
    kept += good.length;
    const sorted = sortBy(good, byTagDist);
    const groups = groupRuns(sorted, (r) => r.tag);
    for (let g = 0; g < groups.length; g++) {
      if (groups[g].length >= 3) {
        const rows = map(take(groups[g], 4), (r) => ({ x: ANCH[r.anchor][0], y: ANCH[r.anchor][1], d: r.dist, q: r.q }));
        const p = solve(rows);
        if (p !== null) {
          const tg = tags[groups[g][0].tag - 100];
          tg.seen += groups[g].length;
          if (tg.hx.length < 3) { tg.hx.push(p.x | 0); tg.hy.push(p.y | 0); }
          else { tg.hx[0] = tg.hx[1]; tg.hx[1] = tg.hx[2]; tg.hx[2] = p.x | 0; tg.hy[0] = tg.hy[1]; tg.hy[1] = tg.hy[2]; tg.hy[2] = p.y | 0; }
          const n = tg.hx.length;
          const mx = n === 3 ? median3(tg.hx[0], tg.hx[1], tg.hx[2]) : tg.hx[n - 1];
          const my = n === 3 ? median3(tg.hy[0], tg.hy[1], tg.hy[2]) : tg.hy[n - 1];
          add((mx + 1000) % 10000); add((my + 1000) % 10000);
          tg.px = mx; tg.py = my; tg.fixes += 1; fixes += 1;
        }
      }
    }
    const status = map(tags, (tg) => ({ id: tg.id, zone: zoneOf(tg.px, tg.py), speed: isqrt(tg.vx * tg.vx + tg.vy * tg.vy) }));
    const moving = filter(status, (s) => s.speed > 0);
    moved += moving.length;
    const top = take(sortBy(moving, bySpeed), 5);
    for (let i = 0; i < top.length; i++) { add(top[i].id); add(top[i].zone); }
    for (let i = 0; i < 24; i++) {
      const tg = tags[i];
      tg.x += tg.vx; tg.y += tg.vy;
      if (tg.x < 100 || tg.x > 3900) { tg.vx = -tg.vx; tg.x += 2 * tg.vx; }
      if (tg.y < 100 || tg.y > 2900) { tg.vy = -tg.vy; tg.y += 2 * tg.vy; }
    }
  }
  const last = tags[5];
  const line = 'uwb-tags epochs=2 reports=' + reports + ' kept=' + kept + ' fixes=' + fixes + ' moving=' + moved +
    ' tag105=' + last.px + ',' + last.py + ' seen=' + last.seen + ' zone=' + ZONES[last.px < 600 ? 0 : 1] + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
