// An object used as a map with many keys; reads and updates by computed key.
const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];
function run() {
  const counts = {};
  for (let i = 0; i < names.length; i++) counts[names[i]] = 0;
  for (let r = 0; r < 100; r++) {
    for (let i = 0; i < names.length; i++) {
      const k = names[(i * 7 + r) % names.length];
      counts[k] = counts[k] + 1;
    }
  }
  let total = 0;
  for (let i = 0; i < names.length; i++) total += counts[names[i]];
  assertEqual(total, 1200);
  return total;
}
vmExport(0, run);
