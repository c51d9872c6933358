print(1000000000000000.25);
print(1 + 1 / 131072);
vmExport(0, function () {});
