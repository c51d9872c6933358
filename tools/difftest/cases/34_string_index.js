var s = "Hello, World!";
var out = "";
for (var i = s.length - 1; i >= 0; i--) out += s[i];
print(out);
print(s[7]);
print(s["7"]);
print(s[1.5]);
print(s[100]);
print(s[s.length]);
print(s[s.length - 1]);
var count = 0;
for (var j = 0; j < s.length; j++) {
  if (s[j] === "l") count++;
}
print(count);
function isDigit(c) { return c >= "0" && c <= "9"; }
function parseIntSimple(str) {
  var n = 0;
  for (var k = 0; k < str.length; k++) {
    if (!isDigit(str[k])) break;
    n = n * 10 + (str[k] - "0");
  }
  return n;
}
print(parseIntSimple("12345abc"));
print(parseIntSimple("2147483648"));
print(parseIntSimple("99999999999"));
var esc = "tab\there\nnewline \"quoted\" back\\slash 'single'";
print(esc);
print(esc.length);
print(esc[3]);
print("\x41\u0042");
print("a\0b".length);
vmExport(0, function () {
  var text = "the quick brown fox jumps over the lazy dog";
  var words = [];
  var cur = "";
  for (var i = 0; i < text.length; i++) {
    if (text[i] === " ") { words[words.length] = cur; cur = ""; }
    else cur += text[i];
  }
  words[words.length] = cur;
  print(words.length);
  var longest = "";
  for (var w = 0; w < words.length; w++) if (words[w].length > longest.length) longest = words[w];
  print(longest);
  var caps = "";
  for (var w2 = 0; w2 < words.length; w2++) caps += words[w2][0];
  print(caps);
  print(parseIntSimple("8191") + 1);
  print(parseIntSimple("8192") - 1);
  var rev = "";
  for (var i2 = longest.length; i2 > 0; i2--) rev += longest[i2 - 1];
  print(rev);
  print(typeof s[0]);
  print(s[0] === "H");
});
