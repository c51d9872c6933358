function makeCounter(start) {
  var count = start;
  return {
    inc: function () { return ++count; },
    dec: function () { return --count; },
    get: function () { return count; }
  };
}
var c1 = makeCounter(0);
var c2 = makeCounter(8190);
print(c1.inc());
print(c1.inc());
print(c2.inc());
print(c2.inc());
print(c2.inc());
print(c1.dec());
var c3 = makeCounter(2147483646);
c3.inc();
c3.inc();
print(c3.get());
vmExport(0, function () {
  print(c1.get());
  print(c1.inc());
  print(c2.get());
  print(c2.inc());
  print(c3.inc());
  print(c3.dec());
  print(c3.dec());
  var c4 = makeCounter(-8191);
  c4.dec();
  c4.dec();
  print(c4.get());
  for (var i = 0; i < 1000; i++) c1.inc();
  print(c1.get());
  var both = [makeCounter(1), makeCounter(100)];
  both[0].inc();
  both[1].dec();
  print(both[0].get() + both[1].get());
});
