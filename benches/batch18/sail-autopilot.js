// A sailboat's autopilot and navigator, all in double-precision floats, at
// 0.5 Hz for 720 s. The boat sails a course of 8 waypoints (latitude and
// longitude in degrees, a few hundred metres apart). Every 2 s the model
// finds the true wind angle, the boat speed from a polar table (linear
// interpolation), the heel from the wind, a wave pitch and a tidal current,
// and moves the boat in a local north/east frame that is turned back into
// degrees. The sensors are a magnetometer (the earth's field turned into the
// heeled body frame, plus a hard-iron offset), an accelerometer (gravity in
// the body frame) and a yaw-rate gyro with a bias. The navigator does what a
// chart plotter does: tilt-compensated compass heading, a complementary
// heading filter on the gyro, haversine distance and initial bearing to the
// active waypoint, cross-track error from the leg (great-circle formulas),
// tacking on a layline when the mark is upwind, and a PID rudder with a rate
// limit. There is no Math object in Microvium, so sqrt, sin, cos and atan2
// are written out (Newton, Taylor after range reduction, a reduced atan
// series). Only integers (tenths of a degree, metres) go into the checksum.
const NODE_SUM = 934503;
const PI = 3.141592653589793, TWO_PI = 2 * PI, D2R = PI / 180, R_EARTH = 6371000, DT = 2;
const WPTS = [[50.7800, -1.1000], [50.7836, -1.0950], [50.7871, -1.0990], [50.7850, -1.1062],
  [50.7812, -1.1071], [50.7790, -1.1020], [50.7826, -1.0985], [50.7800, -1.1000]];
const POLAR = [0, 0.4, 2.1, 4.6, 5.9, 6.4, 6.6, 6.5, 6.2, 5.8, 5.2, 4.6, 4.2];   // knots at TWA 0..180 in 15 degree steps
let checked = false;

function wrapPi(a) { while (a > PI) a -= TWO_PI; while (a < -PI) a += TWO_PI; return a; }
function sinF(x) {
  x = wrapPi(x);
  if (x > PI / 2) x = PI - x; else if (x < -PI / 2) x = -PI - x;
  const x2 = x * x;
  return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72 * (1 - x2 / 110)))));
}
function cosF(x) { return sinF(x + PI / 2); }
function sqrtF(v) {                                  // scale into [0.25, 4) by powers of 4, then Newton
  if (v <= 0) return 0;
  let k = 1;
  while (v >= 4) { v = v / 4; k = k * 2; }
  while (v < 0.25) { v = v * 4; k = k / 2; }
  let x = 0.5 * (1 + v);
  for (let i = 0; i < 5; i++) x = 0.5 * (x + v / x);
  return x * k;
}
function atanF(z) {
  const neg = z < 0; if (neg) z = -z;
  const inv = z > 1; if (inv) z = 1 / z;
  const red = z > 0.2679491924311227;                  // tan(15 deg): atan z = pi/6 + atan((z*sqrt3 - 1) / (z + sqrt3))
  if (red) z = (z * 1.7320508075688772 - 1) / (z + 1.7320508075688772);
  const z2 = z * z;
  let r = z * (1 - z2 * (1 / 3 - z2 * (1 / 5 - z2 * (1 / 7 - z2 * (1 / 9 - z2 / 11)))));
  if (red) r += PI / 6;
  if (inv) r = PI / 2 - r;
  return neg ? -r : r;
}
function atan2F(y, x) {
  if (x > 0) return atanF(y / x);
  if (x < 0) return y >= 0 ? atanF(y / x) + PI : atanF(y / x) - PI;
  return y > 0 ? PI / 2 : (y < 0 ? -PI / 2 : 0);
}
function asinF(s) { return atan2F(s, sqrtF(1 - s * s)); }

function haversine(la1, lo1, la2, lo2) {              // radians in, central angle out
  const sa = sinF((la2 - la1) / 2), so = sinF((lo2 - lo1) / 2);
  const a = sa * sa + cosF(la1) * cosF(la2) * so * so;
  return 2 * atan2F(sqrtF(a), sqrtF(1 - a));
}
function bearing(la1, lo1, la2, lo2) {
  const dl = lo2 - lo1;
  return atan2F(sinF(dl) * cosF(la2), cosF(la1) * sinF(la2) - sinF(la1) * cosF(la2) * cosF(dl));
}
function polarSpeed(twa) {                            // twa in radians, 0..pi; m/s
  let deg = twa / D2R; if (deg < 0) deg = -deg;
  const i = (deg / 15) | 0, f = deg / 15 - i;
  const a = POLAR[i > 12 ? 12 : i], b = POLAR[i + 1 > 12 ? 12 : i + 1];
  return (a + (b - a) * f) * 0.5144;
}
function rnd(st) { st.s = (st.s * 1103515245 + 12345) % 2147483648; return st.s / 2147483648 - 0.5; }

function run() {
  let h = 7;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const st = { s: 20240607 };
  let lat = WPTS[0][0] * D2R, lon = WPTS[0][1] * D2R;
  const lat0 = lat, lon0 = lon, cosLat0 = cosF(lat0);
  let north = 0, east = 0, hdg = 40 * D2R, rudder = 0, psi = hdg, bEst = 0;
  const gyroBias = 0.004;
  let wp = 1, tackSide = 1, integ = 0, lastErr = 0, reached = 0, tacks = 0, maxXte = 0, sumSpeed = 0;
  let gpsLat = lat, gpsLon = lon, dist = 0, brg = 0, xte = 0;
  const hardX = 0.08, hardY = -0.05, calX = 0.07, calY = -0.045;   // hard iron (gauss), and the slightly wrong calibration
  const B = 0.48, inc = 66 * D2R, decl = -1.5 * D2R;
  for (let t = 0; t < 720; t += DT) {
    // wind, boat speed, heel, waves, current
    const windDir = (225 + 12 * sinF(t * 0.011) + 4 * rnd(st)) * D2R;          // where the wind comes from
    const twa = wrapPi(windDir - hdg);
    const speed = polarSpeed(twa) * (1 - 0.15 * (rudder < 0 ? -rudder : rudder) / (30 * D2R));
    sumSpeed += speed;
    const roll = 0.3 * sinF(twa) * speed / 3.4, pitch = 0.04 * sinF(t * 0.7);
    const curN = 0.25 * cosF(t * 0.002), curE = 0.35;
    // the hull turns with the rudder, then moves
    const turnRate = speed * sinF(rudder) * 0.09;
    hdg = wrapPi(hdg + turnRate * DT);
    north += (speed * cosF(hdg) + curN) * DT; east += (speed * sinF(hdg) + curE) * DT;
    lat = lat0 + north / R_EARTH; lon = lon0 + east / (R_EARTH * cosLat0);
    // sensors: magnetometer and accelerometer in the body frame, gyro
    const mh = hdg - decl, bh = B * cosF(inc), bz = B * sinF(inc);
    const bxE = bh * cosF(mh), byE = -bh * sinF(mh);                             // level frame turned by heading
    const cp = cosF(pitch), sp = sinF(pitch), cr = cosF(roll), sr = sinF(roll);
    const mx = bxE * cp - bz * sp + hardX + 0.002 * rnd(st);
    const my = bxE * sr * sp + byE * cr + bz * sr * cp + hardY + 0.002 * rnd(st);
    const mz = bxE * cr * sp - byE * sr + bz * cr * cp;
    const ax = -sp + 0.01 * rnd(st), ay = sr * cp + 0.01 * rnd(st), az = cr * cp;
    const gyro = turnRate + gyroBias + 0.002 * rnd(st);
    // tilt compensation from the accelerometer, then the compass heading
    const r2 = atan2F(ay, az), p2 = atan2F(-ax, sqrtF(ay * ay + az * az));
    const cx = mx - calX, cy = my - calY;
    const xh = cx * cosF(p2) + cy * sinF(r2) * sinF(p2) + mz * cosF(r2) * sinF(p2);
    const yh = cy * cosF(r2) - mz * sinF(r2);
    const compass = wrapPi(atan2F(-yh, xh) + decl);
    psi = wrapPi(psi + (gyro - bEst) * DT);
    psi = wrapPi(psi + 0.03 * wrapPi(compass - psi));
    bEst -= 0.0004 * wrapPi(compass - psi);
    // GPS every 2 s, then the navigator
    {
      gpsLat = lat + 1.5 * rnd(st) / R_EARTH; gpsLon = lon + 1.5 * rnd(st) / (R_EARTH * cosLat0);
      const tla = WPTS[wp][0] * D2R, tlo = WPTS[wp][1] * D2R;
      const pla = WPTS[wp - 1][0] * D2R, plo = WPTS[wp - 1][1] * D2R;
      dist = haversine(gpsLat, gpsLon, tla, tlo) * R_EARTH;
      brg = bearing(gpsLat, gpsLon, tla, tlo);
      const d13 = haversine(pla, plo, gpsLat, gpsLon), t13 = bearing(pla, plo, gpsLat, gpsLon), t12 = bearing(pla, plo, tla, tlo);
      xte = asinF(sinF(d13) * sinF(t13 - t12)) * R_EARTH;
      const ax2 = xte < 0 ? -xte : xte;
      if (ax2 > maxXte) maxXte = ax2;
      if (dist < 35) {
        reached += 1; add(t); add((dist * 10) | 0);
        wp = wp + 1 === WPTS.length ? 1 : wp + 1; integ = 0;
      }
    }
    // course to steer: the bearing corrected by the cross-track error, or a layline when upwind
    let course = wrapPi(brg - 0.004 * xte);
    const off = wrapPi(windDir - course);
    if ((off < 0 ? -off : off) < 44 * D2R) {
      if (xte * tackSide > 60) { tackSide = -tackSide; tacks += 1; }
      course = wrapPi(windDir + tackSide * 46 * D2R);
    }
    // PID on the heading error, rudder limited to 30 degrees and 6 degrees per second
    const err = wrapPi(course - psi);
    integ += err; if (integ > 3) integ = 3; if (integ < -3) integ = -3;
    let want = 0.9 * err + 0.02 * integ + 1.5 * (err - lastErr);
    lastErr = err;
    if (want > 30 * D2R) want = 30 * D2R; if (want < -30 * D2R) want = -30 * D2R;
    let dr = want - rudder;
    if (dr > 6 * D2R) dr = 6 * D2R; if (dr < -6 * D2R) dr = -6 * D2R;
    rudder += dr;
    if ((t & 7) === 6) {
      add(((psi / D2R) * 10 + 3600) | 0); add(((hdg / D2R) * 10 + 3600) | 0);
      add(((xte + 10000) * 10) | 0); add((dist * 10) | 0); add(((rudder / D2R) * 10 + 400) | 0);
    }
  }
  const compassErr = wrapPi(psi - hdg) / D2R;
  add(((compassErr + 180) * 100) | 0); add((north * 100 + 1e7) | 0); add((east * 100 + 1e7) | 0);
  const out = 'sail-autopilot steps=360 marks=' + reached + ' tacks=' + tacks + ' leg=' + wp +
    ' maxXte_dm=' + ((maxXte * 10) | 0) + ' avgSpeed_cm=' + ((sumSpeed / 360 * 100) | 0) +
    ' north_m=' + (north | 0) + ' east_m=' + (east | 0) + ' hdgErr_cdeg=' + ((compassErr * 100) | 0) + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
