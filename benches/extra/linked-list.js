// Build a linked list of small objects, then walk and sum it.
function build(n) {
  let head = null;
  for (let i = 0; i < n; i++) head = { value: i, next: head };
  return head;
}
function sum(list) {
  let s = 0;
  while (list !== null) { s += list.value; list = list.next; }
  return s;
}
function run() {
  let t = 0;
  for (let k = 0; k < 5; k++) t += sum(build(200));
  assertEqual(t, 99500);
  return t;
}
vmExport(0, run);
