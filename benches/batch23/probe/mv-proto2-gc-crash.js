// Methods added with `C.prototype.f = function` and called (two calls per iteration).
// Seen in batch 23: cbor-senml (Decoder).
// One call runs the loop 10 times; the checksum is printed on the first call.
class Dec { constructor(n) { this.p = 0; this.n = n; } }
Dec.prototype.next = function () { this.p = (this.p + 1) % this.n; return this.p; };
Dec.prototype.peek = function (k) { return (this.p + k) % this.n; };

const NODE_SUM = 489430;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    const d = new Dec(13);
    for (let i = 0; i < 250; i++) h = (h * 31 + d.next() + d.peek(3)) % 1000003;
  }
  const line = 'm-method-proto-assigned ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
