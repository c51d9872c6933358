print(8191 < 8192);
print(8192 > 8191);
print(-8192 < -8191);
print(-8193 < -8192);
print(2147483647 < 2147483648);
print(-2147483648 > -2147483649);
print(2147483648 >= 2147483648);
print(0.1 + 0.2 > 0.3);
print(1e21 > 1e20);
print(-0 <= 0);
print(-0 >= 0);
print(5 <= 5);
print(5 >= 5.0000001);
print(1 / 0 > 1e308);
print(-1 / 0 < -1e308);
print(9007199254740992 === 9007199254740993);
print(1 === 1.0);
print(0 === -0);
print(8192 === 8192.0);
print(2147483648 === 2147483647 + 1);
print(0.5 + 0.5 === 1);
print(3 > 2 > 1);
print(1 < 2 < 3);
print(3 < 2 < 1);
vmExport(0, function () {
  var vals = [-2147483649, -2147483648, -8193, -8192, -1, -0, 0, 0.5, 1, 8191, 8192, 2147483647, 2147483648];
  var bad = 0;
  for (var i = 0; i < vals.length; i++) {
    for (var j = 0; j < vals.length; j++) {
      var lt = vals[i] < vals[j];
      var gt = vals[i] > vals[j];
      var le = vals[i] <= vals[j];
      var ge = vals[i] >= vals[j];
      var eq = vals[i] === vals[j];
      var expectLt = i < j && !(i === 5 && j === 6);
      if (lt !== expectLt) { print("lt " + i + " " + j); bad++; }
      if (gt !== (j < i && !(j === 5 && i === 6))) { print("gt " + i + " " + j); bad++; }
      if (le !== (lt || eq)) { print("le " + i + " " + j); bad++; }
      if (ge !== (gt || eq)) { print("ge " + i + " " + j); bad++; }
    }
  }
  print(bad);
  var x = 8191;
  x++;
  print(x > 8191);
  print(x === 8192);
  var y = 2147483647;
  y++;
  print(y === 2147483648);
  print(y > 2147483647);
});
