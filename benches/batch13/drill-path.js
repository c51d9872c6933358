// Tool-path planning for a small PCB drilling machine (a travelling-
// salesman heuristic run in the controller). A board has 58 holes in
// three drill sizes: 20 vias (0.4 mm) scattered by an LCG, the pins of a
// DIP-16 and a DIP-8 (0.8 mm) and a 10-pin header plus four mounting
// holes (1.0 mm). Each call plans one closed tour per tool, starting and
// ending at the tool changer (0, 0):
//  - a distance table per tool (array of arrays) with integer square
//    roots done bit by bit on the squared distance in mils;
//  - a nearest-neighbour tour;
//  - improvement until nothing helps: Or-opt moves (a run of 1 to 3
//    holes goes, either way round, into a better gap) until none is
//    left, then one 2-opt move (reverse a segment where two edges
//    cross), and again; first improvement each time;
//  - the machine time: rapid moves at 40 mils/ms plus a drill cycle per
//    hole and a tool change per tool.
const NODE_SUM = 924600;

function isqrt(n) {
  let r = 0, bit = 1 << 28;
  while (bit > n) bit >>= 2;
  while (bit !== 0) {
    if (n >= r + bit) { n -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
    bit >>= 2;
  }
  return r;
}

function makeBoard() {
  const tools = [[[0, 0]], [[0, 0]], [[0, 0]]];     // every tour starts at the tool changer
  let seed = 31337;
  const rnd = (n) => { seed = (seed * 1103 + 12345) % 65536; return (seed >> 2) % n; };
  for (let k = 0; k < 20; k++) tools[0].push([200 + rnd(3600), 200 + rnd(2600)]);
  for (let p = 0; p < 8; p++) { tools[1].push([900 + p * 100, 1200]); tools[1].push([900 + p * 100, 1500]); }
  for (let p = 0; p < 4; p++) { tools[1].push([2500 + p * 100, 600]); tools[1].push([2500 + p * 100, 900]); }
  for (let p = 0; p < 10; p++) tools[2].push([300, 1600 + p * 100]);
  tools[2].push([150, 150]); tools[2].push([3850, 150]); tools[2].push([150, 2850]); tools[2].push([3850, 2850]);
  return tools;
}

function tourLength(t, d) {
  let len = 0;
  for (let i = 0; i < t.length; i++) len += d[t[i]][t[(i + 1) % t.length]];
  return len;
}

function twoOpt(t, d) {
  const m = t.length;
  for (let i = 1; i < m - 1; i++) {
    for (let j = i + 1; j < m; j++) {
      const a = t[i - 1], b = t[i], c = t[j], e = t[(j + 1) % m];
      if (d[a][c] + d[b][e] < d[a][b] + d[c][e]) {
        let lo = i, hi = j;
        while (lo < hi) { const x = t[lo]; t[lo] = t[hi]; t[hi] = x; lo += 1; hi -= 1; }
        return true;
      }
    }
  }
  return false;
}

function orOpt(t, d) {
  const m = t.length;
  for (let len = 1; len <= 3; len++) {
    for (let i = 1; i + len <= m; i++) {
      const s0 = t[i], s1 = t[i + len - 1], prev = t[i - 1], next = t[(i + len) % m];
      const gain = d[prev][s0] + d[s1][next] - d[prev][next];
      for (let j = 0; j < m; j++) {
        const a = t[j], b = t[(j + 1) % m];
        if (j < i - 1 || j >= i + len) {        // not an edge that touches the run
          const fwd = d[a][s0] + d[s1][b] - d[a][b], rev = d[a][s1] + d[s0][b] - d[a][b];
          if (fwd < gain || rev < gain) {
            const run = [], rest = [];
            for (let k = 0; k < len; k++) run.push(t[i + k]);
            for (let k = 0; k < m; k++) {
              if (k < i || k >= i + len) rest.push(t[k]);
              if (k === j) for (let q = 0; q < len; q++) rest.push(fwd <= rev ? run[q] : run[len - 1 - q]);
            }
            for (let k = 0; k < m; k++) t[k] = rest[k];
            return true;
          }
        }
      }
    }
  }
  return false;
}

let checked = false;

function run() {
  const tools = makeBoard();
  let h = 23, travel = 0, nnTotal = 0, twos = 0, ors = 0, holes = 0;
  for (let tl = 0; tl < tools.length; tl++) {
    const pts = tools[tl], m = pts.length, d = [];
    for (let i = 0; i < m; i++) {
      const row = [];
      for (let j = 0; j < m; j++) {
        const dx = pts[i][0] - pts[j][0], dy = pts[i][1] - pts[j][1];
        row.push(isqrt(dx * dx + dy * dy));
      }
      d.push(row);
    }
    const used = [true], t = [0];
    for (let i = 1; i < m; i++) used.push(false);
    for (let k = 1; k < m; k++) {
      const at = t[k - 1];
      let best = -1;
      for (let j = 1; j < m; j++) if (!used[j] && (best < 0 || d[at][j] < d[at][best])) best = j;
      used[best] = true; t.push(best);
    }
    const nn = tourLength(t, d);
    let improved = true;
    while (improved) {
      improved = false;
      while (orOpt(t, d)) { ors += 1; improved = true; }
      if (twoOpt(t, d)) { twos += 1; improved = true; }
    }
    const len = tourLength(t, d);
    nnTotal += nn; travel += len; holes += m - 1;
    h = (h * 31 + nn) % 1000003;
    h = (h * 31 + len) % 1000003;
    for (let i = 0; i < m; i++) h = (h * 31 + t[i]) % 1000003;
  }
  const ms = ((travel / 40) | 0) + holes * 180 + tools.length * 4000;
  h = (h * 31 + twos * 100 + ors) % 1000003;
  const line = 'drill-path tools=3 holes=' + holes + ' nn=' + nnTotal + ' opt=' + travel + ' saved=' +
    (((nnTotal - travel) * 1000 / nnTotal) | 0) + 'pm 2opt=' + twos + ' oropt=' + ors + ' time=' + ms + 'ms ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
