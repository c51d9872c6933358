// Formats sensor readings as text lines: numbers to strings, padding.
function pad(n) {
  if (n < 10) return '00' + n;
  if (n < 100) return '0' + n;
  return '' + n;
}
let checked = false;
function run() {
  let out = '';
  let count = 0;
  for (let i = 0; i < 40; i++) {
    const line = 'T' + pad(i) + ':' + (i * 7 % 100) + ',' + (i * 3 - 20) + ';';
    out = out + line;
    if (i % 10 === 9) { count++; out = ''; }
  }
  if (!checked) { checked = true; print('format ' + count); }
  return count;
}
vmExport(0, run);
