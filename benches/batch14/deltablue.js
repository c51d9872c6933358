// DeltaBlue, the incremental constraint solver of the classic benchmark (as
// in Octane), cut down to what a panel configurator needs: stay, edit,
// equality and scale-and-offset constraints over integers, 7 strengths.
// Each call builds fresh planners and runs the benchmark's two tests:
//  - chain: 61 variables joined by required equalities, a stay on the last
//    and an edit on the first; the extracted plan is run 100 times;
//  - projection: 40 source/destination pairs joined by dst = src * scale +
//    offset (a raw ADC count to engineering units), then four edits (a
//    source, a destination, the scale and the offset), each planned and
//    run 10 times, checking every value after each.
// Without `extends` (not in Microvium 8) the constraint kinds are two
// classes with the same methods; the shared parts live in Planner.
const NODE_SUM = 221375;
const REQUIRED = 0, PREFERRED = 2, STRONG_DEFAULT = 3, NORMAL = 4, WEAKEST = 6;
const BACKWARD = 0, NONE = 1, FORWARD = 2;
const stronger = (a, b) => a < b;
const weaker = (a, b) => a > b;
const weakestOf = (a, b) => (a > b ? a : b);

function popLast(a) { const x = a[a.length - 1]; a.length -= 1; return x; }

class Variable {
  constructor(name, value) {
    this.name = name; this.value = value; this.constraints = []; this.determinedBy = null; this.mark = 0; this.walkStrength = WEAKEST; this.stay = true;
  }
  addConstraint(c) { this.constraints.push(c); }
  removeConstraint(c) {
    const cs = this.constraints; let j = 0;
    for (let i = 0; i < cs.length; i++) if (cs[i] !== c) { cs[j] = cs[i]; j++; }
    if (j < cs.length) cs.length = j;
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// stay (isEdit false) and edit (isEdit true) constraints on one variable
class UnaryConstraint {
  constructor(v, strength, isEdit, planner) { this.myOutput = v; this.strength = strength; this.isEdit = isEdit; this.satisfied = false; planner.addConstraint(this); }
  addToGraph() { this.myOutput.addConstraint(this); this.satisfied = false; }
  chooseMethod(mark) { this.satisfied = this.myOutput.mark !== mark && stronger(this.strength, this.myOutput.walkStrength); }
  isSatisfied() { return this.satisfied; }
  markUnsatisfied() { this.satisfied = false; }
  markInputs(mark) { } output() { return this.myOutput; }
  inputsKnown(mark) { return true; }
  isInput() { return this.isEdit; }
  recalculate() { this.myOutput.walkStrength = this.strength; this.myOutput.stay = !this.isEdit; }
  removeFromGraph() { this.myOutput.removeConstraint(this); this.satisfied = false; }
  execute() { }
}

// v2 = v1 * scale + offset; plain equality when scale is null
class BinaryConstraint {
  constructor(v1, v2, strength, scale, offset, planner) {
    this.v1 = v1; this.v2 = v2; this.strength = strength; this.scale = scale; this.offset = offset; this.direction = NONE;
    planner.addConstraint(this);
  }
  eachVar(f) { f(this.v1); f(this.v2); if (this.scale !== null) { f(this.scale); f(this.offset); } }
  addToGraph() { this.eachVar((v) => v.addConstraint(this)); this.direction = NONE; }
  chooseMethod(mark) {
    if (this.v1.mark === mark) this.direction = this.v2.mark !== mark && stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
    if (this.v2.mark === mark) this.direction = this.v1.mark !== mark && stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    if (weaker(this.v1.walkStrength, this.v2.walkStrength)) this.direction = stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    else this.direction = stronger(this.strength, this.v2.walkStrength) ? FORWARD : BACKWARD;
  }
  isSatisfied() { return this.direction !== NONE; }
  markUnsatisfied() { this.direction = NONE; }
  markInputs(mark) { this.input().mark = mark; if (this.scale !== null) { this.scale.mark = mark; this.offset.mark = mark; } }
  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }
  recalculate() {
    const ihn = this.input(), out = this.output();
    out.walkStrength = weakestOf(this.strength, ihn.walkStrength); out.stay = ihn.stay && (this.scale === null || (this.scale.stay && this.offset.stay));
    if (out.stay) this.execute();
  }
  inputsKnown(mark) { const i = this.input(); return i.mark === mark || i.stay || i.determinedBy === null; }
  removeFromGraph() { this.eachVar((v) => v.removeConstraint(this)); this.direction = NONE; }
  isInput() { return false; }
  execute() {
    if (this.scale === null) { if (this.direction === FORWARD) this.v2.value = this.v1.value; else this.v1.value = this.v2.value; }
    else if (this.direction === FORWARD) this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    else this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }
}

class Planner {
  constructor() { this.currentMark = 0; this.satisfies = 0; this.steps = 0; }
  newMark() { this.currentMark += 1; return this.currentMark; }
  addConstraint(c) { c.addToGraph(); this.incrementalAdd(c); }
  destroyConstraint(c) { if (c.isSatisfied()) this.incrementalRemove(c); else c.removeFromGraph(); }
  satisfy(c, mark) {
    this.satisfies += 1;
    c.chooseMethod(mark);
    if (!c.isSatisfied()) { assert(c.strength !== REQUIRED, 'required constraint unsatisfied'); return null; }
    c.markInputs(mark);
    const out = c.output(), overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = c; assert(this.addPropagate(c, mark), 'cycle'); out.mark = mark;
    return overridden;
  }
  incrementalAdd(c) {
    const mark = this.newMark(); let overridden = this.satisfy(c, mark);
    while (overridden !== null) overridden = this.satisfy(overridden, mark);
  }
  incrementalRemove(c) {
    const out = c.output(); c.markUnsatisfied(); c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    for (let s = REQUIRED; s < WEAKEST; s++)
      for (let i = 0; i < unsatisfied.length; i++) if (unsatisfied[i].strength === s) this.incrementalAdd(unsatisfied[i]);
  }
  extractPlan(constraints) {
    const mark = this.newMark(), plan = [], todo = [];
    for (let i = 0; i < constraints.length; i++) if (constraints[i].isInput() && constraints[i].isSatisfied()) todo.push(constraints[i]);
    while (todo.length > 0) {
      const c = popLast(todo), out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) { plan.push(c); out.mark = mark; this.addConstraintsConsumingTo(out, todo); }
    }
    return plan;
  }
  runPlan(plan) { for (let i = 0; i < plan.length; i++) plan[i].execute(); this.steps += plan.length; }
  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = popLast(todo);
      if (d.output().mark === mark) { this.incrementalRemove(c); return false; }
      d.recalculate(); this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }
  removePropagateFrom(out) {
    out.determinedBy = null; out.walkStrength = WEAKEST; out.stay = true;
    const unsatisfied = [], todo = [out];
    while (todo.length > 0) {
      const v = popLast(todo), cs = v.constraints;
      for (let i = 0; i < cs.length; i++) if (!cs[i].isSatisfied()) unsatisfied.push(cs[i]);
      for (let i = 0; i < cs.length; i++) if (cs[i] !== v.determinedBy && cs[i].isSatisfied()) { cs[i].recalculate(); todo.push(cs[i].output()); }
    }
    return unsatisfied;
  }
  addConstraintsConsumingTo(v, coll) {
    for (let i = 0, cs = v.constraints; i < cs.length; i++) if (cs[i] !== v.determinedBy && cs[i].isSatisfied()) coll.push(cs[i]);
  }
  change(v, value) {
    const edit = new UnaryConstraint(v, PREFERRED, true, this), plan = this.extractPlan([edit]);
    for (let i = 0; i < 10; i++) { v.value = value; this.runPlan(plan); }
    this.destroyConstraint(edit); return plan.length;
  }
}

let checked = false;

function run() {
  let planner = new Planner(), prev = null, first = null, h = 7;
  for (let i = 0; i <= 60; i++) {                      // chain test
    const v = new Variable('v' + i, 0);
    if (prev !== null) new BinaryConstraint(prev, v, REQUIRED, null, null, planner);
    if (i === 0) first = v; prev = v;
  }
  new UnaryConstraint(prev, STRONG_DEFAULT, false, planner);
  const plan = planner.extractPlan([new UnaryConstraint(first, PREFERRED, true, planner)]);
  for (let i = 0; i < 100; i++) { first.value = i * 7; planner.runPlan(plan); assertEqual(prev.value, i * 7); }
  const chain = planner.steps + '/' + planner.satisfies + '/' + planner.currentMark; h = (h * 31 + plan.length * 64 + planner.satisfies) % 1000003;
  planner = new Planner();                           // projection test
  const scale = new Variable('scale', 10), offset = new Variable('offset', 1000), srcs = [], dests = [];
  let src = null, dst = null;
  for (let i = 0; i < 40; i++) {
    src = new Variable('src' + i, i); dst = new Variable('dst' + i, i); srcs.push(src); dests.push(dst);
    new UnaryConstraint(src, NORMAL, false, planner); new BinaryConstraint(src, dst, REQUIRED, scale, offset, planner);
  }
  h = (h * 31 + planner.change(src, 17)) % 1000003; assertEqual(dst.value, 1170);
  h = (h * 31 + planner.change(dst, 1050)) % 1000003; assertEqual(src.value, 5);
  h = (h * 31 + planner.change(scale, 5)) % 1000003;
  for (let i = 0; i < 39; i++) { assertEqual(dests[i].value, i * 5 + 1000); h = (h * 31 + dests[i].value) % 1000003; }
  h = (h * 31 + planner.change(offset, 2000)) % 1000003;
  for (let i = 0; i < 39; i++) { assertEqual(dests[i].value, i * 5 + 2000); h = (h * 31 + srcs[i].value + dests[i].value) % 1000003; }
  h = (h * 31 + planner.steps + planner.satisfies + planner.currentMark) % 1000003;
  const line = 'deltablue chain=' + chain + ' projection=' + planner.steps + '/' + planner.satisfies + '/' + planner.currentMark + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
