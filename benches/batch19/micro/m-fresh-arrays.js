// micro: a fresh array per packet filled by 12-16 push calls, then read
const NODE_SUM = 3173;
let checked = false;

function run() {
  let h = 1;
  let s = 0;
  for (let p = 0; p < 400; p++) { const b = [p & 255, p >> 8]; for (let i = 0; i < 12; i++) { const d = (p * 7 + i * 13) & 255; if (d < 128) b.push(d); else { b.push(128 | (d & 127)); b.push(d >> 7); } } for (let i = 0; i < b.length; i++) s = (s + b[i]) % 65521; }
  h = (h * 31 + s) % 1000003;
  if (!checked) { checked = true; print('m-fresh-arrays ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
