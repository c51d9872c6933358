// Timer scheduler on a binary min-heap of task objects: pop the earliest task, run it, reschedule it.
class MinHeap {
  constructor() { this.items = []; this.n = 0; }
  less(a, b) { return a.due < b.due || (a.due === b.due && a.id < b.id); }
  push(task) {
    const items = this.items;
    let i = this.n++;
    items[i] = task;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(items[i], items[p])) break;
      const t = items[i]; items[i] = items[p]; items[p] = t;
      i = p;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    this.n--;
    items[0] = items[this.n];
    items[this.n] = null;
    let i = 0;
    const n = this.n;
    while (true) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(items[l], items[m])) m = l;
      if (r < n && this.less(items[r], items[m])) m = r;
      if (m === i) break;
      const t = items[i]; items[i] = items[m]; items[m] = t;
      i = m;
    }
    return top;
  }
}
let checked = false;
function run() {
  const h = new MinHeap();
  for (let id = 0; id < 24; id++) {
    h.push({ id: id, due: (id * 37) % 50, period: 5 + (id % 7) * 3, runs: 0 });
  }
  let now = 0;
  let order = 0;
  let late = 0;
  for (let step = 0; step < 300; step++) {
    const task = h.pop();
    if (task.due < now) late++;
    now = task.due;
    task.runs++;
    order = (order * 31 + task.id + 1) % 65521;
    task.due = now + task.period + (task.runs & 1);
    h.push(task);
  }
  let totalRuns = 0;
  for (let i = 0; i < h.n; i++) totalRuns += h.items[i].runs * (h.items[i].id + 1);
  const result = order + now * 7 + totalRuns + late;
  if (!checked) { checked = true; print('heap-scheduler ' + order + ' ' + now + ' ' + totalRuns + ' ' + late + ' ' + result); }
  return result;
}
vmExport(0, run);
