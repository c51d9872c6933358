// The AT-command console of a serial radio module. Each received line
// (captured as ASCII bytes, since Microvium strings cannot be indexed) is
// parsed: the "AT" prefix, a command name built up as a string, then the
// mode (query "?", set "=", test "=?") and comma-separated arguments
// (decimal, hex, quoted strings with \" escapes). A switch on the command
// name runs it against a settings object; bad input throws an error object
// that the dispatcher turns into "ERROR:n". Responses are built by string
// concatenation and counted in an object keyed by the response text.
const CH = [
  '','','','','','','','','','','','','','','','',
  '','','','','','','','','','','','','','','','',
  ' ','!','"','#','$','%','&','\'','(',')','*','+',',','-','.','/',
  '0','1','2','3','4','5','6','7','8','9',':',';','<','=','>','?',
  '@','A','B','C','D','E','F','G','H','I','J','K','L','M','N','O',
  'P','Q','R','S','T','U','V','W','X','Y','Z','[','\\',']','^','_',
  '`','a','b','c','d','e','f','g','h','i','j','k','l','m','n','o',
  'p','q','r','s','t','u','v','w','x','y','z','{','|','}','~',''
];
const HEX = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];

// One pass of the capture; run() replays it three times.
const RX = [
  [65, 84, 13],   // AT\r
  [65, 84, 69, 48, 13],   // ATE0\r
  [65, 84, 73, 13],   // ATI\r
  [65, 84, 43, 78, 65, 77, 69, 63, 13],   // AT+NAME?\r
  [65, 84, 43, 78, 65, 77, 69, 61, 34, 80, 114, 111, 98, 101, 45, 55, 34, 13],   // AT+NAME="Probe-7"\r
  [65, 84, 43, 78, 65, 77, 69, 63, 13],   // AT+NAME?\r
  [65, 84, 43, 66, 65, 85, 68, 61, 49, 49, 53, 50, 48, 48, 13],   // AT+BAUD=115200\r
  [65, 84, 43, 66, 65, 85, 68, 61, 49, 50, 51, 52, 13],   // AT+BAUD=1234\r
  [65, 84, 43, 66, 65, 85, 68, 63, 13],   // AT+BAUD?\r
  [97, 116, 43, 108, 101, 100, 61, 49, 44, 50, 53, 53, 44, 49, 50, 56, 44, 48, 13],   // at+led=1,255,128,0\r
  [65, 84, 43, 76, 69, 68, 61, 52, 44, 48, 44, 48, 44, 48, 13],   // AT+LED=4,0,0,0\r
  [65, 84, 43, 76, 69, 68, 61, 50, 44, 49, 54, 44, 51, 50, 44, 51, 48, 48, 13],   // AT+LED=2,16,32,300\r
  [65, 84, 43, 76, 69, 68, 61, 51, 44, 48, 120, 49, 70, 44, 48, 44, 48, 120, 65, 48, 13],   // AT+LED=3,0x1F,0,0xA0\r
  [65, 84, 43, 76, 69, 68, 63, 13],   // AT+LED?\r
  [65, 84, 43, 73, 78, 84, 69, 82, 86, 65, 76, 61, 50, 53, 48, 13],   // AT+INTERVAL=250\r
  [65, 84, 43, 73, 78, 84, 69, 82, 86, 65, 76, 61, 53, 13],   // AT+INTERVAL=5\r
  [65, 84, 43, 73, 78, 84, 69, 82, 86, 65, 76, 63, 13],   // AT+INTERVAL?\r
  [65, 84, 43, 84, 69, 77, 80, 63, 13],   // AT+TEMP?\r
  [65, 84, 43, 84, 69, 77, 80, 61, 53, 13],   // AT+TEMP=5\r
  [65, 84, 43, 70, 79, 79, 13],   // AT+FOO\r
  [65, 84, 43, 78, 65, 77, 69, 61, 34, 34, 13],   // AT+NAME=""\r
  [65, 84, 43, 78, 65, 77, 69, 61, 34, 97, 45, 118, 101, 114, 121, 45, 108, 111, 110, 103, 45, 110, 97, 109, 101, 34, 13],   // AT+NAME="a-very-long-name"\r
  [65, 84, 43, 76, 79, 71, 61, 51, 13],   // AT+LOG=3\r
  [65, 84, 43, 76, 79, 71, 61, 63, 13],   // AT+LOG=?\r
  [65, 84, 43, 67, 70, 71, 63, 13],   // AT+CFG?\r
  [65, 84, 69, 49, 13],   // ATE1\r
  [65, 84, 43, 78, 65, 77, 69, 61, 80, 114, 111, 98, 101, 13],   // AT+NAME=Probe\r
  [65, 84, 43, 66, 65, 85, 68, 61, 53, 55, 54, 48, 48, 44, 49, 13],   // AT+BAUD=57600,1\r
  [88, 89, 90, 13],   // XYZ\r
  [65, 84, 43, 82, 69, 83, 69, 84, 13],   // AT+RESET\r
  [65, 84, 43, 67, 70, 71, 63, 13],   // AT+CFG?\r
  [65, 84, 43, 78, 65, 77, 69, 61, 34, 115, 97, 121, 32, 92, 34, 104, 105, 92, 34, 34, 13],   // AT+NAME="say \"hi\""\r
  [65, 84, 43, 78, 65, 77, 69, 63, 13],   // AT+NAME?\r
  [65, 84, 43, 76, 69, 68, 61, 48, 44, 45, 49, 44, 48, 44, 48, 13],   // AT+LED=0,-1,0,0\r
  [65, 84, 43, 84, 69, 77, 80, 63, 13],   // AT+TEMP?\r
];

const EXEC = 0, QUERY = 1, SET = 2, TEST = 3;
const E_PREFIX = 1, E_SYNTAX = 2, E_UNKNOWN = 3, E_RANGE = 4, E_MODE = 5, E_ARGS = 6;
const BAUDS = [9600, 19200, 38400, 57600, 115200];

function fail(code, pos) { throw { code: code, pos: pos }; }

function upper(c) { return c >= 97 && c <= 122 ? c - 32 : c; }
function isDigit(c) { return c >= 48 && c <= 57; }
function hexVal(c) {
  c = upper(c);
  if (isDigit(c)) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Returns { name, mode, args, lens } for one line, or throws { code, pos }.
function parseLine(b) {
  let n = b.length;
  while (n > 0 && (b[n - 1] === 13 || b[n - 1] === 10)) n--;
  let i = 0;
  while (i < n && b[i] === 32) i++;
  if (n - i < 2 || upper(b[i]) !== 65 || upper(b[i + 1]) !== 84) fail(E_PREFIX, i);
  i += 2;
  let name = '';
  while (i < n && b[i] !== 61 && b[i] !== 63) {
    const c = upper(b[i]);
    if (!(c === 43 || isDigit(c) || (c >= 65 && c <= 90))) fail(E_SYNTAX, i);
    name += CH[c];
    i++;
  }
  const cmd = { name: name, mode: EXEC, args: [], lens: [] };
  if (i === n) return cmd;
  if (b[i] === 63) {
    if (i + 1 !== n) fail(E_SYNTAX, i + 1);
    cmd.mode = QUERY;
    return cmd;
  }
  i++;                                      // '='
  if (i < n && b[i] === 63) {
    if (i + 1 !== n) fail(E_SYNTAX, i + 1);
    cmd.mode = TEST;
    return cmd;
  }
  cmd.mode = SET;
  while (true) {
    if (i >= n) fail(E_SYNTAX, i);
    if (b[i] === 34) {                      // quoted string
      let s = '', len = 0;
      i++;
      while (i < n && b[i] !== 34) {
        if (b[i] === 92 && i + 1 < n) i++;  // backslash escape
        s += CH[b[i]];
        len++;
        i++;
      }
      if (i >= n) fail(E_SYNTAX, i);
      i++;
      cmd.args.push(s);
      cmd.lens.push(len);
    } else {
      let neg = false, v = 0, digits = 0;
      if (b[i] === 45) { neg = true; i++; }
      if (i + 1 < n && b[i] === 48 && upper(b[i + 1]) === 88) {
        i += 2;
        while (i < n && hexVal(b[i]) >= 0) { v = v * 16 + hexVal(b[i]); digits++; i++; }
      } else {
        while (i < n && isDigit(b[i])) { v = v * 10 + (b[i] - 48); digits++; i++; }
      }
      if (digits === 0) fail(E_SYNTAX, i);
      cmd.args.push(neg ? -v : v);
      cmd.lens.push(-1);
    }
    if (i === n) break;
    if (b[i] !== 44) fail(E_SYNTAX, i);
    i++;
  }
  return cmd;
}

function defaults(cfg) {
  cfg.name = 'mvm-node'; cfg.baud = 9600; cfg.interval = 1000;
  cfg.echo = true; cfg.led = [0, 0, 0, 0]; cfg.log = 2;
}

function hex6(v) {
  let s = '';
  for (let sh = 20; sh >= 0; sh -= 4) s += HEX[(v >> sh) & 15];
  return s;
}

function numArg(cmd, k, lo, hi) {
  const v = cmd.args[k];
  if (typeof v !== 'number') fail(E_ARGS, k);
  if (v < lo || v > hi) fail(E_RANGE, k);
  return v;
}

function wantArgs(cmd, count) {
  if (cmd.mode !== SET) fail(E_MODE, 0);
  if (cmd.args.length !== count) fail(E_ARGS, cmd.args.length);
}

function readTemp(dev) {
  dev.seed = (dev.seed * 75 + 74) % 65537;
  let t = 2150 + (dev.seed & 255) - 128;       // centi-degrees
  const whole = (t / 100) | 0, frac = t % 100;
  return '+TEMP:' + whole + '.' + (frac < 10 ? '0' : '') + frac;
}

function baudCmd(cfg, cmd) {
  if (cmd.mode === QUERY) return '+BAUD:' + cfg.baud;
  if (cmd.mode === TEST) {
    let s = '+BAUD:(';
    for (let k = 0; k < BAUDS.length; k++) s += (k > 0 ? ',' : '') + BAUDS[k];
    return s + ')';
  }
  wantArgs(cmd, 1);
  const v = numArg(cmd, 0, 0, 1000000);
  let ok = false;
  for (let k = 0; k < BAUDS.length; k++) if (BAUDS[k] === v) ok = true;
  if (!ok) fail(E_RANGE, 0);
  cfg.baud = v;
  return 'OK';
}

function ledCmd(cfg, cmd) {
  if (cmd.mode === QUERY) {
    let s = '+LED:';
    for (let k = 0; k < 4; k++) s += (k > 0 ? ',#' : '#') + hex6(cfg.led[k]);
    return s;
  }
  wantArgs(cmd, 4);
  const idx = numArg(cmd, 0, 0, 3);
  const r = numArg(cmd, 1, 0, 255), g = numArg(cmd, 2, 0, 255), bl = numArg(cmd, 3, 0, 255);
  cfg.led[idx] = (r << 16) | (g << 8) | bl;
  return 'OK';
}

function execute(dev, cmd) {
  const cfg = dev.cfg;
  switch (cmd.name) {
    case '':
      return 'OK';
    case 'E0':
    case 'E1':
      if (cmd.mode !== EXEC) fail(E_MODE, 0);
      cfg.echo = cmd.name === 'E1';
      return 'OK';
    case 'I':
      return 'mvm-node fw 1.' + dev.fw + ' (' + dev.resets + ')';
    case '+NAME':
      if (cmd.mode === QUERY) return '+NAME:"' + cfg.name + '"';
      wantArgs(cmd, 1);
      if (cmd.lens[0] < 1) fail(cmd.lens[0] === 0 ? E_RANGE : E_ARGS, 0);
      if (cmd.lens[0] > 12) fail(E_RANGE, 0);
      cfg.name = cmd.args[0];
      return 'OK';
    case '+BAUD':
      return baudCmd(cfg, cmd);
    case '+LED':
      return ledCmd(cfg, cmd);
    case '+INTERVAL':
      if (cmd.mode === QUERY) return '+INTERVAL:' + cfg.interval + 'ms';
      if (cmd.mode === TEST) return '+INTERVAL:(10-60000)';
      wantArgs(cmd, 1);
      cfg.interval = numArg(cmd, 0, 10, 60000);
      return 'OK';
    case '+LOG':
      if (cmd.mode === QUERY) return '+LOG:' + cfg.log;
      if (cmd.mode === TEST) return '+LOG:(0-5)';
      wantArgs(cmd, 1);
      cfg.log = numArg(cmd, 0, 0, 5);
      return 'OK';
    case '+TEMP':
      if (cmd.mode !== QUERY) fail(E_MODE, 0);
      return readTemp(dev);
    case '+CFG':
      if (cmd.mode !== QUERY) fail(E_MODE, 0);
      return '+CFG:"' + cfg.name + '",' + cfg.baud + ',' + cfg.interval + ',' + cfg.log + ',' + (cfg.echo ? 1 : 0);
    case '+RESET':
      if (cmd.mode !== EXEC) fail(E_MODE, 0);
      dev.resets++;
      defaults(cfg);
      return 'OK';
    default:
      fail(E_UNKNOWN, 2);
  }
  return 'OK';
}

let checked = false;
function run() {
  const dev = { cfg: {}, fw: 7, resets: 0, seed: 4321 };
  defaults(dev.cfg);
  const seen = {};
  const keys = [];
  let ok = 0, errors = 0, code = 0, echoed = 0, last = '';
  for (let pass = 0; pass < 3; pass++) {
    for (let l = 0; l < RX.length; l++) {
      const line = RX[l];
      if (dev.cfg.echo) {
        let e = '';
        for (let k = 0; k < line.length; k++) if (line[k] >= 32) e += CH[line[k]];
        if (e !== '') echoed++;
      }
      let resp;
      try {
        resp = execute(dev, parseLine(line));
        ok++;
        code = (code * 3 + 1) % 1000003;
      } catch (err) {
        resp = 'ERROR:' + err.code;
        errors++;
        code = (code * 3 + err.code * 16 + err.pos) % 1000003;
      }
      if (seen[resp] === undefined) { seen[resp] = 1; keys.push(resp); }
      else seen[resp] = seen[resp] + 1;
      last = resp;
    }
  }
  let most = 0, mostKey = '';
  for (let k = 0; k < keys.length; k++) {
    if (seen[keys[k]] > most) { most = seen[keys[k]]; mostKey = keys[k]; }
  }
  const cfgLine = execute(dev, { name: '+CFG', mode: QUERY, args: [], lens: [] });
  const r = (code * 7 + ok * 131 + errors * 17 + keys.length * 1009 + echoed) % 1000003;
  if (!checked) {
    checked = true;
    assert(cfgLine === '+CFG:"say "hi"",9600,1000,2,1', 'cfg line');
    print('at-console ' + ok + '/' + errors + ' ' + keys.length + ' ' + mostKey + 'x' + most + ' ' + last + ' ' + code + ' ' + r);
  }
  return r;
}
vmExport(0, run);
