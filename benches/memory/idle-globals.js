// Four globals the device code uses: 2 bytes each.
function run() { g1 = g2 + g3 + g4; }
vmExport(0, run);
let g1 = 1, g2 = 2, g3 = 3, g4 = 4;
