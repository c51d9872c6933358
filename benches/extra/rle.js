// PackBits run-length coding of a monochrome display frame buffer (128x32
// pixels, 16 bytes per row): draw a few shapes, compress each row, decompress
// and compare, as firmware does before sending a frame over a slow link.
const W = 16, H = 32;

function clear(fb) { for (let i = 0; i < W * H; i++) fb[i] = 0; }
function setPixel(fb, x, y) { fb[y * W + (x >> 3)] |= 0x80 >> (x & 7); }
function drawRect(fb, x0, y0, x1, y1) {
  for (let x = x0; x <= x1; x++) { setPixel(fb, x, y0); setPixel(fb, x, y1); }
  for (let y = y0; y <= y1; y++) { setPixel(fb, x0, y); setPixel(fb, x1, y); }
}
function fillRect(fb, x0, y0, x1, y1) {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) setPixel(fb, x, y);
}
function drawLine(fb, x0, y0, x1, y1) {
  const dx = x1 > x0 ? x1 - x0 : x0 - x1, sx = x0 < x1 ? 1 : -1;
  const dy = y1 > y0 ? y0 - y1 : y1 - y0, sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  while (true) {
    setPixel(fb, x0, y0);
    if (x0 === x1 && y0 === y1) break;
    const e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
  }
}

// PackBits: header h < 128 means h+1 literal bytes follow; h > 128 means the
// next byte repeats 257-h times.
function packRow(src, off, n, out) {
  let i = 0;
  while (i < n) {
    let run = 1;
    while (i + run < n && run < 128 && src[off + i + run] === src[off + i]) run++;
    if (run >= 2) {
      out.push(257 - run); out.push(src[off + i]);
      i += run;
    } else {
      const start = i;
      i++;
      while (i < n && i - start < 128 && !(i + 1 < n && src[off + i] === src[off + i + 1])) i++;
      out.push(i - start - 1);
      for (let k = start; k < i; k++) out.push(src[off + k]);
    }
  }
}
function unpack(data, dst) {
  let i = 0;
  while (i < data.length) {
    const h = data[i++];
    if (h < 128) { for (let k = 0; k <= h; k++) dst.push(data[i++]); }
    else if (h > 128) { const b = data[i++]; for (let k = 0; k < 257 - h; k++) dst.push(b); }
  }
}

let frame = 0;
let checked = false;
function run() {
  const fb = [];
  clear(fb);
  const f = frame & 7;
  drawRect(fb, 0, 0, 127, 31);
  fillRect(fb, 4 + f, 4, 19 + f, 11);
  drawLine(fb, 2, 29, 125, 2 + f);
  drawLine(fb, 60, 3, 70 + f, 28);
  fillRect(fb, 96, 20 - f, 111, 27 - f);
  frame++;
  const packed = [];
  for (let y = 0; y < H; y++) packRow(fb, y * W, W, packed);
  const back = [];
  unpack(packed, back);
  assertEqual(back.length, W * H);
  let h = 0;
  for (let i = 0; i < back.length; i++) {
    assertEqual(back[i], fb[i]);
  }
  for (let i = 0; i < packed.length; i++) h = (h * 31 + packed[i]) & 0xffff;
  const r = packed.length * 65536 + h;
  if (!checked) {
    checked = true;
    print('rle ' + (W * H) + '->' + packed.length + ' ' + h);
  }
  return r;
}
vmExport(0, run);
