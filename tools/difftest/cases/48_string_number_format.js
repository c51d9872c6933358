var nums = [0, -0, 1, -1, 8191, 8192, -8192, -8193, 2147483647, 2147483648, -2147483648, -2147483649,
  0.5, -0.5, 1.25, 1e21, 1e-7, 1.5e-7, 123e-20, 0.1 + 0.2, 1 / 3, 4294967296, 1e15, 1e16, 1e17,
  123456789012, 0.000001, 0.0000015, 1.7976931348623157e308, 5e-324, 0 / 0, 1 / 0, -1 / 0];
var out = "";
for (var i = 0; i < nums.length; i++) out += "[" + nums[i] + "]";
print(out);
var s = "";
for (var j = 0; j < nums.length; j++) s += nums[j] + ";";
print(s.length);
vmExport(0, function () {
  var r = "";
  for (var i = 0; i < nums.length; i++) r += (nums[i] * 2) + " ";
  print(r);
  r = "";
  for (var j = 0; j < nums.length; j++) r += (nums[j] / 10) + " ";
  print(r);
  r = "";
  for (var k = 0; k < nums.length; k++) r += (-nums[k]) + " ";
  print(r);
  r = "";
  for (var k2 = 0; k2 < nums.length; k2++) r += (nums[k2] + 0.5) + " ";
  print(r);
});
