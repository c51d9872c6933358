// Firmware logic: count button presses, blink an LED every third press.
const setLed = vmImport(1);
let presses = 0;

function onPress() {
  presses++;
  setLed(presses % 3 === 0);
  return presses;
}

vmExport(0, onPress);
