// typeof and equality over values of mixed types.
function classify(v) {
  const t = typeof v;
  if (t === 'number') return v === 0 ? 1 : 2;
  if (t === 'string') return v === '' ? 3 : 4;
  if (t === 'boolean') return v ? 5 : 6;
  if (v === undefined) return 7;
  if (v === null) return 8;
  return 9;
}
function run() {
  const vals = [0, 1, '', 'x', true, false, undefined, null, {}, 2.5];
  let s = 0;
  for (let i = 0; i < 100; i++) for (let j = 0; j < vals.length; j++) s += classify(vals[j]);
  assertEqual(s, 4700);
  return s;
}
vmExport(0, run);
