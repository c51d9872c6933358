var withLet = [];
for (let i = 0; i < 10; i++) {
  withLet[i] = () => i;
}
var withVar = [];
for (var j = 0; j < 10; j++) {
  withVar[j] = () => j;
}
var r1 = "", r2 = "";
for (var k = 0; k < 10; k++) { r1 += withLet[k](); r2 += withVar[k](); }
print(r1);
print(r2);
var mut = [];
for (let i = 0; i < 3; i++) {
  mut[i] = { get: () => i, inc: () => { i++; return i; } };
}
print(mut[0].inc());
print(mut[0].get());
print(mut[1].get());
var bodyLet = [];
var n = 0;
while (n < 5) {
  let captured = n * 2;
  bodyLet[n] = function () { return captured; };
  n++;
}
var r3 = "";
for (var q = 0; q < 5; q++) r3 += bodyLet[q]() + " ";
print(r3);
// closures in loop of 1000 iterations
var many = [];
for (let i = 0; i < 1000; i++) {
  many[i] = function () { return i + 1; };
}
var sum = 0;
for (var z = 0; z < 1000; z++) sum += many[z]();
print(sum);
vmExport(0, function () {
  var s = 0;
  for (var z2 = 0; z2 < many.length; z2++) s += many[z2]();
  print(s);
  print(many[999]());
  print(many.length);
  print(mut[0].inc());
  print(mut[2].inc());
  var fs2 = [];
  for (let a = 0, b = 10; a < 3; a++, b--) {
    fs2[a] = () => a + ":" + b;
  }
  print(fs2[0]() + " " + fs2[1]() + " " + fs2[2]());
  var fs3 = [];
  for (let i = 0; i < 1000; i++) {
    let local = i * 3;
    fs3[i] = x => local + x;
  }
  var t = 0;
  for (var w = 0; w < 1000; w++) t += fs3[w](1);
  print(t);
});
