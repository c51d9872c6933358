// syslog-5424 piece: === between long strings built at run time (the
// repeated-message check and the ring's duplicate scan). 16 strings of
// about 120 characters, all pairs compared, 6 times.
const NODE_SUM = 394842;
const WORDS = ['port ', 'link ', 'up ', 'down ', 'temperature ', '45.50C ', 'login ', 'ok ', 'user=admin ', 'from 10.0.2.7 '];
let checked = false;

function run() {
  let h = 1, same = 0;
  const ring = [];
  for (let k = 0; k < 16; k++) {
    let s = '';
    for (let i = 0; i < 12; i++) s += WORDS[(i * 3 + (k % 4 === 0 ? 0 : (i === 11 ? k : 0))) % 10];
    ring.push(s);
  }
  for (let rep = 0; rep < 6; rep++) {
    for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) if (ring[i] === ring[j]) { same += 1; h = (h * 31 + i * 16 + j) % 1000003; }
  }
  if (!checked) { checked = true; print('m-str-equal-long same=' + same + ' ' + h); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
