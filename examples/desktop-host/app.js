// A thermostat: the schedule is built at compile time, the device calls
// `tick(temperature)` and the script drives the heater through an import.
const setHeater = vmImport(10);
const schedule = { day: 21, night: 17 };
let history = [];

function tick(temperature, isDay) {
  const target = isDay ? schedule.day : schedule.night;
  const heating = temperature < target;
  setHeater(heating);
  history.push(temperature);
  if (history.length > 8) history = [temperature];
  return heating;
}

// The host keeps this closure in a handle and calls it later.
function makeAverager() {
  let total = 0;
  let count = 0;
  return function (sample) {
    total += sample;
    count++;
    return total / count;
  };
}

vmExport(1, tick);
vmExport(2, makeAverager);
