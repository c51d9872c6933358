function ser(v, depth) {
  if (depth > 5) return "...";
  var t = typeof v;
  if (v === null) return "null";
  if (t === "string") return "'" + v + "'";
  if (t === "number") return (v === 0 && 1 / v < 0) ? "-0" : "" + v;
  if (t === "boolean" || t === "undefined") return "" + v;
  if (t === "function") return "fn";
  if (v.length !== undefined && typeof v.length === "number" && v.isArr) return "?";
  return "obj";
}
function serArr(a) {
  var s = "[";
  for (var i = 0; i < a.length; i++) {
    if (i > 0) s += ",";
    var e = a[i];
    if (e !== null && typeof e === "object" && e.length !== undefined) s += serArr(e);
    else s += ser(e, 0);
  }
  return s + "]";
}
var data = [1, "two", [3, [4, [5, null]]], undefined, -0, 0.5, true, function () {}, [], [[]], 1e21, 2147483648];
print(serArr(data));
var matrix = [];
for (var r = 0; r < 5; r++) { matrix[r] = []; for (var c = 0; c < 5; c++) matrix[r][c] = r === c ? 1 : (r - c) / 4; }
print(serArr(matrix));
function det(m, n) {
  if (n === 1) return m[0][0];
  var d = 0;
  for (var col = 0; col < n; col++) {
    var sub = [];
    for (var i = 1; i < n; i++) {
      var row = [];
      for (var j = 0; j < n; j++) if (j !== col) row[row.length] = m[i][j];
      sub[sub.length] = row;
    }
    d += (col % 2 === 0 ? 1 : -1) * m[0][col] * det(sub, n - 1);
  }
  return d;
}
print(det(matrix, 5));
vmExport(0, function () {
  data[2][1][1][1] = [6, 7];
  data[data.length] = "tail";
  print(serArr(data));
  matrix[4][4] = 8191;
  print(det(matrix, 5));
  var m6 = [];
  for (var r = 0; r < 6; r++) { m6[r] = []; for (var c = 0; c < 6; c++) m6[r][c] = (r * 7 + c * 3) % 11 - 5; }
  print(det(m6, 6));
});
