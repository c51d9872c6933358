function buildTree(d) {
  if (d === 0) return null;
  return { l: buildTree(d - 1), r: buildTree(d - 1), v: d };
}
function countNodes(t) { return t === null ? 0 : 1 + countNodes(t.l) + countNodes(t.r); }
function sumTree(t) { return t === null ? 0 : t.v + sumTree(t.l) + sumTree(t.r); }
var tree = buildTree(8);
print(countNodes(tree));
print(sumTree(tree));
function chain(n) { return n === 0 ? { end: true } : { next: chain(n - 1) }; }
function chainLen(c) { return c.end ? 0 : 1 + chainLen(c.next); }
var ch = chain(100);
print(chainLen(ch));
function recStr(n) { return n === 0 ? "" : "(" + recStr(n - 1) + ")"; }
var parens = recStr(100);
print(parens.length);
print(parens[0] + parens[199]);
function recClosure(n) {
  if (n === 0) return function () { return 0; };
  var inner = recClosure(n - 1);
  return function () { return n + inner(); };
}
var rc = recClosure(100);
print(rc());
vmExport(0, function () {
  print(countNodes(tree));
  tree.l.l.v = 1000;
  print(sumTree(tree));
  print(chainLen(ch));
  print(rc());
  var t2 = buildTree(9);
  print(countNodes(t2));
  print(recStr(120).length);
  function mutualA(n) { return n <= 0 ? "A" : mutualB(n - 1) + "a"; }
  function mutualB(n) { return n <= 0 ? "B" : mutualA(n - 1) + "b"; }
  var mm = mutualA(101);
  print(mm.length);
  print(mm[0]);
  print(mm[100]);
});
