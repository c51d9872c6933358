var o = {};
for (var i = 0; i < 30; i++) {
  o["p" + i] = i * i;
}
print(o.p0);
print(o.p29);
print(o.p15);
print(o.p30);
var big = {};
big.a = 1; big.b = 2; big.c = 3; big.d = 4; big.e = 5;
big.f = 6; big.g = 7; big.h = 8; big.i = 9; big.j = 10;
big.k = 11; big.l = 12; big.m = 13; big.n = 14; big.o = 15;
big.p = 16; big.q = 17; big.r = 18; big.s = 19; big.t = 20;
big.u = 21; big.v = 22; big.w = 23; big.x = 24; big.y = 25; big.z = 26;
var sum = big.a + big.b + big.c + big.d + big.e + big.f + big.g + big.h + big.i + big.j + big.k + big.l + big.m + big.n + big.o + big.p + big.q + big.r + big.s + big.t + big.u + big.v + big.w + big.x + big.y + big.z;
print(sum);
vmExport(0, function () {
  for (var i = 30; i < 60; i++) {
    o["p" + i] = "v" + i;
  }
  var s = 0;
  for (var j = 0; j < 30; j++) s += o["p" + j];
  print(s);
  var t = "";
  for (var j2 = 30; j2 < 60; j2++) t += o["p" + j2];
  print(t.length);
  print(o.p59);
  for (var j3 = 0; j3 < 60; j3 += 2) o["p" + j3] = null;
  print(o.p58);
  print(o.p57);
  big.a = "A";
  big.z = "Z";
  big.aa = big.a + big.z;
  print(big.aa);
  print(big.m);
  var objs = [];
  for (var q = 0; q < 50; q++) {
    var x = {};
    for (var r = 0; r < 25; r++) x["k" + r] = q + r;
    objs[q] = x;
  }
  var total = 0;
  for (var q2 = 0; q2 < 50; q2++) total += objs[q2].k24 + objs[q2].k0;
  print(total);
});
