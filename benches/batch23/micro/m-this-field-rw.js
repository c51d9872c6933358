// Read-modify-write of `this` fields inside one method (5 fields, floats and ints).
// Seen in batch 23: dali-ballast (tick), synth-voices.
// One call runs the loop 10 times; the checksum is printed on the first call.
class St {
  constructor() { this.level = 0; this.target = 200; this.step = 0.75; this.ticks = 0; this.energy = 0; }
  tick() { this.level += this.step; if (this.level >= this.target) this.level = 0; this.ticks += 1; this.energy += this.level; }
}

const NODE_SUM = 326464;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const s = new St();
    for (let i = 0; i < 300; i++) s.tick();
    h = (h * 31 + s.ticks + (s.energy | 0)) % 1000003;
  }
  const line = 'm-this-field-rw ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
