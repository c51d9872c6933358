var out = "";
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    out += i + "" + j + " ";
  }
}
print(out);
out = "";
var k = 0;
while (true) {
  k++;
  if (k % 2 === 0) continue;
  if (k > 9) break;
  out += k;
}
print(out);
out = "";
var m = 10;
do {
  out += m + ";";
  m -= 3;
} while (m > 0);
print(out);
var n = 0;
do { n++; } while (false);
print(n);
blk: {
  print("in block");
  if (n === 1) break blk;
  print("not printed");
}
print("after block");
a: b: for (var x = 0; x < 3; x++) {
  c: for (var y = 0; y < 3; y++) {
    if (y === 1) continue a;
    if (x === 2) break b;
    print("xy " + x + y);
  }
}
vmExport(0, function () {
  var s = "";
  lbl: for (let i = 0; i < 4; i++) {
    let j = 0;
    inner: while (j < 4) {
      j++;
      if (j === 2) continue inner;
      if (i === 2) continue lbl;
      if (i === 3 && j === 3) break lbl;
      s += i + ":" + j + " ";
    }
  }
  print(s);
  var count = 0;
  for (;;) { if (++count >= 7) break; }
  print(count);
  var t = 0;
  for (var q = 0; q < 100; q++) {
    if (q % 3 === 0) continue;
    if (q % 7 === 0) continue;
    t += q;
  }
  print(t);
  var w = 0;
  outer2: do {
    w++;
    inner2: do {
      w += 10;
      if (w > 50) break outer2;
      continue outer2;
    } while (false);
  } while (w < 1000);
  print(w);
  x: { y: { break x; } print("no"); }
  print("labeled blocks done");
});
