// micro: CIC integrators and combs in 20-bit masked arithmetic (values beyond 14 bits)
const NODE_SUM = 568032;
let checked = false;
const MASK = 0xfffff;
function run() {
  let h = 1;
  let s1 = 0, s2 = 0, s3 = 0, d1 = 0, d2 = 0, d3 = 0;
  for (let i = 0; i < 20000; i++) {
    const x = (i & 5) === 1 ? 1 : -1;
    s1 = (s1 + x) & MASK; s2 = (s2 + s1) & MASK; s3 = (s3 + s2) & MASK;
    if ((i & 63) === 0) { const c1 = (s3 - d1) & MASK; d1 = s3; const c2 = (c1 - d2) & MASK; d2 = c1; const c3 = (c2 - d3) & MASK; d3 = c2; h = (h * 31 + c3) % 1000003; }
  }
  if (!checked) { checked = true; print('m-cic-int ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
