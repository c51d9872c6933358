// The same 30 names as cases of a switch on a string.
const NAMES = ['gpio', 'mco', 'swdio', 'swclk', 'tim1_ch1', 'tim1_ch2', 'tim2_ch1', 'tim3_ch4', 'i2c1_scl', 'i2c1_sda', 'i2c2_scl', 'i2c2_sda', 'spi1_sck', 'spi1_miso', 'spi1_mosi', 'spi2_sck', 'spi2_miso', 'spi2_mosi', 'usart1_tx', 'usart1_rx', 'usart2_tx', 'usart2_rx', 'can1_rx', 'can1_tx', 'usb_dm', 'usb_dp', 'sdio_d0', 'sdio_clk', 'adc_in0', 'adc_in5'];
function code(f) {
  switch (f) {
    case 'gpio': return 0;
    case 'mco': return 1;
    case 'swdio': return 2;
    case 'swclk': return 3;
    case 'tim1_ch1': return 4;
    case 'tim1_ch2': return 5;
    case 'tim2_ch1': return 6;
    case 'tim3_ch4': return 7;
    case 'i2c1_scl': return 8;
    case 'i2c1_sda': return 9;
    case 'i2c2_scl': return 10;
    case 'i2c2_sda': return 11;
    case 'spi1_sck': return 12;
    case 'spi1_miso': return 13;
    case 'spi1_mosi': return 14;
    case 'spi2_sck': return 15;
    case 'spi2_miso': return 16;
    case 'spi2_mosi': return 17;
    case 'usart1_tx': return 18;
    case 'usart1_rx': return 19;
    case 'usart2_tx': return 20;
    case 'usart2_rx': return 21;
    case 'can1_rx': return 22;
    case 'can1_tx': return 23;
    case 'usb_dm': return 24;
    case 'usb_dp': return 25;
    case 'sdio_d0': return 26;
    case 'sdio_clk': return 27;
    case 'adc_in0': return 28;
    case 'adc_in5': return 29;
    default: return -1;
  }
}
const NODE_SUM = 719256;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) for (let i = 0; i < 30; i++) h = (h * 31 + code(NAMES[(i * 7 + r) % 30]) + 1) % 1000003;
  }
  const line = 'm-switch-str ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
