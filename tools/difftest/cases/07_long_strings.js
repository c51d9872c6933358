var s = "";
for (var i = 0; i < 300; i++) {
  s += "x";
}
print(s.length);
print(s[0] + s[299]);
print(s[300]);
var t = "";
for (var j = 0; j < 50; j++) {
  t = t + j + ",";
}
print(t);
print(t.length);
var big = t + t + t + t;
print(big.length);
print(big[big.length - 1]);
print(big[100] + big[200] + big[300]);
function rep(str, n) {
  var r = "";
  while (n > 0) { r += str; n--; }
  return r;
}
var r = rep("abc", 150);
print(r.length);
print(r[449]);
print(r[448]);
vmExport(0, function () {
  var x = s;
  x += "y";
  print(x.length);
  var parts = [];
  for (var k = 0; k < 100; k++) {
    parts[k] = "item" + k;
  }
  var joined = "";
  for (var k2 = 0; k2 < parts.length; k2++) {
    joined += parts[k2];
    if (k2 < parts.length - 1) joined += "-";
  }
  print(joined.length);
  print(joined[joined.length - 1]);
  print(joined[0] + joined[1] + joined[2] + joined[3]);
  var longer = rep(joined, 3);
  print(longer.length);
  print(longer === joined + joined + joined);
  print(rep("", 10) === "");
  print(rep("ab", 200) < rep("ab", 201));
  print(rep("ab", 200) > rep("ab", 199) + "a");
});
