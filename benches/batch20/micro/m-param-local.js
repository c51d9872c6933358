// The digit loop with the number first copied into a local (let x = v) and the
// loop overwrites the local; control for m-param-write.
const NODE_SUM = 12597;
let checked = false;

function digitSum(v) {
  let s = 0, x = v;
  while (x > 0) { s = s + x % 10; x = (x / 10) | 0; }
  return s;
}

function run() {
  let h = 1, acc = 0;
  for (let i = 0; i < 600; i++) {
    acc += digitSum(1000000 + i * 3001);
    h = (h * 31 + (acc & 1023)) % 1000003;
  }
  if (!checked) { checked = true; print('m-param-local acc=' + acc + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
