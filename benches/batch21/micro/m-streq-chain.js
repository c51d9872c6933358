// A 30-branch if / else if chain of === on string literals (pinmux-board's altFunction), inputs spread over all branches.
const NAMES = ['gpio', 'mco', 'swdio', 'swclk', 'tim1_ch1', 'tim1_ch2', 'tim2_ch1', 'tim3_ch4', 'i2c1_scl', 'i2c1_sda', 'i2c2_scl', 'i2c2_sda', 'spi1_sck', 'spi1_miso', 'spi1_mosi', 'spi2_sck', 'spi2_miso', 'spi2_mosi', 'usart1_tx', 'usart1_rx', 'usart2_tx', 'usart2_rx', 'can1_rx', 'can1_tx', 'usb_dm', 'usb_dp', 'sdio_d0', 'sdio_clk', 'adc_in0', 'adc_in5'];
function code(f) {
  if (f === 'gpio') return 0;
  else if (f === 'mco') return 1;
  else if (f === 'swdio') return 2;
  else if (f === 'swclk') return 3;
  else if (f === 'tim1_ch1') return 4;
  else if (f === 'tim1_ch2') return 5;
  else if (f === 'tim2_ch1') return 6;
  else if (f === 'tim3_ch4') return 7;
  else if (f === 'i2c1_scl') return 8;
  else if (f === 'i2c1_sda') return 9;
  else if (f === 'i2c2_scl') return 10;
  else if (f === 'i2c2_sda') return 11;
  else if (f === 'spi1_sck') return 12;
  else if (f === 'spi1_miso') return 13;
  else if (f === 'spi1_mosi') return 14;
  else if (f === 'spi2_sck') return 15;
  else if (f === 'spi2_miso') return 16;
  else if (f === 'spi2_mosi') return 17;
  else if (f === 'usart1_tx') return 18;
  else if (f === 'usart1_rx') return 19;
  else if (f === 'usart2_tx') return 20;
  else if (f === 'usart2_rx') return 21;
  else if (f === 'can1_rx') return 22;
  else if (f === 'can1_tx') return 23;
  else if (f === 'usb_dm') return 24;
  else if (f === 'usb_dp') return 25;
  else if (f === 'sdio_d0') return 26;
  else if (f === 'sdio_clk') return 27;
  else if (f === 'adc_in0') return 28;
  else if (f === 'adc_in5') return 29;
  return -1;
}
const NODE_SUM = 719256;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) for (let i = 0; i < 30; i++) h = (h * 31 + code(NAMES[(i * 7 + r) % 30]) + 1) % 1000003;
  }
  const line = 'm-streq-chain ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
