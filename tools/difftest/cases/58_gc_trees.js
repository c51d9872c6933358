function node(v, l, r) { return { v: v, l: l, r: r }; }
function insert(t, v) {
  if (t === null) return node(v, null, null);
  if (v < t.v) return node(t.v, insert(t.l, v), t.r);
  return node(t.v, t.l, insert(t.r, v));
}
function inorder(t, acc) {
  if (t === null) return acc;
  acc = inorder(t.l, acc);
  acc[acc.length] = t.v;
  return inorder(t.r, acc);
}
function height(t) { if (t === null) return 0; var a = height(t.l), b = height(t.r); return 1 + (a > b ? a : b); }
var seed = 12345;
function rand() { seed = (seed * 1103 + 12345) % 65536; return seed; }
var tree = null;
for (var i = 0; i < 150; i++) tree = insert(tree, rand() % 1000);
var sorted = inorder(tree, []);
print(sorted.length + " " + sorted[0] + " " + sorted[149] + " " + height(tree));
vmExport(0, function () {
  for (var i = 0; i < 300; i++) tree = insert(tree, rand() % 1000);
  var s2 = inorder(tree, []);
  var ok = true;
  for (var j = 1; j < s2.length; j++) if (s2[j - 1] > s2[j]) ok = false;
  print(s2.length + " " + ok + " " + s2[0] + " " + s2[449] + " " + height(tree));
  var sum = 0;
  for (var k = 0; k < s2.length; k++) sum += s2[k];
  print(sum);
  var words = [];
  for (var w = 0; w < 300; w++) words[w] = "w" + (rand() % 500);
  var st = null;
  for (var w2 = 0; w2 < words.length; w2++) st = insert(st, words[w2]);
  var ws = inorder(st, []);
  print(ws.length + " " + ws[0] + " " + ws[299]);
});
