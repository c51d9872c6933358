// Sensor pipeline: noisy samples with spikes -> median-of-5 despiking -> 8-tap moving average -> threshold events.
function Filter() {
  const win = [0, 0, 0, 0, 0];
  const ring = [0, 0, 0, 0, 0, 0, 0, 0];
  const tmp = [0, 0, 0, 0, 0];
  let wi = 0, ri = 0, sum = 0, filled = 0;
  function median5(x) {
    win[wi] = x;
    wi = wi === 4 ? 0 : wi + 1;
    for (let i = 0; i < 5; i++) tmp[i] = win[i];
    for (let i = 1; i < 5; i++) {
      const v = tmp[i];
      let j = i - 1;
      while (j >= 0 && tmp[j] > v) { tmp[j + 1] = tmp[j]; j--; }
      tmp[j + 1] = v;
    }
    return tmp[2];
  }
  function average(x) {
    sum = sum - ring[ri] + x;
    ring[ri] = x;
    ri = (ri + 1) & 7;
    if (filled < 8) filled++;
    return (sum / filled) | 0;
  }
  return { step: (x) => average(median5(x)) };
}
let checked = false;
function run() {
  const f = Filter();
  let seed = 7;
  let phase = 0;
  let above = false;
  let events = 0;
  let acc = 0;
  let spikes = 0;
  for (let t = 0; t < 400; t++) {
    seed = (seed * 171) % 30269;
    // slow triangle wave 200..1800 plus noise in -50..49
    phase += 13;
    if (phase >= 3200) phase -= 3200;
    let base = phase < 1600 ? phase : 3200 - phase;
    let x = 200 + base + (seed % 100) - 50;
    if (seed % 37 === 0) { x += 3000; spikes++; }
    const y = f.step(x);
    if (!above && y > 1200) { above = true; events++; }
    else if (above && y < 1000) { above = false; }
    acc = (acc + y * ((t & 3) + 1)) % 65521;
  }
  const result = acc * 100 + events * 10 + (spikes % 10);
  if (!checked) { checked = true; print('sensor-filter ' + acc + ' ' + events + ' ' + spikes + ' ' + result); }
  return result;
}
vmExport(0, run);
