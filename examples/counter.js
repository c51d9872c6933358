// A device-side counter: the closure and its state are made at build time,
// written into the snapshot, and keep counting on the device.
function makeCounter(start, step) {
  let count = start;
  return function () {
    count = count + step;
    return count;
  };
}

const tick = makeCounter(8190, 1);
const readings = [];
print('built at compile time; first tick = ' + tick());

function run() {
  for (let i = 0; i < 3; i++) {
    readings[readings.length] = tick();
  }
  print('readings: ' + readings[0] + ', ' + readings[1] + ', ' + readings[2]);
  print('average: ' + (readings[0] + readings[1] + readings[2]) / 3);
}

vmExport(0, run);
