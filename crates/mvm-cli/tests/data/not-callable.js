// A call of a value that is not a function, uncaught: the CLI names the
// callee from the source map, as a caught error's message does.
const handlers = { run: 1 };
function dispatch() {
  handlers.run();
}
vmExport(0, dispatch);
