// allocation-heavy work to force GC
function makeList(n) {
  var head = null;
  for (var i = 0; i < n; i++) head = { v: i, next: head };
  return head;
}
function listSum(h) {
  var s = 0;
  while (h !== null) { s += h.v; h = h.next; }
  return s;
}
var keepList = makeList(300);
print(listSum(keepList));
var garbage = 0;
for (var r = 0; r < 100; r++) {
  var l = makeList(50);
  garbage += listSum(l);
}
print(garbage);
var strings = [];
for (var i = 0; i < 100; i++) {
  var s = "";
  for (var j = 0; j < 20; j++) s += "" + (i + j);
  strings[i] = s;
}
print(strings[0]);
print(strings[99].length);
vmExport(0, function () {
  print(listSum(keepList));
  var total = 0;
  for (var round = 0; round < 200; round++) {
    var arr = [];
    for (var k = 0; k < 50; k++) arr[k] = { a: k, b: [k, k + 1], c: "str" + k };
    total += arr[49].b[1] + arr[0].a;
  }
  print(total);
  var survivors = [];
  for (var q = 0; q < 300; q++) {
    var tmp = { id: q, data: [q, q * 2, q * 3] };
    if (q % 3 === 0) survivors[survivors.length] = tmp;
  }
  var ss = 0;
  for (var w = 0; w < survivors.length; w++) ss += survivors[w].data[2];
  print(survivors.length);
  print(ss);
  print(strings[50]);
  var longList = makeList(400);
  print(listSum(longList));
  print(listSum(keepList));
  var closures = [];
  for (let z = 0; z < 500; z++) {
    var junk = [z, z, z];
    closures[z] = () => z + junk.length;
  }
  print(closures[499]());
  print(closures[0]());
});
