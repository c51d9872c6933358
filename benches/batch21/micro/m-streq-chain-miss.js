// The same chain with names that match no branch (all 30 comparisons fail).
const NAMES = ['gpiox', 'mcox', 'swdiox', 'swclkx', 'tim1_ch1x', 'tim1_ch2x', 'tim2_ch1x', 'tim3_ch4x', 'i2c1_sclx', 'i2c1_sdax', 'i2c2_sclx', 'i2c2_sdax', 'spi1_sckx', 'spi1_misox', 'spi1_mosix', 'spi2_sckx', 'spi2_misox', 'spi2_mosix', 'usart1_txx', 'usart1_rxx', 'usart2_txx', 'usart2_rxx', 'can1_rxx', 'can1_txx', 'usb_dmx', 'usb_dpx', 'sdio_d0x', 'sdio_clkx', 'adc_in0x', 'adc_in5x'];
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
const NODE_SUM = 621741;
let checked = false;

function run() {
  let h = 7;
  for (let rep = 0; rep < 10; rep++) {
    for (let r = 0; r < 40; r++) for (let i = 0; i < 30; i++) h = (h * 31 + code(NAMES[(i * 7 + r) % 30]) + 1) % 1000003;
  }
  const line = 'm-streq-chain-miss ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
