var f;
var fs = [];
for (let i = 0, g = () => i; i < 3; i++) { fs[i] = g; }
print(fs[0]() + "," + fs[2]());
var hs = [];
for (let i = 0; i < 3; hs[i] = () => i, i++) {}
print(hs[0]() + "," + hs[1]() + "," + hs[2]());
var ks = [];
for (let i = 0; i < 6; i++) {
  if (i % 2 === 0) continue;
  ks[ks.length] = () => i;
}
print(ks[0]() + "," + ks[1]() + "," + ks[2]());
var ls = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) continue outer;
    ls[ls.length] = () => i * 10 + j;
  }
}
var r = "";
for (var q = 0; q < ls.length; q++) r += ls[q]() + " ";
print(r);
var ms = [];
for (let i = 0; i < 3; i++) {
  ms[i] = () => i;
  i += 0;
}
var cs = [];
for (let i = 0; i < 5; i++) {
  cs[i] = { get: () => i, set: (v) => { i = v; } };
  if (i === 1) cs[i].set(3);
}
print(cs.length);
print(cs[1].get());
vmExport(0, function () {
  print(fs[0]() + "," + fs[2]());
  print(hs[0]() + "," + hs[1]() + "," + hs[2]());
  print(r);
  var ws = [];
  let k = 0;
  while (k < 3) { let kk = k; ws[k] = () => kk; k++; }
  print(ws[0]() + ws[1]() + ws[2]());
  var ds = [];
  var n = 0;
  do { let m = n; ds[n] = function () { return m; }; n++; } while (n < 3);
  print(ds[0]() + ds[1]() + ds[2]());
});
