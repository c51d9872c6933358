for (let i = 0; i < 3; i++) { let z; print(z); z = i; }
var k = 0;
while (k < 3) { let w; if (k === 0) w = "set"; print(w); k++; }
function f() {
  var out = "";
  for (var j = 0; j < 3; j++) { let acc; if (acc === undefined) acc = 0; acc += j; out += acc; }
  return out;
}
print(f());
function g() {
  var fns = [];
  for (var j = 0; j < 3; j++) { let c; fns[j] = () => c; if (j === 0) c = "first"; }
  return fns[0]() + " " + fns[1]() + " " + fns[2]();
}
print(g());
vmExport(0, function () { 
  for (let i = 0; i < 3; i++) { let z; print(z); z = i; }
  var v; print(v); 
});
