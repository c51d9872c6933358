function counter(step) { let n = 5; return () => n + step; }
const NODE_SUM = 0;
let checked = false;
function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const c = counter(rep + 1);
    for (let i = 0; i < 300; i++) h = (h + c()) % 1000003;
  }
  const line = 'v-closure-read ' + h;
  if (!checked) { checked = true; print(line); }
  return 1;
}
vmExport(0, run);
