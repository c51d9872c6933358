const R = { dev: 1, t: 2, temp: 3, hum: 4, batt: 5, flags: 6, mode: 7, alarm: 8 };
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) { const ks = Reflect.ownKeys(R); h = (h * 31 + ks.length) % 1000003; }
  }
  const line = 'v-ownkeys-only ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
