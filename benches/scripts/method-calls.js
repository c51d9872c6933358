// Benchmark: method calls through `this`: 3000 calls to small methods that
// read and write fields. (Instances come from a factory rather than a
// class: Microvium 8's compiler fails with an internal error on `new` of a
// class at build time.)
let checked = false;

function tick() {
  this.value = this.value + this.step;
  return this.value;
}

function reset() {
  this.value = 0;
}

function makeCounter(step) {
  return { value: 0, step: step, tick: tick, reset: reset };
}

const counters = [makeCounter(1), makeCounter(2), makeCounter(3)];

function run() {
  let sum = 0;
  for (let i = 0; i < 1000; i++) {
    for (let j = 0; j < 3; j++) {
      sum = (sum + counters[j].tick()) | 0;
    }
  }
  for (let j = 0; j < 3; j++) counters[j].reset();
  if (!checked) {
    checked = true;
    print('method-calls checksum: ' + sum);
    assertEqual(sum, 3003000);
  }
  return sum;
}

vmExport(0, run);
