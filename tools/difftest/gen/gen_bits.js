// Fuzz generator for tools/difftest: node gen_bits.js OUT.js [args]; then run.sh on the output dir.
const buf = Buffer.alloc(8);
let vals=[];
for (let i=0;i<600;i++){ for(let j=0;j<8;j++) buf[j]=Math.floor(Math.random()*256); let v=buf.readDoubleLE(0); if (!isFinite(v)) continue; vals.push(v);}
let L=['var v = [];'];
let n=0;
for (let i=0;i<vals.length;i+=80){ L.push('function c'+n+'() { return ['+vals.slice(i,i+80).map(String).join(',')+']; }'); L.push('var t'+n+' = c'+n+'(); for (var i = 0; i < t'+n+'.length; i++) v[v.length] = t'+n+'[i];'); n++; }
L.push('vmExport(0, function () { for (var i = 0; i < v.length; i++) print(v[i] + " " + v[i] / 7 + " " + v[i] * 3); });');
require('fs').writeFileSync(process.argv[2], L.join('\n')+'\n');
