// A tiny ray tracer drawing a 32x16 character "LCD" preview, the classic
// benchmark scene shrunk to a boot-screen: three spheres (one a mirror)
// on a checkered floor, one point light, hard shadows, Phong-like
// highlights and up to two reflection bounces. Vectors are 3-element
// arrays made fresh by small helper functions, so a call allocates many
// short-lived arrays and does all of its arithmetic in floats. There is
// no Math in Microvium 8: square roots are Newton's method, stopped when
// the estimate no longer decreases. Each pixel's brightness becomes one
// of ten levels (.,:-=+*#%@); the checksum covers every level, and the
// middle row is printed.
const NODE_SUM = 136709;
const W = 32, H = 16;
const RAMP = ['.', ',', ':', '-', '=', '+', '*', '#', '%', '@'];
// [centre x, y, z, radius, diffuse, reflectivity]
const SPHERES = [[-1.0, 0.7, 1.8, 0.7, 0.9, 0.0], [0.8, 0.5, 1.4, 0.5, 0.6, 0.5], [0.1, 1.1, 3.0, 1.1, 0.3, 0.7]];
const LIGHT = [-3.0, 5.0, -1.0];

function sqrt(x) {
  if (x <= 0) return 0;
  let r = x > 1 ? x : 1;
  while (true) {
    const n = 0.5 * (r + x / r);
    if (n >= r) return r;
    r = n;
  }
}
const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const addScaled = (a, b, s) => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a) => { const l = sqrt(dot(a, a)); return [a[0] / l, a[1] / l, a[2] / l]; };

// nearest hit along o + t d (d of unit length): [t, object index] or null; the floor is index 3
function nearest(o, d, maxT) {
  let bestT = maxT, best = -1;
  for (let i = 0; i < SPHERES.length; i++) {
    const s = SPHERES[i];
    const oc = [o[0] - s[0], o[1] - s[1], o[2] - s[2]];
    const b = dot(oc, d), c = dot(oc, oc) - s[3] * s[3];
    const disc = b * b - c;
    if (disc > 0) {
      const t = -b - sqrt(disc);
      if (t > 1e-4 && t < bestT) { bestT = t; best = i; }
    }
  }
  if (d[1] < -1e-6) {
    const t = -o[1] / d[1];
    if (t > 1e-4 && t < bestT) { bestT = t; best = 3; }
  }
  return best < 0 ? null : [bestT, best];
}

function trace(o, d, depth, st) {
  const hit = nearest(o, d, 1e9);
  if (hit === null) return 0.05 + 0.15 * (d[1] > 0 ? d[1] : 0);     // sky
  const p = addScaled(o, d, hit[0]);
  let n, diffuse, refl;
  if (hit[1] === 3) {
    n = [0, 1, 0];
    const cx = (p[0] + 100) | 0, cz = (p[2] + 100) | 0;
    diffuse = (cx + cz) % 2 === 0 ? 0.8 : 0.3;
    refl = 0.1;
    st.floor += 1;
  } else {
    const s = SPHERES[hit[1]];
    n = unit(sub(p, s));
    diffuse = s[4]; refl = s[5];
    st.sphere += 1;
  }
  const toL = sub(LIGHT, p);
  const distL = sqrt(dot(toL, toL));
  const l = [toL[0] / distL, toL[1] / distL, toL[2] / distL];
  let shade = 0.08 * diffuse;
  const ndl = dot(n, l);
  if (ndl > 0) {
    if (nearest(p, l, distL) !== null) st.shadow += 1;
    else {
      shade += diffuse * ndl;
      const hv = unit(sub(l, d));
      let sp = dot(n, hv);
      if (sp > 0) { sp = sp * sp; sp = sp * sp; sp = sp * sp; sp = sp * sp; shade += 0.4 * sp; }
    }
  }
  if (refl > 0 && depth < 2) {
    st.bounces += 1;
    const r = addScaled(d, n, -2 * dot(d, n));
    shade = shade * (1 - refl) + refl * trace(p, r, depth + 1, st);
  }
  return shade;
}

let checked = false;

function run() {
  const st = { sphere: 0, floor: 0, shadow: 0, bounces: 0 };
  const eye = [0, 1.0, -1.5];
  const hist = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let h = 17, total = 0, middle = '';
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = unit([(x - W / 2 + 0.5) / W * 1.6, (H / 2 - y - 0.5) / H * 0.8 - 0.1, 1.0]);
      const shade = trace(eye, d, 0, st);
      let level = (shade * 10) | 0;
      if (level > 9) level = 9;
      if (level < 0) level = 0;
      hist[level] += 1;
      total += (shade * 1000) | 0;
      h = (h * 31 + level) % 1000003;
      if (y === H / 2) middle += RAMP[level];
    }
  }
  for (let i = 0; i < 10; i++) h = (h * 31 + hist[i]) % 1000003;
  h = (h * 31 + total % 100000) % 1000003;
  const line = 'ray-spheres px=' + W * H + ' sphere=' + st.sphere + ' floor=' + st.floor + ' shadow=' + st.shadow +
    ' bounces=' + st.bounces + ' total=' + total + ' mid=' + middle + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
