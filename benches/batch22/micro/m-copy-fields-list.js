// Copying a 6-field record through a list of field names (d[F[i]] = s[F[i]]).
const F = ['idx', 'mv', 'temp', 'bleed', 'soc', 'flags'];
const S = { idx: 3, mv: 3650, temp: 31, bleed: false, soc: 55.5, flags: 0 };
const NODE_SUM = 360759;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) { const d = {}; for (let i = 0; i < F.length; i++) d[F[i]] = S[F[i]]; h = (h * 31 + d.mv + d.idx + r) % 1000003; }
  }
  const line = 'm-copy-fields-list ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
