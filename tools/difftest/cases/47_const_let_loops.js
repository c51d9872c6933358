const limit = 5;
let total = 0;
for (let i = 0; i < limit; i++) {
  const sq = i * i;
  total += sq;
}
print(total);
let outerLet = "o";
function readOuter() { return outerLet; }
outerLet = "changed";
print(readOuter());
const arr = [1, 2, 3];
arr[0] = 100;
print(arr[0]);
const obj = { a: 1 };
obj.a++;
print(obj.a);
let w = 0;
while (w < 3) {
  let inside = w * 10;
  w++;
  if (inside === 10) continue;
  print(inside);
}
let fns = [];
let j = 0;
do {
  const k = j;
  fns[j] = () => k * 7;
  j++;
} while (j < 4);
print(fns[0]() + fns[1]() + fns[2]() + fns[3]());
vmExport(0, function () {
  print(readOuter());
  outerLet = "device";
  print(readOuter());
  print(arr[0] + arr.length);
  print(total);
  total = "reset";
  print(total);
  let s = "";
  for (let a = 0; a < 3; a++) {
    for (let b = a; b < 3; b++) {
      const pair = a + "" + b;
      s += pair + " ";
    }
  }
  print(s);
  let loopFns = [];
  for (let i = 0; i < 5; i++) {
    loopFns[i] = () => i;
    i++;
  }
  print(loopFns[0]() + "," + loopFns[2]() + "," + loopFns[4]());
  print(loopFns.length);
  print(loopFns[1]);
});
