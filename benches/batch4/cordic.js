// Fixed-point trigonometry without a multiplier-heavy library, as on a
// small motor or compass controller: CORDIC in Q14 (rotation mode for
// sin/cos, vectoring mode for atan2 and magnitude), checked against a
// bit-by-bit integer square root. Angles step round the circle in 5°.
const ATAN = [12868, 7596, 4014, 2037, 1023, 512, 256, 128, 64, 32, 16, 8, 4, 2];
const ITER = 14;
const K = 9949;                  // CORDIC gain compensation, Q14
const PI = 51472, HALF_PI = 25736;

// Returns [cos, sin] in Q14 for an angle in Q14 radians, -PI..PI.
function sinCos(angle, out) {
  let flip = false;
  if (angle > HALF_PI) { angle -= PI; flip = true; }
  else if (angle < -HALF_PI) { angle += PI; flip = true; }
  let x = K, y = 0, z = angle;
  for (let i = 0; i < ITER; i++) {
    const dx = x >> i, dy = y >> i;
    if (z >= 0) { x -= dy; y += dx; z -= ATAN[i]; }
    else { x += dy; y -= dx; z += ATAN[i]; }
  }
  out.cos = flip ? -x : x;
  out.sin = flip ? -y : y;
}

// Vectoring: angle of (x, y) in Q14 radians and its length (gain removed).
function atan2Mag(y, x, out) {
  let base = 0;
  if (x < 0) {
    base = y >= 0 ? PI : -PI;
    x = -x; y = -y;
  }
  let z = 0;
  for (let i = 0; i < ITER; i++) {
    const dx = x >> i, dy = y >> i;
    if (y > 0) { x += dy; y -= dx; z += ATAN[i]; }
    else { x -= dy; y += dx; z -= ATAN[i]; }
  }
  let a = base + z;
  if (a > PI) a -= 2 * PI;
  out.angle = a;
  out.mag = (x * K) >> 14;
}

function isqrt(n) {
  let res = 0, bit = 1 << 28;
  while (bit > n) bit >>= 2;
  while (bit !== 0) {
    if (n >= res + bit) { n -= res + bit; res = (res >> 1) + bit; }
    else res >>= 1;
    bit >>= 2;
  }
  return res;
}

let checked = false;
function run() {
  const sc = { cos: 0, sin: 0 };
  const am = { angle: 0, mag: 0 };
  let sumSin = 0, sumCos = 0, maxAngErr = 0, maxMagErr = 0, check = 0;
  for (let deg = -180; deg < 180; deg += 5) {
    const ang = ((deg * PI) / 180) | 0;
    sinCos(ang, sc);
    sumSin += sc.sin; sumCos += sc.cos;
    const r = 1000 + ((deg + 180) * 19);          // radius 1000..7745
    const x = (sc.cos * r) >> 14, y = (sc.sin * r) >> 14;
    atan2Mag(y, x, am);
    let e = am.angle - ang;
    if (e > PI) e -= 2 * PI;
    if (e < -PI) e += 2 * PI;
    if (e < 0) e = -e;
    if (e > maxAngErr) maxAngErr = e;
    const root = isqrt(x * x + y * y);
    let m = am.mag - root;
    if (m < 0) m = -m;
    if (m > maxMagErr) maxMagErr = m;
    check = (check * 31 + sc.sin * 3 + sc.cos + am.angle + root) & 0xfffff;   // stays in int32: Microvium wraps overflowing floats wrongly
  }
  const res = (check ^ (maxAngErr << 16) ^ maxMagErr) | 0;
  if (!checked) {
    checked = true;
    print('cordic ' + sumSin + ' ' + sumCos + ' ' + maxAngErr + ' ' + maxMagErr + ' ' + res);
  }
  return res;
}
vmExport(0, run);
