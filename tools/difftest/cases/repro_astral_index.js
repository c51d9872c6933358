var e = "a\u{1F600}b";
print(typeof e[1]);
print(e[1] + e[2] === "\u{1F600}");
var t = "";
for (var i = 0; i < e.length; i++) t += e[i];
print(t.length);
vmExport(0, function () {});
