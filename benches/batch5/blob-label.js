// People counting on a 32x24 thermal array sensor (deci-degrees Celsius).
// Each frame is thresholded at three levels and its connected warm regions
// are labelled with a recursive 4-way flood fill (a closure over the frame
// and the label buffer). Every blob gets its area, heat sum, bounding box,
// peak and heat-weighted centroid, is classified by a few rules into a
// string class, and the blobs of the second frame are matched to the
// first's by nearest centroid (float distances) to get motion vectors.
const W = 32, H = 24, N = W * H;

// Synthetic scene: background with a gradient and LCG noise, plus warm
// ellipses (people, a radiator strip, a hot mug). Built at start-up.
function makeFrame(blobs, seed) {
  const f = [];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      seed = (seed * 75 + 74) % 65537;
      let t = 215 + ((x * 3) >> 2) - (y >> 1) + (seed & 15);
      for (let k = 0; k < blobs.length; k++) {
        const b = blobs[k];
        const dx = x - b[0], dy = y - b[1];
        const d = ((dx * dx * 64) / (b[2] * b[2]) + (dy * dy * 64) / (b[3] * b[3])) | 0;
        if (d < 64) t += ((b[4] * (64 - d)) >> 6);
      }
      f.push(t);
    }
  }
  return f;
}
//                 cx  cy  rx  ry  heat
const SCENE_A = [[6, 8, 3, 5, 130], [15, 14, 3, 4, 120], [24, 6, 2, 4, 110],
                 [28, 20, 2, 2, 420], [10, 21, 9, 1, 70]];
const SCENE_B = [[8, 9, 3, 5, 130], [14, 12, 3, 4, 125], [25, 8, 2, 4, 105],
                 [28, 20, 2, 2, 400], [10, 21, 9, 1, 70], [2, 2, 1, 2, 90]];
const FRAMES = [makeFrame(SCENE_A, 11), makeFrame(SCENE_B, 23)];
const THRESHOLDS = [275, 300, 450];
const labels = [];
for (let i = 0; i < N; i++) labels.push(0);

function labelFrame(frame, thr) {
  for (let i = 0; i < N; i++) labels[i] = 0;
  const blobs = [];
  let blob = null, depth = 0, maxDepth = 0;
  function fill(x, y) {
    const i = y * W + x;
    if (labels[i] !== 0 || frame[i] < thr) return;
    labels[i] = blob.id;
    depth++;
    if (depth > maxDepth) maxDepth = depth;
    const t = frame[i];
    blob.area++;
    blob.sum += t;
    blob.sx += x * t;
    blob.sy += y * t;
    if (t > blob.peak) blob.peak = t;
    if (x < blob.x0) blob.x0 = x;
    if (x > blob.x1) blob.x1 = x;
    if (y < blob.y0) blob.y0 = y;
    if (y > blob.y1) blob.y1 = y;
    if (x > 0) fill(x - 1, y);
    if (x < W - 1) fill(x + 1, y);
    if (y > 0) fill(x, y - 1);
    if (y < H - 1) fill(x, y + 1);
    depth--;
  }
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      if (labels[i] === 0 && frame[i] >= thr) {
        blob = { id: blobs.length + 1, area: 0, sum: 0, sx: 0, sy: 0, peak: 0,
                 x0: x, x1: x, y0: y, y1: y, cx: 0, cy: 0, kind: '' };
        blobs.push(blob);
        fill(x, y);
      }
    }
  }
  for (let k = 0; k < blobs.length; k++) {
    const b = blobs[k];
    b.cx = b.sx / b.sum;
    b.cy = b.sy / b.sum;
    b.kind = classify(b);
  }
  return { blobs: blobs, maxDepth: maxDepth };
}

function classify(b) {
  const w = b.x1 - b.x0 + 1, h = b.y1 - b.y0 + 1;
  if (b.peak >= 450) return 'hot';
  if (b.area < 3) return 'noise';
  if (w >= 3 * h) return 'strip';
  if (h >= w && b.area >= 8 && b.area <= 60) return 'person';
  return 'warm';
}

function scaled(v) { return (v * 100 + 0.5) | 0; }

let checked = false;
function run() {
  const counts = { hot: 0, noise: 0, strip: 0, person: 0, warm: 0 };
  let check = 0, nblobs = 0, deepest = 0;
  const people = [[], []];
  for (let f = 0; f < 2; f++) {
    for (let k = 0; k < THRESHOLDS.length; k++) {
      const res = labelFrame(FRAMES[f], THRESHOLDS[k]);
      const blobs = res.blobs;
      if (res.maxDepth > deepest) deepest = res.maxDepth;
      for (let j = 0; j < blobs.length; j++) {
        const b = blobs[j];
        counts[b.kind] = counts[b.kind] + 1;
        nblobs++;
        check = (check * 31 + b.area * 7 + b.peak + scaled(b.cx) * 3 + scaled(b.cy)) % 1000003;
        if (k === 1 && b.kind === 'person') people[f].push(b);
      }
    }
  }
  // Match each person of frame 1 to the nearest one in frame 0.
  let motion = 0, matched = 0;
  for (let j = 0; j < people[1].length; j++) {
    const p = people[1][j];
    let best = null, bestD = 1e9;
    for (let i = 0; i < people[0].length; i++) {
      const q = people[0][i];
      const dx = p.cx - q.cx, dy = p.cy - q.cy;
      const d = dx * dx + dy * dy;
      if (d < bestD) { bestD = d; best = q; }
    }
    if (best !== null && bestD < 16) {
      matched++;
      motion += scaled(p.cx - best.cx) * 1000 + scaled(p.cy - best.cy);
    }
  }
  const r = (check + motion + matched * 7919) % 1000003;
  if (!checked) {
    checked = true;
    assert(deepest < 150, 'fill too deep');
    print('blob-label ' + nblobs + ' ' + counts.person + '/' + counts.hot + '/' + counts.strip + '/' + counts.warm + '/' +
      counts.noise + ' ' + matched + ' ' + motion + ' ' + deepest + ' ' + check + ' ' + r);
  }
  return r;
}
vmExport(0, run);
