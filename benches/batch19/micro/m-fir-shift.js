// micro: 7-tap FIR with a delay line shifted by assignments, products beyond 14 bits
const NODE_SUM = 219036;
let checked = false;
const FIR = [-3, 12, 143, 720, 143, 12, -3];
function run() {
  let h = 1;
  const hist = [0, 0, 0, 0, 0, 0, 0];
  let s = 0;
  for (let i = 0; i < 3000; i++) {
    for (let j = 6; j > 0; j--) hist[j] = hist[j - 1];
    hist[0] = ((i * 2654435) % 65536) - 32768;
    let acc = 0;
    for (let j = 0; j < 7; j++) acc += hist[j] * FIR[j];
    s = (s + (acc >> 10) + 65536) % 1000003;
  }
  h = (h * 31 + s) % 1000003;
  if (!checked) { checked = true; print('m-fir-shift ' + h); assertEqual(h, NODE_SUM); }
  return h;
}
vmExport(0, run);
