// micro: small integer function calls (the triangle wave helper), 6 per sample
const NODE_SUM = 106376;
let checked = false;
function tri(x, start, width, amp) { if (x < start || x >= start + width) return 0; const half = width >> 1, d = x - start; return d < half ? ((amp * d) / half) | 0 : ((amp * (width - d)) / (width - half)) | 0; }
function run() {
  let h = 1;
  let s = 0;
  for (let t = 0; t < 3000; t++) { const x = t % 200; s += tri(x, 20, 22, 15) + tri(x, 46, 4, -12) + tri(x, 48, 8, 120) + tri(x, 55, 6, -28) + tri(x, 85, 40, 30) + tri(t % 1000, 0, 1000, 60); }
  h = (h * 31 + s % 1000000 + 1000) % 1000003;
  if (!checked) { checked = true; print('m-int-calls ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
