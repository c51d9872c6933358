
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) { const R = { dev: k, t: 2, temp: 3, hum: 4 }; const ks = Reflect.ownKeys(R); h = (h * 31 + ks.length + R[ks[0]]) % 1000003; }
  }
  const line = 'v-ownkeys-fresh ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
