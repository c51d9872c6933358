// Dynamic programming over two symbol arrays: longest common subsequence and Levenshtein distance, two-row tables.
function makeSeq(n, seed, alpha) {
  const a = [];
  for (let i = 0; i < n; i++) { seed = (seed * 75 + 74) % 65537; a.push(seed % alpha); }
  return a;
}
function lcs(a, b) {
  let prev = [], cur = [];
  for (let j = 0; j <= b.length; j++) { prev.push(0); cur.push(0); }
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      if (ai === b[j - 1]) cur[j] = prev[j - 1] + 1;
      else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length];
}
function edit(a, b) {
  let prev = [], cur = [];
  for (let j = 0; j <= b.length; j++) { prev.push(j); cur.push(0); }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      let best = prev[j - 1] + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (del < best) best = del;
      if (ins < best) best = ins;
      cur[j] = best;
    }
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length];
}
const A = makeSeq(48, 101, 4);
const B = makeSeq(44, 202, 4);
let checked = false;
function run() {
  const l = lcs(A, B);
  const e = edit(A, B);
  const result = l * 1000 + e;
  if (!checked) { checked = true; print('lcs-edit ' + l + ' ' + e); }
  return result;
}
vmExport(0, run);
