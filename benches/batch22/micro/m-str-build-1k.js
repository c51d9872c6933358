// A ~1.2 KB string built by += of short pieces and numbers, then dropped (one per repetition).
const NODE_SUM = 596773;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    let s = '';
    for (let i = 0; i < 60; i++) s += '{"value":"' + (i * 37) + '","unit":"Wh"},';
    h = (h * 31 + (s === '' ? 1 : 2)) % 1000003;
  }
  const line = 'm-str-build-1k ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
