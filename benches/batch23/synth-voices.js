// A polyphonic synthesizer's voice engine (a MIDI sound module on a small
// MCU): 6 voices, each with a phase-accumulator oscillator reading a
// 64-entry wavetable and an ADSR envelope kept as a string state
// ('attack', 'decay', 'sustain', 'release', 'idle') advanced by a switch
// every sample. Note-on takes a free voice or steals the quietest releasing
// one (else the oldest); note-off releases every voice on that note, and the
// sustain pedal defers releases. A one-pole filter and a soft clipper shape
// the mix, and an LFO modulates pitch. One call renders 2,400 samples at
// 8 kHz of a short arpeggio with chords, at control rate 1/8 for the envelopes.
const NODE_SUM = 495818;
const RATE = 8000, VOICES = 6, TABLE = 64;
const SAW = [], SQR = [], TRI = [];
for (let i = 0; i < TABLE; i++) {
  SAW.push(i / 32 - 1); SQR.push(i < 32 ? 0.7 : -0.7); TRI.push(i < 32 ? i / 16 - 1 : 3 - i / 16);
}
const WAVES = { saw: SAW, square: SQR, tri: TRI };
const NOTE_HZ = [261.63];                                         // C4 upwards by equal temperament
for (let i = 1; i < 25; i++) NOTE_HZ.push(NOTE_HZ[i - 1] * 1.0594631);
const PATCH = { wave: 'saw', attack: 0.01, decay: 0.08, sustain: 0.6, release: 0.15, cutoff: 0.25 };
// MIDI-ish events: [sample, type, note, velocity]
const EVENTS = [];
const ARP = [0, 4, 7, 12, 7, 4];
for (let k = 0; k < 18; k++) {
  const at = k * 120;
  EVENTS.push([at, 'on', ARP[k % 6] + (k >= 12 ? 5 : 0), 90 + (k % 3) * 10]);
  EVENTS.push([at + 100, 'off', ARP[k % 6] + (k >= 12 ? 5 : 0), 0]);
  if (k % 6 === 0) { EVENTS.push([at + 2, 'on', 12, 70]); EVENTS.push([at + 3, 'on', 16, 70]); EVENTS.push([at + 4, 'on', 19, 70]); }
  if (k % 6 === 5) { EVENTS.push([at + 50, 'off', 12, 0]); EVENTS.push([at + 50, 'off', 16, 0]); EVENTS.push([at + 50, 'off', 19, 0]); }
  if (k === 7) EVENTS.push([at + 10, 'pedal', 0, 1]);
  if (k === 11) EVENTS.push([at + 10, 'pedal', 0, 0]);
}
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }

class Voice {
  constructor(id) { this.id = id; this.state = 'idle'; this.note = -1; this.level = 0; this.phase = 0; this.inc = 0; this.vel = 0; this.age = 0; this.held = false; this.table = SAW; }
  start(note, vel, age, patch) {
    this.note = note; this.vel = vel / 127; this.age = age; this.state = 'attack'; this.held = false;
    this.inc = NOTE_HZ[note] * TABLE / RATE; this.table = WAVES[patch.wave];
  }
  envelope(p, dt) {                                                  // called every 8 samples
    switch (this.state) {
      case 'attack':
        this.level += dt / p.attack;
        if (this.level >= 1) { this.level = 1; this.state = 'decay'; }
        break;
      case 'decay':
        this.level -= dt / p.decay * (1 - p.sustain);
        if (this.level <= p.sustain) { this.level = p.sustain; this.state = 'sustain'; }
        break;
      case 'sustain': break;
      case 'release':
        this.level -= dt / p.release * p.sustain;
        if (this.level <= 0) { this.level = 0; this.state = 'idle'; this.note = -1; }
        break;
      case 'idle': break;
      default: throw { state: this.state };
    }
  }
  sample(bend) {
    this.phase += this.inc * bend;
    if (this.phase >= TABLE) this.phase -= TABLE;
    const i = floor(this.phase), f = this.phase - i, t = this.table;
    const a = t[i], b = t[i + 1 === TABLE ? 0 : i + 1];
    return (a + (b - a) * f) * this.level * this.vel;
  }
}

class Synth {
  constructor(patch) {
    this.patch = patch; this.voices = []; for (let i = 0; i < VOICES; i++) this.voices.push(new Voice(i));
    this.clock = 0; this.pedal = false; this.lp = 0; this.lfo = 0; this.steals = 0; this.clips = 0;
  }
  allocate() {
    let best = null;
    for (let i = 0; i < VOICES; i++) if (this.voices[i].state === 'idle') return this.voices[i];
    for (let i = 0; i < VOICES; i++) { const v = this.voices[i]; if (v.state === 'release' && (best === null || v.level < best.level)) best = v; }
    if (best === null) for (let i = 0; i < VOICES; i++) { const v = this.voices[i]; if (best === null || v.age < best.age) best = v; }
    this.steals += 1;
    return best;
  }
  noteOn(n, vel) { this.clock += 1; this.allocate().start(n, vel, this.clock, this.patch); }
  noteOff(n) {
    for (let i = 0; i < VOICES; i++) {
      const v = this.voices[i];
      if (v.note === n && v.state !== 'release' && v.state !== 'idle') { if (this.pedal) v.held = true; else v.state = 'release'; }
    }
  }
  setPedal(on) {
    this.pedal = on;
    if (!on) for (let i = 0; i < VOICES; i++) { const v = this.voices[i]; if (v.held) { v.held = false; v.state = 'release'; } }
  }
  event(e) {
    switch (e[1]) {
      case 'on': this.noteOn(e[2], e[3]); break;
      case 'off': this.noteOff(e[2]); break;
      case 'pedal': this.setPedal(e[3] === 1); break;
    }
  }
  render(n) {
    if ((n & 7) === 0) {
      for (let i = 0; i < VOICES; i++) this.voices[i].envelope(this.patch, 8 / RATE);
      this.lfo += 0.05; if (this.lfo > 4) this.lfo -= 4;
    }
    const bend = 1 + (this.lfo < 2 ? this.lfo - 1 : 3 - this.lfo) * 0.004;      // triangle vibrato
    let mix = 0;
    for (let i = 0; i < VOICES; i++) if (this.voices[i].state !== 'idle') mix += this.voices[i].sample(bend);
    this.lp += (mix - this.lp) * this.patch.cutoff;
    let y = this.lp * 0.5;
    if (y > 0.8 || y < -0.8) { this.clips += 1; y = y > 0 ? 0.8 + (y - 0.8) * 0.2 : -0.8 + (y + 0.8) * 0.2; }
    return floor(y * 2047);                                        // 12-bit DAC
  }
}

function run() {
  const s = new Synth(PATCH);
  let h = 7, e = 0, peak = 0;
  for (let n = 0; n < 2400; n++) {
    while (e < EVENTS.length && EVENTS[e][0] <= n) { s.event(EVENTS[e]); e += 1; }
    const y = s.render(n);
    if (y > peak) peak = y;
    h = (h * 31 + y + 4096) % 1000003;
  }
  let active = 0;
  for (let i = 0; i < VOICES; i++) if (s.voices[i].state !== 'idle') active += 1;
  h = (h * 31 + s.steals * 100 + s.clips + active) % 1000003;
  const line = 'synth-voices samples=2400 events=' + EVENTS.length + ' steals=' + s.steals + ' clips=' + s.clips + ' peak=' + peak + ' active=' + active + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
