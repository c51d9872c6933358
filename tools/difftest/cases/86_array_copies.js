// Array methods at, keys, values, entries (arrays here), toReversed, toSorted and with.
vmExport(0, function () {
  const a = [3, 1, 2];
  console.log(a.at(0), a.at(-1), a.at(5), a.at(-4), a.at(1.7));
  console.log([...a.keys()].join(), [...a.values()].join());
  for (const [i, v] of a.entries()) console.log(i, v);
  const r = a.toReversed();
  const s = a.toSorted();
  const d = a.toSorted(function (x, y) { return y - x; });
  console.log(r.join(), s.join(), d.join(), a.join());
  console.log(a.with(1, 9).join(), a.with(-1, 0).join(), a.join());
  try { a.with(3, 1); } catch (e) { console.log(e instanceof RangeError); }
});
