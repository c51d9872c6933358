function f1() { var g = () => v; var v = "hoisted"; return g; }
print(f1()());
function f2() { var fns = []; for (var i = 0; i < 3; i++) { fns[i] = function () { return i; }; if (i === 1) break; } return fns; }
var r2 = f2(); print(r2[0]() + " " + r2[1]() + " " + r2.length);
function f3() { var fns = []; for (let i = 0; i < 5; i++) { var z = i * 2; fns[i] = () => i + ":" + z; } return fns; }
var r3 = f3(); print(r3[0]() + " " + r3[4]());
var rec = function () { return rec; };
var recCopy = rec;
rec = "replaced";
print(typeof recCopy());
function shadowChain() {
  var x = "L1";
  return function () {
    var y = x + "L2";
    var x2 = x;
    return function () {
      var x = "L3";
      return function () { return x + y + x2; };
    };
  };
}
print(shadowChain()()()());
function counterFactory() {
  let count = 0;
  const api = {};
  api.inc = () => ++count;
  api.reset = function () { count = 0; };
  api.make = () => () => count * 10;
  return api;
}
var cf = counterFactory();
cf.inc(); cf.inc();
var peek = cf.make();
print(peek());
function loopBreakLet() {
  var out = [];
  for (let i = 0; i < 10; i++) {
    out[out.length] = () => i;
    if (i === 3) break;
  }
  return out;
}
var lb = loopBreakLet();
print(lb.length + " " + lb[3]());
vmExport(0, function () {
  print(f1()());
  print(r3[2]());
  print(typeof recCopy());
  cf.inc();
  print(peek());
  cf.reset();
  print(peek());
  print(cf.inc());
  print(lb[0]() + lb[1]() + lb[2]() + lb[3]());
  var x = 1;
  function inner() { return x; }
  x = 2;
  print(inner());
  { let x = 3; print(inner()); }
});
