print("a" < "b");
print("b" < "a");
print("a" < "aa");
print("aa" < "a");
print("" < "a");
print("a" <= "a");
print("a" >= "b");
print("B" < "a");
print("Z" > "a");
print("abc" === "abc");
print("abc" !== "abd");
print("10" < "9");
print("10" < 9);
print(10 < "9");
print("10" > "9");
print("abc" < 5);
print("abc" > 5);
print("" < 1);
print("" > -1);
print(" " < 1);
print("1e3" > 999);
print("0x10" > 15);
print(null < 1);
print(undefined < 1);
print(null >= 0);
print(undefined >= 0);
print(true > false);
print(true >= 1);
print("true" > false);
print("a" === "a" + "");
print("ab" === "a" + "b");
print(1 === "1");
print(null === undefined);
print(null === null);
print(undefined === undefined);
vmExport(0, function () {
  var strs = ["banana", "apple", "cherry", "app", "", "Apple", "b", "ba", "a1", "a10", "a2"];
  // simple bubble sort by <
  var n = strs.length;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n - 1 - i; j++) {
      if (strs[j] > strs[j + 1]) {
        var tmp = strs[j];
        strs[j] = strs[j + 1];
        strs[j + 1] = tmp;
      }
    }
  }
  var out = "";
  for (var k = 0; k < n; k++) out += "[" + strs[k] + "]";
  print(out);
  var x = "hello";
  var y = "hel" + "lo";
  print(x === y);
  print(x <= y);
  print(x >= y);
  print(x < y);
  print("abc" < "abd");
  print("abd" <= "abc");
  print("2" > "12");
  print(2 > "12");
});
