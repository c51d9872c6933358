// Base64 and hex encoding of byte arrays into strings through lookup tables
// of one-character strings (a device formatting a payload for an AT-command
// modem), plus base64 decoding of the sextet stream back to bytes.
const B64 = ['A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T','U','V','W','X','Y','Z',
  'a','b','c','d','e','f','g','h','i','j','k','l','m','n','o','p','q','r','s','t','u','v','w','x','y','z',
  '0','1','2','3','4','5','6','7','8','9','+','/'];
const HEX = ['0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f'];

// "Sensor node 7: T=21.5C RH=48%" as ASCII codes.
const text = [83,101,110,115,111,114,32,110,111,100,101,32,55,58,32,84,61,50,49,46,53,67,32,82,72,61,52,56,37];

// Encodes bytes[0..n) and also records the sextets in `sx` (64 for padding).
function base64(bytes, n, sx) {
  let out = '';
  let i = 0;
  while (i + 2 < n) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    sx.push(v >> 18); sx.push((v >> 12) & 63); sx.push((v >> 6) & 63); sx.push(v & 63);
    out = out + B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
    i += 3;
  }
  const rest = n - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    sx.push(v >> 18); sx.push((v >> 12) & 63); sx.push(64); sx.push(64);
    out = out + B64[v >> 18] + B64[(v >> 12) & 63] + '==';
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    sx.push(v >> 18); sx.push((v >> 12) & 63); sx.push((v >> 6) & 63); sx.push(64);
    out = out + B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + '=';
  }
  return out;
}

function unbase64(sx) {
  const out = [];
  for (let i = 0; i < sx.length; i += 4) {
    const a = sx[i], b = sx[i + 1], c = sx[i + 2], d = sx[i + 3];
    const v = (a << 18) | (b << 12) | ((c & 63) << 6) | (d & 63);
    out.push(v >> 16);
    if (c !== 64) out.push((v >> 8) & 0xff);
    if (d !== 64) out.push(v & 0xff);
  }
  return out;
}

function hex(bytes, n) {
  let out = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    out = out + HEX[b >> 4] + HEX[b & 15];
    if ((i & 7) === 7 && i + 1 < n) out = out + ' ';
  }
  return out;
}

let checked = false;
function run() {
  const t64 = base64(text, text.length, []);
  assertEqual(t64, 'U2Vuc29yIG5vZGUgNzogVD0yMS41QyBSSD00OCU=');
  // A binary sensor record, re-encoded at three lengths to hit every padding case.
  const rec = [];
  let x = 0x5a;
  for (let i = 0; i < 48; i++) { x = (x * 29 + 17) & 0xff; rec.push(x); }
  let sum = 0, last64 = '', lastHex = '';
  for (let n = 46; n <= 48; n++) {
    const sx = [];
    last64 = base64(rec, n, sx);
    const back = unbase64(sx);
    assertEqual(back.length, n);
    for (let i = 0; i < n; i++) { assertEqual(back[i], rec[i]); sum += back[i] * (i + 1); }
    lastHex = hex(rec, n);
    sum += sx.length;
  }
  if (!checked) {
    checked = true;
    print('base64 ' + t64 + ' ' + last64 + ' ' + lastHex + ' ' + sum);
  }
  return sum;
}
vmExport(0, run);
