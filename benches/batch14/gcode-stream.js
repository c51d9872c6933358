// A 3D printer's serial G-code link, both ends. The host slices a small
// part (a 22 x 12 mm plate with rounded corners, 3 layers: two perimeters
// and a zigzag infill per layer) into moves and streams them with Marlin's
// line protocol: "N<n> G1 X12.345 Y6.000 E1.23456*<xor of the bytes>".
// Lines are typed character by character: each byte goes into the UART
// buffer and its glyph is appended to the line's string for the log.
// The link flips one bit in about one line in 20. The printer checks the
// line number and checksum and asks for a resend from the line it expects
// when either is wrong; it parses the
// words as fixed-point numbers, runs G0/G1/G28/G92/M104 and accumulates
// travel, extrusion and print time. Received lines are turned back into
// strings and compared with the host's copy, and command words are counted
// in a string-keyed table.
const NODE_SUM = 988993;
const ASCII = [];                                  // code -> one-character string
for (let i = 0; i < 128; i++) ASCII.push('?');
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const UPPER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
for (let i = 0; i < 10; i++) ASCII[48 + i] = DIGITS[i];
for (let i = 0; i < 26; i++) ASCII[65 + i] = UPPER[i];
ASCII[32] = ' '; ASCII[42] = '*'; ASCII[45] = '-'; ASCII[46] = '.';
const CORNER = [0, 383, 707, 924, 1000];           // sin of 0, 22.5, 45, 67.5, 90 degrees, x1000

function isqrt(n) {
  if (n < 2) return n;
  let x = n, y = (x + 1) / 2;
  while (y < x) { x = y; y = ((x + n / x) / 2) | 0; }   // (values here stay below 2^31)
  return x;
}

const TRAVEL = 0, EXTRUDE = 1, LIFT = 2, HOME = 28, RESET_E = 92, HOTEND = 104;

function slice() {                                 // moves: [kind, x um, y um, feed or z um or temperature]
  const moves = [[HOME, 0, 0, 0], [HOTEND, 0, 0, 210]];
  for (let layer = 0; layer < 3; layer++) {
    moves.push([LIFT, 0, 0, 300 + layer * 250]);
    moves.push([RESET_E, 0, 0, 0]);
    for (let p = 0; p < 2; p++) {
      const inset = 2000 + p * 450, r = 3000 - p * 450, x0 = inset, y0 = inset, x1 = 26000 - inset, y1 = 16000 - inset;
      const cx = [x1 - r, x0 + r, x0 + r, x1 - r], cy = [y1 - r, y1 - r, y0 + r, y0 + r];
      moves.push([TRAVEL, x1, y0 + r, 0]);
      for (let q = 0; q < 4; q++)                    // counterclockwise; each corner from q * 90 degrees
        for (let k = 0; k <= 4; k++) {
          const cs = CORNER[4 - k], sn = CORNER[k];
          const ux = q === 0 ? cs : (q === 1 ? -sn : (q === 2 ? -cs : sn)), uy = q === 0 ? sn : (q === 1 ? cs : (q === 2 ? -sn : -cs));
          moves.push([EXTRUDE, cx[q] + ((r * ux / 1000) | 0), cy[q] + ((r * uy / 1000) | 0), 1800]);
        }
    }
    for (let i = 0; i < 12; i++) {
      const y = 3400 + i * 800;
      moves.push([i === 0 ? TRAVEL : EXTRUDE, i % 2 === 0 ? 3400 : 22600, y, 3000]);
      moves.push([EXTRUDE, i % 2 === 0 ? 22600 : 3400, y, 3000]);
    }
  }
  return moves;
}

let checked = false;

function run() {
  let seed = 99, h = 5, ex = 0, px = 0, py = 0, resends = 0, lines = 0, bytes = 0, matched = 0;
  const history = [], texts = [], words = {};
  const rand = (n) => { seed = (seed * 8121 + 28411) % 134456; return seed % n; };
  const line = { b: [], s: '' };
  const put = (c) => { line.b.push(c); line.s += ASCII[c]; };
  const putNum = (v, decimals) => {               // fixed point: v has `decimals` implied digits
    if (v < 0) { put(45); v = -v; }
    let scale = 1;
    for (let i = 0; i < decimals; i++) scale *= 10;
    const ip = (v / scale) | 0, digits = [];
    let n = ip;
    while (n >= 10) { digits.push(n % 10); n = (n / 10) | 0; }
    put(48 + n);
    for (let i = digits.length - 1; i >= 0; i--) put(48 + digits[i]);
    if (decimals === 0) return;
    put(46);
    for (let f = v - ip * scale, s = scale / 10; s >= 1; s /= 10) { put(48 + ((f / s) | 0)); f = f % s; }
  };
  const word = (letter, v, decimals) => { put(32); put(letter); putNum(v, decimals); };
  const send = (n, m) => {
    line.b = []; line.s = '';
    put(78); putNum(n, 0); put(32);
    switch (m[0]) {
      case HOME: put(71); putNum(28, 0); break;
      case HOTEND: put(77); putNum(104, 0); word(83, m[3], 0); break;
      case RESET_E: put(71); putNum(92, 0); word(69, 0, 0); ex = 0; break;
      case LIFT: put(71); putNum(0, 0); word(90, m[3], 3); word(70, 600, 0); break;
      case TRAVEL: put(71); putNum(0, 0); word(88, m[1], 3); word(89, m[2], 3); px = m[1]; py = m[2]; break;
      default:
        ex += (isqrt((m[1] - px) * (m[1] - px) + (m[2] - py) * (m[2] - py)) * 333 / 100) | 0;   // 1e-5 mm of filament per um
        put(71); putNum(1, 0); word(88, m[1], 3); word(89, m[2], 3); word(69, ex, 5); word(70, m[3], 0);
        px = m[1]; py = m[2];
    }
    let x = 0;
    for (let i = 0; i < line.b.length; i++) x ^= line.b[i];
    put(42); putNum(x, 0);
    history.push(line.b); texts.push(line.s);
  };
  // printer side
  const pr = { expect: 1, x: 0, y: 0, z: 0, e: 0, f: 600, temp: 0, travel: 0, path: 0, ms: 0 };
  const receive = (b) => {
    let star = -1, x = 0, sum = 0;
    for (let i = 0; i < b.length && star < 0; i++) if (b[i] === 42) star = i; else x ^= b[i];
    if (star < 0 || b[0] !== 78) return pr.expect;
    for (let i = star + 1; i < b.length; i++) sum = sum * 10 + b[i] - 48;
    if (sum !== x) return pr.expect;
    const vals = {};
    let text = '', cmd = '';
    for (let i = 0; i < star; i++) text += ASCII[b[i]];
    let i = 0;
    while (i < star) {
      const letter = b[i];
      let v = 0, neg = false, frac = -1;
      i += 1;
      if (letter >= 65 && letter <= 90) {
        while (i < star && b[i] !== 32) {
          if (b[i] === 45) neg = true; else if (b[i] === 46) frac = 0; else { v = v * 10 + b[i] - 48; if (frac >= 0) frac += 1; }
          i += 1;
        }
        for (let k = frac < 0 ? 0 : frac; k < 5; k++) v *= 10;     // every value in 1e-5 units
        vals[ASCII[letter]] = neg ? -v : v;
        if (letter === 71 || letter === 77) cmd = ASCII[letter] + ((v / 100000) | 0);
      }
    }
    if (vals.N / 100000 !== pr.expect) return pr.expect;
    if (text + '*' + sum === texts[pr.expect - 1]) matched += 1;
    words[cmd] = (words[cmd] | 0) + 1;
    if (cmd === 'G28') { pr.x = 0; pr.y = 0; pr.z = 0; }
    else if (cmd === 'M104') pr.temp = vals.S / 100000;
    else if (cmd === 'G92') pr.e = vals.E;
    else if (cmd === 'G0' || cmd === 'G1') {
      if (vals.F !== undefined) pr.f = vals.F / 100000;
      const nx = vals.X === undefined ? pr.x : vals.X, ny = vals.Y === undefined ? pr.y : vals.Y;
      const nz = vals.Z === undefined ? pr.z : vals.Z, dx = (nx - pr.x) / 100, dy = (ny - pr.y) / 100;
      const d = isqrt(dx * dx + dy * dy) + (nz - pr.z) / 100;
      if (vals.E === undefined) pr.travel += d; else { pr.path += d; pr.e = vals.E; }
      pr.ms += d * 60 / pr.f;
      pr.x = nx; pr.y = ny; pr.z = nz;
    }
    pr.expect += 1;
    return 0;
  };
  const moves = slice();
  for (let i = 0; i < moves.length; i++) send(i + 1, moves[i]);
  let n = 1;
  while (n <= history.length) {
    const b = [], src = history[n - 1];
    for (let i = 0; i < src.length; i++) b.push(src[i]);
    if (rand(20) === 0) { const k = rand(b.length); b[k] ^= 1 << rand(7); }
    lines += 1; bytes += b.length + 1;
    const resend = receive(b);
    if (resend === 0) n += 1; else { resends += 1; n = resend; h = (h * 31 + n) % 1000003; }
  }
  h = (h * 31 + pr.travel % 1000003) % 1000003;
  h = (h * 31 + pr.path % 1000003) % 1000003;
  h = (h * 31 + pr.e % 1000003) % 1000003;
  h = (h * 31 + (pr.ms | 0) % 1000003) % 1000003;
  h = (h * 31 + words.G0 * 1000 + words.G1) % 1000003;
  h = (h * 31 + matched * 100 + pr.temp) % 1000003;
  const out = 'gcode-stream moves=' + moves.length + ' lines=' + lines + ' bytes=' + bytes + ' resends=' + resends + ' matched=' + matched +
    ' G1=' + words.G1 + ' travel=' + pr.travel + 'um path=' + pr.path + 'um E=' + pr.e + ' s=' + ((pr.ms / 1000) | 0) + ' last=' + texts[texts.length - 1] + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
