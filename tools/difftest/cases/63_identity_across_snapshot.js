function f() { return 1; }
var g = f;
function mk() { var c = 0; return function () { return c++; }; }
var c1 = mk(), c2 = mk(), c3 = c1;
var o = { name: "o" };
o.self = o;
var arr = [o, o];
var p = { ref: o, arr: arr };
arr[2] = arr;
var a1 = () => 1;
print(g === f);
print(c1 === c2);
print(c1 === c3);
print(o.self === o);
print(arr[0] === arr[1]);
print(p.ref === o);
print(f === a1);
print(o === { name: "o" });
vmExport(0, function () {
  print(g === f);
  print(c1 === c2);
  print(c1 === c3);
  print(o.self.self.self === o);
  print(arr[2][2][0] === o);
  print(p.arr === arr);
  o.name = "changed";
  print(p.ref.name + arr[1].name + arr[2][0].self.name);
  c1();
  print(c3());
  print(mk() === mk());
  print(print === print);
  print(typeof print === "function");
  var lp = print;
  lp("via alias");
  var obj = { log: print };
  obj.log("via obj");
});
