// syslog-5424 piece: a line built by appending short pieces to a string held
// in an object property (b.s += piece; b.n += width), then framed by
// appending the whole line to a prefix. 40 lines of about 150 characters.
const NODE_SUM = 143065;
const PIECES = ['<', '134', '>1 ', '2026-03-14', 'T', '09:26:53', '.589Z', ' sw-17-core ', 'portd', ' 100 ', 'LINK',
  ' [meta sequenceId="', '42', '" sysUpTime="', '8041627', '"][origin ip="', '10.0.0.17', '"] ', 'port 2 link up ', '1000', 'Mb/s full'];
const WIDTHS = [1, 3, 3, 10, 1, 8, 5, 12, 5, 5, 4, 19, 2, 13, 7, 14, 9, 3, 15, 4, 9];
let checked = false;

function put(b, s, w) { b.s += s; b.n += w; }

function run() {
  let h = 1, total = 0;
  for (let k = 0; k < 40; k++) {
    const b = { s: '', n: 0 };
    for (let r = 0; r < 3; r++) for (let i = 0; i < PIECES.length; i++) put(b, PIECES[i], WIDTHS[i]);
    const f = { s: '', n: 0 };
    put(f, '' + b.n, 3); put(f, ' ', 1); put(f, b.s, b.n);
    total += f.n;
    h = (h * 31 + f.n + k) % 1000003;
  }
  if (!checked) { checked = true; print('m-str-append-prop total=' + total + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
