var live = [];
for (var i = 0; i < 100; i++) {
  var row = [];
  for (var j = 0; j < 20; j++) row[j] = { i: i, j: j };
  live[i] = row;
}
print(live[99][19].i + live[0][5].j);
function check() {
  var bad = 0;
  for (var i = 0; i < live.length; i++) for (var j = 0; j < live[i].length; j++) if (live[i][j].i !== i || live[i][j].j !== j) bad++;
  return bad;
}
print(check());
vmExport(0, function () {
  for (var round = 0; round < 200; round++) {
    var tmp = [];
    for (var k = 0; k < 50; k++) tmp[k] = "t" + round + "-" + k;
    live[round % 100][round % 20] = { i: round % 100, j: round % 20, s: tmp[49] };
  }
  print(check());
  print(live[99][19].s);
  var grow = [];
  for (var g = 0; g < 2000; g++) { grow[g] = g; if (g % 100 === 0) { var junk = []; for (var h = 0; h < 100; h++) junk[h] = [h]; } }
  print(grow.length + " " + grow[1999]);
  print(check());
});
