function makeData(n, seed) {
  var arr = [];
  var x = seed;
  for (var i = 0; i < n; i++) {
    x = (x * 1103 + 12345) % 65536;
    arr[i] = x - 32768;
  }
  return arr;
}
function insertionSort(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i];
    var j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
function quickSort(a, lo, hi) {
  if (lo >= hi) return;
  var p = a[(lo + hi - (lo + hi) % 2) / 2];
  var i = lo, j = hi;
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) { var t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  quickSort(a, lo, j);
  quickSort(a, i, hi);
}
function checksum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s = (s * 31 + a[i]) % 1000003;
  return s;
}
var d1 = insertionSort(makeData(200, 7));
print(d1[0] + " " + d1[199] + " " + checksum(d1));
vmExport(0, function () {
  var d2 = makeData(400, 99);
  quickSort(d2, 0, d2.length - 1);
  var ok = true;
  for (var i = 1; i < d2.length; i++) if (d2[i - 1] > d2[i]) ok = false;
  print(ok);
  print(d2[0] + " " + d2[399] + " " + checksum(d2));
  var d3 = makeData(300, 1);
  for (var k = 0; k < d3.length; k++) d3[k] = d3[k] / 7;
  quickSort(d3, 0, d3.length - 1);
  print(d3[0]);
  print(d3[299]);
  print(d1[100]);
});
