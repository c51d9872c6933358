// The firmware of a mutual-capacitance touch controller: a 16 x 12 grid of
// sensing nodes (drive lines x sense lines), scanned 40 times per call. All
// state is in arrays of arrays indexed g[y][x]: the raw counts, a per-node
// baseline that tracks slow drift only where no touch is near, the deltas,
// and a label map. Each frame the controller subtracts the baseline,
// suppresses common-mode noise per sense line (the median of the line's
// three smallest deltas), finds local maxima over their 8 neighbours above a
// threshold, grows each peak into a blob by a 4-way region walk with an
// explicit stack, rejects palms (large blobs), computes a centroid with the
// 3 x 3 weights, and assigns touch ids by nearest previous position.
const NODE_SUM = 933540;
const W = 16, H = 12, FRAMES = 40;
let checked = false;

function grid(v) {
  const g = [];
  for (let y = 0; y < H; y++) { const r = []; for (let x = 0; x < W; x++) r.push(v); g.push(r); }
  return g;
}
// finger paths: [x0, y0, dx, dy, first frame, last frame, strength]; the last is a palm
const FINGERS = [[20, 30, 3, 1, 2, 30, 380], [140, 90, -2, -1, 8, 39, 420], [70, 20, 1, 4, 15, 25, 300], [100, 60, 0, 0, 30, 39, 900]];

function sample(raw, f, seed) {
  for (let y = 0; y < H; y++) {
    const row = raw[y];
    for (let x = 0; x < W; x++) {
      seed = (seed * 75 + 74) % 65537;
      let v = 2000 + x * 3 + y * 2 + ((f * (x + 1)) % 5) + (seed % 9) - 4 + ((y * 7 + f) % 13 === 0 ? 6 : 0);
      for (let k = 0; k < FINGERS.length; k++) {
        const F = FINGERS[k];
        if (f >= F[4] && f <= F[5]) {
          const fx = F[0] + F[2] * (f - F[4]), fy = F[1] + F[3] * (f - F[4]);
          const dx = x * 10 - fx, dy = y * 10 - fy, d2 = dx * dx + dy * dy;
          const r2 = k === 3 ? 2000 : 260;
          if (d2 < r2) v -= (F[6] * (r2 - d2) / r2) | 0;
        }
      }
      row[x] = v;
    }
  }
  return seed;
}

function commonMode(delta) {
  for (let x = 0; x < W; x++) {
    let a = 99999, b = 99999, c = 99999;           // three smallest of the column
    for (let y = 0; y < H; y++) {
      const v = delta[y][x];
      if (v < a) { c = b; b = a; a = v; } else if (v < b) { c = b; b = v; } else if (v < c) c = v;
    }
    for (let y = 0; y < H; y++) delta[y][x] -= b;
  }
}

function isPeak(d, x, y, thr) {
  const v = d[y][x];
  if (v < thr) return false;
  for (let yy = y - 1; yy <= y + 1; yy++) {
    if (yy >= 0 && yy < H) for (let xx = x - 1; xx <= x + 1; xx++) {
      if (xx >= 0 && xx < W && (xx !== x || yy !== y)) {
        const w = d[yy][xx];
        if (w > v || (w === v && (yy < y || (yy === y && xx < x)))) return false;
      }
    }
  }
  return true;
}

function grow(d, lab, x0, y0, id, thr) {
  const sx = [x0], sy = [y0];
  lab[y0][x0] = id;
  let area = 0, n = 1;
  while (n > 0) {
    n -= 1;
    const x = sx[n], y = sy[n]; sx.length = n; sy.length = n;
    area += 1;
    if (x > 0 && lab[y][x - 1] === 0 && d[y][x - 1] >= thr) { lab[y][x - 1] = id; sx.push(x - 1); sy.push(y); n += 1; }
    if (x < W - 1 && lab[y][x + 1] === 0 && d[y][x + 1] >= thr) { lab[y][x + 1] = id; sx.push(x + 1); sy.push(y); n += 1; }
    if (y > 0 && lab[y - 1][x] === 0 && d[y - 1][x] >= thr) { lab[y - 1][x] = id; sx.push(x); sy.push(y - 1); n += 1; }
    if (y < H - 1 && lab[y + 1][x] === 0 && d[y + 1][x] >= thr) { lab[y + 1][x] = id; sx.push(x); sy.push(y + 1); n += 1; }
  }
  return area;
}

function centroid(d, x, y) {
  let sw = 0, sxw = 0, syw = 0;
  for (let yy = y - 1; yy <= y + 1; yy++) for (let xx = x - 1; xx <= x + 1; xx++) {
    if (yy >= 0 && yy < H && xx >= 0 && xx < W && d[yy][xx] > 0) { const w = d[yy][xx]; sw += w; sxw += w * xx; syw += w * yy; }
  }
  return [((sxw * 64) / sw) | 0, ((syw * 64) / sw) | 0];
}

function run() {
  const raw = grid(0), base = grid(0), delta = grid(0), lab = grid(0);
  let prev = [], nextId = 1, seed = 99, h = 5, touches = 0, palms = 0, moved = 0;
  seed = sample(raw, 0, seed);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) base[y][x] = raw[y][x] * 16;
  for (let f = 1; f < FRAMES; f++) {
    seed = sample(raw, f, seed);
    for (let y = 0; y < H; y++) {
      const r = raw[y], bl = base[y], dl = delta[y], lb = lab[y];
      for (let x = 0; x < W; x++) { dl[x] = (bl[x] >> 4) - r[x]; lb[x] = 0; }
    }
    commonMode(delta);
    const cur = [];
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      if (lab[y][x] === 0 && isPeak(delta, x, y, 60)) {
        const area = grow(delta, lab, x, y, cur.length + 1, 30);
        if (area > 20) { palms += 1; cur.push({ x: -1, y: -1, id: 0, area: area }); }
        else { const c = centroid(delta, x, y); cur.push({ x: c[0], y: c[1], id: 0, area: area }); }
      }
    }
    for (let i = 0; i < cur.length; i++) {                // nearest previous touch keeps its id
      const t = cur[i];
      if (t.x < 0) h = (h * 31 + t.area) % 1000003;
      else {
        let best = -1, bd = 40000;
        for (let j = 0; j < prev.length; j++) {
          const p = prev[j], dx = p.x - t.x, dy = p.y - t.y, d = dx * dx + dy * dy;
          if (p.id > 0 && d < bd) { bd = d; best = j; }
        }
        if (best >= 0) { t.id = prev[best].id; prev[best].id = 0; moved += 1; } else { t.id = nextId; nextId += 1; }
        touches += 1;
        h = (h * 31 + t.id * 4096 + t.x * 64 + t.y) % 1000003;
      }
    }
    prev = cur;
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {   // baseline drift where untouched
      if (lab[y][x] === 0 && delta[y][x] < 20) base[y][x] += raw[y][x] - (base[y][x] >> 4);
    }
  }
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) h = (h * 31 + (base[y][x] & 1023)) % 1000003;
  const line = 'touch-panel frames=' + FRAMES + ' touches=' + touches + ' ids=' + (nextId - 1) + ' moved=' + moved + ' palms=' + palms + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
