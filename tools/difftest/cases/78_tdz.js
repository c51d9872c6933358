function f() {
  var g = () => x;
  var r = typeof g;
  let x = 1;
  return g();
}
print(f());
function h() {
  print(y);
  let y = 2;
}
vmExport(0, function () { h(); });
