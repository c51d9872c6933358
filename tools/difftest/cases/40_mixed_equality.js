var vals = [0, -0, 1, "1", "", "0", null, undefined, true, false, 0 / 0, 8192, 2147483648, "a"];
var names = ["0", "-0", "1", "'1'", "''", "'0'", "null", "undef", "true", "false", "NaN", "8192", "2^31", "'a'"];
var out = "";
for (var i = 0; i < vals.length; i++) {
  var row = names[i] + ":";
  for (var j = 0; j < vals.length; j++) row += vals[i] === vals[j] ? "1" : "0";
  out += row + " ";
}
print(out);
vmExport(0, function () {
  var lt = "";
  for (var i = 0; i < vals.length; i++) {
    var row = "";
    for (var j = 0; j < vals.length; j++) row += vals[i] < vals[j] ? "1" : "0";
    lt += row + " ";
  }
  print(lt);
  var ge = "";
  for (var i2 = 0; i2 < vals.length; i2++) {
    var row2 = "";
    for (var j2 = 0; j2 < vals.length; j2++) row2 += vals[i2] >= vals[j2] ? "1" : "0";
    ge += row2 + " ";
  }
  print(ge);
  var add = "";
  for (var i3 = 0; i3 < vals.length; i3++) add += (vals[i3] + 1) + ",";
  print(add);
  var cat = "";
  for (var i4 = 0; i4 < vals.length; i4++) cat += ("" + vals[i4]) + ",";
  print(cat);
});
