// DMX512 lighting console: cue playback with crossfades. The rig is 8 RGBW
// pars (4 channels each), 2 moving heads (16-bit pan and tilt, dimmer,
// shutter, colour wheel, gobo) and 12 conventional dimmers, patched into
// the first 72 slots of a universe. Each call plays 96 frames (44 fps) of a
// cue list: six cues with their own fade times, a delay on the heads'
// movement, a colour chase across the pars, and a "go" that interrupts a
// running fade (the new fade starts from wherever the old one had got to).
// Intensities and positions are 16-bit and fade along an integer S-curve;
// the colour wheel and gobo snap at half time. Dimmer intensities are
// merged highest-takes-precedence with a submaster that is pushed up and
// pulled down, scaled by a grand master that dips at the end, cut by a
// blackout key, and sent through a square-law dimmer curve. Each frame is
// serialised (start code + 72 slots), compared with the previous frame
// and folded into a Fletcher-16 checksum.
const COLORS = [[255, 0, 0, 0], [0, 255, 0, 40], [0, 0, 255, 0], [255, 160, 0, 0], [200, 0, 255, 80], [0, 0, 0, 255]];
// cue: go frame, fade frames, head delay, par colour, chase (0/1), par level %,
// pan, tilt (16-bit), wheel slot, gobo, head level %, dimmer level %
const CUES = [
  [0, 1, 0, 5, 0, 30, 32768, 32768, 0, 0, 0, 40],
  [8, 20, 0, 0, 1, 100, 12000, 40000, 3, 1, 100, 70],
  [30, 16, 4, 2, 0, 80, 52000, 20000, 5, 2, 90, 0],
  [50, 12, 0, 3, 1, 60, 30000, 61000, 1, 0, 100, 100],
  [60, 24, 6, 4, 0, 100, 2000, 9000, 6, 3, 50, 25],
  [66, 10, 2, 1, 1, 45, 64000, 33000, 2, 4, 75, 55]
];
const FRAMES = 96;
const CURVE = [];
for (let i = 0; i < 256; i++) CURVE.push((i * i + 255) >> 8);

function idiv(a, b) { return (a - a % b) / b; }
function fixture(kind, addr, n) {
  const f = { kind, addr, cur: [], from: [], to: [] };
  for (let i = 0; i < n; i++) { f.cur.push(0); f.from.push(0); f.to.push(0); }
  return f;
}
function pct(p) { return idiv(p * 65535, 100); }
// target attribute values of fixture i for a cue
function target(f, i, q) {
  if (f.kind === 0) {
    const c = COLORS[(q[3] + (q[4] === 1 ? i : 0)) % COLORS.length];
    f.to[0] = pct(q[5]);
    for (let k = 0; k < 4; k++) f.to[1 + k] = c[k];
  } else if (f.kind === 1) {
    f.to[0] = pct(q[10]);
    f.to[1] = i === 8 ? q[6] : 65535 - q[6];
    f.to[2] = q[7];
    f.to[3] = q[8]; f.to[4] = q[9];
  } else {
    f.to[0] = pct((q[11] + i * 7) % 101);
  }
}
function smooth(p) { return ((p * p) >> 12) * (12288 - 2 * p) >> 12; }
function progress(t, fade) { return t >= fade ? 4096 : idiv(t * 4096, fade); }
function step(f, t, fade, delay) {
  const pi = smooth(progress(t, fade));
  const pm = f.kind === 1 ? smooth(progress(t > delay ? t - delay : 0, fade)) : pi;
  for (let a = 0; a < f.cur.length; a++) {
    const from = f.from[a], to = f.to[a];
    if (f.kind === 1 && a >= 3) f.cur[a] = pi >= 2048 ? to : from;
    else f.cur[a] = from + ((to - from) * (a === 0 ? pi : pm) >> 12);
  }
}
function render(rig, st, out, frame) {
  const gm = frame < 84 ? 255 : 255 - (frame - 84) * 20;
  const black = frame >= 74 && frame < 78;
  out[0] = 0;
  for (let i = 0; i < rig.length; i++) {
    const f = rig[i];
    let lvl = f.cur[0];
    if (f.kind === 2) {
      const s = st.sub * (12 - (i - 10)) >> 4;
      if (s > lvl) { lvl = s; st.subWins += 1; }
    }
    lvl = black ? 0 : (lvl >> 8) * gm >> 8;
    if (f.kind === 0) {
      for (let k = 0; k < 4; k++) out[f.addr + k] = f.cur[1 + k] * lvl >> 8;
    } else if (f.kind === 1) {
      out[f.addr] = f.cur[1] >> 8; out[f.addr + 1] = f.cur[1] & 255;
      out[f.addr + 2] = f.cur[2] >> 8; out[f.addr + 3] = f.cur[2] & 255;
      out[f.addr + 4] = CURVE[lvl]; out[f.addr + 5] = black ? 0 : 255;
      out[f.addr + 6] = f.cur[3] * 32; out[f.addr + 7] = f.cur[4] * 24 + 3;
      out[f.addr + 8] = 0; out[f.addr + 9] = 0;
    } else out[f.addr] = CURVE[lvl];
  }
}

// checksum computed in node
const NODE_SUM = 59764;
let checked = false, expected = 0;
function run() {
  const rig = [];
  for (let i = 0; i < 8; i++) rig.push(fixture(0, 1 + i * 4, 5));
  for (let i = 0; i < 2; i++) rig.push(fixture(1, 33 + i * 10, 5));
  for (let i = 0; i < 12; i++) rig.push(fixture(2, 61 + i, 1));
  const st = { sub: 0, subWins: 0 };
  let prev = [], out = [], cue = 0 - 1, t0 = 0, fade = 0, delay = 0;
  for (let i = 0; i <= 72; i++) { prev.push(0); out.push(0); }
  let s1 = 0, s2 = 0, changed = 0, h = 17, interrupted = 0;
  for (let frame = 0; frame < FRAMES; frame++) {
    if (cue + 1 < CUES.length && CUES[cue + 1][0] === frame) {
      cue += 1;
      const q = CUES[cue];
      if (frame - t0 < fade) interrupted += 1;
      for (let i = 0; i < rig.length; i++) {
        const f = rig[i];
        for (let a = 0; a < f.cur.length; a++) f.from[a] = f.cur[a];
        target(f, i, q);
      }
      t0 = frame; fade = q[1]; delay = q[2];
    }
    st.sub = frame < 40 ? frame * 1600 : (frame < 70 ? 64000 - (frame - 40) * 2100 : 0);
    for (let i = 0; i < rig.length; i++) step(rig[i], frame - t0, fade, delay);
    render(rig, st, out, frame);
    for (let k = 0; k <= 72; k++) {
      if (out[k] !== prev[k]) changed += 1;
      s1 = (s1 + out[k]) % 255; s2 = (s2 + s1) % 255;
    }
    h = (h * 31 + s1 * 256 + s2) % 1000003;
    const tmp = prev; prev = out; out = tmp;
  }
  let lit = 0;
  for (let k = 1; k <= 72; k++) if (prev[k] !== 0) lit += 1;
  h = (h * 31 + changed + lit * 7 + st.subWins + interrupted) % 1000003;
  if (!checked) {
    checked = true;
    expected = h;
    print(`dmx-crossfade frames=${FRAMES} cues=${cue + 1} interrupted=${interrupted} changed=${changed} subwins=${st.subWins} lit=${lit} pan=${prev[33]},${prev[34]} fletcher=${s1},${s2} ${h}`);
  }
  assertEqual(h, expected);
  assertEqual(h, NODE_SUM);
  return h;
}
vmExport(0, run);
