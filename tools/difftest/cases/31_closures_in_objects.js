var registry = {};
function register(name, fn) { registry[name] = fn; }
var base = 10;
register("add", function (x) { return x + base; });
register("mul", x => x * base);
register("cat", function (x) { return "" + x + base; });
function this_id() { return 1000; }
var handlers = [];
for (let i = 0; i < 4; i++) {
  handlers[i] = { id: i, run: function (v) { return v * i + this_id(); }, tag: "h" + i };
}
print(registry.add(5));
print(registry["mul"](5));
print(registry.cat(5));
print(handlers[2].run(3));
var machine = {
  state: "idle",
  transitions: {
    idle: { go: "running" },
    running: { stop: "idle", pause: "paused" },
    paused: { go: "running", stop: "idle" }
  },
  send: function (ev) {
    var next = machine.transitions[machine.state][ev];
    if (next === undefined) return "ignored " + ev;
    machine.state = next;
    return machine.state;
  }
};
print(machine.send("go"));
print(machine.send("pause"));
print(machine.send("pause"));
vmExport(0, function () {
  base = 3;
  print(registry.add(5));
  print(registry.mul(5));
  print(registry.cat(5));
  var s = "";
  for (var i = 0; i < handlers.length; i++) s += handlers[i].tag + "=" + handlers[i].run(10) + " ";
  print(s);
  print(machine.send("go"));
  print(machine.send("stop"));
  print(machine.send("stop"));
  print(machine.state);
  var ops = [x => x + 1, x => x * 2, x => x - 3, x => x / 2];
  var v = 8190;
  for (var r = 0; r < 4; r++) for (var o = 0; o < ops.length; o++) v = ops[o](v);
  print(v);
  var obj = { f: { g: { h: () => "deep call" } } };
  print(obj.f.g.h());
  print(obj["f"]["g"]["h"]());
});
