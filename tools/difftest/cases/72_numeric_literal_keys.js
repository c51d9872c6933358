var o = { 1e3: "thousand", 0x10: "sixteen", 1.50: "onehalf", .5: "half", 1e21: "big", 0.0000001: "tiny", [-0]: "negzero", [1 + 1]: "two", [0.1 + 0.2]: "float", 1() { return "m1"; }, "a\nb": "nl", 8192: "int14", 2147483648: "f64" };
print(o[1000]);
print(o["1000"]);
print(o[16]);
print(o["1.5"]);
print(o["0.5"]);
print(o["1e+21"]);
print(o["1e-7"]);
print(o[0]);
print(o["0"]);
print(o[2]);
print(o["0.30000000000000004"]);
print(o[1]());
print(o["a\nb"]);
print(o["8192"]);
print(o["2147483648"]);

vmExport(0, function () { print(o[1e3] + o[0x10] + o[-0] + o[8192]); });
