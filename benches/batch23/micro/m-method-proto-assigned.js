// A method added with `C.prototype.f = function` and called twice per iteration (one assigned method only: Microvium 8 crashes in its GC when two are assigned).
// Seen in batch 23: cbor-senml (Decoder).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Dec { constructor(n) { this.p = 0; this.n = n; } }
Dec.prototype.next = function (k) { this.p = (this.p + k) % this.n; return this.p; };

const NODE_SUM = 912544;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const d = new Dec(13);
    for (let i = 0; i < 250; i++) h = (h * 31 + d.next(1) + d.next(3)) % 1000003;
  }
  const line = 'm-method-proto-assigned ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
