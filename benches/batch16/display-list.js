// A retained-mode display list for a 96x64 4-bit grey OLED. The scene is a
// tree of drawables, seven small classes with the same methods (draw into the
// framebuffer through a clip rectangle, bounds, step): filled boxes, frames,
// Bresenham lines, midpoint circles, a 3x5-digit counter, a 1-bit sprite and
// groups that offset their children (drawn recursively). Each of 20 frames
// animates a few nodes, takes the union of their old and new bounds as dirty
// rectangles, merges overlapping ones, clears and redraws only those regions
// (every node is asked to draw, clipped), and "sends" each region to the
// panel packed two pixels a byte, as the SSD1327 wants. A full redraw at the
// end must give the same framebuffer as the incremental one.
const NODE_SUM = 422045;
const FW = 96, FH = 64;
const FONT = [0x7b6f, 0x2c97, 0x73e7, 0x73cf, 0x5bc9, 0x79cf, 0x79ef, 0x7249, 0x7bef, 0x7bcf];   // 3x5 digits, 15 bits each
const SPRITE = [0x18, 0x3c, 0x7e, 0xdb, 0xff, 0x24, 0x5a, 0xa5];                                  // 8x8, 1 bit a pixel
let checked = false;

function clipOk(c, x, y) { return x >= c[0] && y >= c[1] && x < c[2] && y < c[3]; }
function plot(fb, c, x, y, v) { if (clipOk(c, x, y)) fb[y][x] = v; }
function span(fb, c, x0, x1, y, v) {              // x0..x1 inclusive
  if (y < c[1] || y >= c[3]) return;
  if (x0 < c[0]) x0 = c[0];
  if (x1 >= c[2]) x1 = c[2] - 1;
  const row = fb[y];
  for (let x = x0; x <= x1; x++) row[x] = v;
}

class Box {
  constructor(x, y, w, h, v) { this.x = x; this.y = y; this.w = w; this.h = h; this.v = v; }
  draw(fb, ox, oy, c) { for (let y = 0; y < this.h; y++) span(fb, c, ox + this.x, ox + this.x + this.w - 1, oy + this.y + y, this.v); }
  bounds(ox, oy) { return [ox + this.x, oy + this.y, ox + this.x + this.w, oy + this.y + this.h]; }
  step(t) { return false; }
}
class Frame {
  constructor(x, y, w, h, v) { this.x = x; this.y = y; this.w = w; this.h = h; this.v = v; }
  draw(fb, ox, oy, c) {
    const x0 = ox + this.x, y0 = oy + this.y, x1 = x0 + this.w - 1, y1 = y0 + this.h - 1;
    span(fb, c, x0, x1, y0, this.v); span(fb, c, x0, x1, y1, this.v);
    for (let y = y0 + 1; y < y1; y++) { plot(fb, c, x0, y, this.v); plot(fb, c, x1, y, this.v); }
  }
  bounds(ox, oy) { return [ox + this.x, oy + this.y, ox + this.x + this.w, oy + this.y + this.h]; }
  step(t) { if (t % 6 === 0) { this.v = this.v === 15 ? 7 : 15; return true; } return false; }
}
class Line {
  constructor(x0, y0, x1, y1, v) { this.x0 = x0; this.y0 = y0; this.x1 = x1; this.y1 = y1; this.v = v; }
  draw(fb, ox, oy, c) {
    let x = ox + this.x0, y = oy + this.y0;
    const x1 = ox + this.x1, y1 = oy + this.y1, dx = x1 > x ? x1 - x : x - x1, dy = y1 > y ? y - y1 : y1 - y;
    const sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
    let err = dx + dy;
    while (true) {
      plot(fb, c, x, y, this.v);
      if (x === x1 && y === y1) break;
      const e2 = 2 * err;
      if (e2 >= dy) { err += dy; x += sx; }
      if (e2 <= dx) { err += dx; y += sy; }
    }
  }
  bounds(ox, oy) { const a = this.x0 < this.x1, b = this.y0 < this.y1;
    return [ox + (a ? this.x0 : this.x1), oy + (b ? this.y0 : this.y1), ox + (a ? this.x1 : this.x0) + 1, oy + (b ? this.y1 : this.y0) + 1]; }
  step(t) { const k = t % 16; this.x1 = this.x0 + (k < 8 ? 3 * k - 12 : 36 - 3 * k); this.y1 = this.y0 - 12 + (k < 8 ? k : 16 - k); return true; }
}
class Circle {
  constructor(cx, cy, r, v) { this.cx = cx; this.cy = cy; this.r = r; this.v = v; }
  draw(fb, ox, oy, c) {
    const cx = ox + this.cx, cy = oy + this.cy;
    let x = this.r, y = 0, d = 1 - this.r;
    while (x >= y) {
      span(fb, c, cx - x, cx + x, cy + y, this.v); span(fb, c, cx - x, cx + x, cy - y, this.v);
      span(fb, c, cx - y, cx + y, cy + x, this.v); span(fb, c, cx - y, cx + y, cy - x, this.v);
      y += 1;
      if (d < 0) d += 2 * y + 1; else { x -= 1; d += 2 * (y - x) + 1; }
    }
  }
  bounds(ox, oy) { return [ox + this.cx - this.r, oy + this.cy - this.r, ox + this.cx + this.r + 1, oy + this.cy + this.r + 1]; }
  step(t) { this.r = 4 + (t * 3) % 7; return true; }
}
class Counter {
  constructor(x, y, v) { this.x = x; this.y = y; this.v = v; this.n = 0; }
  digits() { const d = []; let n = this.n; while (true) { d.push(n % 10); n = (n / 10) | 0; if (n === 0) break; } return d; }
  draw(fb, ox, oy, c) {
    const d = this.digits();
    for (let k = 0; k < d.length; k++) {
      const g = FONT[d[d.length - 1 - k]], x0 = ox + this.x + k * 4;
      for (let r = 0; r < 5; r++) for (let q = 0; q < 3; q++) if ((g >> (14 - r * 3 - q)) & 1) plot(fb, c, x0 + q, oy + this.y + r, this.v);
    }
  }
  bounds(ox, oy) { return [ox + this.x, oy + this.y, ox + this.x + 16, oy + this.y + 5]; }
  step(t) { this.n = (this.n * 7 + t * 13) % 10000; return true; }
}
class Sprite {
  constructor(x, y, v) { this.x = x; this.y = y; this.v = v; this.dx = 3; this.dy = 2; }
  draw(fb, ox, oy, c) {
    for (let r = 0; r < 8; r++) { const bits = SPRITE[r]; for (let q = 0; q < 8; q++) if ((bits >> (7 - q)) & 1) plot(fb, c, ox + this.x + q, oy + this.y + r, this.v); }
  }
  bounds(ox, oy) { return [ox + this.x, oy + this.y, ox + this.x + 8, oy + this.y + 8]; }
  step(t) { this.x += this.dx; this.y += this.dy; if (this.x < 0 || this.x > FW - 8) { this.dx = -this.dx; this.x += 2 * this.dx; } if (this.y < 0 || this.y > FH - 8) { this.dy = -this.dy; this.y += 2 * this.dy; } return true; }
}
class Group {
  constructor(x, y, kids) { this.x = x; this.y = y; this.kids = kids; this.t = 0; }
  draw(fb, ox, oy, c) { for (let k = 0; k < this.kids.length; k++) this.kids[k].draw(fb, ox + this.x, oy + this.y, c); }
  bounds(ox, oy) {
    let b = null;
    for (let k = 0; k < this.kids.length; k++) { const r = this.kids[k].bounds(ox + this.x, oy + this.y); b = b === null ? r : union(b, r); }
    return b;
  }
  step(t) { let ch = false; for (let k = 0; k < this.kids.length; k++) if (this.kids[k].step(t)) ch = true; if (t % 4 === 0) { this.x = (this.x + 5) % 40; ch = true; } return ch; }
}

function union(a, b) { return [a[0] < b[0] ? a[0] : b[0], a[1] < b[1] ? a[1] : b[1], a[2] > b[2] ? a[2] : b[2], a[3] > b[3] ? a[3] : b[3]]; }
function overlap(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
function clamp(r) { return [r[0] < 0 ? 0 : r[0], r[1] < 0 ? 0 : r[1], r[2] > FW ? FW : r[2], r[3] > FH ? FH : r[3]]; }

function run() {
  let h = 9, sent = 0, regions = 0, px = 0;
  const newFb = () => { const fb = []; for (let y = 0; y < FH; y++) { const row = []; for (let x = 0; x < FW; x++) row.push(0); fb.push(row); } return fb; };
  const scene = [
    new Box(0, 0, FW, 10, 3), new Frame(0, 12, 60, 40, 15), new Counter(70, 2, 15),
    new Group(4, 16, [new Circle(14, 14, 6, 9), new Line(30, 30, 40, 20, 12), new Box(2, 28, 10, 6, 5)]),
    new Group(62, 40, [new Frame(0, 0, 30, 20, 11), new Counter(4, 8, 13)]),
    new Sprite(10, 40, 14),
  ];
  const fb = newFb();
  const all = [0, 0, FW, FH];
  for (let i = 0; i < scene.length; i++) scene[i].draw(fb, 0, 0, all);
  for (let t = 1; t <= 20; t++) {
    let dirty = [];
    for (let i = 0; i < scene.length; i++) {
      const before = scene[i].bounds(0, 0);
      if (scene[i].step(t)) dirty.push(clamp(union(before, scene[i].bounds(0, 0))));
    }
    let merged = true;                                  // merge overlapping rectangles until none overlap
    while (merged) {
      merged = false;
      const out = [];
      for (let i = 0; i < dirty.length; i++) {
        let put = false;
        for (let j = 0; j < out.length && !put; j++) if (overlap(out[j], dirty[i])) { out[j] = union(out[j], dirty[i]); put = true; merged = true; }
        if (!put) out.push(dirty[i]);
      }
      dirty = out;
    }
    for (let d = 0; d < dirty.length; d++) {
      const c = dirty[d];
      for (let y = c[1]; y < c[3]; y++) span(fb, c, c[0], c[2] - 1, y, 0);
      for (let i = 0; i < scene.length; i++) scene[i].draw(fb, 0, 0, c);
      const x0 = c[0] & ~1;                             // column pairs, 2 pixels a byte
      let s = 0;
      for (let y = c[1]; y < c[3]; y++) { const row = fb[y]; for (let x = x0; x < c[2]; x += 2) { s = (s * 3 + (row[x] << 4 | (x + 1 < FW ? row[x + 1] : 0))) % 65521; sent += 1; } }
      px += (c[2] - c[0]) * (c[3] - c[1]); regions += 1;
      h = (h * 31 + s) % 1000003;
    }
  }
  const ref = newFb();                                  // full redraw must agree
  for (let i = 0; i < scene.length; i++) scene[i].draw(ref, 0, 0, all);
  let diff = 0, lit = 0;
  for (let y = 0; y < FH; y++) for (let x = 0; x < FW; x++) { if (ref[y][x] !== fb[y][x]) diff += 1; if (fb[y][x] !== 0) lit += 1; }
  h = (h * 31 + regions * 64 + diff) % 1000003;
  h = (h * 31 + lit) % 1000003;
  const out = 'display-list frames=20 regions=' + regions + ' px=' + px + ' bytes=' + sent + ' lit=' + lit + ' diff=' + diff + ' counter=' + scene[2].n + ' sprite=' + scene[5].x + ',' + scene[5].y + ' ' + h;
  if (!checked) { checked = true; print(out); assertEqual(h, NODE_SUM); }
  return h;
}

vmExport(0, run);
