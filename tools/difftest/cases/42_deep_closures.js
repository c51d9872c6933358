function level1(a) {
  var x1 = a + 1;
  return function level2(b) {
    var x2 = x1 + b;
    return function level3(c) {
      var x3 = x2 + c;
      return function level4(d) {
        x1++;
        x2++;
        x3++;
        return a + ":" + x1 + ":" + x2 + ":" + x3 + ":" + d;
      };
    };
  };
}
var l2 = level1(10);
var l3a = l2(100);
var l3b = l2(200);
var l4a = l3a(1000);
var l4b = l3b(2000);
print(l4a("A"));
print(l4b("B"));
print(l4a("C"));
var arrows = a => b => c => d => e => a + b + c + d + e;
print(arrows(1)(2)(3)(4)(5));
print(arrows("a")("b")("c")("d")("e"));
function memo() {
  var cache = [];
  var hits = 0;
  function fib(n) {
    if (cache[n] !== undefined) { hits++; return cache[n]; }
    var r = n < 2 ? n : fib(n - 1) + fib(n - 2);
    cache[n] = r;
    return r;
  }
  return { fib: fib, hits: () => hits };
}
var m = memo();
print(m.fib(50));
print(m.hits());
vmExport(0, function () {
  print(l4b("D"));
  print(l4a("E"));
  var l4c = l2(300)(3000);
  print(l4c("F"));
  print(l4a("G"));
  print(m.fib(78));
  print(m.fib(79));
  print(m.fib(90));
  print(m.hits());
  var m2 = memo();
  print(m2.fib(30));
  print(m2.hits());
});
