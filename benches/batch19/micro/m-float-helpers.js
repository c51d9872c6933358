// micro: float helper calls: sinF/cosF (Taylor after wrapPi), atan2F, sqrtF (Newton)
const NODE_SUM = 692217;
let checked = false;
const PI = 3.141592653589793;
function sqrtF(x) { if (x <= 0) return 0; let s = 1, v = x; while (v > 4) { v = v / 4; s = s * 2; } while (v < 0.25) { v = v * 4; s = s / 2; } let r = (v + 1) / 2; for (let i = 0; i < 5; i++) r = (r + v / r) / 2; return r * s; }
function wrapPi(a) { while (a > PI) a -= 2 * PI; while (a < -PI) a += 2 * PI; return a; }
function sinF(a) { a = wrapPi(a); if (a > PI / 2) a = PI - a; else if (a < -PI / 2) a = -PI - a; const a2 = a * a; return a * (1 - a2 / 6 * (1 - a2 / 20 * (1 - a2 / 42 * (1 - a2 / 72)))); }
function cosF(a) { return sinF(a + PI / 2); }
function atanUnit(z) { if (z > 0.4142135623730951) return PI / 4 + atanUnit((z - 1) / (z + 1)); if (z < -0.4142135623730951) return -PI / 4 + atanUnit((z + 1) / (1 - z)); const z2 = z * z; return z * (1 - z2 * (1 / 3 - z2 * (1 / 5 - z2 * (1 / 7 - z2 / 9)))); }
function atan2F(y, x) { if (x === 0 && y === 0) return 0; const ax = x < 0 ? -x : x, ay = y < 0 ? -y : y; let a = ay <= ax ? atanUnit(ay / ax) : PI / 2 - atanUnit(ax / ay); if (x < 0) a = PI - a; return y < 0 ? -a : a; }
function run() {
  let h = 1;
  let acc = 0;
  for (let i = 0; i < 1500; i++) { const a = i * 0.0137 - 3; acc += sinF(a) + cosF(a * 0.5) + atan2F(a, 1.3) + sqrtF(i * 0.37 + 0.01); }
  h = (h * 31 + ((acc * 1000) | 0) + 500000) % 1000003;
  if (!checked) { checked = true; print('m-float-helpers ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
