// Takeuchi function: deep recursion with three arguments.
function tak(x, y, z) {
  if (y >= x) return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}
let checked = false;
function run() {
  const r = tak(12, 8, 4);
  if (!checked) { checked = true; print('tak ' + r); }
  return r;
}
vmExport(0, run);
