var a = [1, 2, 3];
a.x = "ex";
a[-1] = "neg";
print(a.x);
print(a[-1]);
vmExport(0, function () {});
