// The digit loop with the number held in the parameter itself, which the loop
// overwrites (v = (v / 10) | 0), as num() and pad() in syslog-5424 do.
const NODE_SUM = 12597;
let checked = false;

function digitSum(v) {
  let s = 0;
  while (v > 0) { s = s + v % 10; v = (v / 10) | 0; }
  return s;
}

function run() {
  let h = 1, acc = 0;
  for (let i = 0; i < 600; i++) {
    acc += digitSum(1000000 + i * 3001);
    h = (h * 31 + (acc & 1023)) % 1000003;
  }
  if (!checked) { checked = true; print('m-param-write acc=' + acc + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
