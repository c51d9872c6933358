// Fuzz generator for tools/difftest: node gen_tonum.js OUT.js [args]; then run.sh on the output dir.
let strs = [];
function r(n){return Math.floor(Math.random()*n);}
const pieces = ['', '+', '-', ' ', '\t', '\n', '0', '1', '9', '.', 'e', 'E', 'x', 'X', 'b', 'o', 'Infinity', '5', '00', '123456789', 'a', 'f', '_', '\u00a0', '\u2028', '\ufeff'];
for (let i=0;i<250;i++){ let s=''; let n=1+r(6); for(let j=0;j<n;j++) s+=pieces[r(pieces.length)]; strs.push(s);}
for (let i=0;i<90;i++){ let v = (Math.random()*Math.pow(10, r(50)-25)); strs.push(String(v)); strs.push(v.toPrecision(1+r(21))); strs.push(v.toExponential(r(20))); strs.push(v.toFixed(r(20)));}
for (const s of ['0x','0x1g','0b2','0o8','1e1000','-1e-1000','1e-400','4.9e-324','2.4703282292062328e-324','2.4703282292062327e-324','1.7976931348623158e308','1.7976931348623159e308','9007199254740993','9007199254740993.0000000001','0.1e1','1.e1','.e1','-.5','+.5','--1','+-1','  ','0x7fffffff','0xffffffffffffffffffff','0b' + '1'.repeat(60),'00x1','1__0','1_0','٣']) strs.push(s);
let L = ['function sh(x) { return (x === 0 && 1 / x < 0) ? "-0" : "" + x; }', 'var S = [];'];
let fi=0;
for (let i=0;i<strs.length;i+=60){ L.push('function c'+fi+'() { return ['+strs.slice(i,i+60).map(s=>JSON.stringify(s)).join(',')+']; }'); L.push('var t'+fi+' = c'+fi+'(); for (var i = 0; i < t'+fi+'.length; i++) S[S.length] = t'+fi+'[i];'); fi++;}
L.push('for (var i = 0; i < S.length; i++) print(i + " " + sh(+S[i]) + " " + sh(S[i] * 1) + " " + sh(-S[i]));');
L.push('vmExport(0, function () { var x = 0; for (var i = 0; i < S.length; i++) { var v = S[i]; v++; print(sh(v)); } });');
require('fs').writeFileSync(process.argv[2], L.join('\n')+'\n');
