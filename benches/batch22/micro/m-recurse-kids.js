// Recursion over a tree of {kind, kids: []} gates with string kind tests (fault-tree's evalBool).
function ev(i) { return { kind: 'ev', id: i }; }
function g(k, kids) { return { kind: k, kids: kids }; }
const T = g('or', [g('and', [ev(0), ev(1)]), g('and', [ev(2), g('or', [ev(3), ev(4)])]), g('and', [ev(5), ev(6), ev(7)])]);
const S = [true, false, true, false, true, true, true, false];
function e(n) { if (n.kind === 'ev') return S[n.id]; let c = 0; for (let i = 0; i < n.kids.length; i++) if (e(n.kids[i])) c += 1; return n.kind === 'or' ? c > 0 : c === n.kids.length; }
const NODE_SUM = 167561;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 30; r++) h = (h * 31 + (e(T) ? 2 : 1) + r) % 1000003;
  }
  const line = 'm-recurse-kids ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
