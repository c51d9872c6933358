// The empty script of issue 4: what a VM holds while idle.
function run() {}
vmExport(0, run);
let g1 = 1, g2 = 2, g3 = 3, g4 = 4;
