print(7 % 3);
print(-7 % 3);
print(7 % -3);
print(-7 % -3);
print(0 % 5);
print(5 % 1);
print(5.5 % 1);
print(-5.5 % 1);
print(0.3 % 0.1);
print(1e20 % 3);
print(2147483647 % 10);
print(-2147483648 % 10);
print(-2147483648 % 3);
print(2147483648 % 10);
print(8191 % 8192);
print(-8192 % 8191);
print(-8192 % 8192);
print(8192 % -8192);
print(1 % (1 / 0));
print((1 / 0) % 1);
print(1 % (0 / 0));
print(1e-300 % 1e-301);
print(10 % 3.3);
print(-10 % 3.3);
print(4294967296 % 4294967295);
print(9007199254740992 % 7);
vmExport(0, function () {
  var r = "";
  for (var i = -10; i <= 10; i++) {
    r += (i % 4) + " ";
  }
  print(r);
  var z = "";
  for (var j = -6; j <= 6; j += 3) {
    var m = j % 3;
    z += (1 / m > 0 ? "+" : "-") + m + " ";
  }
  print(z);
  print(-0 % 1);
  print(1 / (-0 % 1));
  print(1 / (-1 % 1));
  print(1 / (-8192 % 2));
  print(1 / (-2147483648 % 2));
  print(1 / (-4294967296 % 2));
  print(1 / (-2.5 % 2.5));
  print(7 % 7);
  print(1 / (7 % 7));
  print(1 / (7 % -7));
});
