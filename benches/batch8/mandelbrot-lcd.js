// Mandelbrot set on a 40x12 character LCD: the classic escape-time float
// kernel. Each call renders the whole screen (up to 32 iterations per
// cell), maps iteration counts to a 10-step shade ramp of one-character
// strings, builds the rows by concatenation, and then zooms in twice
// around a point on the boundary with a smaller 20x6 window, as a demo
// mode would. A per-screen histogram and a row-string cache (an object
// keyed by the row text, counting repeated rows) are kept as well. The
// first screen's middle row is compared with the text it had on the
// first call.
const SHADES = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];
const MAXIT = 32;

function escape(cx, cy) {
  let zr = 0, zi = 0, n = 0;
  while (n < MAXIT) {
    const zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4) break;
    zi = 2 * zr * zi + cy;
    zr = zr2 - zi2 + cx;
    n++;
  }
  return n;
}
function render(screen, x0, y0, w, h, cols, rows) {
  const dx = w / cols, dy = h / rows;
  for (let r = 0; r < rows; r++) {
    const cy = y0 + (r + 0.5) * dy;
    let line = '';
    for (let c = 0; c < cols; c++) {
      const n = escape(x0 + (c + 0.5) * dx, cy);
      screen.total += n;
      screen.hist[n >> 2] += 1;
      if (n === MAXIT) { screen.inside++; line += SHADES[9]; } else line += SHADES[(n * 9 / MAXIT) | 0];
    }
    screen.lines.push(line);
    const key = 'r' + line;
    screen.seen[key] = screen.seen[key] === undefined ? 1 : screen.seen[key] + 1;
  }
}

let checked = false, expected = 0, midRow = '';
function run() {
  const views = [
    { x0: -2.2, y0: -1.2, w: 3.0, h: 2.4, cols: 40, rows: 12 },
    { x0: -0.95, y0: 0.15, w: 0.4, h: 0.24, cols: 20, rows: 6 },
    { x0: -0.8, y0: 0.2, w: 0.08, h: 0.048, cols: 20, rows: 6 }
  ];
  let h = 0, summary = '';
  for (let v = 0; v < views.length; v++) {
    const vw = views[v];
    const screen = { total: 0, inside: 0, hist: [0, 0, 0, 0, 0, 0, 0, 0, 0], lines: [], seen: {} };
    render(screen, vw.x0, vw.y0, vw.w, vw.h, vw.cols, vw.rows);
    let repeats = 0;
    for (let r = 0; r < screen.lines.length; r++) if (screen.seen['r' + screen.lines[r]] > 1) repeats++;
    for (let b = 0; b < 9; b++) h = (h * 37 + screen.hist[b]) % 1000003;
    h = (h * 31 + screen.total * 3 + screen.inside + repeats * 1009) % 1000003;
    summary += ` ${screen.total}/${screen.inside}/${repeats}`;
    if (v === 0) {
      if (midRow === '') midRow = screen.lines[6];
      assertEqual(screen.lines[6], midRow);
    }
  }
  if (!checked) {
    checked = true;
    expected = h;
    print(`mandelbrot-lcd it/in/rep${summary} ${h}`);
  }
  assertEqual(h, expected);
  return h;
}
vmExport(0, run);
