function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function fact(n) { if (n <= 1) return 1; return n * fact(n - 1); }
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
function sumTo(n) { if (n === 0) return 0; return n + sumTo(n - 1); }
print(fib(0));
print(fib(1));
print(fib(10));
print(fib(22));
print(fact(0));
print(fact(10));
print(fact(17));
print(fact(18));
print(fact(21));
print(fact(170));
print(fact(171));
print(isEven(10));
print(isOdd(7));
print(isEven(99));
print(depth(100));
print(sumTo(100));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
print(ackermann(2, 3));
function power(b, e) { return e === 0 ? 1 : b * power(b, e - 1); }
print(power(2, 30));
print(power(2, 31));
print(power(2, 53));
print(power(2, 64));
print(power(-2, 31));
print(power(10, 21));
print(power(0.1, 7));
vmExport(0, function () {
  print(fib(18));
  print(depth(100));
  print(sumTo(150));
  print(isOdd(101));
  function hanoi(n, from, to, via) {
    if (n === 0) return 0;
    return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
  }
  print(hanoi(10, "a", "c", "b"));
  function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
  print(gcd(1071, 462));
  print(gcd(2147483647, 8191));
  function rstr(n) { return n === 0 ? "" : rstr(n - 1) + (n % 10); }
  print(rstr(30));
  print(ackermann(2, 2));
});
