// Board bring-up on a 64-pin microcontroller: a pin-control driver reads the
// board's pin table (text entries such as 'PB7 usart1_tx af7 pull=up
// speed=high') at start-up, then resolves every request by name. Function
// names are matched by long if / else if chains of === on strings (the way
// generated pinctrl code looks), giving the alternate-function number and
// the peripheral. Each entry's options (pull, speed, an unknown 'drive')
// go through further chains on the option name and value. Conflicts (two functions on one pin,
// one function on two pins) are detected and the clock gates for the used
// peripherals are collected. Each call configures 4 board variants.
const NODE_SUM = 355834;
const PORTS = ['PA', 'PB', 'PC', 'PD'];
const FUNCS = ['usart1_tx', 'usart1_rx', 'usart2_tx', 'usart2_rx', 'spi1_sck', 'spi1_miso', 'spi1_mosi', 'spi2_sck',
  'spi2_miso', 'spi2_mosi', 'i2c1_scl', 'i2c1_sda', 'i2c2_scl', 'i2c2_sda', 'tim1_ch1', 'tim1_ch2', 'tim2_ch1', 'tim3_ch4',
  'adc_in0', 'adc_in5', 'can1_rx', 'can1_tx', 'usb_dm', 'usb_dp', 'sdio_d0', 'sdio_clk', 'gpio', 'swdio', 'swclk', 'mco'];
const PULLS = ['none', 'up', 'down'], SPEEDS = ['low', 'medium', 'high', 'very_high'];
let checked = false;

function altFunction(f) {              // generated code: one branch per function name
  if (f === 'gpio') return 0;
  else if (f === 'mco') return 0;
  else if (f === 'swdio') return 0;
  else if (f === 'swclk') return 0;
  else if (f === 'tim1_ch1') return 1;
  else if (f === 'tim1_ch2') return 1;
  else if (f === 'tim2_ch1') return 1;
  else if (f === 'tim3_ch4') return 2;
  else if (f === 'i2c1_scl') return 4;
  else if (f === 'i2c1_sda') return 4;
  else if (f === 'i2c2_scl') return 4;
  else if (f === 'i2c2_sda') return 4;
  else if (f === 'spi1_sck') return 5;
  else if (f === 'spi1_miso') return 5;
  else if (f === 'spi1_mosi') return 5;
  else if (f === 'spi2_sck') return 5;
  else if (f === 'spi2_miso') return 5;
  else if (f === 'spi2_mosi') return 5;
  else if (f === 'usart1_tx') return 7;
  else if (f === 'usart1_rx') return 7;
  else if (f === 'usart2_tx') return 7;
  else if (f === 'usart2_rx') return 7;
  else if (f === 'can1_rx') return 9;
  else if (f === 'can1_tx') return 9;
  else if (f === 'usb_dm') return 10;
  else if (f === 'usb_dp') return 10;
  else if (f === 'sdio_d0') return 12;
  else if (f === 'sdio_clk') return 12;
  else if (f === 'adc_in0') return 16;
  else if (f === 'adc_in5') return 16;
  return -1;
}
function peripheral(f) {
  if (f === 'usart1_tx' || f === 'usart1_rx') return 'USART1';
  else if (f === 'usart2_tx' || f === 'usart2_rx') return 'USART2';
  else if (f === 'spi1_sck' || f === 'spi1_miso' || f === 'spi1_mosi') return 'SPI1';
  else if (f === 'spi2_sck' || f === 'spi2_miso' || f === 'spi2_mosi') return 'SPI2';
  else if (f === 'i2c1_scl' || f === 'i2c1_sda') return 'I2C1';
  else if (f === 'i2c2_scl' || f === 'i2c2_sda') return 'I2C2';
  else if (f === 'tim1_ch1' || f === 'tim1_ch2') return 'TIM1';
  else if (f === 'tim2_ch1') return 'TIM2';
  else if (f === 'tim3_ch4') return 'TIM3';
  else if (f === 'adc_in0' || f === 'adc_in5') return 'ADC1';
  else if (f === 'can1_rx' || f === 'can1_tx') return 'CAN1';
  else if (f === 'usb_dm' || f === 'usb_dp') return 'USB';
  else if (f === 'sdio_d0' || f === 'sdio_clk') return 'SDIO';
  return 'SYS';
}
function clockBit(p) {
  if (p === 'USART1') return 0; else if (p === 'USART2') return 1; else if (p === 'SPI1') return 2;
  else if (p === 'SPI2') return 3; else if (p === 'I2C1') return 4; else if (p === 'I2C2') return 5;
  else if (p === 'TIM1') return 6; else if (p === 'TIM2') return 7; else if (p === 'TIM3') return 8;
  else if (p === 'ADC1') return 9; else if (p === 'CAN1') return 10; else if (p === 'USB') return 11;
  else if (p === 'SDIO') return 12; return 13;
}

// The board tables: each entry is the token list of a line such as
// 'PB7 usart1_tx pull=up speed=high' (Microvium strings cannot be indexed,
// so the tokeniser's output is stored); some entries carry an unknown option.
const BOARDS = [];
function entry(i, b) {
  const e = [PORTS[i % 4], ((i >> 2) * 2 + b + (i & 1)) % 11, FUNCS[(i * 7 + b * 11) % 23]];
  e.push('pull'); e.push('='); e.push(PULLS[(i + b) % 3]);
  e.push((i + b) % 9 === 4 ? 'drive' : 'speed'); e.push('='); e.push(SPEEDS[(i * b + i) % 4]);
  if (i % 5 === 2) { e.push('speed'); e.push('='); e.push('low'); }
  return e;
}
for (let b = 0; b < 4; b++) {
  const list = [];
  for (let i = 0; i < 26; i++) list.push(entry(i, b));
  BOARDS.push(list);
}

function pinIndex(port, n) {
  let p = -1;
  if (port === 'PA') p = 0; else if (port === 'PB') p = 1; else if (port === 'PC') p = 2; else if (port === 'PD') p = 3;
  return p * 16 + n;
}
function pullCode(val) { if (val === 'up') return 1; else if (val === 'down') return 2; else if (val === 'none') return 0; return -1; }
function speedCode(val) {
  if (val === 'low') return 0; else if (val === 'medium') return 1; else if (val === 'high') return 2; else if (val === 'very_high') return 3;
  return -1;
}

function configure(list, st) {
  const pinFunc = [], funcPin = {};
  let clocks = 0, regs = 0;
  for (let p = 0; p < 64; p++) pinFunc.push('');
  for (let e = 0; e < list.length; e++) {
    const tk = list[e];
    const pin = pinIndex(tk[0], tk[1]), f = tk[2];
    let pull = 0, speed = 0, k = 3;
    while (k + 2 < tk.length) {
      const opt = tk[k], val = tk[k + 2];
      if (tk[k + 1] !== '=') { st.badOpts += 1; break; }
      if (opt === 'pull') pull = pullCode(val);
      else if (opt === 'speed') speed = speedCode(val);
      else st.badOpts += 1;
      k += 3;
    }
    if (pinFunc[pin] !== '') st.pinConflicts += 1;
    else if (f !== 'gpio' && funcPin[f] !== undefined) st.funcConflicts += 1;
    else {
      pinFunc[pin] = f; funcPin[f] = pin;
      const af = altFunction(f), per = peripheral(f);
      clocks = clocks | (1 << clockBit(per));
      regs = (regs * 31 + pin * 97 + af * 13 + pull * 5 + speed) % 1000003;
      st.configured += 1;
    }
  }
  return (regs * 31 + clocks) % 1000003;
}

function run() {
  const st = { configured: 0, pinConflicts: 0, funcConflicts: 0, badOpts: 0 };
  let h = 3;
  for (let r = 0; r < 8; r++) {
    for (let b = 0; b < BOARDS.length; b++) h = (h * 31 + configure(BOARDS[b], st)) % 1000003;
  }
  const line = 'pinmux-board boards=' + BOARDS.length + ' configured=' + st.configured + ' pinConflicts=' + st.pinConflicts +
    ' funcConflicts=' + st.funcConflicts + ' badOpts=' + st.badOpts + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
