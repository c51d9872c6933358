// A moving-average and threshold filter over simulated float samples.
let checked = false;
function run() {
  const window = [0, 0, 0, 0, 0, 0, 0, 0];
  let sum = 0, alarms = 0, last = 0;
  for (let i = 0; i < 300; i++) {
    const sample = 20.5 + (i % 17) * 0.75 - (i % 5) * 1.25;
    const slot = i % 8;
    sum = sum - window[slot] + sample;
    window[slot] = sample;
    const avg = sum / 8;
    if (avg > 24.0 && last <= 24.0) alarms++;
    last = avg;
  }
  const r = ((last * 100) | 0) + alarms;
  if (!checked) { checked = true; print('filter ' + r); }
  return r;
}
vmExport(0, run);
