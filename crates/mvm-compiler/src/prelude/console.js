// `console.dir(value)` prints the value as `util.inspect` gives it, as
// `%O` does (a string quoted; its options are left out);
// `console.assert(ok, ...message)` writes
// "Assertion failed" to the error stream when `ok` is falsy.
globalThis.$mvmConsole_dir = function dir(value) {
  console.log('%O', value);
};
// `console` as a value (`const { log } = console`,
// `console.log.bind(console, '[net]')`): an object of its methods.
globalThis.$mvmConsole = {
  log: console.log,
  info: console.log,
  debug: console.log,
  error: console.error,
  warn: console.error,
  dir(value) {
    $mvmConsole_dir(value);
  },
  assert(ok, ...message) {
    $mvmConsole_assert(ok, ...message);
  },
};
globalThis.$mvmConsole_assert = function assert(ok, ...message) {
  if (ok) return;
  // (As Node: the first argument joins the text, a format string too.)
  if (message.length === 0) console.error('Assertion failed');
  else console.error('Assertion failed: ' + message[0], ...message.slice(1));
};
