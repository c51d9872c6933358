// String concatenation alone: 4,800 concatenations of a one-character
// string from a table onto strings of 1 to 8 characters (no arithmetic
// beyond the loop counters).
const NODE_SUM = 149887;
const DIG = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
let checked = false;

function run() {
  let h = 1, same = 0, prev = '';
  for (let i = 0; i < 600; i++) {
    let s = DIG[i & 7];
    for (let k = 0; k < 8; k++) s = DIG[(i + k) % 10] + s;
    if (s === prev) same += 1;
    prev = s;
    h = (h * 31 + i) % 1000003;
  }
  if (!checked) { checked = true; print('m-str-concat-short same=' + same + ' last=' + prev + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
