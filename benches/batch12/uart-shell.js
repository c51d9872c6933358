// A serial console on a UART: an RX ring buffer filled by "interrupts"
// in bursts, a line assembler (echo, backspace, CR/LF/CRLF, overlong-line
// discard, Ctrl-C), a tokenizer that splits a line into words and numbers,
// and a dispatch table of command handlers that answer into a TX ring.
// Each call replays a 46-command session typed by a host program: set and
// get of registers, gpio toggles, a PWM duty sweep, peek/poke on a small
// memory array, echo, help, history (!! repeats the last line), and
// errors (unknown commands, bad numbers, missing arguments). The RX ring
// holds 32 bytes; the firmware drains it only every second burst, so some
// bytes are lost and counted as overruns. Microvium 8 cannot read strings
// byte by byte, so the typed text is kept as byte arrays of words, and
// received words are spelt back into strings through a character table.
const NODE_SUM = 735123;
const CHR = [];
for (let i = 0; i < 128; i++) CHR.push('.');
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
  'u', 'v', 'w', 'x', 'y', 'z'];
for (let i = 0; i < 26; i++) CHR[97 + i] = LETTERS[i];
for (let i = 0; i < 10; i++) CHR[48 + i] = '' + i;
CHR[33] = '!'; CHR[45] = '-'; CHR[95] = '_';
// words the host types, as bytes
const W = {
  set: [115, 101, 116], get: [103, 101, 116], gpio: [103, 112, 105, 111], pwm: [112, 119, 109], peek: [112, 101, 101, 107],
  poke: [112, 111, 107, 101], echo: [101, 99, 104, 111], help: [104, 101, 108, 112], bang: [33, 33], reboot: [114, 101, 98, 111, 111, 116],
  baud: [98, 97, 117, 100], gain: [103, 97, 105, 110], led: [108, 101, 100], hello: [104, 101, 108, 108, 111], x: [120, 49, 50],
};

function makeRing(size) {
  const buf = [];
  for (let i = 0; i < size; i++) buf.push(0);
  let head = 0, tail = 0, count = 0, overruns = 0;
  return {
    put: (b) => { if (count === size) { overruns++; return false; } buf[head] = b; head = (head + 1) % size; count++; return true; },
    get: () => { const b = buf[tail]; tail = (tail + 1) % size; count--; return b; },
    count: () => count,
    overruns: () => overruns,
  };
}

function tokenize(line) {
  const words = [];
  let cur = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === 32) { if (cur !== null) { words.push(cur); cur = null; } }
    else {
      if (cur === null) cur = { text: '', num: 0, isNum: true, neg: false };
      if (c === 45 && cur.text === '') cur.neg = true;
      else if (c >= 48 && c <= 57) cur.num = cur.num * 10 + (c - 48);
      else cur.isNum = false;
      cur.text += CHR[c];
    }
  }
  if (cur !== null) words.push(cur);
  for (let i = 0; i < words.length; i++) if (words[i].neg) words[i].num = -words[i].num;
  return words;
}

function makeShell(tx) {
  const regs = {}, mem = [], pins = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 64; i++) mem.push((i * 37) & 255);
  let duty = 0, errors = 0, commands = 0;
  const say = (s) => { tx.push(s); };
  const needNum = (w, lo, hi) => w !== undefined && w.isNum && w.num >= lo && w.num <= hi;
  const table = {
    set: (a) => { if (a.length < 3 || !needNum(a[2], -32768, 32767)) return 'usage: set NAME VALUE'; regs['r_' + a[1].text] = a[2].num; return 'ok'; },
    get: (a) => { const v = a.length > 1 ? regs['r_' + a[1].text] : undefined; return v === undefined ? 'no such register' : a[1].text + '=' + v; },
    gpio: (a) => {
      if (!needNum(a[1], 0, 7)) return 'bad pin';
      pins[a[1].num] = a.length > 2 ? (a[2].num === 0 ? 0 : 1) : 1 - pins[a[1].num];
      return 'pin' + a[1].num + '=' + pins[a[1].num];
    },
    pwm: (a) => { if (!needNum(a[1], 0, 100)) return 'duty 0..100'; duty = (a[1].num * 1023 - (a[1].num * 1023) % 100) / 100; return 'cmp=' + duty; },
    peek: (a) => needNum(a[1], 0, 63) ? 'm' + a[1].num + '=' + mem[a[1].num] : 'bad address',
    poke: (a) => { if (!needNum(a[1], 0, 63) || !needNum(a[2], 0, 255)) return 'bad args'; mem[a[1].num] = a[2].num; return 'ok'; },
    echo: (a) => { let s = ''; for (let i = 1; i < a.length; i++) s += (i > 1 ? ' ' : '') + a[i].text; return s; },
    help: () => 'set get gpio pwm peek poke echo help',
  };
  const exec = (line) => {
    const words = tokenize(line);
    if (words.length === 0) return;
    commands++;
    const handler = table[words[0].text];
    let reply;
    if (handler === undefined) { errors++; reply = 'unknown: ' + words[0].text; } else reply = handler(words);
    if (reply === 'bad pin' || reply === 'bad args' || reply === 'bad address' || reply === 'no such register') errors++;
    say(reply);
  };
  return { exec: exec, stats: () => [commands, errors, duty, pins[3] + pins[5] * 2] };
}

let checked = false;

function run() {
  const rx = makeRing(32), tx = [];
  const shell = makeShell(tx);
  const n = (v) => {                                 // a number as typed digits
    const d = [];
    let x = v < 0 ? -v : v;
    while (d.length === 0 || x > 0) { d.push(48 + x % 10); x = (x - x % 10) / 10; }
    const r = v < 0 ? [45] : [];
    for (let i = d.length - 1; i >= 0; i--) r.push(d[i]);
    return r;
  };
  const cmds = [];
  for (let k = 0; k < 8; k++) {
    cmds.push([W.set, W.gain, n(k * 111 - 300)]); cmds.push([W.get, W.gain]); cmds.push([W.gpio, n(k % 9)]);
    cmds.push([W.pwm, n(k * 15)]); cmds.push(k % 2 === 0 ? [W.peek, n(k * 9)] : [W.poke, n(k * 7), n(k * 40)]);
  }
  cmds.push([W.bang]); cmds.push([W.echo, W.hello, W.x, n(-42)]); cmds.push([W.reboot]); cmds.push([W.help]);
  cmds.push([W.get, W.baud]); cmds.push([W.set, W.led]);
  // the host's byte stream: words, spaces, typing mistakes fixed with backspace, mixed line endings
  const stream = [];
  for (let c = 0; c < cmds.length; c++) {
    const words = cmds[c];
    for (let w = 0; w < words.length; w++) {
      if (w > 0) stream.push(32);
      if (c % 7 === 3 && w === 0) { stream.push(113); stream.push(8); }
      for (let i = 0; i < words[w].length; i++) stream.push(words[w][i]);
    }
    if (c % 11 === 5) { for (let i = 0; i < 70; i++) stream.push(97 + i % 26); stream.push(13); }
    if (c % 13 === 8) { stream.push(122); stream.push(3); }
    stream.push(13); if (c % 3 === 0) stream.push(10);
  }
  let line = [], last = [], echoed = 0, discarded = 0, pos = 0, burst = 0, prevCR = false;
  while (pos < stream.length) {
    const len = 3 + (burst * 7) % 19;                 // one RX interrupt burst
    for (let i = 0; i < len && pos < stream.length; i++) rx.put(stream[pos++]);
    burst++;
    if (burst % 2 === 0 || pos >= stream.length) {
      while (rx.count() > 0) {
        const b = rx.get();
        switch (b) {
          case 10: if (prevCR) break;                  // CRLF
          // falls through
          case 13:
            if (line.length === 2 && line[0] === 33 && line[1] === 33) line = last;
            if (line.length > 64) discarded++; else { shell.exec(line); if (line.length > 0) last = line; }
            line = [];
            break;
          case 8: case 127: if (line.length > 0) line.length = line.length - 1; break;
          case 3: line = []; tx.push('^C'); break;
          default: line.push(b); echoed++;
        }
        prevCR = b === 13;
      }
    }
  }
  // replies are folded in through a dictionary that numbers distinct texts in order of first use
  let h = 13, distinct = 0;
  const ids = {};
  for (let i = 0; i < tx.length; i++) {
    let id = ids['t_' + tx[i]];
    if (id === undefined) { distinct++; id = distinct; ids['t_' + tx[i]] = id; }
    h = (h * 31 + id) % 1000003;
  }
  const st = shell.stats();
  for (let i = 0; i < st.length; i++) h = (h * 31 + st[i]) % 1000003;
  h = (h * 31 + echoed + discarded * 1000 + rx.overruns() * 7) % 1000003;
  const summary = 'uart-shell bytes=' + stream.length + ' echoed=' + echoed + ' overruns=' + rx.overruns() + ' discarded=' +
    discarded + ' replies=' + tx.length + '/' + distinct + ' commands=' + st[0] + ' errors=' + st[1] + ' cmp=' + st[2] + ' last=' + tx[tx.length - 1];
  if (!checked) { checked = true; print(summary + ' ' + h); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
