let n = 0;
function inc(step) { n += step; return n; }
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    n = 0;
    for (let i = 0; i < 300; i++) h = (h + inc(rep + 1)) % 1000003;
  }
  const line = 'v-plain-call ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
