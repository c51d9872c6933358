// Calls with several arguments and locals.
function mix(a, b, c, d, e, f) {
  const x = a + b, y = c - d, z = e * f;
  return (x ^ y) + (z & 255);
}
function run() {
  let t = 0;
  for (let i = 0; i < 1500; i++) t = (t + mix(i, i + 1, i + 2, 3, i & 7, 9)) & 65535;
  return t;
}
vmExport(0, run);
