// closures created at build time, called on device
var fns = [];
for (let i = 0; i < 5; i++) {
  fns[i] = function () { return i * i; };
}
var shared = 0;
function adder(n) { return function () { shared += n; return shared; }; }
var add1 = adder(1);
var add10 = adder(10);
add1();
add10();
print(shared);
function makeAcc() {
  var total = "";
  return function (s) { total += s; return total; };
}
var acc = makeAcc();
acc("a");
acc("b");
var obj = {
  name: "obj",
  greet: function (who) { return "hello " + who + " from " + obj.name; }
};
var nested = (function () {
  var a = 1;
  return function () {
    var b = 2;
    return function () {
      var c = 3;
      return function () { a++; b++; c++; return a * 100 + b * 10 + c; };
    };
  };
})()()();
print(nested());
vmExport(0, function () {
  var s = "";
  for (var k = 0; k < fns.length; k++) s += fns[k]() + ",";
  print(s);
  print(add1());
  print(add10());
  print(shared);
  print(acc("c"));
  print(acc("d"));
  print(obj.greet("dev"));
  obj.name = "changed";
  print(obj.greet("dev"));
  print(nested());
  print(nested());
});
