function many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) {
  return "" + a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t;
}
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
print(many(1, 2, 3));
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22));
function dupVar(a) { var a; return a; }
print(dupVar(7));
function dupVar2(a) { var a = a + 1; return a; }
print(dupVar2(7));
function paramVsFn(a) { function a() {} return typeof a; }
print(paramVsFn(1));
function fnVsVar() { var g = 1; function g() {} return typeof g; }
print(fnVsVar());
function fnVsVar2() { var g; function g() {} return typeof g; }
print(fnVsVar2());
var nfe = function self(self) { return typeof self; };
print(nfe(3));
var nfe2 = function me() { var me = 5; return me; };
print(nfe2());
var nfe3 = function me2() { return typeof me2; };
var alias = nfe3;
nfe3 = null;
print(alias());
function letShadow(p) { { let p = "inner"; print(p); } return p; }
print(letShadow("outer"));
function manyLocals() {
  var v0 = 0, v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9;
  var w0 = 10, w1 = 11, w2 = 12, w3 = 13, w4 = 14, w5 = 15, w6 = 16, w7 = 17, w8 = 18, w9 = 19;
  var x0 = 20, x1 = 21, x2 = 22, x3 = 23, x4 = 24, x5 = 25, x6 = 26, x7 = 27, x8 = 28, x9 = 29;
  return function () { return v0 + v9 + w0 + w9 + x0 + x9 + v5 * w5 * x5; };
}
print(manyLocals()());
vmExport(0, function () {
  print(many("a", "b"));
  print(manyLocals()());
  print(alias());
});
