// Control for m-str-prepend-digits: the same 600 numbers turned into
// strings by the engine ('' + v) instead of digit by digit.
const NODE_SUM = 830051;
let checked = false;

function run() {
  let h = 1, same = 0, prev = '';
  let v = 123;
  for (let i = 0; i < 600; i++) {
    v = (v * 7 + 13) % 1999993;
    const s = '' + (v * 1000 + i);
    if (s === prev) same += 1;
    prev = s;
    h = (h * 31 + (v % 1000)) % 1000003;
  }
  if (!checked) { checked = true; print('m-str-num-native same=' + same + ' last=' + prev + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
