var junkSink = 0;
function churn(n) { var t; for (var i = 0; i < n; i++) { t = [i, i + 1, { k: i }]; junkSink += t.length; } return n; }
function mk(tag) { churn(40); return { tag: tag, arr: [tag, tag + "!"], s: "str-" + tag }; }
function show(o) { return o.tag + "/" + o.arr[1] + "/" + o.s; }
function pair(a, b) { return show(a) + "|" + show(b); }
print(pair(mk("a"), mk("b")));
var lit = [mk("x"), mk("y"), mk("z"), mk("w")];
print(show(lit[0]) + show(lit[3]));
var ol = { p: mk("p"), q: mk("q"), r: [mk("r1"), mk("r2")] };
print(show(ol.p) + show(ol.r[1]));
var cat = "s" + show(mk("c1")) + show(mk("c2")) + show(mk("c3"));
print(cat);
vmExport(0, function () {
  for (var round = 0; round < 30; round++) {
    var res = pair(mk("d" + round), mk("e" + round));
    if (round % 10 === 0) print(res);
  }
  var arr = [];
  for (var i = 0; i < 100; i++) arr[i] = [mk(i), mk(i * 2)];
  var ok = 0;
  for (var j = 0; j < 100; j++) if (arr[j][0].tag === j && arr[j][1].arr[0] === j * 2 && arr[j][1].s === "str-" + j * 2) ok++;
  print(ok);
  var o = {};
  for (var k = 0; k < 40; k++) o["f" + k] = mk("v" + k);
  var s = "";
  for (var k2 = 0; k2 < 40; k2 += 13) s += show(o["f" + k2]);
  print(s);
  function deep(n) { var local = mk("deep" + n); if (n === 0) return show(local); var r = deep(n - 1); return n % 20 === 0 ? show(local) + "," + r : r; }
  print(deep(60));
  var fns = [];
  for (let i = 0; i < 200; i++) { let obj = mk("c" + i); fns[i] = () => obj.s + obj.arr.length; }
  var acc = "";
  for (var m = 0; m < 200; m += 50) acc += fns[m]();
  print(acc);
  var str = "";
  for (var n = 0; n < 100; n++) { str = str + mk(n).tag; }
  print(str.length);
  print(lit[1].s + ol.q.arr[1] + ol.r[0].tag);
  print(junkSink > 0);
});
