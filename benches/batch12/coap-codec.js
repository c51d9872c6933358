// A CoAP (RFC 7252) message codec with a tiny resource server, as on a
// Thread or 6LoWPAN sensor node. Each call a client makes 64 requests;
// every request is encoded to bytes (4-byte header, token, options with
// delta/length nibbles and the 13/14 extended forms, 0xFF payload marker),
// decoded by the server, dispatched on its Uri-Path, answered, and the
// answer is encoded, decoded by the client and matched by message ID and
// token. Resources: a temperature and a humidity reading (text payloads),
// an LED (PUT with a text value), a counter (POST), /.well-known/core
// (a link-format text sent in 16-byte Block2 pieces the client asks for
// one after another), and anything else gives 4.04. Every fifth request
// is non-confirmable, and one option number in the private range (65001)
// checks the 2-byte extended delta. Strings cannot be read byte by byte in
// Microvium 8, so path segments are stored as byte arrays beside their names
// and decoded text is spelt through a character table.
const NODE_SUM = 749728;
const CHR = [];
for (let i = 0; i < 128; i++) CHR.push('?');
const LOW = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
  'u', 'v', 'w', 'x', 'y', 'z'];
for (let i = 0; i < 26; i++) CHR[97 + i] = LOW[i];
for (let i = 0; i < 10; i++) CHR[48 + i] = '' + i;
CHR[46] = '.'; CHR[47] = '/'; CHR[45] = '-'; CHR[60] = '<'; CHR[62] = '>'; CHR[44] = ','; CHR[59] = ';'; CHR[61] = '=';
const SEG = {
  sensors: [115, 101, 110, 115, 111, 114, 115], temp: [116, 101, 109, 112], hum: [104, 117, 109],
  led: [108, 101, 100], count: [99, 111, 117, 110, 116], wk: [46, 119, 101, 108, 108, 45, 107, 110, 111, 119, 110],
  core: [99, 111, 114, 101], fan: [102, 97, 110],
};
// "</sensors/temp>,</sensors/hum>,</led>,</count>" as bytes
const CORE = [60, 47, 115, 101, 110, 115, 111, 114, 115, 47, 116, 101, 109, 112, 62, 44, 60, 47, 115, 101, 110, 115,
  111, 114, 115, 47, 104, 117, 109, 62, 44, 60, 47, 108, 101, 100, 62, 44, 60, 47, 99, 111, 117, 110, 116, 62];
const URI_PATH = 11, CONTENT_FORMAT = 12, BLOCK2 = 23, PRIVATE = 65001;

const text = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i++) s += CHR[bytes[i]]; return s; };
function putDigits(n, out) { if (n >= 10) putDigits((n - n % 10) / 10, out); out.push(48 + n % 10); return out; }
const digits = (n) => putDigits(n, []);
function uint(n) {                     // big-endian, no leading zero bytes
  const b = [];
  for (let shift = 24; shift >= 0; shift -= 8) if (b.length > 0 || (n >> shift) !== 0) b.push((n >> shift) & 255);
  return b;
}

function nibble(v, ext) {
  if (v < 13) return v;
  if (v < 269) { ext.push(v - 13); return 13; }
  ext.push((v - 269) >> 8); ext.push((v - 269) & 255); return 14;
}

function encode(m) {
  const out = [0x40 | (m.type << 4) | m.token.length, m.code, m.mid >> 8, m.mid & 255];
  for (let i = 0; i < m.token.length; i++) out.push(m.token[i]);
  const opts = m.options;
  for (let i = 1; i < opts.length; i++) {          // stable insertion sort by number
    const o = opts[i];
    let j = i - 1;
    while (j >= 0 && opts[j][0] > o[0]) { opts[j + 1] = opts[j]; j--; }
    opts[j + 1] = o;
  }
  let last = 0;
  for (let i = 0; i < opts.length; i++) {
    const num = opts[i][0], val = opts[i][1], ext = [];
    const dn = nibble(num - last, ext), ln = nibble(val.length, ext);
    out.push((dn << 4) | ln);
    for (let k = 0; k < ext.length; k++) out.push(ext[k]);
    for (let k = 0; k < val.length; k++) out.push(val[k]);
    last = num;
  }
  if (m.payload.length > 0) { out.push(0xFF); for (let k = 0; k < m.payload.length; k++) out.push(m.payload[k]); }
  return out;
}

function extended(b, pos, n) {
  if (n === 13) return [b[pos] + 13, pos + 1];
  if (n === 14) return [(b[pos] << 8) + b[pos + 1] + 269, pos + 2];
  return [n, pos];
}

function decode(b) {
  const tkl = b[0] & 15;
  const m = { type: (b[0] >> 4) & 3, code: b[1], mid: (b[2] << 8) | b[3], token: [], options: [], payload: [] };
  let pos = 4, num = 0;
  for (let i = 0; i < tkl; i++) m.token.push(b[pos++]);
  while (pos < b.length && b[pos] !== 0xFF) {
    const head = b[pos++];
    const d = extended(b, pos, head >> 4);
    const l = extended(b, d[1], head & 15);
    num += d[0]; pos = l[1];
    const val = [];
    for (let k = 0; k < l[0]; k++) val.push(b[pos++]);
    m.options.push([num, val]);
  }
  if (pos < b.length) { pos++; while (pos < b.length) m.payload.push(b[pos++]); }
  return m;
}

const optionUint = (m, num) => {
  let v = -1;
  for (let i = 0; i < m.options.length; i++) if (m.options[i][0] === num) { v = 0; for (let k = 0; k < m.options[i][1].length; k++) v = v * 256 + m.options[i][1][k]; }
  return v;
};

function makeServer() {
  let led = 0, counter = 0, temp = 2150;
  const routes = {};
  routes['sensors/temp'] = (req, res) => { temp += 7; res.payload = digits(temp); res.options.push([CONTENT_FORMAT, []]); return 69; };
  routes['sensors/hum'] = (req, res) => { res.payload = digits(40 + (temp % 23)); return 69; };
  routes['led'] = (req, res) => {
    if (req.code === 3) { led = req.payload.length > 0 ? req.payload[0] - 48 : 0; return 68; }
    res.payload = digits(led); return 69;
  };
  routes['count'] = (req, res) => { counter++; res.payload = digits(counter); return req.code === 2 ? 65 : 133; };
  routes['.well-known/core'] = (req, res) => {
    const b2 = optionUint(req, BLOCK2), blk = b2 < 0 ? 0 : b2 >> 4;
    const start = blk * 16, more = start + 16 < CORE.length ? 8 : 0;
    for (let i = start; i < start + 16 && i < CORE.length; i++) res.payload.push(CORE[i]);
    res.options.push([BLOCK2, uint((blk << 4) | more | 0)]);
    res.options.push([CONTENT_FORMAT, [40]]);
    return 69;
  };
  return (bytes) => {
    const req = decode(bytes);
    let path = '';
    for (let i = 0; i < req.options.length; i++) {
      if (req.options[i][0] === URI_PATH) path += (path === '' ? '' : '/') + text(req.options[i][1]);
    }
    const res = { type: req.type === 0 ? 2 : 1, code: 132, mid: req.mid, token: req.token, options: [], payload: [] };
    const handler = routes[path];
    if (handler !== undefined) res.code = handler(req, res);
    return encode(res);
  };
}

let checked = false;

function run() {
  const server = makeServer();
  const plan = [[SEG.sensors, SEG.temp], [SEG.sensors, SEG.hum], [SEG.led], [SEG.count], [SEG.wk, SEG.core], [SEG.fan]];
  let h = 5, bytesTx = 0, ok = 0, notFound = 0, blocks = 0, mid = 0x7FF0, lastText = '';
  for (let r = 0; r < 64; r++) {
    const p = plan[r % plan.length];
    let block = 0, more = true;
    while (more) {
      mid = (mid + 1) & 0xFFFF;
      const req = { type: r % 5 === 4 ? 1 : 0, code: r % 6 === 2 && r % 4 === 0 ? 3 : (r % 6 === 3 ? 2 : 1), mid: mid,
        token: [r & 255, (r * 37) & 255, 0xA5], options: [], payload: [] };
      for (let i = 0; i < p.length; i++) req.options.push([URI_PATH, p[i]]);
      if (block > 0) req.options.push([BLOCK2, uint(block << 4)]);
      if (r % 7 === 0) req.options.push([PRIVATE, [r & 255]]);
      if (req.code === 3) req.payload = [48 + r % 2];
      const wire = encode(req);
      const back = decode(server(wire));
      bytesTx += wire.length;
      for (let i = 0; i < wire.length; i++) h = (h * 31 + wire[i]) % 1000003;
      assert(back.mid === mid && back.token[2] === 0xA5 && back.token[0] === (r & 255), 'match');
      if (back.code === 132) notFound++; else ok++;
      h = (h * 31 + back.code + back.payload.length * 256) % 1000003;
      const b2 = optionUint(back, BLOCK2);
      more = b2 >= 0 && (b2 & 8) !== 0;
      if (b2 >= 0) { blocks++; block = (b2 >> 4) + 1; }
      if (back.payload.length > 0) lastText = text(back.payload);
    }
  }
  h = (h * 31 + bytesTx) % 1000003;
  const line = 'coap-codec requests=64 ok=' + ok + ' notfound=' + notFound + ' blocks=' + blocks + ' bytes=' + bytesTx +
    ' last=' + lastText + ' ' + h;
  if (!checked) { checked = true; print(line); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
