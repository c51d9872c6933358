// micro: the ECG detector's per-sample step: ring reads of objects, derivative, square, window sum, new Stage
const NODE_SUM = 588386;
let checked = false;
class Stage { constructor(t, hp, d, sq, mwi) { this.t = t; this.hp = hp; this.d = d; this.sq = sq; this.mwi = mwi; } }
function run() {
  let h = 1;
  const stages = [], win = [];
  for (let i = 0; i < 8; i++) stages.push(new Stage(0, 0, 0, 0, 0));
  for (let i = 0; i < 30; i++) win.push(0);
  let winSum = 0, s = 0;
  for (let t = 0; t < 3000; t++) {
    const hp = ((t * 37) % 200) - 100;
    const p1 = stages[(t + 7) & 7], p3 = stages[(t + 5) & 7], p4 = stages[(t + 4) & 7];
    const d = (2 * hp + p1.hp - p3.hp - 2 * p4.hp) >> 3;
    const sq = d * d > 30000 ? 30000 : d * d;
    winSum += sq - win[t % 30]; win[t % 30] = sq;
    const st = new Stage(t, hp, d, sq, (winSum / 30) | 0);
    stages[t & 7] = st; s = (s + st.mwi) % 1000000;
  }
  h = (h * 31 + s) % 1000003;
  if (!checked) { checked = true; print('m-ecg-stage ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
