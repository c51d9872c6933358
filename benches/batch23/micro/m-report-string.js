// Building a short report string from ints ('' + a + ',' + b ...) and comparing it to the last one.
// Seen in batch 23: keymatrix-hid (report).
// One call runs the loop 10 times; the checksum is printed on the first call.
const NODE_SUM = 929851;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let last = '', sent = 0;
    const keys = [4, 5, 0, 0, 0, 0];
    for (let i = 0; i < 60; i++) {
      keys[0] = (i >> 2) & 7;
      let s = '' + (i & 1);
      for (let k = 0; k < 6; k++) s += ',' + keys[k];
      if (s !== last) { last = s; sent += 1; }
    }
    h = (h * 31 + sent) % 1000003;
  }
  const line = 'm-report-string ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
