// Memoised recursion with an object as cache keyed by template-literal strings: integer partition counts p(n, k).
let cache = {};
let misses = 0;
function parts(n, k) {
  if (n === 0) return 1;
  if (n < 0 || k === 0) return 0;
  const key = `${n}:${k}`;
  const hit = cache[key];
  if (hit !== undefined) return hit;
  misses++;
  const v = parts(n - k, k) + parts(n, k - 1);
  cache[key] = v;
  return v;
}
let checked = false;
function run() {
  cache = {};
  misses = 0;
  const a = parts(18, 18);
  const b = parts(24, 5);
  const result = a + b * 3 + misses;
  if (!checked) { checked = true; print('memo-partitions ' + a + ' ' + b + ' ' + misses + ' ' + result); }
  return result;
}
vmExport(0, run);
