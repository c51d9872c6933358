// Gesture recognition on a wrist-worn sensor node: a tiny multilayer
// perceptron (8 inputs, 12 tanh hidden units, 5 softmax outputs) that is
// fine-tuned on the device. Each call:
//  - synthesises 40 accelerometer windows (32 samples x 3 axes, in g) of
//    five gestures: rest, shake, tilt, tap and circle, with LCG noise,
//    random amplitude and phase;
//  - extracts 8 features per window (axis means, axis RMS deviations by
//    Newton square roots, zero crossings of x, peak z jerk) and scales them;
//  - copies the factory weights (made at load time from an LCG) and runs
//    4 epochs of SGD on the first 25 windows (forward pass, softmax by a
//    (1 + x/256)^256 exponential, backpropagation through a rational tanh);
//  - classifies the other 15 and builds a confusion matrix.
// Everything is double arithmetic; the checksum takes scaled, truncated
// values of the loss, the weights and the outputs.
const NODE_SUM = 377864;
const NIN = 8, NHID = 12, NOUT = 5, WIN = 32;
const PI = 3.141592653589793;
let s0 = 2024;
const lcg = () => { s0 = (s0 * 16807) % 2147483647; return s0 / 2147483647; };
const W1_INIT = [], W2_INIT = [];
for (let i = 0; i < NHID * (NIN + 1); i++) W1_INIT.push((lcg() - 0.5) * 0.8);
for (let i = 0; i < NOUT * (NHID + 1); i++) W2_INIT.push((lcg() - 0.5) * 0.8);

function sin(x) {
  while (x > PI) x -= 2 * PI;
  while (x < -PI) x += 2 * PI;
  const x2 = x * x;
  return x * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72 * (1 - x2 / 110)))));
}
function sqrt(v) {
  if (v <= 0) return 0;
  let r = v > 1 ? v : 1;
  for (let i = 0; i < 40; i++) { const n = (r + v / r) / 2; if (n >= r) return r; r = n; }
  return r;
}
function tanh(x) {                                   // rational approximation, exact at +-3
  if (x > 3) return 1;
  if (x < -3) return -1;
  return x * (27 + x * x) / (27 + 9 * x * x);
}
function exp(x) {
  if (x < -20) return 0;
  let y = 1 + x / 256;
  for (let i = 0; i < 8; i++) y *= y;
  return y;
}

function makeWindow(kind, rand) {
  const ax = [], ay = [], az = [], amp = 0.6 + rand() * 0.8, ph = rand() * 2 * PI;
  for (let t = 0; t < WIN; t++) {
    let x = 0, y = 0, z = 1;                          // gravity on z
    if (kind === 1) x = amp * 1.5 * sin(ph + t * 1.9);
    else if (kind === 2) { y = amp * t / WIN; z = 1 - amp * t / (2 * WIN); }
    else if (kind === 3) { if (t === 12 || t === 13) z += amp * 2.5 * (t === 12 ? 1 : -0.6); }
    else if (kind === 4) { x = amp * sin(ph + t * 0.4); y = amp * sin(ph + t * 0.4 + PI / 2); }
    ax.push(x + (rand() - 0.5) * 0.1); ay.push(y + (rand() - 0.5) * 0.1); az.push(z + (rand() - 0.5) * 0.1);
  }
  return [ax, ay, az];
}

function features(w) {
  const f = [];
  for (let a = 0; a < 3; a++) { let s = 0; for (let t = 0; t < WIN; t++) s += w[a][t]; f.push(s / WIN); }
  for (let a = 0; a < 3; a++) {
    let s = 0;
    for (let t = 0; t < WIN; t++) s += (w[a][t] - f[a]) * (w[a][t] - f[a]);
    f.push(sqrt(s / WIN) * 2);
  }
  let zc = 0, jerk = 0;
  for (let t = 1; t < WIN; t++) {
    if ((w[0][t] - f[0]) * (w[0][t - 1] - f[0]) < 0) zc += 1;
    const j = w[2][t] - w[2][t - 1];
    if (j > jerk) jerk = j;
    if (-j > jerk) jerk = -j;
  }
  f.push(zc / 8); f.push(jerk);
  f[2] -= 1;                                          // remove gravity from mean z
  return f;
}

function forward(net, x) {
  for (let j = 0; j < NHID; j++) {
    let s = net.w1[j * (NIN + 1) + NIN];
    for (let i = 0; i < NIN; i++) s += net.w1[j * (NIN + 1) + i] * x[i];
    net.hid[j] = tanh(s);
  }
  let max = -1e9, sum = 0;
  for (let k = 0; k < NOUT; k++) {
    let s = net.w2[k * (NHID + 1) + NHID];
    for (let j = 0; j < NHID; j++) s += net.w2[k * (NHID + 1) + j] * net.hid[j];
    net.out[k] = s;
    if (s > max) max = s;
  }
  for (let k = 0; k < NOUT; k++) { net.out[k] = exp(net.out[k] - max); sum += net.out[k]; }
  let best = 0;
  for (let k = 0; k < NOUT; k++) { net.out[k] /= sum; if (net.out[k] > net.out[best]) best = k; }
  return best;
}

function train(net, x, label, rate) {
  const dh = [];
  for (let j = 0; j < NHID; j++) dh.push(0);
  for (let k = 0; k < NOUT; k++) {
    const d = net.out[k] - (k === label ? 1 : 0), base = k * (NHID + 1);
    for (let j = 0; j < NHID; j++) { dh[j] += d * net.w2[base + j]; net.w2[base + j] -= rate * d * net.hid[j]; }
    net.w2[base + NHID] -= rate * d;
  }
  for (let j = 0; j < NHID; j++) {
    const g = dh[j] * (1 - net.hid[j] * net.hid[j]), base = j * (NIN + 1);
    for (let i = 0; i < NIN; i++) net.w1[base + i] -= rate * g * x[i];
    net.w1[base + NIN] -= rate * g;
  }
}

let checked = false;

function run() {
  let seed = 31337, h = 11;
  const rand = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const data = [], labels = [];
  for (let n = 0; n < 40; n++) { const kind = (n * 3 + (n >> 3)) % NOUT; labels.push(kind); data.push(features(makeWindow(kind, rand))); }
  const net = { w1: [], w2: [], hid: [], out: [] };
  for (let i = 0; i < W1_INIT.length; i++) net.w1.push(W1_INIT[i]);
  for (let i = 0; i < W2_INIT.length; i++) net.w2.push(W2_INIT[i]);
  for (let j = 0; j < NHID; j++) net.hid.push(0);
  for (let k = 0; k < NOUT; k++) net.out.push(0);
  const losses = [];
  for (let epoch = 0; epoch < 4; epoch++) {
    let loss = 0;
    for (let n = 0; n < 25; n++) {
      forward(net, data[n]);
      loss += 1 - net.out[labels[n]];
      train(net, data[n], labels[n], 0.12);
    }
    losses.push((loss * 1000) | 0);
    h = (h * 31 + ((loss * 100000) | 0)) % 1000003;
  }
  const confusion = [];
  for (let i = 0; i < NOUT * NOUT; i++) confusion.push(0);
  let correct = 0;
  for (let n = 25; n < 40; n++) {
    const got = forward(net, data[n]);
    confusion[labels[n] * NOUT + got] += 1;
    if (got === labels[n]) correct += 1;
    h = (h * 31 + ((net.out[got] * 100000) | 0)) % 1000003;
  }
  for (let i = 0; i < confusion.length; i++) h = (h * 31 + confusion[i]) % 1000003;
  for (let i = 0; i < net.w1.length; i += 7) h = (h * 31 + ((net.w1[i] * 10000 + 100000) | 0)) % 1000003;
  for (let i = 0; i < net.w2.length; i += 5) h = (h * 31 + ((net.w2[i] * 10000 + 100000) | 0)) % 1000003;
  let diag = '';
  for (let k = 0; k < NOUT; k++) diag += (k > 0 ? '/' : '') + confusion[k * NOUT + k];
  const line = 'mlp-gesture windows=40 loss=' + losses[0] + '>' + losses[1] + '>' + losses[2] + '>' + losses[3] + ' test=' + correct + '/15 diag=' + diag + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
