var a = [10, 20];
var s = "ab";
var z = -0;
print(a[z]);
print(a[-0]);
print(s[z]);
a[z] = 5;
print(a[0]);
vmExport(0, function () {});
