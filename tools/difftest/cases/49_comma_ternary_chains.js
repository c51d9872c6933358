var a = 1, b = 2, c = 3;
var r = (a++, b++, c++, a + b + c);
print(r);
var x = a > 1 ? (b > 2 ? "both" : "a only") : "none";
print(x);
function classify(n) {
  return n < 0 ? "neg" : n === 0 ? (1 / n < 0 ? "-zero" : "zero") : n < 8192 ? "small" : n < 2147483648 ? "int" : "big";
}
var tests = [-5, -0, 0, 1, 8191, 8192, 2147483647, 2147483648, 0 / 0];
var s = "";
for (var i = 0; i < tests.length; i++) s += classify(tests[i]) + " ";
print(s);
var seq = 0;
for (var i2 = 0, j2 = 100; i2 < j2; i2 += 7, j2 -= 3) seq++;
print(seq);
var t = (print("side"), "value");
print(t);
vmExport(0, function () {
  var s2 = "";
  for (var i = 0; i < tests.length; i++) s2 += classify(-tests[i]) + " ";
  print(s2);
  var q = 0;
  var z = (q += 5, q *= 2, q -= 1, q);
  print(z);
  print(true ? false ? 1 : 2 : 3);
  print(false ? 1 : true ? 2 : 3);
  var fnPick = 1 ? function () { return "picked1"; } : function () { return "picked2"; };
  print(fnPick());
  var obj = { k: 0 };
  var res = obj.k ? "truthy" : obj.k === 0 ? "zero" : "other";
  print(res);
});
