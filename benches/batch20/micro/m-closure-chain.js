// ws2812-scenes piece: an 8-deep chain of closures (pixel, time, channel) ->
// 0..255, each wrapper calling the next and doing one small integer step,
// as the scene chains do. 32 pixels x 3 channels x 10 frames.
const NODE_SUM = 536366;
const TAB = [];
for (let i = 0; i < 256; i++) TAB.push((i * i) >> 8);
let checked = false;

function src(k) { return (i, t, ch) => (i * 7 + t * k + ch * 50) & 255; }
function shift(fx, r) { return (i, t, ch) => fx((i + t * r) & 31, t, ch); }
function scale(fx, lv) { return (i, t, ch) => fx(i, t, ch) * lv >> 8; }
function offs(fx, d) { return (i, t, ch) => (fx(i, t, ch) + d) & 255; }
function table(fx) { return (i, t, ch) => TAB[fx(i, t, ch)]; }

function run() {
  let h = 1;
  const fx = table(offs(scale(shift(offs(scale(shift(src(3), 1), 200), 9), 2), 230), 4));
  for (let t = 0; t < 10; t++) for (let i = 0; i < 32; i++) for (let ch = 0; ch < 3; ch++) h = (h * 31 + fx(i, t, ch)) % 1000003;
  if (!checked) { checked = true; print('m-closure-chain ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
