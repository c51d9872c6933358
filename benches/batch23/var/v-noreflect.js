const R = { dev: 1, t: 2 };
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let k = 0; k < 30; k++) h = (h * 31 + R.t) % 1000003;
  }
  const line = 'v-noreflect ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
