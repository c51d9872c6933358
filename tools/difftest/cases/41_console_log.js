console.log("a", 1, true, null, undefined);
console.log();
console.log(1.5, -0, 0 / 0, 1 / 0, -1 / 0);
console.log("x" + 1, 2 + 3);
console.log(1e21, 1e-7, 123e-20);
console.log("");
console.log("", "");
console.log(typeof console.log, typeof print);
var parts = ["p", 2, false];
console.log(parts[0], parts[1], parts[2], parts[3]);
vmExport(0, function () {
  console.log("device", 8191 + 1, -8192 - 1);
  console.log(2147483647 + 1, -2147483648 - 1);
  for (var i = 0; i < 3; i++) console.log("line", i, i * 0.5);
  print(console.log("ret"));
  print(print("inner"));
});
