// The driver of a multi-rail PMIC with charger, fuel gauge, ADC and RTC,
// written the way vendor SDKs are: a header's worth of register and field
// constants at the top level (some 250 globals), a shadow copy of all 188
// registers as one object with a property per register, a writable-mask
// object of the same shape, and a dirty flag per register, all read and
// written by computed keys (register names, some built at run time as
// 'BUCK' + n + '_VOUT'). A device model answers the I2C traffic through a
// switch whose cases are the register constants. run() resets the part,
// applies the board's power profile (a table of rail objects and a list of
// [name, value] pairs), flushes dirty registers, runs an ADC scan and a
// fuel-gauge update, reads everything back, services the interrupts,
// decodes the charger and gauge, and dumps the non-default registers as text.
const REG_CHIP_ID = 0x00;
const REG_REV = 0x01;
const REG_SYS_CTRL = 0x02;
const REG_SYS_STATUS = 0x03;
const REG_RESET_REASON = 0x04;
const REG_WDT_CTRL = 0x05;
const REG_WDT_KICK = 0x06;
const REG_SCRATCH0 = 0x07;
const REG_SCRATCH1 = 0x08;
const REG_SCRATCH2 = 0x09;
const REG_SCRATCH3 = 0x0a;
const REG_IRQ_STATUS0 = 0x0b;
const REG_IRQ_STATUS1 = 0x0c;
const REG_IRQ_STATUS2 = 0x0d;
const REG_IRQ_STATUS3 = 0x0e;
const REG_IRQ_MASK0 = 0x0f;
const REG_IRQ_MASK1 = 0x10;
const REG_IRQ_MASK2 = 0x11;
const REG_IRQ_MASK3 = 0x12;
const REG_BUCK1_CTRL = 0x13;
const REG_BUCK1_VOUT = 0x14;
const REG_BUCK1_VOUT_SLEEP = 0x15;
const REG_BUCK1_ILIM = 0x16;
const REG_BUCK1_SLEW = 0x17;
const REG_BUCK1_PG_CFG = 0x18;
const REG_BUCK2_CTRL = 0x19;
const REG_BUCK2_VOUT = 0x1a;
const REG_BUCK2_VOUT_SLEEP = 0x1b;
const REG_BUCK2_ILIM = 0x1c;
const REG_BUCK2_SLEW = 0x1d;
const REG_BUCK2_PG_CFG = 0x1e;
const REG_BUCK3_CTRL = 0x1f;
const REG_BUCK3_VOUT = 0x20;
const REG_BUCK3_VOUT_SLEEP = 0x21;
const REG_BUCK3_ILIM = 0x22;
const REG_BUCK3_SLEW = 0x23;
const REG_BUCK3_PG_CFG = 0x24;
const REG_BUCK4_CTRL = 0x25;
const REG_BUCK4_VOUT = 0x26;
const REG_BUCK4_VOUT_SLEEP = 0x27;
const REG_BUCK4_ILIM = 0x28;
const REG_BUCK4_SLEW = 0x29;
const REG_BUCK4_PG_CFG = 0x2a;
const REG_BUCK5_CTRL = 0x2b;
const REG_BUCK5_VOUT = 0x2c;
const REG_BUCK5_VOUT_SLEEP = 0x2d;
const REG_BUCK5_ILIM = 0x2e;
const REG_BUCK5_SLEW = 0x2f;
const REG_BUCK5_PG_CFG = 0x30;
const REG_BUCK6_CTRL = 0x31;
const REG_BUCK6_VOUT = 0x32;
const REG_BUCK6_VOUT_SLEEP = 0x33;
const REG_BUCK6_ILIM = 0x34;
const REG_BUCK6_SLEW = 0x35;
const REG_BUCK6_PG_CFG = 0x36;
const REG_LDO1_CTRL = 0x37;
const REG_LDO1_VOUT = 0x38;
const REG_LDO1_ILIM = 0x39;
const REG_LDO2_CTRL = 0x3a;
const REG_LDO2_VOUT = 0x3b;
const REG_LDO2_ILIM = 0x3c;
const REG_LDO3_CTRL = 0x3d;
const REG_LDO3_VOUT = 0x3e;
const REG_LDO3_ILIM = 0x3f;
const REG_LDO4_CTRL = 0x40;
const REG_LDO4_VOUT = 0x41;
const REG_LDO4_ILIM = 0x42;
const REG_LDO5_CTRL = 0x43;
const REG_LDO5_VOUT = 0x44;
const REG_LDO5_ILIM = 0x45;
const REG_LDO6_CTRL = 0x46;
const REG_LDO6_VOUT = 0x47;
const REG_LDO6_ILIM = 0x48;
const REG_LDO7_CTRL = 0x49;
const REG_LDO7_VOUT = 0x4a;
const REG_LDO7_ILIM = 0x4b;
const REG_LDO8_CTRL = 0x4c;
const REG_LDO8_VOUT = 0x4d;
const REG_LDO8_ILIM = 0x4e;
const REG_LDO9_CTRL = 0x4f;
const REG_LDO9_VOUT = 0x50;
const REG_LDO9_ILIM = 0x51;
const REG_LDO10_CTRL = 0x52;
const REG_LDO10_VOUT = 0x53;
const REG_LDO10_ILIM = 0x54;
const REG_GPIO1_CFG = 0x55;
const REG_GPIO2_CFG = 0x56;
const REG_GPIO3_CFG = 0x57;
const REG_GPIO4_CFG = 0x58;
const REG_GPIO5_CFG = 0x59;
const REG_GPIO6_CFG = 0x5a;
const REG_GPIO7_CFG = 0x5b;
const REG_GPIO8_CFG = 0x5c;
const REG_GPIO9_CFG = 0x5d;
const REG_GPIO10_CFG = 0x5e;
const REG_GPIO11_CFG = 0x5f;
const REG_GPIO12_CFG = 0x60;
const REG_GPIO13_CFG = 0x61;
const REG_GPIO14_CFG = 0x62;
const REG_GPIO15_CFG = 0x63;
const REG_GPIO16_CFG = 0x64;
const REG_GPIO_OUT0 = 0x65;
const REG_GPIO_OUT1 = 0x66;
const REG_GPIO_IN0 = 0x67;
const REG_GPIO_IN1 = 0x68;
const REG_ADC_CTRL = 0x69;
const REG_ADC_CFG = 0x6a;
const REG_ADC_CH1_H = 0x6b;
const REG_ADC_CH1_L = 0x6c;
const REG_ADC_CH2_H = 0x6d;
const REG_ADC_CH2_L = 0x6e;
const REG_ADC_CH3_H = 0x6f;
const REG_ADC_CH3_L = 0x70;
const REG_ADC_CH4_H = 0x71;
const REG_ADC_CH4_L = 0x72;
const REG_ADC_CH5_H = 0x73;
const REG_ADC_CH5_L = 0x74;
const REG_ADC_CH6_H = 0x75;
const REG_ADC_CH6_L = 0x76;
const REG_ADC_CH7_H = 0x77;
const REG_ADC_CH7_L = 0x78;
const REG_ADC_CH8_H = 0x79;
const REG_ADC_CH8_L = 0x7a;
const REG_ADC_CH9_H = 0x7b;
const REG_ADC_CH9_L = 0x7c;
const REG_ADC_CH10_H = 0x7d;
const REG_ADC_CH10_L = 0x7e;
const REG_ADC_CH11_H = 0x7f;
const REG_ADC_CH11_L = 0x80;
const REG_ADC_CH12_H = 0x81;
const REG_ADC_CH12_L = 0x82;
const REG_ADC_CH13_H = 0x83;
const REG_ADC_CH13_L = 0x84;
const REG_ADC_CH14_H = 0x85;
const REG_ADC_CH14_L = 0x86;
const REG_ADC_CH15_H = 0x87;
const REG_ADC_CH15_L = 0x88;
const REG_ADC_CH16_H = 0x89;
const REG_ADC_CH16_L = 0x8a;
const REG_CHG_CTRL = 0x8b;
const REG_CHG_ICHG = 0x8c;
const REG_CHG_VREG = 0x8d;
const REG_CHG_IPRE = 0x8e;
const REG_CHG_ITERM = 0x8f;
const REG_CHG_TIMER = 0x90;
const REG_CHG_STATUS = 0x91;
const REG_CHG_FAULT = 0x92;
const REG_NTC_CFG = 0x93;
const REG_NTC_HOT = 0x94;
const REG_NTC_COLD = 0x95;
const REG_NTC_WARM = 0x96;
const REG_NTC_COOL = 0x97;
const REG_SEQ_SLOT1 = 0x98;
const REG_SEQ_SLOT2 = 0x99;
const REG_SEQ_SLOT3 = 0x9a;
const REG_SEQ_SLOT4 = 0x9b;
const REG_SEQ_SLOT5 = 0x9c;
const REG_SEQ_SLOT6 = 0x9d;
const REG_SEQ_SLOT7 = 0x9e;
const REG_SEQ_SLOT8 = 0x9f;
const REG_SEQ_SLOT9 = 0xa0;
const REG_SEQ_SLOT10 = 0xa1;
const REG_SEQ_SLOT11 = 0xa2;
const REG_SEQ_SLOT12 = 0xa3;
const REG_FG_SOC = 0xa4;
const REG_FG_VCELL_H = 0xa5;
const REG_FG_VCELL_L = 0xa6;
const REG_FG_CURR_H = 0xa7;
const REG_FG_CURR_L = 0xa8;
const REG_FG_TEMP = 0xa9;
const REG_FG_CYCLES_H = 0xaa;
const REG_FG_CYCLES_L = 0xab;
const REG_FG_CAP_H = 0xac;
const REG_FG_CAP_L = 0xad;
const REG_FG_CFG1 = 0xae;
const REG_FG_CFG2 = 0xaf;
const REG_FG_CFG3 = 0xb0;
const REG_FG_CFG4 = 0xb1;
const REG_RTC_SEC = 0xb2;
const REG_RTC_MIN = 0xb3;
const REG_RTC_HOUR = 0xb4;
const REG_RTC_DAY = 0xb5;
const REG_RTC_MON = 0xb6;
const REG_RTC_YEAR = 0xb7;
const REG_ALM_SEC = 0xb8;
const REG_ALM_MIN = 0xb9;
const REG_ALM_HOUR = 0xba;
const REG_RTC_CTRL = 0xbb;
const SYS_CTRL_EN = 0x01;
const SYS_CTRL_SLEEP = 0x02;
const SYS_CTRL_SHIP = 0x04;
const SYS_CTRL_SWRST = 0x80;
const WDT_EN = 0x01;
const WDT_WIN_MASK = 0x0e;
const WDT_WIN_SHIFT = 1;
const WDT_KICK_CODE = 0x5c;
const BUCK_EN = 0x01;
const BUCK_FPWM = 0x02;
const BUCK_DISCH = 0x04;
const BUCK_SLEEP_EN = 0x08;
const BUCK_PHASE_SHIFT = 7;
const LDO_EN = 0x01;
const LDO_BYPASS = 0x02;
const LDO_DISCH = 0x04;
const LDO_SLEEP_EN = 0x08;
const GPIO_DIR_OUT = 0x01;
const GPIO_PULLUP = 0x02;
const GPIO_PULLDOWN = 0x04;
const GPIO_OD = 0x08;
const GPIO_ALT_MASK = 0x30;
const GPIO_ALT_SHIFT = 4;
const ADC_START = 0x80;
const ADC_CONT = 0x40;
const ADC_AVG_MASK = 0x30;
const ADC_AVG_SHIFT = 4;
const ADC_CH_MASK = 0x0f;
const CHG_EN = 0x01;
const CHG_HIZ = 0x02;
const CHG_TERM_EN = 0x04;
const CHG_STATE_MASK = 0x07;
const CHG_PG = 0x08;
const CHG_FAULT_OVP = 0x01;
const CHG_FAULT_TIMER = 0x02;
const CHG_FAULT_NTC_MASK = 0x1c;
const CHG_FAULT_NTC_SHIFT = 2;
const IRQ_PWRON = 0x01;
const IRQ_PWROFF = 0x02;
const IRQ_CHG = 0x04;
const IRQ_ADC = 0x08;
const IRQ_RTC = 0x10;
const IRQ_WDT = 0x20;
const IRQ_TSD = 0x40;
const IRQ_UV = 0x80;
const SEQ_RAIL_MASK = 0x1f;
const SEQ_DELAY_MASK = 0xe0;
const SEQ_DELAY_SHIFT = 5;
const VOUT_BUCK_MIN_MV = 600;
const VOUT_BUCK_STEP_UV = 12500;
const VOUT_LDO_MIN_MV = 800;
const VOUT_LDO_STEP_MV = 50;
const ADC_FULL_SCALE = 4095;
const ADC_VREF_MV = 1200;
const FG_CURR_LSB_UA = 156.25;
const FG_VCELL_LSB_UV = 78.125;

const NAMES = [
  'CHIP_ID', 'REV', 'SYS_CTRL', 'SYS_STATUS', 'RESET_REASON', 'WDT_CTRL',
  'WDT_KICK', 'SCRATCH0', 'SCRATCH1', 'SCRATCH2', 'SCRATCH3', 'IRQ_STATUS0',
  'IRQ_STATUS1', 'IRQ_STATUS2', 'IRQ_STATUS3', 'IRQ_MASK0', 'IRQ_MASK1', 'IRQ_MASK2',
  'IRQ_MASK3', 'BUCK1_CTRL', 'BUCK1_VOUT', 'BUCK1_VOUT_SLEEP', 'BUCK1_ILIM', 'BUCK1_SLEW',
  'BUCK1_PG_CFG', 'BUCK2_CTRL', 'BUCK2_VOUT', 'BUCK2_VOUT_SLEEP', 'BUCK2_ILIM', 'BUCK2_SLEW',
  'BUCK2_PG_CFG', 'BUCK3_CTRL', 'BUCK3_VOUT', 'BUCK3_VOUT_SLEEP', 'BUCK3_ILIM', 'BUCK3_SLEW',
  'BUCK3_PG_CFG', 'BUCK4_CTRL', 'BUCK4_VOUT', 'BUCK4_VOUT_SLEEP', 'BUCK4_ILIM', 'BUCK4_SLEW',
  'BUCK4_PG_CFG', 'BUCK5_CTRL', 'BUCK5_VOUT', 'BUCK5_VOUT_SLEEP', 'BUCK5_ILIM', 'BUCK5_SLEW',
  'BUCK5_PG_CFG', 'BUCK6_CTRL', 'BUCK6_VOUT', 'BUCK6_VOUT_SLEEP', 'BUCK6_ILIM', 'BUCK6_SLEW',
  'BUCK6_PG_CFG', 'LDO1_CTRL', 'LDO1_VOUT', 'LDO1_ILIM', 'LDO2_CTRL', 'LDO2_VOUT',
  'LDO2_ILIM', 'LDO3_CTRL', 'LDO3_VOUT', 'LDO3_ILIM', 'LDO4_CTRL', 'LDO4_VOUT',
  'LDO4_ILIM', 'LDO5_CTRL', 'LDO5_VOUT', 'LDO5_ILIM', 'LDO6_CTRL', 'LDO6_VOUT',
  'LDO6_ILIM', 'LDO7_CTRL', 'LDO7_VOUT', 'LDO7_ILIM', 'LDO8_CTRL', 'LDO8_VOUT',
  'LDO8_ILIM', 'LDO9_CTRL', 'LDO9_VOUT', 'LDO9_ILIM', 'LDO10_CTRL', 'LDO10_VOUT',
  'LDO10_ILIM', 'GPIO1_CFG', 'GPIO2_CFG', 'GPIO3_CFG', 'GPIO4_CFG', 'GPIO5_CFG',
  'GPIO6_CFG', 'GPIO7_CFG', 'GPIO8_CFG', 'GPIO9_CFG', 'GPIO10_CFG', 'GPIO11_CFG',
  'GPIO12_CFG', 'GPIO13_CFG', 'GPIO14_CFG', 'GPIO15_CFG', 'GPIO16_CFG', 'GPIO_OUT0',
  'GPIO_OUT1', 'GPIO_IN0', 'GPIO_IN1', 'ADC_CTRL', 'ADC_CFG', 'ADC_CH1_H',
  'ADC_CH1_L', 'ADC_CH2_H', 'ADC_CH2_L', 'ADC_CH3_H', 'ADC_CH3_L', 'ADC_CH4_H',
  'ADC_CH4_L', 'ADC_CH5_H', 'ADC_CH5_L', 'ADC_CH6_H', 'ADC_CH6_L', 'ADC_CH7_H',
  'ADC_CH7_L', 'ADC_CH8_H', 'ADC_CH8_L', 'ADC_CH9_H', 'ADC_CH9_L', 'ADC_CH10_H',
  'ADC_CH10_L', 'ADC_CH11_H', 'ADC_CH11_L', 'ADC_CH12_H', 'ADC_CH12_L', 'ADC_CH13_H',
  'ADC_CH13_L', 'ADC_CH14_H', 'ADC_CH14_L', 'ADC_CH15_H', 'ADC_CH15_L', 'ADC_CH16_H',
  'ADC_CH16_L', 'CHG_CTRL', 'CHG_ICHG', 'CHG_VREG', 'CHG_IPRE', 'CHG_ITERM',
  'CHG_TIMER', 'CHG_STATUS', 'CHG_FAULT', 'NTC_CFG', 'NTC_HOT', 'NTC_COLD',
  'NTC_WARM', 'NTC_COOL', 'SEQ_SLOT1', 'SEQ_SLOT2', 'SEQ_SLOT3', 'SEQ_SLOT4',
  'SEQ_SLOT5', 'SEQ_SLOT6', 'SEQ_SLOT7', 'SEQ_SLOT8', 'SEQ_SLOT9', 'SEQ_SLOT10',
  'SEQ_SLOT11', 'SEQ_SLOT12', 'FG_SOC', 'FG_VCELL_H', 'FG_VCELL_L', 'FG_CURR_H',
  'FG_CURR_L', 'FG_TEMP', 'FG_CYCLES_H', 'FG_CYCLES_L', 'FG_CAP_H', 'FG_CAP_L',
  'FG_CFG1', 'FG_CFG2', 'FG_CFG3', 'FG_CFG4', 'RTC_SEC', 'RTC_MIN',
  'RTC_HOUR', 'RTC_DAY', 'RTC_MON', 'RTC_YEAR', 'ALM_SEC', 'ALM_MIN',
  'ALM_HOUR', 'RTC_CTRL'
];
const RESET = [
  0x5a, 0x21, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0x01, 0x39, 0x20, 0x03, 0x02,
  0x11, 0x01, 0x40, 0x20, 0x03, 0x02, 0x11, 0x00, 0x47, 0x20, 0x03, 0x02,
  0x11, 0x00, 0x4e, 0x20, 0x03, 0x02, 0x11, 0x00, 0x55, 0x20, 0x03, 0x02,
  0x11, 0x00, 0x5c, 0x20, 0x03, 0x02, 0x11, 0x00, 0x19, 0x01, 0x00, 0x1a,
  0x01, 0x00, 0x1b, 0x01, 0x00, 0x1c, 0x01, 0x00, 0x1d, 0x01, 0x00, 0x1e,
  0x01, 0x00, 0x1f, 0x01, 0x00, 0x20, 0x01, 0x00, 0x21, 0x01, 0x00, 0x22,
  0x01, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08, 0x08,
  0x08, 0x08, 0x08, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x10, 0x2a, 0x02, 0x02,
  0x05, 0x00, 0x00, 0x01, 0x1c, 0xb4, 0x30, 0x90, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x0b, 0xb8, 0x40, 0x40, 0x40, 0x40, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
];
const shadow = {
  CHIP_ID: 0, REV: 0, SYS_CTRL: 0, SYS_STATUS: 0, RESET_REASON: 0, WDT_CTRL: 0,
  WDT_KICK: 0, SCRATCH0: 0, SCRATCH1: 0, SCRATCH2: 0, SCRATCH3: 0, IRQ_STATUS0: 0,
  IRQ_STATUS1: 0, IRQ_STATUS2: 0, IRQ_STATUS3: 0, IRQ_MASK0: 0, IRQ_MASK1: 0, IRQ_MASK2: 0,
  IRQ_MASK3: 0, BUCK1_CTRL: 0, BUCK1_VOUT: 0, BUCK1_VOUT_SLEEP: 0, BUCK1_ILIM: 0, BUCK1_SLEW: 0,
  BUCK1_PG_CFG: 0, BUCK2_CTRL: 0, BUCK2_VOUT: 0, BUCK2_VOUT_SLEEP: 0, BUCK2_ILIM: 0, BUCK2_SLEW: 0,
  BUCK2_PG_CFG: 0, BUCK3_CTRL: 0, BUCK3_VOUT: 0, BUCK3_VOUT_SLEEP: 0, BUCK3_ILIM: 0, BUCK3_SLEW: 0,
  BUCK3_PG_CFG: 0, BUCK4_CTRL: 0, BUCK4_VOUT: 0, BUCK4_VOUT_SLEEP: 0, BUCK4_ILIM: 0, BUCK4_SLEW: 0,
  BUCK4_PG_CFG: 0, BUCK5_CTRL: 0, BUCK5_VOUT: 0, BUCK5_VOUT_SLEEP: 0, BUCK5_ILIM: 0, BUCK5_SLEW: 0,
  BUCK5_PG_CFG: 0, BUCK6_CTRL: 0, BUCK6_VOUT: 0, BUCK6_VOUT_SLEEP: 0, BUCK6_ILIM: 0, BUCK6_SLEW: 0,
  BUCK6_PG_CFG: 0, LDO1_CTRL: 0, LDO1_VOUT: 0, LDO1_ILIM: 0, LDO2_CTRL: 0, LDO2_VOUT: 0,
  LDO2_ILIM: 0, LDO3_CTRL: 0, LDO3_VOUT: 0, LDO3_ILIM: 0, LDO4_CTRL: 0, LDO4_VOUT: 0,
  LDO4_ILIM: 0, LDO5_CTRL: 0, LDO5_VOUT: 0, LDO5_ILIM: 0, LDO6_CTRL: 0, LDO6_VOUT: 0,
  LDO6_ILIM: 0, LDO7_CTRL: 0, LDO7_VOUT: 0, LDO7_ILIM: 0, LDO8_CTRL: 0, LDO8_VOUT: 0,
  LDO8_ILIM: 0, LDO9_CTRL: 0, LDO9_VOUT: 0, LDO9_ILIM: 0, LDO10_CTRL: 0, LDO10_VOUT: 0,
  LDO10_ILIM: 0, GPIO1_CFG: 0, GPIO2_CFG: 0, GPIO3_CFG: 0, GPIO4_CFG: 0, GPIO5_CFG: 0,
  GPIO6_CFG: 0, GPIO7_CFG: 0, GPIO8_CFG: 0, GPIO9_CFG: 0, GPIO10_CFG: 0, GPIO11_CFG: 0,
  GPIO12_CFG: 0, GPIO13_CFG: 0, GPIO14_CFG: 0, GPIO15_CFG: 0, GPIO16_CFG: 0, GPIO_OUT0: 0,
  GPIO_OUT1: 0, GPIO_IN0: 0, GPIO_IN1: 0, ADC_CTRL: 0, ADC_CFG: 0, ADC_CH1_H: 0,
  ADC_CH1_L: 0, ADC_CH2_H: 0, ADC_CH2_L: 0, ADC_CH3_H: 0, ADC_CH3_L: 0, ADC_CH4_H: 0,
  ADC_CH4_L: 0, ADC_CH5_H: 0, ADC_CH5_L: 0, ADC_CH6_H: 0, ADC_CH6_L: 0, ADC_CH7_H: 0,
  ADC_CH7_L: 0, ADC_CH8_H: 0, ADC_CH8_L: 0, ADC_CH9_H: 0, ADC_CH9_L: 0, ADC_CH10_H: 0,
  ADC_CH10_L: 0, ADC_CH11_H: 0, ADC_CH11_L: 0, ADC_CH12_H: 0, ADC_CH12_L: 0, ADC_CH13_H: 0,
  ADC_CH13_L: 0, ADC_CH14_H: 0, ADC_CH14_L: 0, ADC_CH15_H: 0, ADC_CH15_L: 0, ADC_CH16_H: 0,
  ADC_CH16_L: 0, CHG_CTRL: 0, CHG_ICHG: 0, CHG_VREG: 0, CHG_IPRE: 0, CHG_ITERM: 0,
  CHG_TIMER: 0, CHG_STATUS: 0, CHG_FAULT: 0, NTC_CFG: 0, NTC_HOT: 0, NTC_COLD: 0,
  NTC_WARM: 0, NTC_COOL: 0, SEQ_SLOT1: 0, SEQ_SLOT2: 0, SEQ_SLOT3: 0, SEQ_SLOT4: 0,
  SEQ_SLOT5: 0, SEQ_SLOT6: 0, SEQ_SLOT7: 0, SEQ_SLOT8: 0, SEQ_SLOT9: 0, SEQ_SLOT10: 0,
  SEQ_SLOT11: 0, SEQ_SLOT12: 0, FG_SOC: 0, FG_VCELL_H: 0, FG_VCELL_L: 0, FG_CURR_H: 0,
  FG_CURR_L: 0, FG_TEMP: 0, FG_CYCLES_H: 0, FG_CYCLES_L: 0, FG_CAP_H: 0, FG_CAP_L: 0,
  FG_CFG1: 0, FG_CFG2: 0, FG_CFG3: 0, FG_CFG4: 0, RTC_SEC: 0, RTC_MIN: 0,
  RTC_HOUR: 0, RTC_DAY: 0, RTC_MON: 0, RTC_YEAR: 0, ALM_SEC: 0, ALM_MIN: 0,
  ALM_HOUR: 0, RTC_CTRL: 0
};
const WMASK = {
  CHIP_ID: 0x00, REV: 0x00, SYS_CTRL: 0xff, SYS_STATUS: 0x00, RESET_REASON: 0x00, WDT_CTRL: 0xff,
  WDT_KICK: 0xff, SCRATCH0: 0xff, SCRATCH1: 0xff, SCRATCH2: 0xff, SCRATCH3: 0xff, IRQ_STATUS0: 0xff,
  IRQ_STATUS1: 0xff, IRQ_STATUS2: 0xff, IRQ_STATUS3: 0xff, IRQ_MASK0: 0xff, IRQ_MASK1: 0xff, IRQ_MASK2: 0xff,
  IRQ_MASK3: 0xff, BUCK1_CTRL: 0x8f, BUCK1_VOUT: 0x7f, BUCK1_VOUT_SLEEP: 0x7f, BUCK1_ILIM: 0x07, BUCK1_SLEW: 0x07,
  BUCK1_PG_CFG: 0x3f, BUCK2_CTRL: 0x8f, BUCK2_VOUT: 0x7f, BUCK2_VOUT_SLEEP: 0x7f, BUCK2_ILIM: 0x07, BUCK2_SLEW: 0x07,
  BUCK2_PG_CFG: 0x3f, BUCK3_CTRL: 0x8f, BUCK3_VOUT: 0x7f, BUCK3_VOUT_SLEEP: 0x7f, BUCK3_ILIM: 0x07, BUCK3_SLEW: 0x07,
  BUCK3_PG_CFG: 0x3f, BUCK4_CTRL: 0x8f, BUCK4_VOUT: 0x7f, BUCK4_VOUT_SLEEP: 0x7f, BUCK4_ILIM: 0x07, BUCK4_SLEW: 0x07,
  BUCK4_PG_CFG: 0x3f, BUCK5_CTRL: 0x8f, BUCK5_VOUT: 0x7f, BUCK5_VOUT_SLEEP: 0x7f, BUCK5_ILIM: 0x07, BUCK5_SLEW: 0x07,
  BUCK5_PG_CFG: 0x3f, BUCK6_CTRL: 0x8f, BUCK6_VOUT: 0x7f, BUCK6_VOUT_SLEEP: 0x7f, BUCK6_ILIM: 0x07, BUCK6_SLEW: 0x07,
  BUCK6_PG_CFG: 0x3f, LDO1_CTRL: 0x0f, LDO1_VOUT: 0x3f, LDO1_ILIM: 0x03, LDO2_CTRL: 0x0f, LDO2_VOUT: 0x3f,
  LDO2_ILIM: 0x03, LDO3_CTRL: 0x0f, LDO3_VOUT: 0x3f, LDO3_ILIM: 0x03, LDO4_CTRL: 0x0f, LDO4_VOUT: 0x3f,
  LDO4_ILIM: 0x03, LDO5_CTRL: 0x0f, LDO5_VOUT: 0x3f, LDO5_ILIM: 0x03, LDO6_CTRL: 0x0f, LDO6_VOUT: 0x3f,
  LDO6_ILIM: 0x03, LDO7_CTRL: 0x0f, LDO7_VOUT: 0x3f, LDO7_ILIM: 0x03, LDO8_CTRL: 0x0f, LDO8_VOUT: 0x3f,
  LDO8_ILIM: 0x03, LDO9_CTRL: 0x0f, LDO9_VOUT: 0x3f, LDO9_ILIM: 0x03, LDO10_CTRL: 0x0f, LDO10_VOUT: 0x3f,
  LDO10_ILIM: 0x03, GPIO1_CFG: 0x3f, GPIO2_CFG: 0x3f, GPIO3_CFG: 0x3f, GPIO4_CFG: 0x3f, GPIO5_CFG: 0x3f,
  GPIO6_CFG: 0x3f, GPIO7_CFG: 0x3f, GPIO8_CFG: 0x3f, GPIO9_CFG: 0x3f, GPIO10_CFG: 0x3f, GPIO11_CFG: 0x3f,
  GPIO12_CFG: 0x3f, GPIO13_CFG: 0x3f, GPIO14_CFG: 0x3f, GPIO15_CFG: 0x3f, GPIO16_CFG: 0x3f, GPIO_OUT0: 0xff,
  GPIO_OUT1: 0xff, GPIO_IN0: 0x00, GPIO_IN1: 0x00, ADC_CTRL: 0xff, ADC_CFG: 0xff, ADC_CH1_H: 0x00,
  ADC_CH1_L: 0x00, ADC_CH2_H: 0x00, ADC_CH2_L: 0x00, ADC_CH3_H: 0x00, ADC_CH3_L: 0x00, ADC_CH4_H: 0x00,
  ADC_CH4_L: 0x00, ADC_CH5_H: 0x00, ADC_CH5_L: 0x00, ADC_CH6_H: 0x00, ADC_CH6_L: 0x00, ADC_CH7_H: 0x00,
  ADC_CH7_L: 0x00, ADC_CH8_H: 0x00, ADC_CH8_L: 0x00, ADC_CH9_H: 0x00, ADC_CH9_L: 0x00, ADC_CH10_H: 0x00,
  ADC_CH10_L: 0x00, ADC_CH11_H: 0x00, ADC_CH11_L: 0x00, ADC_CH12_H: 0x00, ADC_CH12_L: 0x00, ADC_CH13_H: 0x00,
  ADC_CH13_L: 0x00, ADC_CH14_H: 0x00, ADC_CH14_L: 0x00, ADC_CH15_H: 0x00, ADC_CH15_L: 0x00, ADC_CH16_H: 0x00,
  ADC_CH16_L: 0x00, CHG_CTRL: 0xff, CHG_ICHG: 0x3f, CHG_VREG: 0x3f, CHG_IPRE: 0x0f, CHG_ITERM: 0x0f,
  CHG_TIMER: 0x0f, CHG_STATUS: 0x00, CHG_FAULT: 0x00, NTC_CFG: 0xff, NTC_HOT: 0xff, NTC_COLD: 0xff,
  NTC_WARM: 0xff, NTC_COOL: 0xff, SEQ_SLOT1: 0xff, SEQ_SLOT2: 0xff, SEQ_SLOT3: 0xff, SEQ_SLOT4: 0xff,
  SEQ_SLOT5: 0xff, SEQ_SLOT6: 0xff, SEQ_SLOT7: 0xff, SEQ_SLOT8: 0xff, SEQ_SLOT9: 0xff, SEQ_SLOT10: 0xff,
  SEQ_SLOT11: 0xff, SEQ_SLOT12: 0xff, FG_SOC: 0x00, FG_VCELL_H: 0x00, FG_VCELL_L: 0x00, FG_CURR_H: 0x00,
  FG_CURR_L: 0x00, FG_TEMP: 0x00, FG_CYCLES_H: 0x00, FG_CYCLES_L: 0x00, FG_CAP_H: 0xff, FG_CAP_L: 0xff,
  FG_CFG1: 0xff, FG_CFG2: 0xff, FG_CFG3: 0xff, FG_CFG4: 0xff, RTC_SEC: 0xff, RTC_MIN: 0xff,
  RTC_HOUR: 0xff, RTC_DAY: 0xff, RTC_MON: 0xff, RTC_YEAR: 0xff, ALM_SEC: 0xff, ALM_MIN: 0xff,
  ALM_HOUR: 0xff, RTC_CTRL: 0xff
};
const N = NAMES.length;
const dirty = {};
const WM = [], hw = [];
for (let i = 0; i < N; i++) { dirty[NAMES[i]] = false; WM.push(WMASK[NAMES[i]]); hw.push(0); }
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];

let i2cWrites = 0, i2cReads = 0, wdtKicks = 0, adcScans = 0, roWrites = 0, unknownRegs = 0;
let mismatches = 0, irqServiced = 0, chgEvents = 0, seqErrors = 0;
let cellUv = 3712000, cellUa = -48200, cellTemp = 27, socTenths = 637;

// ---- the device model ----
function railMv(addr) {               // output of a rail from its VOUT code, if enabled
  const isBuck = addr >= REG_BUCK1_CTRL && addr <= REG_BUCK6_PG_CFG;
  if (isBuck) {
    const base = addr - ((addr - REG_BUCK1_CTRL) % 6);
    if ((hw[base] & BUCK_EN) === 0) return 0;
    return VOUT_BUCK_MIN_MV + hw[base + 1] * VOUT_BUCK_STEP_UV / 1000;
  }
  const base = addr - ((addr - REG_LDO1_CTRL) % 3);
  if ((hw[base] & LDO_EN) === 0) return 0;
  return VOUT_LDO_MIN_MV + hw[base + 1] * VOUT_LDO_STEP_MV;
}
function adcConvert(v) {
  adcScans++;
  const avg = 1 << ((v & ADC_AVG_MASK) >> ADC_AVG_SHIFT);
  for (let ch = 0; ch < 16; ch++) {
    let mv;
    if (ch < 6) mv = railMv(REG_BUCK1_CTRL + ch * 6) / 4;          // 1:4 dividers
    else if (ch < 12) mv = railMv(REG_LDO1_CTRL + (ch - 6) * 3) / 4;
    else if (ch === 12) mv = cellUv / 4000;
    else if (ch === 13) mv = 600 + cellTemp * 2.1;
    else mv = ch * 37.5;
    let acc = 0;
    for (let k = 0; k < avg; k++) acc += (mv * ADC_FULL_SCALE / ADC_VREF_MV + k * 0.25) | 0;
    let raw = (acc / avg) | 0;
    if (raw > ADC_FULL_SCALE) raw = ADC_FULL_SCALE;
    hw[REG_ADC_CH1_H + ch * 2] = raw >> 8;
    hw[REG_ADC_CH1_L + ch * 2] = raw & 255;
  }
  hw[REG_IRQ_STATUS1] = hw[REG_IRQ_STATUS1] | IRQ_ADC;
}
function chgUpdate() {
  const c = hw[REG_CHG_CTRL];
  let state = 0, fault = 0;
  if ((c & CHG_HIZ) !== 0) state = 0;
  else if ((c & CHG_EN) === 0) state = 1;
  else if (cellTemp > 45) { state = 5; fault = 3 << CHG_FAULT_NTC_SHIFT; }
  else if (cellUv < 3000000) state = 2;                 // pre-charge
  else if (cellUv < 4150000) state = 3;                 // fast charge
  else state = (c & CHG_TERM_EN) !== 0 ? 4 : 3;
  hw[REG_CHG_STATUS] = state | CHG_PG;
  hw[REG_CHG_FAULT] = fault;
  hw[REG_IRQ_STATUS0] = hw[REG_IRQ_STATUS0] | IRQ_CHG;
  chgEvents++;
}
function gaugeUpdate(ms) {
  cellUv += (cellUa * ms / 3600) | 0;
  socTenths = ((cellUv - 3300000) / 900) | 0;
  if (socTenths > 1000) socTenths = 1000;
  if (socTenths < 0) socTenths = 0;
  const vraw = (cellUv / FG_VCELL_LSB_UV) | 0;
  hw[REG_FG_VCELL_H] = (vraw >> 8) & 255; hw[REG_FG_VCELL_L] = vraw & 255;
  const iraw = ((cellUa / FG_CURR_LSB_UA) | 0) & 0xffff;     // two's complement, 16 bits
  hw[REG_FG_CURR_H] = iraw >> 8; hw[REG_FG_CURR_L] = iraw & 255;
  hw[REG_FG_TEMP] = (cellTemp + 40) & 255;
  hw[REG_FG_SOC] = (socTenths / 10) | 0;
  hw[REG_FG_CYCLES_H] = 1; hw[REG_FG_CYCLES_L] = 0x2c;
}
function hwReset() { for (let i = 0; i < N; i++) hw[i] = RESET[i]; }
function hwWrite(addr, v) {
  i2cWrites++;
  switch (addr) {
    case REG_WDT_KICK:
      if (v === WDT_KICK_CODE) wdtKicks++;
      return;
    case REG_IRQ_STATUS0: case REG_IRQ_STATUS1: case REG_IRQ_STATUS2: case REG_IRQ_STATUS3:
      hw[addr] = hw[addr] & ~v;
      return;
    case REG_ADC_CTRL:
      hw[addr] = v & ~ADC_START;
      if ((v & ADC_START) !== 0) adcConvert(v);
      return;
    case REG_CHG_CTRL: case REG_NTC_CFG:
      hw[addr] = v & WM[addr];
      chgUpdate();
      return;
    case REG_SYS_CTRL:
      if ((v & SYS_CTRL_SWRST) !== 0) { hwReset(); return; }
      break;
    case REG_RTC_CTRL:
      if ((v & 1) !== 0) { hw[REG_RTC_SEC] = 0; hw[REG_RTC_MIN] = 0; }
      break;
    case REG_SEQ_SLOT1: case REG_SEQ_SLOT2: case REG_SEQ_SLOT3: case REG_SEQ_SLOT4:
    case REG_SEQ_SLOT5: case REG_SEQ_SLOT6: case REG_SEQ_SLOT7: case REG_SEQ_SLOT8:
    case REG_SEQ_SLOT9: case REG_SEQ_SLOT10: case REG_SEQ_SLOT11: case REG_SEQ_SLOT12:
      if ((v & SEQ_RAIL_MASK) > 16) { seqErrors++; return; }
      break;
  }
  hw[addr] = v & WM[addr];
}
function hwRead(addr) { i2cReads++; return hw[addr]; }

// ---- the driver ----
function writeReg(name, v) {
  const m = WMASK[name];
  if (m === undefined) { unknownRegs++; return false; }
  if (m === 0) { roWrites++; return false; }
  const nv = (shadow[name] & ~m) | (v & m);
  if (nv !== shadow[name]) { shadow[name] = nv; dirty[name] = true; }
  return true;
}
function setField(name, mask, shift, val) { return writeReg(name, (shadow[name] & ~mask) | ((val << shift) & mask)); }
function setBits(name, bits) { return writeReg(name, shadow[name] | bits); }
function clearBits(name, bits) { return writeReg(name, shadow[name] & ~bits); }
function buckCode(mv) {
  let c = ((mv - VOUT_BUCK_MIN_MV) * 1000 / VOUT_BUCK_STEP_UV + 0.5) | 0;
  return c < 0 ? 0 : c > 127 ? 127 : c;
}
function ldoCode(mv) {
  let c = ((mv - VOUT_LDO_MIN_MV) / VOUT_LDO_STEP_MV + 0.5) | 0;
  return c < 0 ? 0 : c > 63 ? 63 : c;
}
function setRail(r) {
  const base = r.kind + r.n;
  const code = r.kind === 'BUCK' ? buckCode(r.mv) : ldoCode(r.mv);
  writeReg(base + '_VOUT', code);
  if (r.kind === 'BUCK') {
    writeReg(base + '_VOUT_SLEEP', buckCode(r.sleepMv));
    setField(base + '_ILIM', 7, 0, r.ilim);
    writeReg(base + '_CTRL', (r.on ? BUCK_EN : 0) | (r.fpwm ? BUCK_FPWM : 0) | BUCK_DISCH | (r.sleepMv > 0 ? BUCK_SLEEP_EN : 0));
  } else {
    setField(base + '_ILIM', 3, 0, r.ilim);
    writeReg(base + '_CTRL', (r.on ? LDO_EN : 0) | LDO_DISCH);
  }
  if (r.slot > 0) writeReg('SEQ_SLOT' + r.slot, (r.delay << SEQ_DELAY_SHIFT) | r.rail);
}
function flush() {
  let n = 0;
  for (let i = 0; i < N; i++) {
    const name = NAMES[i];
    if (dirty[name]) { hwWrite(i, shadow[name]); dirty[name] = false; n++; }
  }
  return n;
}
function readBack() {
  for (let i = 0; i < N; i++) {
    const name = NAMES[i], v = hwRead(i);
    if (WMASK[name] === 0) shadow[name] = v;
    else if (v !== shadow[name] && name !== 'ADC_CTRL') mismatches++;
  }
}
function u16(hiName, loName) { return (shadow[hiName] << 8) | shadow[loName]; }
function s16(hiName, loName) { const v = u16(hiName, loName); return v >= 0x8000 ? v - 0x10000 : v; }
function adcMv(ch) { return u16('ADC_CH' + ch + '_H', 'ADC_CH' + ch + '_L') * ADC_VREF_MV / ADC_FULL_SCALE; }
function vcellMv() { return u16('FG_VCELL_H', 'FG_VCELL_L') * FG_VCELL_LSB_UV / 1000; }
function currentMa() { return s16('FG_CURR_H', 'FG_CURR_L') * FG_CURR_LSB_UA / 1000; }
function chgState() { return shadow.CHG_STATUS & CHG_STATE_MASK; }
function ntcZone() { return (shadow.CHG_FAULT & CHG_FAULT_NTC_MASK) >> CHG_FAULT_NTC_SHIFT; }
function gpioCfg(n, out, pull, alt) {
  return setField('GPIO' + n + '_CFG', 0x3f, 0, (out ? GPIO_DIR_OUT : GPIO_PULLUP * pull) | (alt << GPIO_ALT_SHIFT));
}
function serviceIrqs() {
  let served = 0;
  for (let k = 0; k < 4; k++) {
    const name = 'IRQ_STATUS' + k;
    const pending = shadow[name] & ~shadow['IRQ_MASK' + k];
    if (pending !== 0) {
      for (let b = 0; b < 8; b++) if ((pending & (1 << b)) !== 0) served++;
      hwWrite(REG_IRQ_STATUS0 + k, pending);
      shadow[name] = hw[REG_IRQ_STATUS0 + k];
    }
  }
  irqServiced += served;
  return served;
}
function dump(out) {
  let s = '', n = 0;
  for (let i = 0; i < N; i++) {
    const v = shadow[NAMES[i]];
    if (v !== RESET[i]) { s += NAMES[i] + '=' + HEX[v >> 4] + HEX[v & 15] + ' '; n++; }
  }
  out.text = s;
  return n;
}

const RAILS = [
  { kind: 'BUCK', n: 1, mv: 1100, sleepMv: 900, ilim: 5, on: true, fpwm: true, slot: 1, delay: 0, rail: 1 },
  { kind: 'BUCK', n: 2, mv: 1800, sleepMv: 1800, ilim: 4, on: true, fpwm: false, slot: 2, delay: 1, rail: 2 },
  { kind: 'BUCK', n: 3, mv: 3300, sleepMv: 0, ilim: 6, on: true, fpwm: false, slot: 3, delay: 2, rail: 3 },
  { kind: 'BUCK', n: 4, mv: 1350, sleepMv: 1350, ilim: 3, on: true, fpwm: true, slot: 4, delay: 2, rail: 4 },
  { kind: 'BUCK', n: 5, mv: 2050.5, sleepMv: 0, ilim: 2, on: false, fpwm: false, slot: 0, delay: 0, rail: 5 },
  { kind: 'BUCK', n: 6, mv: 5000, sleepMv: 0, ilim: 7, on: true, fpwm: false, slot: 5, delay: 7, rail: 19 },
  { kind: 'LDO', n: 1, mv: 1800, ilim: 1, on: true, slot: 6, delay: 3, rail: 7 },
  { kind: 'LDO', n: 2, mv: 2800, ilim: 2, on: true, slot: 7, delay: 3, rail: 8 },
  { kind: 'LDO', n: 3, mv: 3300, ilim: 3, on: true, slot: 8, delay: 4, rail: 9 },
  { kind: 'LDO', n: 4, mv: 1200, ilim: 0, on: false, slot: 0, delay: 0, rail: 10 },
  { kind: 'LDO', n: 5, mv: 2500, ilim: 1, on: true, slot: 9, delay: 5, rail: 11 },
  { kind: 'LDO', n: 6, mv: 3000, ilim: 1, on: true, slot: 10, delay: 5, rail: 12 },
  { kind: 'LDO', n: 7, mv: 975, ilim: 1, on: true, slot: 0, delay: 0, rail: 13 },
  { kind: 'LDO', n: 8, mv: 4000, ilim: 2, on: false, slot: 0, delay: 0, rail: 14 },
  { kind: 'LDO', n: 9, mv: 1850, ilim: 3, on: true, slot: 11, delay: 6, rail: 15 },
  { kind: 'LDO', n: 10, mv: 2850, ilim: 3, on: true, slot: 12, delay: 6, rail: 16 }
];
const BOARD = [
  ['SYS_CTRL', SYS_CTRL_EN], ['WDT_CTRL', WDT_EN | (3 << WDT_WIN_SHIFT)], ['IRQ_MASK0', ~(IRQ_CHG | IRQ_PWRON) & 255],
  ['IRQ_MASK1', ~IRQ_ADC & 255], ['IRQ_MASK2', 0xff], ['IRQ_MASK3', 0x7f], ['SCRATCH0', 0xa5], ['SCRATCH1', 0x5a],
  ['CHG_ICHG', 0x24], ['CHG_VREG', 0x30], ['CHG_IPRE', 0x03], ['CHG_ITERM', 0x01], ['CHG_TIMER', 0x0c],
  ['NTC_HOT', 0x1a], ['NTC_WARM', 0x2e], ['FG_CFG1', 0x4c], ['FG_CFG3', 0x11], ['GPIO_OUT0', 0x81],
  ['CHIP_ID', 0x00], ['ADC_CH3_L', 0x12], ['RTC_HOUR', 0x0b], ['ALM_HOUR', 0x06], ['ALM_MIN', 0x1e],
  ['BOGUS_REG', 1], ['LDO11_VOUT', 0x10], ['CHG_CTRL', CHG_EN | CHG_TERM_EN]
];

let checked = false;
function run() {
  i2cWrites = 0; i2cReads = 0; wdtKicks = 0; adcScans = 0; roWrites = 0; unknownRegs = 0;
  mismatches = 0; irqServiced = 0; chgEvents = 0; seqErrors = 0;
  cellUv = 3712000; cellUa = -48200; cellTemp = 27;
  hwReset();
  for (let i = 0; i < N; i++) { shadow[NAMES[i]] = RESET[i]; dirty[NAMES[i]] = false; }
  for (let i = 0; i < RAILS.length; i++) setRail(RAILS[i]);
  for (let i = 0; i < BOARD.length; i++) writeReg(BOARD[i][0], BOARD[i][1]);
  for (let g = 1; g <= 16; g++) gpioCfg(g, g % 3 === 0, g % 2, g > 12 ? g - 12 : 0);
  let written = flush();
  writeReg('WDT_KICK', WDT_KICK_CODE);
  setField('ADC_CTRL', ADC_AVG_MASK, ADC_AVG_SHIFT, 2);
  setBits('ADC_CTRL', ADC_START);
  written += flush();
  clearBits('ADC_CTRL', ADC_START);
  gaugeUpdate(60000);
  readBack();
  const served = serviceIrqs();
  let adcSum = 0;
  for (let ch = 1; ch <= 16; ch++) adcSum += adcMv(ch);
  const vcell = vcellMv(), ima = currentMa();
  const out = { text: '' };
  const dumped = dump(out);
  const r = (i2cWrites * 7 + i2cReads * 3 + written * 11 + ((adcSum * 100) | 0) + ((vcell * 1000) | 0) +
    ((ima * 1000) | 0) + chgState() * 5 + ntcZone() + served + roWrites * 13 + unknownRegs * 17 + seqErrors * 19 + mismatches + dumped) % 1000003;
  if (!checked) {
    checked = true;
    print('pmic-regmap ' + written + ' ' + i2cWrites + '/' + i2cReads + ' ' + ((adcSum * 100) | 0) + ' ' + ((vcell * 1000) | 0) +
      ' ' + ((ima * 1000) | 0) + ' ' + chgState() + ' ' + served + ' ' + roWrites + '/' + unknownRegs + '/' + seqErrors + '/' + mismatches + ' ' + dumped + ' ' + r);
  }
  return r;
}
vmExport(0, run);
