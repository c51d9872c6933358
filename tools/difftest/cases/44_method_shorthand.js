var calc = {
  add(a, b) { return a + b; },
  sub(a, b) { return a - b; },
  "mul"(a, b) { return a * b; },
  ["d" + "iv"](a, b) { return a / b; },
  nested: {
    pow(b, e) { var r = 1; while (e-- > 0) r *= b; return r; }
  }
};
print(calc.add(8191, 1));
print(calc.sub(-8192, 1));
print(calc.mul(65536, 32768));
print(calc.div(1, 3));
print(calc.nested.pow(2, 31));
print(calc.nested.pow(3, 40));
print(typeof calc.add);
var ops = ["add", "sub", "mul", "div"];
var s = "";
for (var i = 0; i < ops.length; i++) s += calc[ops[i]](12, 4) + " ";
print(s);
var makeObj = function (v) {
  return {
    v,
    get() { return v; },
    set(nv) { v = nv; return v; }
  };
};
var mo = makeObj(5);
mo.set(6);
print(mo.get());
print(mo.v);
vmExport(0, function () {
  print(mo.get());
  mo.set("dev");
  print(mo.get());
  print(mo.v);
  calc.add = function (a, b) { return "replaced " + (a + b); };
  print(calc.add(1, 2));
  calc.mod = (a, b) => a % b;
  print(calc.mod(-7, 3));
  var list = [];
  for (var i = 0; i < 100; i++) list[i] = makeObj(i);
  var tot = 0;
  for (var j = 0; j < 100; j++) { list[j].set(list[j].get() * 2); tot += list[j].get(); }
  print(tot);
});
