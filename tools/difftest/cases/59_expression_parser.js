function tokenize(src) {
  var toks = [];
  var i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " ") { i++; continue; }
    if (c >= "0" && c <= "9" || c === ".") {
      var num = "";
      while (i < src.length && (src[i] >= "0" && src[i] <= "9" || src[i] === ".")) { num += src[i]; i++; }
      toks[toks.length] = { t: "num", v: +num };
      continue;
    }
    if (c >= "a" && c <= "z") {
      var id = "";
      while (i < src.length && src[i] >= "a" && src[i] <= "z") { id += src[i]; i++; }
      toks[toks.length] = { t: "id", v: id };
      continue;
    }
    toks[toks.length] = { t: "op", v: c };
    i++;
  }
  toks[toks.length] = { t: "eof", v: "" };
  return toks;
}
function parse(src, env) {
  var toks = tokenize(src);
  var pos = 0;
  function peek() { return toks[pos]; }
  function next() { return toks[pos++]; }
  function primary() {
    var t = next();
    if (t.t === "num") return t.v;
    if (t.t === "id") {
      if (peek().v === "(") { next(); var arg = expr(); next(); return env[t.v](arg); }
      return env[t.v];
    }
    if (t.v === "(") { var v = expr(); next(); return v; }
    if (t.v === "-") return -primary();
    return 0 / 0;
  }
  function term() {
    var v = primary();
    while (peek().v === "*" || peek().v === "/" || peek().v === "%") {
      var op = next().v;
      var r = primary();
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function expr() {
    var v = term();
    while (peek().v === "+" || peek().v === "-") {
      var op = next().v;
      var r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  return expr();
}
var env = { x: 8191, y: -8192, big: 2147483647, half: 0.5, sq: function (n) { return n * n; }, neg: n => -n };
var exprs = ["1 + 2 * 3", "(1 + 2) * 3", "x + 1", "y - 1", "big + 1", "-big - 2", "sq(46341)", "neg(0)", "1 / neg(0)", "10 % 3 * half", "sq(sq(sq(10)))", "0.1 + 0.2", "1 / 3", "x * y", "-(-y)", "big * big", "7 / 0", "0 / 0 + 1"];
for (var i = 0; i < exprs.length; i++) print(exprs[i] + " = " + parse(exprs[i], env));
vmExport(0, function () {
  env.x = 1e21;
  env.cube = n => n * n * n;
  var more = ["x", "x * 10", "cube(1290)", "cube(1291)", "cube(-2)", "half * half * half * half", "sq(0.1)", "neg(x) / 1e28"];
  for (var i = 0; i < more.length; i++) print(more[i] + " = " + parse(more[i], env));
});
