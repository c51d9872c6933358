// Fuzz generator for tools/difftest: node gen_ops.js OUT.js [args]; then run.sh on the output dir.
const vals = ['0','-0','1','-1','2','-2','3','8191','8192','-8192','-8193','16383','16384','-16384','46341','65536','2147483647','-2147483648','2147483648','-2147483649','4294967296','0.5','-1.5','1e21','9007199254740992','0/0','1/0','-1/0','"5"','"-0"','""','"abc"','null','undefined','true','false'];
const ops = ['+','-','*','/','%','<','<=','>','>=','==='];
let L = [];
L.push('function sh(x) { return (x === 0 && 1 / x < 0) ? "-0" : "" + x; }');
L.push('var V = [];');
// values list built in a function to limit constants
L.push('function mk() { return [' + vals.join(',') + ']; }');
L.push('V = mk();');
let fi = 0;
// literal expressions (constant-folding path) chunked in functions
let exprs = [];
for (const a of vals) for (const op of ops) for (const b of vals) exprs.push('(' + a + ') ' + op + ' (' + b + ')');
const half = process.argv[3] === 'lit';
const part = +(process.argv[4]||0); exprs = exprs.slice(part*1000, part*1000+1000);
if (half) {
  for (let i = 0; i < exprs.length; i += 40) {
    L.push('function f' + fi + '() { var s = "";');
    for (const e of exprs.slice(i, i + 40)) L.push('  s += sh(' + e + ') + " ";');
    L.push('  print(s); }');
    L.push('f' + fi + '();');
    fi++;
  }
  L.push('vmExport(0, function () { print("device"); f0(); f' + (fi - 1) + '(); });');
} else {
  L.push('var OPS = [' + ops.map(o => 'function (a, b) { return a ' + o + ' b; }').join(', ') + '];');
  L.push('function run() { for (var i = 0; i < V.length; i++) { var s = ""; for (var o = 0; o < OPS.length; o++) for (var j = 0; j < V.length; j++) s += sh(OPS[o](V[i], V[j])) + " "; print(s); } }');
  L.push('run();');
  L.push('vmExport(0, function () { run(); var x; for (var i = 0; i < V.length; i++) { x = V[i]; var y = V[i]; var z = V[i]; x++; y--; print(sh(x) + " " + sh(y) + " " + sh(-z) + " " + sh(+z) + " " + !z + " " + typeof z); } });');
}
require('fs').writeFileSync(process.argv[2], L.join('\n') + '\n');
