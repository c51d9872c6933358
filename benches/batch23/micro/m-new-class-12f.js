// `new` of a class whose constructor sets 12 fields (records made per iteration).
// Seen in batch 23: rtos-kernel, dali-ballast (constructors).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Rec { constructor(i) { this.id = i; this.a = 1; this.b = 2; this.c = 3; this.d = 4; this.e = 5; this.f = 6; this.g = 7; this.x = 0; this.y = 0; this.z = null; this.s = 'ok'; } }

const NODE_SUM = 608354;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let i = 0; i < 120; i++) { const r = new Rec(i); h = (h * 31 + r.id + r.g) % 1000003; }
  }
  const line = 'm-new-class-12f ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
