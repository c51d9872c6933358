function mk(a, b) {
  return function (c) {
    a = a + 1;
    return a + b + c;
  };
}
var f1 = mk(1, 10);
print(f1(100));
print(f1(100));
var f2 = mk("x", "y");
print(f2("z"));
function outer(p) {
  function mid(q) {
    function inner(r) {
      return p + q + r;
    }
    p = p + "!";
    return inner;
  }
  return mid;
}
var m = outer("P");
var i1 = m("Q");
print(i1("R"));
var i2 = m("S");
print(i2("T"));
print(i1("U"));
function paramShadow(x) {
  var g = function () { return x; };
  x = "reassigned";
  return g;
}
print(paramShadow("orig")());
function curry(a) { return b => c => d => a * 1000 + b * 100 + c * 10 + d; }
print(curry(1)(2)(3)(4));
var partial = curry(9)(8);
print(partial(7)(6));
vmExport(0, function () {
  print(f1(0));
  print(f2("w"));
  print(i1("V"));
  print(i2("W"));
  print(partial(0)(0));
  print(partial(1)(1));
  function makeMul(factor) { return n => n * factor; }
  var muls = [];
  for (var k = 0; k < 10; k++) muls[k] = makeMul(k);
  var s = "";
  for (var k2 = 0; k2 < 10; k2++) s += muls[k2](8191) + " ";
  print(s);
  function argCapture(a, b, c) { return () => [a, b, c]; }
  var t = argCapture(1)();
  print(t[0]);
  print(t[1]);
  print(t.length);
});
