// A method call on an instance with 14 own fields (the method is found past them, on the prototype).
// Seen in batch 23: rtos-kernel (Task).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Task {
  constructor(id) { this.id = id; this.name = 't'; this.base = 3; this.prio = 3; this.prog = null; this.pc = 0; this.left = 0;
    this.state = 'ready'; this.wake = 0; this.waitBits = 0; this.waitAll = false; this.held = null; this.runs = 0; this.blocked = null; }
  step() { this.pc = (this.pc + 1) % 7; return this.pc; }
}

const NODE_SUM = 122768;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const t = new Task(rep);
    for (let i = 0; i < 300; i++) h = (h * 31 + t.step()) % 1000003;
  }
  const line = 'm-method-wide-instance ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
