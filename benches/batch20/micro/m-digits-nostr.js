// Control for m-str-prepend-digits: the same digit loop ((v / 10) | 0 and
// v % 10) over the same numbers, summing digits instead of building strings.
const NODE_SUM = 830051;
let checked = false;

function digitSum(v) {
  let s = v % 10;
  v = (v / 10) | 0;
  while (v > 0) { s = s + v % 10; v = (v / 10) | 0; }
  return s;
}

function run() {
  let h = 1, acc = 0;
  let v = 123;
  for (let i = 0; i < 600; i++) {
    v = (v * 7 + 13) % 1999993;
    acc += digitSum(v * 1000 + i);
    h = (h * 31 + (v % 1000)) % 1000003;
  }
  if (!checked) { checked = true; print('m-digits-nostr acc=' + acc + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
