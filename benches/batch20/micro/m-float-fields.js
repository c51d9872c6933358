// espresso-shot piece: a PID step that reads and writes float fields of a
// small state object (st.i, st.last) and returns a float; 3 controllers,
// 500 steps.
const NODE_SUM = 765359;
let checked = false;

function pidStep(st, sp, pv, kp, ki, kd, dt, ff) {
  const err = sp - pv, d = (pv - st.last) / dt;
  st.last = pv;
  const u = ff + kp * err + st.i - kd * d;
  const out = u < 0 ? 0 : (u > 100 ? 100 : u);
  if (u === out) st.i = st.i + ki * err * dt;
  return out;
}

function run() {
  let h = 1;
  const a = { i: 0, last: 88.5 }, b = { i: 0, last: 118.25 }, c = { i: 0, last: 0 };
  let ta = 88.5, tb = 118.25, p = 0;
  for (let s = 0; s < 500; s++) {
    const ua = pidStep(a, 93, ta, 8, 0.6, 3, 0.25, 5), ub = pidStep(b, 125, tb, 5, 0.3, 2, 0.25, 0), uc = pidStep(c, 9, p, 9, 14, 0.2, 0.25, 30);
    ta += (ua * 0.02 - (ta - 24) * 0.004); tb += (ub * 0.01 - (tb - 24) * 0.002); p += (uc * 0.12 - p * 0.9) * 0.5;
    h = (h * 31 + ((ta * 10) | 0) + ((tb * 10) | 0) + ((p * 100) | 0)) % 1000003;
  }
  if (!checked) { checked = true; print('m-float-fields ta=' + ((ta * 100) | 0) + ' p=' + ((p * 100) | 0) + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
