print(hoisted(3));
function hoisted(x) { return x * 2 + helper(); }
function helper() { return 100; }
print(typeof laterVar);
var laterVar = 5;
print(laterVar);
function outer() {
  print(inner());
  return inner2;
  function inner() { return "inner called"; }
  function inner2() { return "inner2 called"; }
}
print(outer()());
function shadow() {
  var r = typeof shadow;
  var shadow = 1;
  return r + "," + shadow;
}
print(shadow());
function redeclared() { return 1; }
function redeclared() { return 2; }
print(redeclared());
var fv = function () { return "first"; };
function fv2() { return "decl"; }
print(fv());
print(fv2());
function usesLater() { return later + 1; }
var later = 41;
print(usesLater());
function blockFns(flag) {
  var r = "";
  if (flag) {
    r += "yes";
  } else {
    r += "no";
  }
  return r;
}
print(blockFns(true) + blockFns(false));
vmExport(0, function () {
  print(hoisted(10));
  print(f2());
  function f2() { return g2() + 1; }
  function g2() { return 41; }
  var v = typeof h2;
  print(v);
  var h2 = 3;
  print(h2);
  print(usesLater());
  later = 99;
  print(usesLater());
});
