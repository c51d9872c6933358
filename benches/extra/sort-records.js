// Sorts an array of records by a numeric field (selection sort), then
// checks the order.
let checked = false;
function run() {
  const records = [];
  let seed = 7;
  for (let i = 0; i < 40; i++) {
    seed = (seed * 1103 + 12345) % 65536;
    records.push({ id: i, score: seed % 1000 });
  }
  for (let i = 0; i < records.length; i++) {
    let best = i;
    for (let j = i + 1; j < records.length; j++) {
      if (records[j].score < records[best].score) best = j;
    }
    const t = records[i]; records[i] = records[best]; records[best] = t;
  }
  let ok = 1;
  for (let i = 1; i < records.length; i++) if (records[i - 1].score > records[i].score) ok = 0;
  const r = records[0].score + records[39].score * ok;
  if (!checked) { checked = true; print('sort ' + r); }
  return r;
}
vmExport(0, run);
