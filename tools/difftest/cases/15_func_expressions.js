var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
print(fact(5));
print(fact(12));
print(fact(13));
print(fact(20));
print(fact(25));
var fib = function fibo(n) { return n < 2 ? n : fibo(n - 1) + fibo(n - 2); };
print(fib(20));
var anon = function (a, b) { return a + b; };
print(anon(1, 2));
print(anon(1));
print(anon());
print(anon(1, 2, 3));
var arrow1 = x => x * x;
var arrow2 = (x, y) => { return x - y; };
var arrow3 = () => "noargs";
print(arrow1(9));
print(arrow2(3, 10));
print(arrow3());
print((function (x) { return x + 1; })(41));
print((x => x + "!")("hi"));
var immediate = (function () {
  var hidden = 7;
  return hidden * 6;
})();
print(immediate);
function noReturn() { var x = 1; }
print(noReturn());
function emptyReturn() { return; }
print(emptyReturn());
function earlyReturn(x) {
  if (x > 0) return "pos";
  if (x < 0) return "neg";
  return "zero";
}
print(earlyReturn(5) + earlyReturn(-5) + earlyReturn(0) + earlyReturn(-0));
var higher = function (fn, n) { return fn(fn(n)); };
print(higher(arrow1, 3));
print(higher(function (q) { return q + "a"; }, "b"));
vmExport(0, function () {
  print(fact(10));
  print(fib(15));
  var compose = (f, g) => x => f(g(x));
  var inc = x => x + 1;
  var dbl = x => x * 2;
  print(compose(inc, dbl)(5));
  print(compose(dbl, inc)(5));
  var add = a => b => c => a + b + c;
  print(add(1)(2)(3));
  print(add("a")("b")("c"));
  var namedShadow = function g(n) { var g2 = g; return n > 0 ? g2(n - 1) + 1 : 0; };
  print(namedShadow(50));
  var arrowObj = () => ({ v: 5 });
  print(arrowObj().v);
});
