print(0 - 8192);
print(0 - 8193);
print(-8192 - 8192);
print(8191 - -8192);
print(-1 - 2147483647);
print(-2 - 2147483647);
print(2147483647 - -1);
print(0 - -2147483648);
print(0 - 0);
print(1 / (0 - 0));
print(1 / (-0 - 0));
print(1 / (-0 - -0));
print(0.3 - 0.1);
print(1e16 - 1);
print(1e21 - 1e21);
print("5" - "2");
print("5" - 2);
print(5 - "2");
print("a" - "b");
print(null - 1);
print(undefined - 1);
print(true - true);
vmExport(0, function () {
  var x = 0;
  var s = "";
  for (var i = 0; i < 6; i++) { x -= 1638; s += x + " "; }
  print(s);
  var y = -2147483640;
  s = "";
  for (var j = 0; j < 4; j++) { y -= 5; s += y + " "; }
  print(s);
  var z = 8195;
  s = "";
  while (z > 8188) { z--; s += z + " "; }
  print(s);
  var w = -8189;
  s = "";
  for (var k = 0; k < 6; k++) s += (w--) + " ";
  print(s);
  print(w);
});
