// A small state machine: a function called per step, switching on numbers.
function step(state, c) {
  switch (state) {
    case 0: return c === 1 ? 1 : 0;
    case 1: return c === 2 ? 2 : (c === 1 ? 1 : 0);
    case 2: return c === 3 ? 3 : 0;
    default: return 0;
  }
}
function run() {
  let state = 0, hits = 0;
  for (let i = 0; i < 3000; i++) {
    state = step(state, (i % 4));
    if (state === 3) { hits++; state = 0; }
  }
  assertEqual(hits, 750);
  return hits;
}
vmExport(0, run);
