// A sensor filter built at compile time and run on the device.
const log = vmImport(1);
const config = { name: 'thermo', limits: [10, 90], scale: 0.5 };
let readings = 0;

function clamp(v) {
  if (v < config.limits[0]) return config.limits[0];
  if (v > config.limits[1]) return config.limits[1];
  return v;
}

function onReading(raw) {
  readings++;
  const value = clamp(raw * config.scale);
  log(config.name + ': ' + value);
  return value;
}

function fail(depth) {
  if (depth === 0) throw 'sensor fault';
  return fail(depth - 1);
}

vmExport(0, onReading);
vmExport(1, () => fail(2));
