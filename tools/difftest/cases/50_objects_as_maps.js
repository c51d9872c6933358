var counts = {};
var text = "abracadabra alakazam";
for (var i = 0; i < text.length; i++) {
  var ch = text[i];
  if (counts[ch] === undefined) counts[ch] = 0;
  counts[ch]++;
}
print(counts.a + " " + counts.b + " " + counts.r + " " + counts[" "] + " " + counts.z + " " + counts.q);
var idx = {};
for (var n = 0; n < 50; n++) idx[n * 7] = "v" + n;
print(idx[0] + idx[49 * 7] + idx[7]);
print(idx[1]);
vmExport(0, function () {
  var more = "the rain in spain stays mainly in the plain";
  for (var i = 0; i < more.length; i++) {
    var c = more[i];
    counts[c] = (counts[c] || 0) + 1;
  }
  print(counts.a + " " + counts.i + " " + counts.n + " " + counts[" "]);
  var byLen = {};
  var words = ["a", "bb", "cc", "ddd", "e", "fff", "gggg"];
  for (var w = 0; w < words.length; w++) {
    var L = words[w].length;
    if (!byLen[L]) byLen[L] = [];
    byLen[L][byLen[L].length] = words[w];
  }
  print(byLen[1].length + " " + byLen[2].length + " " + byLen[3].length + " " + byLen[4][0]);
  for (var n = 0; n < 50; n++) idx[n * 7 + 1] = n;
  var s = 0;
  for (var n2 = 0; n2 < 50; n2++) s += idx[n2 * 7 + 1];
  print(s);
  print(idx[344]);
  print(idx[343]);
});
