// `String(value)` converts; `String.fromCharCode` makes text of UTF-16
// code units (the compiler maps `String.NAME` to `$mvmString_NAME`).
globalThis.$mvmString = function String(...args) {
  return args.length === 0 ? '' : `${args[0]}`;
};
globalThis.$mvmString_fromCharCode = $mvmFromCharCode;
