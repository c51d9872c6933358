var a = [];
for (var i = 0; i < 500; i++) {
  a[i] = i * 3;
}
print(a.length);
print(a[499]);
var sum = 0;
for (var j = 0; j < a.length; j++) sum += a[j];
print(sum);
var strs = [];
for (var k = 0; k < 200; k++) strs[k] = "s" + k;
print(strs[199]);
print(strs.length);
vmExport(0, function () {
  // allocation heavy: build and discard many arrays
  var keep = [];
  for (var round = 0; round < 50; round++) {
    var tmp = [];
    for (var x = 0; x < 100; x++) tmp[x] = [x, "t" + x, { v: x }];
    keep[round] = tmp[round];
  }
  var s = 0;
  for (var r = 0; r < keep.length; r++) s += keep[r][0] + keep[r][2].v;
  print(s);
  print(keep[49][1]);
  for (var m = 0; m < 500; m++) a[m] = a[m] + 1;
  var t = 0;
  for (var m2 = 0; m2 < 500; m2++) t += a[m2];
  print(t);
  for (var m3 = 500; m3 < 1000; m3++) a[m3] = -m3;
  print(a.length);
  print(a[999]);
  a.length = 10;
  var u = 0;
  for (var m4 = 0; m4 < a.length; m4++) u += a[m4];
  print(u);
  var ss = "";
  for (var p = 0; p < strs.length; p += 20) ss += strs[p];
  print(ss);
  var matrix = [];
  for (var mi = 0; mi < 30; mi++) {
    matrix[mi] = [];
    for (var mj = 0; mj < 30; mj++) matrix[mi][mj] = mi * 30 + mj;
  }
  var diag = 0;
  for (var d = 0; d < 30; d++) diag += matrix[d][d];
  print(diag);
});
