// `switch` on a string state field inside a method (5 states, an ADSR envelope).
// Seen in batch 23: synth-voices (envelope), rtos-kernel (ops).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Env {
  constructor() { this.state = 'attack'; this.level = 0; }
  step() {
    switch (this.state) {
      case 'attack': this.level += 16; if (this.level >= 255) { this.level = 255; this.state = 'decay'; } break;
      case 'decay': this.level -= 4; if (this.level <= 150) this.state = 'sustain'; break;
      case 'sustain': if (this.level-- < 140) this.state = 'release'; break;
      case 'release': this.level -= 8; if (this.level <= 0) { this.level = 0; this.state = 'idle'; } break;
      case 'idle': this.state = 'attack'; break;
    }
    return this.level;
  }
}

const NODE_SUM = 419677;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const e = new Env();
    for (let i = 0; i < 300; i++) h = (h + e.step()) % 1000003;
  }
  const line = 'm-switch-str-state ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
