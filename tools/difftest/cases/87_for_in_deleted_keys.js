// for..in skips a key deleted before its turn (objects and arrays), not one added; strings' indices; primitives and null have none; continue and labels.
vmExport(0, function () {
  const o = { a: 1, b: 2, c: 3, d: 4 };
  for (const k in o) { console.log('visit', k); if (k === 'a') { delete o.c; o.e = 5; } }
  const arr = [10, 20, 30];
  for (const i in arr) { console.log('index', i); if (i === '0') delete arr[2]; }
  for (const i in 'hey') console.log('char', i);
  for (const k in 5) console.log('never', k);
  for (const k in null) console.log('never', k);
  class P { constructor() { this.own = 1; } m() {} }
  const child = Object.create({ inherited: 1 });
  child.x = 2;
  for (const k in child) { console.log('key', k); delete child.inherited; }
  let n = 0;
  for (var k in { p: 1, q: 2 }) { if (k === 'p') continue; n++; }
  console.log(n, k);
  outer: for (const a in { x: 1, y: 2 }) { for (const b in { z: 1 }) { if (a === 'x') continue outer; console.log(a, b); } }
});
