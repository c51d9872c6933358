// Boot-time device-tree handling on a small Linux-less board: the base tree
// (root, cpus, clocks, soc with buses, an I2C mux with channels, sensors on
// the channels) is a tree of node objects { name, p: props, kids: [], idx:
// {name: child} }. Each call copies the base tree (props copied field by
// field through the list of known property names), applies device-tree
// overlays for the fitted add-on boards (a recursive merge: properties are
// overwritten one by one, unknown children are copied in, known ones are
// merged), then builds the phandle map ('h' + number -> node), probes every
// enabled node (clock dividers from the referenced clock's frequency,
// rounded, I2C timing, SPI mode), and reads configuration through long
// dotted paths such as t.idx.soc.idx.i2c1.idx.mux.idx.ch2.idx.hum.p.reg.
// Six board variants are booted per call, each with a different set of
// overlays.
const NODE_SUM = 310073;
const PN = ['compatible', 'status', 'reg', 'size', 'clockFrequency', 'interrupts', 'phandle', 'clocks',
  'pinctrl', 'dmas', 'label', 'speed', 'address', 'gpio', 'active'];
let checked = false;

function floor(x) { const i = x | 0; return i > x ? i - 1 : i; }
function node(name, p, kids) {
  const n = { name: name, p: p, kids: [], idx: {} };
  for (let i = 0; i < kids.length; i++) { n.kids.push(kids[i]); n.idx[kids[i].name] = kids[i]; }
  return n;
}
function sensor(name, addr, comp) { return node(name, { compatible: comp, reg: addr, status: 'okay', interrupts: addr & 31 }, []); }
function channel(i, kids) { return node('ch' + i, { reg: i, status: 'okay' }, kids); }

const BASE = node('/', { compatible: 'acme,gw2', label: 'gw2' }, [
  node('cpus', { size: 0 }, [node('cpu0', { compatible: 'arm,cortex-m7', clockFrequency: 480000000, clocks: 1 }, [])]),
  node('clocks', {}, [
    node('hse', { compatible: 'fixed-clock', clockFrequency: 25000000, phandle: 1 }, []),
    node('apb1', { compatible: 'fixed-factor', clockFrequency: 120000000, phandle: 2 }, []),
    node('apb2', { compatible: 'fixed-factor', clockFrequency: 96000000, phandle: 3 }, []),
    node('lse', { compatible: 'fixed-clock', clockFrequency: 32768, phandle: 4 }, [])]),
  node('soc', { compatible: 'simple-bus' }, [
    node('i2c1', { compatible: 'st,i2c', reg: 1073763328, status: 'okay', clocks: 2, speed: 100000, pinctrl: 5 }, [
      node('mux', { compatible: 'nxp,pca9548', reg: 112, status: 'okay' }, [
        channel(0, [sensor('temp', 72, 'ti,tmp102')]),
        channel(1, [sensor('press', 118, 'bosch,bmp280'), sensor('eeprom', 80, 'at24')]),
        channel(2, [sensor('hum', 64, 'sht3x')]),
        channel(3, [])])]),
    node('i2c2', { compatible: 'st,i2c', reg: 1073764352, status: 'disabled', clocks: 2, speed: 400000 }, []),
    node('spi1', { compatible: 'st,spi', reg: 1073819648, status: 'okay', clocks: 3, dmas: 2 }, [
      node('flash', { compatible: 'jedec,spi-nor', reg: 0, speed: 50000000, size: 8388608, status: 'okay' }, [])]),
    node('uart4', { compatible: 'st,uart', reg: 1073761280, status: 'disabled', clocks: 2, speed: 115200 }, []),
    node('rtc', { compatible: 'st,rtc', reg: 1073752064, status: 'okay', clocks: 4 }, [])])]);

const OVERLAYS = [
  { path: ['soc', 'i2c2'], n: node('i2c2', { status: 'okay', speed: 1000000 }, [sensor('lux', 41, 'vishay,veml7700'), sensor('co2', 98, 'sensirion,scd4x')]) },
  { path: ['soc', 'i2c1', 'mux', 'ch3'], n: node('ch3', {}, [sensor('gas', 119, 'bosch,bme680')]) },
  { path: ['soc', 'uart4'], n: node('uart4', { status: 'okay', speed: 921600, dmas: 3 }, [node('gnss', { compatible: 'u-blox,m10', status: 'okay', speed: 38400 }, [])]) },
  { path: ['soc', 'spi1', 'flash'], n: node('flash', { size: 16777216, speed: 80000000, label: 'data' }, []) },
  { path: ['soc', 'i2c1', 'mux', 'ch1', 'press'], n: node('press', { status: 'disabled' }, []) },
  { path: ['clocks', 'apb1'], n: node('apb1', { clockFrequency: 100000000 }, []) }];
const BOARDS = [[0], [1, 3], [0, 1, 2], [4, 5], [2, 3, 5], [0, 1, 2, 3, 4, 5]];

function copyProps(dst, src) {
  for (let i = 0; i < PN.length; i++) { const v = src[PN[i]]; if (v !== undefined) dst[PN[i]] = v; }
}
function clone(n) {
  const c = { name: n.name, p: {}, kids: [], idx: {} };
  copyProps(c.p, n.p);
  for (let i = 0; i < n.kids.length; i++) { const k = clone(n.kids[i]); c.kids.push(k); c.idx[k.name] = k; }
  return c;
}
function merge(dst, src) {
  copyProps(dst.p, src.p);
  for (let i = 0; i < src.kids.length; i++) {
    const s = src.kids[i], d = dst.idx[s.name];
    if (d === undefined) { const k = clone(s); dst.kids.push(k); dst.idx[k.name] = k; } else merge(d, s);
  }
}
function find(t, path) {
  let n = t;
  for (let i = 0; i < path.length && n !== undefined; i++) n = n.idx[path[i]];
  return n;
}
function phandles(n, map) {
  if (n.p.phandle !== undefined) map['h' + n.p.phandle] = n;
  for (let i = 0; i < n.kids.length; i++) phandles(n.kids[i], map);
}
function probe(n, map, depth, st) {
  if (n.p.status === 'disabled') { st.disabled += 1; return 0; }
  let score = depth;
  if (n.p.clocks !== undefined) {
    const clk = map['h' + n.p.clocks];
    const f = clk.p.clockFrequency, want = n.p.speed === undefined ? 1000000 : n.p.speed;
    let div = floor(f / want + 0.5);
    if (div < 1) div = 1;
    score += div % 997 + floor((f / div) / 1000) % 1000;
  }
  if (n.p.compatible !== undefined && n.p.reg !== undefined) { st.bound += 1; score += n.p.reg % 251; }
  for (let i = 0; i < n.kids.length; i++) score += probe(n.kids[i], map, depth + 1, st);
  return score;
}
function count(n) { let c = 1; for (let i = 0; i < n.kids.length; i++) c += count(n.kids[i]); return c; }

function run() {
  let h = 7;
  const st = { bound: 0, disabled: 0, missing: 0 };
  for (let b = 0; b < BOARDS.length; b++) {
    for (let rep = 0; rep < 4; rep++) {
      const t = clone(BASE), ov = BOARDS[b];
      for (let i = 0; i < ov.length; i++) {
        const o = OVERLAYS[ov[i]], tgt = find(t, o.path);
        if (tgt === undefined) st.missing += 1; else merge(tgt, o.n);
      }
      const map = {};
      phandles(t, map);
      h = (h * 31 + probe(t, map, 0, st)) % 1000003;
      const soc = t.idx.soc;
      const hum = soc.idx.i2c1.idx.mux.idx.ch2.idx.hum.p.reg;
      const gas = t.idx.soc.idx.i2c1.idx.mux.idx.ch3.idx.gas;
      const flash = t.idx.soc.idx.spi1.idx.flash.p;
      const gnss = soc.idx.uart4.idx.gnss;
      const apb = t.idx.clocks.idx.apb1.p.clockFrequency;
      const baud = soc.idx.uart4.p.status === 'okay' ? floor(apb / (16 * soc.idx.uart4.p.speed) * 16 + 0.5) : 0;
      h = (h * 31 + hum + (gas === undefined ? 0 : gas.p.reg) + floor(flash.size / 65536) + floor(flash.speed / 1000000)) % 1000003;
      h = (h * 31 + (gnss === undefined ? 1 : gnss.p.speed % 1000) + baud + (t.idx.soc.idx.i2c1.idx.mux.idx.ch1.idx.press.p.status === 'okay' ? 2 : 3)) % 1000003;
      h = (h * 31 + count(t) + st.bound) % 1000003;
    }
  }
  const line = 'dt-overlay boards=' + BOARDS.length + ' bound=' + st.bound + ' disabled=' + st.disabled + ' missing=' + st.missing + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return 1;
}

vmExport(0, run);
