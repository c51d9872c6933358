// A fixed-size ring buffer queue of sensor readings, as objects.
function makeQueue(size) {
  return { items: [], head: 0, tail: 0, count: 0, size: size };
}
function enqueue(q, v) {
  if (q.count === q.size) return false;
  q.items[q.tail] = v;
  q.tail = (q.tail + 1) % q.size;
  q.count++;
  return true;
}
function dequeue(q) {
  if (q.count === 0) return undefined;
  const v = q.items[q.head];
  q.head = (q.head + 1) % q.size;
  q.count--;
  return v;
}
let checked = false;
function run() {
  const q = makeQueue(16);
  let total = 0;
  for (let i = 0; i < 200; i++) {
    enqueue(q, { id: i, value: i * 3 });
    if (i % 3 === 2) {
      const a = dequeue(q);
      const b = dequeue(q);
      total += a.value + b.value;
    }
  }
  while (q.count > 0) total += dequeue(q).value;
  if (!checked) { checked = true; print('queue ' + total); }
  return total;
}
vmExport(0, run);
