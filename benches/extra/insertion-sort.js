// Insertion sort of a pseudo-random array, in JavaScript.
function run() {
  const arr = [];
  let x = 12345;
  for (let i = 0; i < 150; i++) { x = (x * 1103 + 12345) & 0xffff; arr.push(x); }
  for (let i = 1; i < arr.length; i++) {
    const v = arr[i];
    let j = i - 1;
    while (j >= 0 && arr[j] > v) { arr[j + 1] = arr[j]; j--; }
    arr[j + 1] = v;
  }
  for (let i = 1; i < arr.length; i++) assert(arr[i - 1] <= arr[i]);
  return arr[0];
}
vmExport(0, run);
