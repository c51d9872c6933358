// The controller of a dual-boiler espresso machine, written the way such
// firmware usually is: many small top-level helpers with four to eight
// number arguments (clamp, lerp, mapRange, a profile segment lookup, an NTC
// thermistor conversion with a hand-written logarithm, a PID step, a
// first-order filter, a boiler thermal model, a pump and puck model). Each
// 250 ms step reads both boilers' NTCs, runs two PID loops with
// anti-windup and feed-forward, converts the outputs to heater duty with a
// time-proportioning window, follows a pressure profile (pre-infusion,
// ramp, 9 bar hold, decline) with a third PID on the pump, integrates the
// flow from a flowmeter model into shot weight and stops at the target
// ratio. Two single shots of 18 g from a machine at rest: 200 steps.
const NODE_SUM = 384891;
const PROFILE_T = [0, 16, 24, 32, 60, 100], PROFILE_P = [2.0, 2.0, 9.0, 9.0, 6.0, 6.0];
let checked = false;

function clamp(v, lo, hi) { return v < lo ? lo : (v > hi ? hi : v); }
function lerp(x, x0, x1, y0, y1) { return x1 === x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0); }
function mapRange(v, inLo, inHi, outLo, outHi, limit) {
  const r = lerp(v, inLo, inHi, outLo, outHi);
  return limit ? clamp(r, outLo < outHi ? outLo : outHi, outLo < outHi ? outHi : outLo) : r;
}
function segment(t, xs, ys, n) {                     // piecewise-linear profile lookup
  let i = 1;
  while (i < n - 1 && t > xs[i]) i += 1;
  return lerp(clamp(t, xs[i - 1], xs[i]), xs[i - 1], xs[i], ys[i - 1], ys[i]);
}
function ln(x) {                                      // x > 0: scale by e, then atanh series
  let k = 0;
  while (x > 2.718281828) { x = x / 2.718281828459045; k += 1; }
  while (x < 1) { x = x * 2.718281828459045; k -= 1; }
  const y = (x - 1) / (x + 1), y2 = y * y;
  let s = 0, t = y;
  for (let n = 1; n < 14; n += 2) { s += t / n; t *= y2; }
  return k + 2 * s;
}
function ntcTemp(adc, full, rPull, r25, beta, offset) {
  const r = rPull * adc / (full - adc);
  return 1 / (1 / 298.15 + ln(r / r25) / beta) - 273.15 + offset;
}
function adcFromTemp(temp, full, rPull, r25, beta, noise) {   // the inverse, with exp() by series
  const x = beta * (1 / (temp + 273.15) - 1 / 298.15);
  let e = 1, t = 1, k = 0, xs = x;
  while (xs > 1 || xs < -1) { xs = xs / 2; k += 1; }
  for (let n = 1; n < 12; n++) { t = t * xs / n; e += t; }
  for (let i = 0; i < k; i++) e = e * e;
  const r = r25 * e;
  return clamp(((full * r / (r + rPull)) | 0) + noise, 1, full - 1);
}
function lowPass(prev, x, dt, tau, init, valid) {
  return !valid ? init : prev + (x - prev) * dt / (tau + dt);
}
function pidStep(st, sp, pv, kp, ki, kd, dt, ff) {
  const err = sp - pv;
  const d = (pv - st.last) / dt;
  st.last = pv;
  const unsat = ff + kp * err + st.i - kd * d;
  const out = clamp(unsat, 0, 100);
  if (unsat === out || (unsat > 100 && err < 0) || (unsat < 0 && err > 0)) st.i = clamp(st.i + ki * err * dt, -40, 40);
  return out;
}
function boilerStep(temp, watts, flowMl, inletT, massG, lossWK, ambient, dt) {
  const heatIn = watts * dt;                           // joules in, lost through the case, carried off by the water
  const lost = lossWK * (temp - ambient) * dt;
  const flush = flowMl * dt * 4.186 * (temp - inletT);
  return temp + (heatIn - lost - flush) / (massG * 4.186);
}
function heaterOn(duty, tick, window, minOn, lockout, enabled) {
  if (!enabled || lockout) return false;
  const on = duty * window / 100;
  return on >= minOn && (tick % window) < on;
}
function puckFlow(pressure, resistance, wet, swell, t, maxFlow) {
  const r = resistance * (wet ? 1 + swell * clamp(t / 100, 0, 1) : 3);   // a dry puck resists more
  return clamp(pressure / r, 0, maxFlow);
}

function run() {
  let h = 13;
  const add = (x) => { h = (h * 31 + x) % 1000003; };
  const dt = 0.25;
  let brewT = 88, steamT = 118, pumpP = 0, brewF = 88, steamF = 118;      // boiler and filtered temperatures, bar
  let shotT = 0, weight = 0, shots = 0, heatOnSteps = 0, noise = 0;
  const brewPid = { i: 0, last: 88 }, steamPid = { i: 0, last: 118 }, pumpPid = { i: 0, last: 0 };
  let brewing = false, flowTotal = 0, peakP = 0;
  for (let step = 0; step < 200; step++) {
    noise = (noise * 37 + 11) % 17 - 8;
    if (!brewing && step > 0 && (step === 12 || step === 104)) {         // the brew button
      brewing = true; shotT = 0; weight = 0;
      pumpPid.i = 0; pumpPid.last = 0;
    }
    const adcB = adcFromTemp(brewT, 4095, 10000, 50000, 3950, noise);
    const adcS = adcFromTemp(steamT, 4095, 10000, 50000, 3950, -noise);
    brewF = lowPass(brewF, ntcTemp(adcB, 4095, 10000, 50000, 3950, 0.2), dt, 0.5, brewT, step > 0);
    steamF = lowPass(steamF, ntcTemp(adcS, 4095, 10000, 50000, 3950, -0.3), dt, 0.5, steamT, step > 0);
    const spP = brewing ? segment(shotT, PROFILE_T, PROFILE_P, 6) : 0;
    const pumpDuty = brewing ? pidStep(pumpPid, spP, pumpP, 9, 14, 0.2, dt, mapRange(spP, 0, 9, 20, 70, true)) : 0;
    pumpP = clamp(pumpP + (pumpDuty * 0.12 - pumpP * 0.9) * dt * 2, 0, 12);
    const flow = brewing ? puckFlow(pumpP, 4.5, shotT > 14, 0.6, shotT * 4, 3) : 0;
    const ffB = brewing ? mapRange(flow, 0, 3, 10, 60, true) : 0;
    const dutyB = pidStep(brewPid, 93, brewF, 8, 0.6, 3, dt, ffB);
    const dutyS = pidStep(steamPid, 125, steamF, 5, 0.3, 2, dt, 0);
    const onB = heaterOn(dutyB, step, 8, 1, false, true);
    const onS = heaterOn(dutyS, step, 8, 1, onB, steamT < 140);                // one heater at a time
    if (onB) heatOnSteps += 1;
    brewT = boilerStep(brewT, onB ? 1200 : 0, flow, 22, 300, 1.5, 24, dt);
    steamT = boilerStep(steamT, onS ? 1400 : 0, 0, 22, 900, 2.5, 24, dt);
    if (brewing) {
      shotT += 1; flowTotal += flow * dt; weight += flow * dt * 0.92;
      if (pumpP > peakP) peakP = pumpP;
      if (weight >= 18 || shotT >= 90) {
        brewing = false; shots += 1;
        add(shotT); add((weight * 10) | 0);
      }
    }
    add((brewF * 10) | 0); add((steamF * 10) | 0); add((pumpP * 100) | 0);
  }
  const line = 'espresso-shot steps=200 shots=' + shots + ' brew=' + ((brewT * 10) | 0) + ' steam=' + ((steamT * 10) | 0) +
    ' flow=' + ((flowTotal * 10) | 0) + ' peak=' + ((peakP * 100) | 0) + ' heat=' + heatOnSteps + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
