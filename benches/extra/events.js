// An event bus: handlers registered per event name, each dispatch calls
// every handler with a payload object.
function makeBus() {
  const handlers = {};
  return {
    on: function (name, fn) {
      let list = handlers[name];
      if (list === undefined) { list = []; handlers[name] = list; }
      list.push(fn);
    },
    emit: function (name, payload) {
      const list = handlers[name];
      if (list === undefined) return 0;
      let n = 0;
      for (let i = 0; i < list.length; i++) { list[i](payload); n++; }
      return n;
    }
  };
}
let checked = false;
function run() {
  const bus = makeBus();
  let total = 0, count = 0;
  bus.on('tick', function (p) { total += p.value; });
  bus.on('tick', function (p) { count++; });
  bus.on('reset', function (p) { total = 0; });
  for (let i = 0; i < 200; i++) {
    bus.emit('tick', { value: i, source: 'timer' });
    if (i % 50 === 49) bus.emit('reset', {});
  }
  const r = total + count;
  if (!checked) { checked = true; print('events ' + r); }
  return r;
}
vmExport(0, run);
