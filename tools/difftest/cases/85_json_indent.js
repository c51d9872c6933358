// JSON.stringify's third argument: spaces (clamped to 10) or a string (its first 10 units) per level; '' and 0 and negatives none.
vmExport(0, function () {
  const v = { name: 'sensor', readings: [1, 2.5, -0, null], nested: { ok: true, empty: {}, list: [] }, skip: undefined, f: function () {} };
  console.log(JSON.stringify(v));
  console.log(JSON.stringify(v, null, 2));
  console.log(JSON.stringify(v, null, '\t'));
  console.log(JSON.stringify([1, [2, [3]]], null, 1));
  console.log(JSON.stringify({ a: 1 }, null, 20));
  console.log(JSON.stringify({ a: [] }, null, 0));
  console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
  console.log(JSON.stringify({ a: 1 }, null, -3));
  console.log(JSON.stringify({ a: 1 }, null, ''));
  console.log(JSON.stringify('text', null, 2), JSON.stringify(5, null, 2));
  console.log(JSON.stringify({ a: [{ b: 1 }] }, null, 2.9));
});
