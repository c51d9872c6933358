var k = "dyn";
var n = 5;
var o = {
  ident: 1,
  "string key": 2,
  42: "forty-two",
  0: "zero",
  1.5: "one-point-five",
  [k]: "computed",
  [k + "2"]: "computed2",
  [n * 2]: "ten",
  n,
  k,
  method() { return "m"; },
  "quoted-method"() { return "qm"; },
  nested: { deep: { deeper: "bottom" } }
};
print(o.ident);
print(o["string key"]);
print(o[42]);
print(o["42"]);
print(o[0]);
print(o["0"]);
print(o[1.5]);
print(o["1.5"]);
print(o.dyn);
print(o.dyn2);
print(o[10]);
print(o["10"]);
print(o.n);
print(o.k);
print(o.method());
print(o["quoted-method"]());
print(o.nested.deep.deeper);
print(o["nested"]["deep"]["deeper"]);
print(o.missing);
print(o.nested.missing);
print(typeof o.nested.deep);
var keyNum = 42;
print(o[keyNum]);
print(o[40 + 2]);
print(o["4" + "2"]);
vmExport(0, function () {
  o.ident = "changed";
  o["new key"] = "added";
  o[7] = "seven";
  o[k] = "recomputed";
  print(o.ident);
  print(o["new key"]);
  print(o[7]);
  print(o["7"]);
  print(o.dyn);
  o.nested.deep.deeper = "rewritten";
  print(o.nested.deep.deeper);
  o.nested.deep.extra = { x: 1 };
  print(o.nested.deep.extra.x);
  var o2 = { a: undefined, b: null };
  print(o2.a);
  print(o2.b);
  print(o2.c);
  var o3 = { x: 1, x: 2 };
  print(o3.x);
  var o4 = { true: "t", null: "n", undefined: "u" };
  print(o4[true]);
  print(o4[null]);
  print(o4[undefined]);
  print(o4.true);
  var o5 = { "-1": "neg", "01": "lead" };
  print(o5[-1]);
  print(o5["01"]);
  print(o5[1]);
});
