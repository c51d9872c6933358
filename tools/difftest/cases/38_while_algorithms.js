function collatz(n) {
  var steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  return steps;
}
print(collatz(27));
print(collatz(97));
print(collatz(871));
function isPrime(n) {
  if (n < 2) return false;
  for (var d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
var primes = "";
for (var i = 0; i < 60; i++) if (isPrime(i)) primes += i + " ";
print(primes);
print(isPrime(8191));
print(isPrime(2147483647));
function sieve(n) {
  var comp = [];
  var count = 0;
  for (var i = 2; i <= n; i++) {
    if (!comp[i]) {
      count++;
      for (var j = i * i; j <= n; j += i) comp[j] = true;
    }
  }
  return count;
}
print(sieve(1000));
vmExport(0, function () {
  print(collatz(6171));
  print(sieve(2000));
  var a = 0, b = 1;
  var n = 0;
  while (b < 1e20) { var t = a + b; a = b; b = t; n++; }
  print(n);
  print(a);
  print(b);
  var digits = 0;
  var num = 2147483647;
  do { digits++; num = (num - num % 10) / 10; } while (num > 0);
  print(digits);
  var bin = "";
  var v = 8191;
  while (v > 0) { bin = (v % 2) + bin; v = (v - v % 2) / 2; }
  print(bin);
  print(bin.length);
});
