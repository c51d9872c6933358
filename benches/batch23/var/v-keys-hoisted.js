const R = { dev: 1, t: 2, temp: 3, hum: 4, batt: 5, flags: 6, mode: 7, alarm: 8 };
const KS = ['dev', 't', 'temp', 'hum', 'batt', 'flags', 'mode', 'alarm'];
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) { const ks = KS; for (let i = 0; i < ks.length; i++) h = (h * 31 + R[ks[i]]) % 1000003; }
  }
  const line = 'v-keys-hoisted ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
