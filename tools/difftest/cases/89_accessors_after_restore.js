// Accessors made at build time, used on the device after restore.
class Box { constructor() { this.v = 1; } set value(x) { this.v = x * 10; } get value() { return this.v; } }
const proto = { set level(x) { this.stored = 'L' + x; } };
vmExport(0, function () {
  const b = new Box();
  b.value = 4;
  const c = Object.create(proto);
  c.level = 3;
  console.log(b.value, b.v, c.stored, Object.keys(c).join());
});
