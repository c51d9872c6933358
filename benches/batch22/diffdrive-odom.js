// A differential-drive delivery robot (two wheels, encoders, 50 Hz loop)
// written in the "small immutable values" style: every vector, pose, wheel
// command and covariance is a fresh small object returned by a small
// function (vec, add, sub, scale, rotate, toLocal, compose, wheels, ...).
// Each call drives a 24-waypoint route built at load time for 900 control
// ticks: encoder ticks -> wheel travel -> odometry (heading kept as a unit
// vector, rotated by a series approximation of cos/sin and renormalised by
// a Newton square root), pure-pursuit steering to a lookahead point,
// acceleration limits, an odometry covariance propagated as a 2 x 2 record,
// and a bump check against 6 wall segments. Nothing is updated in place; a
// waypoint log entry keeps the pose point it was reached at.
const NODE_SUM = 120165;
const TRACK = 0.32, TICK_M = 0.0005, DT = 0.02, LOOK = 0.6, VMAX = 0.8, AMAX = 1.5;
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function round(x) { return floor(x + 0.5); }
function sqrt(x) { if (x <= 0) return 0; let s = x > 1 ? x : 1; for (let i = 0; i < 8; i++) s = 0.5 * (s + x / s); return s; }
function vec(x, y) { return { x: x, y: y }; }
function add(a, b) { return { x: a.x + b.x, y: a.y + b.y }; }
function sub(a, b) { return { x: a.x - b.x, y: a.y - b.y }; }
function scale(a, k) { return { x: a.x * k, y: a.y * k }; }
function dot(a, b) { return a.x * b.x + a.y * b.y; }
function cross(a, b) { return a.x * b.y - a.y * b.x; }
function len(a) { return sqrt(dot(a, a)); }
function norm(a) { const l = len(a); return l > 0 ? scale(a, 1 / l) : vec(1, 0); }
function rotate(a, c, s) { return { x: a.x * c - a.y * s, y: a.x * s + a.y * c }; }
function turn(a, th) { const t2 = th * th; return norm(rotate(a, 1 - t2 / 2 + t2 * t2 / 24, th - th * t2 / 6)); }
function pose(p, hd) { return { p: p, hd: hd }; }
function toLocal(ps, q) { const d = sub(q, ps.p); return vec(dot(d, ps.hd), cross(ps.hd, d)); }
function wheels(v, w) { return { l: v - w * TRACK / 2, r: v + w * TRACK / 2 }; }
function limit(cmd, prev) {
  const dl = cmd.l - prev.l, dr = cmd.r - prev.r, m = AMAX * DT;
  return { l: prev.l + (dl > m ? m : dl < -m ? -m : dl), r: prev.r + (dr > m ? m : dr < -m ? -m : dr) };
}
function ticks(cmd, t) { return { l: round(cmd.l * DT / TICK_M + ((t * 7) % 5 - 2) * 0.3), r: round(cmd.r * DT / TICK_M + ((t * 11) % 5 - 2) * 0.3) }; }
function odom(ps, tk) {
  const sl = tk.l * TICK_M, sr = tk.r * TICK_M, ds = (sl + sr) / 2, dth = (sr - sl) / TRACK;
  const mid = turn(ps.hd, dth / 2);
  return { pose: pose(add(ps.p, scale(mid, ds)), turn(ps.hd, dth)), ds: ds, dth: dth };
}
function covStep(c, ds, dth, hd) {
  const q = 0.01 * (ds < 0 ? -ds : ds) + 0.002 * (dth < 0 ? -dth : dth);
  return { xx: c.xx + q * hd.x * hd.x + 1e-6, xy: c.xy + q * hd.x * hd.y, yy: c.yy + q * hd.y * hd.y + 1e-6 };
}
function segDist2(p, a, b) {
  const ab = sub(b, a), ap = sub(p, a);
  let t = dot(ap, ab) / dot(ab, ab);
  if (t < 0) t = 0; else if (t > 1) t = 1;
  const d = sub(p, add(a, scale(ab, t)));
  return dot(d, d);
}

function logEntry(wp, t, ps, target) {
  const e = sub(target, ps.p);
  return { wp: wp, t: t, at: ps.p, err: len(e), side: cross(ps.hd, e) < 0 ? -1 : 1 };
}
function stats(a, v) {
  return { n: a.n + 1, min: v < a.min ? v : a.min, max: v > a.max ? v : a.max, sum: a.sum + v };
}
function summary(log) {
  let st = { n: 0, min: 1e9, max: -1e9, sum: 0 }, left = 0, gap = { n: 0, min: 1e9, max: -1e9, sum: 0 };
  for (let i = 0; i < log.length; i++) {
    st = stats(st, log[i].err);
    if (log[i].side < 0) left += 1;
    if (i > 0) gap = stats(gap, log[i].t - log[i - 1].t);
  }
  return { err: st, gap: gap, left: left };
}

const ROUTE = [];
for (let i = 0; i < 24; i++) {
  const a = i % 12, side = i < 12 ? 1 : -1;
  ROUTE.push(vec(i < 12 ? a * 0.5 : 5.5 - a * 0.5, (a % 4) * 0.15 + (i < 12 ? 0 : 1.8)));
}
const WALLS = [[vec(-1, -1), vec(12, -1)], [vec(12, -1), vec(12, 6)], [vec(12, 6), vec(-1, 6)], [vec(-1, 6), vec(-1, -1)],
  [vec(4, 1.2), vec(5, 1.2)], [vec(7, 3.4), vec(7, 4.4)]];

function run() {
  let ps = pose(vec(0, 0), vec(1, 0)), cmd = wheels(0, 0), cov = { xx: 0, xy: 0, yy: 0 };
  const log = [];
  let wp = 0, h = 7, dist = 0, bumps = 0, reached = 0, turnSum = 0;
  for (let t = 0; t < 900; t++) {
    while (wp < ROUTE.length - 1 && len(sub(ROUTE[wp], ps.p)) < LOOK) { log.push(logEntry(wp, t, ps, ROUTE[wp])); wp += 1; reached += 1; }
    let target = ROUTE[wp];
    for (let k = wp; k < wp + 3 && k < ROUTE.length; k++) {
      if (len(sub(ROUTE[k], ps.p)) <= LOOK * 1.5) target = ROUTE[k];
    }
    const loc = toLocal(ps, target), L2 = dot(loc, loc);
    const curv = L2 > 1e-9 ? 2 * loc.y / L2 : 0;
    const v = loc.x < 0 ? 0.1 : VMAX / (1 + 2 * (curv < 0 ? -curv : curv));
    cmd = limit(wheels(v, v * curv), cmd);
    const tk = ticks(cmd, t);
    const o = odom(ps, tk);
    ps = o.pose;
    dist += o.ds; turnSum += o.dth < 0 ? -o.dth : o.dth;
    cov = covStep(cov, o.ds, o.dth, ps.hd);
    let near = 100;
    for (let w = 0; w < WALLS.length; w++) {
      const d2 = segDist2(ps.p, WALLS[w][0], WALLS[w][1]);
      if (d2 < near) near = d2;
    }
    if (near < 0.04) { bumps += 1; ps = pose(sub(ps.p, scale(ps.hd, 0.05)), turn(ps.hd, 0.3)); cmd = wheels(0, 0); }
    if (t % 30 === 0) {
      h = (h * 31 + round(ps.p.x * 1000) + 100000) % 1000003;
      h = (h * 31 + round(ps.p.y * 1000) + 100000 + round(ps.hd.x * 1000) * 7 + 7000) % 1000003;
      h = (h * 31 + tk.l * 3 + tk.r + 1000 + round(sqrt(cov.xx + cov.yy) * 100000)) % 1000003;
    }
  }
  const sm = summary(log);
  h = (h * 31 + round(sm.err.max * 1000) + round(sm.err.sum * 100) + sm.left) % 1000003;
  h = (h * 31 + (sm.gap.n > 0 ? sm.gap.min * 7 + sm.gap.max : 0)) % 1000003;
  for (let i = 0; i < log.length; i++) h = (h * 31 + log[i].t + round(log[i].at.x * 100) + 1000) % 1000003;
  const line = 'diffdrive-odom wp=' + wp + ' reached=' + reached + ' bumps=' + bumps + ' errmax=' + round(sm.err.max * 1000) + ' dist=' + round(dist * 1000) + ' turn=' + round(turnSum * 1000) +
    ' x=' + round(ps.p.x * 1000) + ' y=' + round(ps.p.y * 1000) + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
