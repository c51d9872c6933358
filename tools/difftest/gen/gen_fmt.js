// Fuzz generator for tools/difftest: node gen_fmt.js OUT.js [args]; then run.sh on the output dir.
let lines = [];
function rnd(){ return Math.random(); }
let vals = [];
for (let i=0;i<400;i++){
  let e = Math.floor(rnd()*640)-320;
  let m = rnd()*10;
  let v = Number((m*Math.pow(10,e)).toPrecision(1+Math.floor(rnd()*17)));
  if (rnd()<0.5) v=-v;
  vals.push(v);
}
for (let e=-10;e<=25;e++) vals.push(Math.pow(10,e), 1.5*Math.pow(10,e), 123456789*Math.pow(10,e));
lines.push('var v = [];');
let n=0;
for (let i=0;i<vals.length;i+=80) { lines.push('function c'+n+'() { return [' + vals.slice(i,i+80).map(v=>String(v)).join(',') + ']; }'); lines.push('v[v.length] = c'+n+'();'); n++; }
lines.push('var w=[]; for (var a=0;a<v.length;a++) for (var b=0;b<v[a].length;b++) w[w.length]=v[a][b]; v=w;');
lines.push('for (var i=0;i<v.length;i++) print(v[i]);');
lines.push('vmExport(0, function(){ for (var i=0;i<v.length;i++) print(v[i]*1 + " " + (v[i] / 3) + " " + (v[i] + 0.5) + " " + (v[i] * 7) + " " + (v[i] % 3)); });');
require('fs').writeFileSync(process.argv[2], lines.join('\n')+'\n');
