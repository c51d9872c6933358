// Particle simulation with classes and floats: gravity, drag, wall bounces with damping, pairwise-free integration.
class Vec2 {
  constructor(x, y) { this.x = x; this.y = y; }
  addScaled(v, s) { this.x += v.x * s; this.y += v.y * s; }
}
class Particle {
  constructor(i) {
    this.pos = new Vec2(1 + (i % 5) * 1.7, 2 + (i % 3) * 2.25);
    this.vel = new Vec2(((i * 7) % 11) * 0.3 - 1.5, ((i * 5) % 9) * 0.25);
    this.bounces = 0;
  }
  step(dt, gravity) {
    this.vel.y -= gravity * dt;
    this.vel.x *= 0.999;
    this.vel.y *= 0.999;
    this.pos.addScaled(this.vel, dt);
    if (this.pos.y < 0) { this.pos.y = -this.pos.y; this.vel.y = -this.vel.y * 0.8; this.bounces++; }
    if (this.pos.x < 0) { this.pos.x = -this.pos.x; this.vel.x = -this.vel.x * 0.9; this.bounces++; }
    else if (this.pos.x > 10) { this.pos.x = 20 - this.pos.x; this.vel.x = -this.vel.x * 0.9; this.bounces++; }
  }
  energy(gravity) { return 0.5 * (this.vel.x * this.vel.x + this.vel.y * this.vel.y) + gravity * this.pos.y; }
}
let checked = false;
function run() {
  const ps = [];
  for (let i = 0; i < 16; i++) ps.push(new Particle(i));
  const dt = 0.02, g = 9.81;
  for (let s = 0; s < 60; s++) {
    for (let i = 0; i < ps.length; i++) ps[i].step(dt, g);
  }
  let e = 0, b = 0, cx = 0;
  for (let i = 0; i < ps.length; i++) { e += ps[i].energy(g); b += ps[i].bounces; cx += ps[i].pos.x; }
  const result = ((e * 1000) | 0) + b * 7 + ((cx * 100) | 0);
  if (!checked) { checked = true; print('particles ' + ((e * 1000) | 0) + ' ' + b + ' ' + ((cx * 100) | 0) + ' ' + result); }
  return result;
}
vmExport(0, run);
