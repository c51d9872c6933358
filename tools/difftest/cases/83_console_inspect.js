// console.log writes values as Node's util.inspect does.
console.log(-0, [-0], [1, 2, [3]], { x: 1, y: "s" }, [], {});
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
console.log({ a: 1, b: [1, 2], c: { d: { e: { f: 1 } } } });
console.log(["a", "b"], [, 1], { "a-b": 1 }, [undefined, null], [true, false]);
console.log("x", ["long string number one here", "long string number two here", "long string three"]);
var big = [];
for (var i = 0; i < 120; i++) big.push(i * 7);
console.log(big);
var strs = [];
for (var j = 0; j < 30; j++) strs.push("s" + j);
console.log(strs);
console.log(["a\nb", "q'uote", 'd"q\'s', "tab\there"]);
console.log([1, "two", 3, "four", 5, "six", 7, 8]);
var wide = {};
for (var k = 0; k < 12; k++) wide["key" + k] = k * 1000;
console.log(wide);
var node = { name: "p", kids: [] };
node.kids.push({ parent: node });
console.log(node);
console.log("%s is %d years and %i days, %f%%", "Ann", 42.5, 7.9, -0.5, "extra", [1]);
console.log("%o and %O", { deep: { er: { est: {} } } }, [1, 2]);
console.log("%s", { a: { b: 1 } }, "100%", "%d");
console.log("no specifiers", 1, "two");
vmExport(0, function () {
  var made = [1.5, -2.25, 100000, 3];
  made.push({ on: "device" });
  console.log(made, { list: made.length });
});
