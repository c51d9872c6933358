function f1() {
  var out = "";
  var fns = [];
  let outerCap = "O";
  fns[fns.length] = () => outerCap;
  for (var i = 0; i < 4; i++) {
    let a = "a" + i;
    fns[fns.length] = () => a;
    inner: {
      let b = "b" + i;
      fns[fns.length] = () => b;
      if (i === 1) break inner;
      {
        let c = "c" + i;
        fns[fns.length] = () => c;
        if (i === 2) break inner;
        out += c;
      }
      out += b;
    }
    out += a + outerCap + ";";
  }
  var s = "";
  for (var k = 0; k < fns.length; k++) s += fns[k]();
  return out + " | " + s;
}
print(f1());
function f2() {
  let top = "T";
  var g = () => top;
  var out = "";
  outer: for (let i = 0; i < 3; i++) {
    let x = "x" + i;
    var h = () => x;
    for (let j = 0; j < 3; j++) {
      let y = "y" + j;
      var hh = () => y + x;
      if (j === 1) continue outer;
      if (i === 2) break outer;
      out += hh();
    }
  }
  top = "T2";
  return out + " " + g() + " " + top;
}
print(f2());
function f3() {
  var r = "";
  var k = 0;
  while (k < 5) {
    k++;
    let cap = k;
    var fn = () => cap;
    if (k % 2 === 0) continue;
    {
      let cap2 = k * 100;
      var fn2 = () => cap2;
      if (k === 5) break;
      r += fn2();
    }
    r += "," + fn() + ";";
  }
  let after = "after";
  var fa = () => after;
  return r + " " + k + " " + fa();
}
print(f3());
function f4() {
  var acc = [];
  for (let i = 0; i < 3; i++) {
    do {
      let d = i;
      acc[acc.length] = () => d;
      if (d === 1) break;
      acc[acc.length] = () => d * 10;
    } while (false);
    let e = i + 100;
    acc[acc.length] = () => e;
  }
  var s = "";
  for (var q = 0; q < acc.length; q++) s += acc[q]() + " ";
  return s;
}
print(f4());
var topLevelCap = "TL";
var tlf = () => topLevelCap;
lbl: {
  let blk = "blk";
  var bf = () => blk;
  if (tlf()) break lbl;
}
let afterTop = "AT";
var atf = () => afterTop;
print(bf() + tlf() + atf());
vmExport(0, function () {
  print(f1());
  print(f2());
  print(f3());
  print(f4());
  print(bf() + tlf() + atf());
});
