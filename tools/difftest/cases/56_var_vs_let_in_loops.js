function t1() {
  var fns = [];
  for (let i = 0; i < 3; i++) { var shared = i; fns[i] = () => shared + ":" + i; }
  return fns[0]() + " " + fns[1]() + " " + fns[2]();
}
print(t1());
function t2() {
  var fns = [];
  var count = 0;
  for (let i = 0; i < 3; i++) { fns[i] = () => { count++; return i + count; }; }
  return fns[0]() + " " + fns[1]() + " " + fns[2]() + " " + count;
}
print(t2());
function t3() {
  var fns = [];
  for (let i = 0; i < 3; i++) {
    fns[i] = function inc() { i += 10; return i; };
  }
  return fns[0]() + " " + fns[0]() + " " + fns[1]();
}
print(t3());
function t4(n) {
  var fns = [];
  for (let i = n; i > 0; i--) {
    let j = i;
    fns[fns.length] = () => n + i + j;
    n++;
  }
  return fns[0]() + " " + fns[fns.length - 1]() + " " + n;
}
print(t4(3));
function t5() {
  var fns = [];
  for (let i = 0, j = () => i; i < 3; i++) fns[i] = j;
  return fns[0]() + " " + fns[2]();
}
print(t5());
function t6() {
  var fns = [];
  let i = 100;
  for (let i = 0; i < 2; i++) fns[i] = () => i;
  fns[2] = () => i;
  return fns[0]() + " " + fns[1]() + " " + fns[2]();
}
print(t6());
function t7() {
  var fns = [];
  for (let i = 0; i < 3; i++) {
    let inner = [];
    for (let j = 0; j < 2; j++) inner[j] = () => i * 10 + j;
    fns[i] = inner;
  }
  return fns[0][1]() + " " + fns[2][0]() + " " + fns[2][1]();
}
print(t7());
function t8() {
  var g;
  for (let i = 0; i < 5; i++) {
    if (i === 0) g = () => i;
    i++;
  }
  return g();
}
print(t8());
vmExport(0, function () { print(t1() + "|" + t2() + "|" + t3() + "|" + t4(5) + "|" + t5() + "|" + t6() + "|" + t7() + "|" + t8()); });
