// JSON.stringify throws a TypeError for a cycle (objects and arrays); a shared, acyclic value is written twice; undefined and functions.
vmExport(0, function () {
  const a = { name: 'a' };
  a.self = a;
  try { JSON.stringify(a); console.log('no throw'); } catch (e) { console.log(e instanceof TypeError, e.name); }
  const list = [1];
  list.push(list);
  try { JSON.stringify(list); } catch (e) { console.log('array', e instanceof TypeError); }
  const shared = { x: 1 };
  console.log(JSON.stringify({ p: shared, q: shared }));
  console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify([undefined]));
});
