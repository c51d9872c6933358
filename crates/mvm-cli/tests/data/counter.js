// A class whose constructor assigns two properties of `this`.
class Counter {
  constructor(step) {
    this.count = 0;
    this.step = step;
  }
  tick() {
    this.count += this.step;
    return this.count;
  }
}
const counter = new Counter(2);
vmExport(0, () => counter.tick());
