// Control for m-str-append-prop: the same pieces appended to a local string
// variable (s += piece), no object property, no width bookkeeping.
const NODE_SUM = 552338;
const PIECES = ['<', '134', '>1 ', '2026-03-14', 'T', '09:26:53', '.589Z', ' sw-17-core ', 'portd', ' 100 ', 'LINK',
  ' [meta sequenceId="', '42', '" sysUpTime="', '8041627', '"][origin ip="', '10.0.0.17', '"] ', 'port 2 link up ', '1000', 'Mb/s full'];
let checked = false;

function run() {
  let h = 1, same = 0, prev = '';
  for (let k = 0; k < 40; k++) {
    let s = '';
    for (let r = 0; r < 3; r++) for (let i = 0; i < PIECES.length; i++) s += PIECES[i];
    const f = '' + k + ' ' + s;
    if (s === prev) same += 1;
    prev = s;
    h = (h * 31 + k) % 1000003;
  }
  if (!checked) { checked = true; print('m-str-append-local same=' + same + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
