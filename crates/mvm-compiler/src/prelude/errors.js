// Error classes. `name` and `message` are own properties because the
// engine converts an object to a string as `name: message` from its own
// properties (it does not call `toString` methods). Runtime faults (calling
// a non-function, reading a property of undefined) throw `{ name, message }`
// objects that inherit from `TypeError.prototype`, which the export at the
// end keeps for the engine (ID `mvm_runtime::TYPE_ERROR_PROTOTYPE_EXPORT`).
function $mvmInitError(error, name, message, options) {
  error.name = name;
  error.message = message === undefined ? '' : `${message}`;
  if (options !== null && typeof options === 'object' && 'cause' in options) {
    error.cause = options.cause;
  }
}
function errorToString() {
  const name = this.name === undefined ? 'Error' : `${this.name}`;
  const message = this.message === undefined ? '' : `${this.message}`;
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}
// Constructors rather than classes, as `Error('x')` without `new` makes
// an error too; each is also its own global (the names are `globalThis`'s).
function Error(message, options) {
  if (!(this instanceof Error)) return new Error(message, options);
  $mvmInitError(this, 'Error', message, options);
}
globalThis.Error = Error;
Error.prototype.toString = errorToString;
function TypeError(message, options) {
  if (!(this instanceof TypeError)) return new TypeError(message, options);
  $mvmInitError(this, 'TypeError', message, options);
}
globalThis.TypeError = TypeError;
function RangeError(message, options) {
  if (!(this instanceof RangeError)) return new RangeError(message, options);
  $mvmInitError(this, 'RangeError', message, options);
}
globalThis.RangeError = RangeError;
function SyntaxError(message, options) {
  if (!(this instanceof SyntaxError)) return new SyntaxError(message, options);
  $mvmInitError(this, 'SyntaxError', message, options);
}
globalThis.SyntaxError = SyntaxError;
function ReferenceError(message, options) {
  if (!(this instanceof ReferenceError)) return new ReferenceError(message, options);
  $mvmInitError(this, 'ReferenceError', message, options);
}
globalThis.ReferenceError = ReferenceError;
for (const Class of [TypeError, RangeError, SyntaxError, ReferenceError]) {
  Class.prototype.__proto__ = Error.prototype;
}
vmExport(0xFFFC, TypeError.prototype);
vmExport(0xFFF8, RangeError.prototype);
