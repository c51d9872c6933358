let x = 1;
{
  let x = 2;
  print(x);
  {
    let x = 3;
    print(x);
  }
  print(x);
}
print(x);
var v = "outer";
function f() {
  var v = "inner";
  {
    let v = "block";
    print(v);
  }
  return v;
}
print(f());
print(v);
const c = 10;
{
  const c = 20;
  print(c);
}
print(c);
for (let i = 0; i < 2; i++) {
  let i2 = i * 10;
  print(i2);
}
var i = "global i";
for (let i = 0; i < 1; i++) {}
print(i);
if (true) {
  var hoistedFromBlock = "visible";
  let notVisible = "hidden";
}
print(hoistedFromBlock);
print(typeof notVisible);
let shadowParam = "global";
function sp(shadowParam) {
  return shadowParam;
}
print(sp("param"));
print(shadowParam);
vmExport(0, function () {
  let a = 1;
  {
    let a = 2;
    {
      let a = 3;
      {
        let a = 4;
        print(a);
      }
      print(a);
    }
    print(a);
  }
  print(a);
  print(x);
  x = 100;
  print(x);
  let fns = [];
  {
    let captured = "first";
    fns[0] = () => captured;
    captured = "modified";
  }
  {
    let captured = "second";
    fns[1] = () => captured;
  }
  print(fns[0]() + fns[1]());
  var total = 0;
  for (let i = 0; i < 5; i++) {
    for (let i = 0; i < 3; i++) {
      total += i;
    }
    total += 100;
  }
  print(total);
});
