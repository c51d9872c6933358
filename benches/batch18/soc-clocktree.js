// The clock framework of a microcontroller SoC, done the way a kernel's
// clock driver does it: by recursion over a tree of clock nodes. Two
// oscillators feed three PLLs; behind them sit muxes, dividers and gates,
// and long cascades of dividers and gates lead to the peripherals (deep
// chains: a timer clock is 40 levels from its oscillator). Every call builds
// the 120 nodes from a constant table, then: the rate of every node is found
// by recursing to the root (no caching, as clk_get_rate without a cache);
// enabling a peripheral enables its parents recursively and counts
// references; a set-rate request searches the dividers and mux inputs on the
// path upwards with backtracking for the closest rate not above the target;
// a rate change notifies the whole subtree recursively (pre- and
// post-change); disabling the unused clocks the boot loader left on is a post-order walk; the summary
// (clk_summary) is a depth-first walk that counts lines and the deepest
// level; and a reparenting step checks for loops by recursion. 24 driver
// requests go through this.
const NODE_SUM = 514406;
// kind: 0 oscillator, 1 PLL (mul), 2 mux (parents list), 3 divider (div, max), 4 gate
const K_OSC = 0, K_PLL = 1, K_MUX = 2, K_DIV = 3, K_GATE = 4;
const DEFS = [];                                     // [kind, parent or parents, value, max]
DEFS.push([K_OSC, -1, 24000000, 0]);                 // 0: HSE 24 MHz
DEFS.push([K_OSC, -1, 32768, 0]);                    // 1: LSE
DEFS.push([K_PLL, 0, 25, 0]);                        // 2: PLL1 600 MHz
DEFS.push([K_PLL, 0, 20, 0]);                        // 3: PLL2 480 MHz
DEFS.push([K_PLL, 0, 16, 0]);                        // 4: PLL3 384 MHz
DEFS.push([K_MUX, [2, 3, 4, 0], 0, 0]);              // 5: system mux
// three long cascades of dividers and gates hang from the mux and the PLLs
let top = 6;
const chainRoots = [5, 3, 4], chainLen = [38, 30, 26], LEAVES = [];
for (let c = 0; c < 3; c++) {
  let parent = chainRoots[c];
  for (let k = 0; k < chainLen[c]; k++) {
    const kind = k % 3 === 2 ? K_GATE : (k % 5 === 4 ? K_MUX : K_DIV);
    if (kind === K_MUX) DEFS.push([K_MUX, [parent, k % 10 === 9 ? top + 3 : 1 + (k & 1) * (c + 1)], 0, 0]);   // some offer a node below them
    else DEFS.push([kind, parent, kind === K_DIV ? 1 : 0, kind === K_DIV ? 1 + (k % 4) : 0]);
    if (k % 6 === 5) LEAVES.push(top);
    parent = top; top += 1;
  }
  LEAVES.push(parent);
}
while (top < 120) { DEFS.push([top % 2 ? K_GATE : K_DIV, 6 + ((top * 7) % 90), 1, 8]); LEAVES.push(top); top += 1; }
let checked = false;

function makeTree() {
  const nodes = [];
  for (let i = 0; i < DEFS.length; i++) {
    const d = DEFS[i];
    nodes.push({ id: i, kind: d[0], parents: d[0] === K_MUX ? d[1] : [d[1]], sel: 0, val: d[2], max: d[3], en: i % 4 === 1 ? 1 : 0, refs: 0, kids: [], notified: 0 });
  }
  for (let i = 0; i < nodes.length; i++) { const p = parentOf(nodes, nodes[i]); if (p) p.kids.push(nodes[i]); }
  return nodes;
}
function parentOf(nodes, n) { const p = n.parents[n.sel]; return p >= 0 ? nodes[p] : null; }
function rate(nodes, n) {                            // recursive, uncached
  if (n.kind === K_OSC) return n.val;
  const pr = rate(nodes, parentOf(nodes, n));
  if (n.kind === K_PLL) return pr * n.val;
  if (n.kind === K_DIV) return (pr / n.val) | 0;
  return pr;
}
function depth(nodes, n) { const p = parentOf(nodes, n); return p ? 1 + depth(nodes, p) : 0; }
function enable(nodes, n) {                          // parents first, reference counted
  if (n.refs === 0) { const p = parentOf(nodes, n); if (p) enable(nodes, p); n.en = 1; }
  n.refs += 1;
}
function disable(nodes, n) {
  if (n.refs === 0) return;
  n.refs -= 1;
  if (n.refs === 0) { n.en = 0; const p = parentOf(nodes, n); if (p) disable(nodes, p); }
}
function notify(n, phase) {                          // pre/post rate change over the subtree; returns nodes touched
  n.notified += phase;
  let c = 1;
  for (let i = 0; i < n.kids.length; i++) c += notify(n.kids[i], phase);
  return c;
}
// Best rate not above target reachable by changing dividers (and mux inputs) from n upwards.
// Returns the best rate; records the choices in plan (node id -> setting) when commit is set.
function search(nodes, n, target, budget, plan) {
  if (budget.left <= 0 || n.kind === K_OSC || n.kind === K_PLL) return rate(nodes, n);
  budget.left -= 1;
  if (n.kind === K_DIV) {
    const p = parentOf(nodes, n);
    let best = -1, bestDiv = n.val;
    for (let d = 1; d <= n.max; d++) {               // ask the parent for target*d, then divide
      const pr = search(nodes, p, target * d, budget, null);
      const r = (pr / d) | 0;
      if (r <= target && r > best) { best = r; bestDiv = d; }
    }
    if (plan) { plan.push(n.id); plan.push(bestDiv); search(nodes, p, target * bestDiv, budget, plan); }
    return best < 0 ? 0 : best;
  }
  if (n.kind === K_MUX) {
    let best = -1, bestSel = n.sel;
    for (let s = 0; s < n.parents.length; s++) {
      const pr = search(nodes, nodes[n.parents[s]], target, budget, null);
      if (pr <= target && pr > best) { best = pr; bestSel = s; }
    }
    if (plan) { plan.push(n.id); plan.push(-1 - bestSel); }
    return best < 0 ? 0 : best;
  }
  return search(nodes, parentOf(nodes, n), target, budget, plan);   // gates pass the rate through
}
function isAncestor(nodes, a, n) { if (n === null) return false; if (n === a) return true; return isAncestor(nodes, a, parentOf(nodes, n)); }
function reparent(nodes, n, sel) {
  const np = nodes[n.parents[sel]];
  if (isAncestor(nodes, n, np)) return 0;             // would make a loop
  const old = parentOf(nodes, n);
  if (old) { const k = []; for (let i = 0; i < old.kids.length; i++) if (old.kids[i] !== n) k.push(old.kids[i]); old.kids = k; }
  const was = n.refs;
  for (let i = 0; i < was; i++) disable(nodes, old);
  n.sel = sel; np.kids.push(n);
  for (let i = 0; i < was; i++) enable(nodes, np);
  return 1;
}
function summary(nodes, n, level, acc) {             // clk_summary: lines, enabled lines, deepest level, rate hash
  acc.lines += 1; if (n.en) acc.on += 1; if (level > acc.deep) acc.deep = level;
  acc.hash = (acc.hash * 31 + (rate(nodes, n) % 100003) + level) % 1000003;
  for (let i = 0; i < n.kids.length; i++) summary(nodes, n.kids[i], level + 1, acc);
}
function unusedOff(n) {                              // post-order: gates nobody holds are switched off
  let off = 0;
  for (let i = 0; i < n.kids.length; i++) off += unusedOff(n.kids[i]);
  if (n.refs === 0 && n.en) { n.en = 0; off += 1; }
  return off;
}

function run() {
  let h = 5;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const nodes = makeTree();
  let rateSum = 0, deepest = 0, touched = 0, loops = 0, reparents = 0, sets = 0;
  for (let i = 0; i < nodes.length; i++) { const r = rate(nodes, nodes[i]); rateSum = (rateSum + r % 1000003) % 1000003; const d = depth(nodes, nodes[i]); if (d > deepest) deepest = d; }
  add(rateSum); add(deepest);
  for (let q = 0; q < 24; q++) {
    const leaf = nodes[LEAVES[(q * 7) % LEAVES.length]];
    enable(nodes, leaf);
    const target = 1000000 + ((q * 7919) % 40) * 250000;
    const plan = [];
    const budget = { left: 400 };
    const got = search(nodes, leaf, target, budget, plan);
    add(got % 1000003); add(400 - budget.left);
    touched += notify(leaf, 1);
    for (let k = 0; k < plan.length; k += 2) {
      const n = nodes[plan[k]];
      if (plan[k + 1] < 0) { if (n.sel !== -1 - plan[k + 1]) { reparents += reparent(nodes, n, -1 - plan[k + 1]); } }
      else n.val = plan[k + 1];
    }
    sets += 1;
    touched += notify(leaf, 2);
    add(rate(nodes, leaf) % 1000003);
    const m = nodes[6 + ((q * 13) % 100)];
    if (m.kind === K_MUX) { const s = (m.sel + 1) % m.parents.length; if (reparent(nodes, m, s) === 0) loops += 1; else reparents += 1; }
    if (q % 3 === 2) disable(nodes, nodes[LEAVES[((q - 2) * 7) % LEAVES.length]]);
  }
  const acc = { lines: 0, on: 0, deep: 0, hash: 0 };
  summary(nodes, nodes[0], 0, acc); summary(nodes, nodes[1], 0, acc);
  const off = unusedOff(nodes[0]) + unusedOff(nodes[1]);
  add(acc.hash); add(acc.lines); add(off); add(touched % 1000003);
  const out = 'soc-clocktree nodes=' + nodes.length + ' deepest=' + deepest + ' requests=' + sets + ' reparents=' + reparents + ' loops=' + loops +
    ' notified=' + touched + ' lines=' + acc.lines + ' on=' + acc.on + ' deep=' + acc.deep + ' off=' + off + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
