vmExport(0, function () {
  print(x);
  let x = 1;
  print("not reached in JS");
});
