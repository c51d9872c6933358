// Polymorphic method calls: two classes answering the same methods.
class Rect {
  constructor(n, w, h) { this.n = n; this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  describe() { return this.area() + this.n; }
}
class Square {
  constructor(n, s) { this.n = n; this.s = s; }
  area() { return this.s * this.s; }
  describe() { return (this.area() + this.n) * 2; }
}
function run() {
  let t = 0;
  for (let i = 0; i < 200; i++) {
    const s = i % 2 === 0 ? new Rect(i, 2, 3) : new Square(i, 3);
    t += s.describe();
  }
  return t;
}
vmExport(0, run);
