// The colour pipeline of a small camera ISP (a doorbell or a microscope
// camera), after demosaicing. Load time builds a 9 x 9 x 9 3-D colour
// lookup table as arrays of arrays of arrays of [r, g, b] triples (10-bit
// values of a warm, slightly saturated "look"), a 33-entry gamma curve, and
// a 20 x 14 test scene. Each call processes 5 frames: black-level
// subtraction, white-balance gains (floats), exposure gain, clamping, a
// trilinear 3-D LUT lookup (cell index by floor of a float, 8 corners, 3
// channels), gamma by linear interpolation between table entries and
// rounding to 8 bits, a luma histogram, then gray-world auto white balance
// and auto exposure for the next frame, all in mixed float and integer
// arithmetic.
const NODE_SUM = 810058;
const N = 9, W = 20, H = 14, MAXV = 1023;
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function round(x) { return floor(x + 0.5); }
function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }

const LUT = [];
for (let i = 0; i < N; i++) {
  const plane = [];
  for (let j = 0; j < N; j++) {
    const row = [];
    for (let k = 0; k < N; k++) {
      const r = i / (N - 1), g = j / (N - 1), b = k / (N - 1);
      const y = 0.299 * r + 0.587 * g + 0.114 * b;
      const s = 1.25;                                   // saturation, then a warm tint
      const R = clamp(y + (r - y) * s + 0.03, 0, 1), G = clamp(y + (g - y) * s, 0, 1), B = clamp(y + (b - y) * s - 0.04, 0, 1);
      row.push([round(R * MAXV), round(G * MAXV), round(B * MAXV)]);
    }
    plane.push(row);
  }
  LUT.push(plane);
}
const GAMMA = [];
for (let i = 0; i <= 32; i++) {                        // x^(1/2.2) by a short power series on sqrt steps
  const x = i / 32;
  let g = x;
  if (x > 0) { let s = x; for (let it = 0; it < 12; it++) s = 0.5 * (s + x / s); g = 0.55 * s + 0.45 * x * (2 - x); }
  GAMMA.push(clamp(round(g * 255), 0, 255));
}
const SCENE = [];
for (let y = 0; y < H; y++) {
  const row = [];
  for (let x = 0; x < W; x++) {
    const base = 120 + ((x * 37 + y * 53) % 400);
    row.push([base + (x * 11) % 300, base + ((x + y) * 7) % 200, base + (y * 23) % 250]);
  }
  SCENE.push(row);
}

const SHADE = [];                                      // lens shading gains, 1.0 at the centre
for (let y = 0; y < H; y++) {
  const row = [];
  for (let x = 0; x < W; x++) {
    const dx = (x - (W - 1) / 2) / W, dy = (y - (H - 1) / 2) / H;
    row.push(1 + 0.6 * (dx * dx + dy * dy));
  }
  SHADE.push(row);
}

function lut3(r, g, b, out) {                        // r, g, b in 0..1023
  const fr = r * (N - 1) / MAXV, fg = g * (N - 1) / MAXV, fb = b * (N - 1) / MAXV;
  let i = floor(fr), j = floor(fg), k = floor(fb);
  if (i > N - 2) i = N - 2;
  if (j > N - 2) j = N - 2;
  if (k > N - 2) k = N - 2;
  const dr = fr - i, dg = fg - j, db = fb - k;
  const p0 = LUT[i], p1 = LUT[i + 1];
  for (let c = 0; c < 3; c++) {
    const c00 = p0[j][k][c] * (1 - dr) + p1[j][k][c] * dr;
    const c01 = p0[j][k + 1][c] * (1 - dr) + p1[j][k + 1][c] * dr;
    const c10 = p0[j + 1][k][c] * (1 - dr) + p1[j + 1][k][c] * dr;
    const c11 = p0[j + 1][k + 1][c] * (1 - dr) + p1[j + 1][k + 1][c] * dr;
    const c0 = c00 * (1 - dg) + c10 * dg, c1 = c01 * (1 - dg) + c11 * dg;
    out[c] = c0 * (1 - db) + c1 * db;
  }
}
function gamma8(v) {                                  // v in 0..1023 (float)
  const x = v * 32 / MAXV;
  let i = floor(x);
  if (i > 31) i = 31;
  const f = x - i;
  return round(GAMMA[i] + (GAMMA[i + 1] - GAMMA[i]) * f);
}

function run() {
  let h = 7, gr = 1.0, gb = 1.0, ev = 1.6, black = 64;
  const out = [0, 0, 0], hist = [];
  let clipped = 0;
  for (let frame = 0; frame < 5; frame++) {
    for (let i = 0; i < 16; i++) hist[i] = 0;
    let sr = 0, sg = 0, sb = 0, sy = 0;
    for (let y = 0; y < H; y++) {
      const row = SCENE[y], srow = SHADE[y];
      for (let x = 0; x < W; x++) {
        const px = row[x];
        const flick = (frame * 13 + x + y) % 9 - 4;
        const k = srow[x] * ev;
        let r = (px[0] - black + flick) * gr * k, g = (px[1] - black) * k, b = (px[2] - black - flick) * gb * k;
        if (r > MAXV || g > MAXV || b > MAXV) clipped += 1;
        r = clamp(r, 0, MAXV); g = clamp(g, 0, MAXV); b = clamp(b, 0, MAXV);
        sr += r; sg += g; sb += b;
        lut3(r, g, b, out);
        const R = gamma8(out[0]), G = gamma8(out[1]), B = gamma8(out[2]);
        const Y = (R * 77 + G * 150 + B * 29) >> 8;
        hist[Y >> 4] += 1;
        sy += Y;
        h = (h * 31 + ((R << 16) | (G << 8) | B) % 65521) % 1000003;
      }
    }
    // gray-world AWB and AE with damping, for the next frame
    const tr = sg / (sr + 1), tb = sg / (sb + 1);
    gr = gr + (gr * tr - gr) * 0.5;
    gb = gb + (gb * tb - gb) * 0.5;
    const mean = sy / (W * H);
    ev = clamp(ev * (1 + (118 - mean) / 256), 0.25, 4);
    black = 64 + (frame % 2);
    for (let i = 0; i < 16; i++) h = (h * 31 + hist[i]) % 1000003;
    h = (h * 31 + round(gr * 1000) + round(gb * 1000) * 7 + round(ev * 1000) * 13 + round(mean)) % 1000003;
  }
  const line = 'lut3d-isp frames=5 px=' + (W * H) + ' shade=' + round(SHADE[0][0] * 1000) + ' clipped=' + clipped + ' ev=' + round(ev * 1000) + ' gr=' + round(gr * 1000) + ' gb=' + round(gb * 1000) + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
