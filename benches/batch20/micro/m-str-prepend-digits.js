// syslog-5424 piece: numbers formatted digit by digit, each digit prepended
// to the string built so far (s = DIG[v % 10] + s), as num() and pad() do.
// 600 numbers of 3 to 10 digits per call.
const NODE_SUM = 830051;
const DIG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
let checked = false;

function num(v) {
  let s = DIG[v % 10];
  v = (v / 10) | 0;
  while (v > 0) { s = DIG[v % 10] + s; v = (v / 10) | 0; }
  return s;
}

function run() {
  let h = 1, same = 0, prev = '';
  let v = 123;
  for (let i = 0; i < 600; i++) {
    v = (v * 7 + 13) % 1999993;
    const s = num(v * 1000 + i);
    if (s === prev) same += 1;
    prev = s;
    h = (h * 31 + (v % 1000)) % 1000003;
  }
  if (!checked) { checked = true; print('m-str-prepend-digits same=' + same + ' last=' + prev + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
