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
globalThis.Error = class Error {
  constructor(message, options) {
    $mvmInitError(this, 'Error', message, options);
  }
};
Error.prototype.toString = errorToString;
function errorSubclass(Class) {
  Class.prototype.__proto__ = Error.prototype;
  return Class;
}
globalThis.TypeError = errorSubclass(class TypeError {
  constructor(message, options) {
    $mvmInitError(this, 'TypeError', message, options);
  }
});
globalThis.RangeError = errorSubclass(class RangeError {
  constructor(message, options) {
    $mvmInitError(this, 'RangeError', message, options);
  }
});
globalThis.SyntaxError = errorSubclass(class SyntaxError {
  constructor(message, options) {
    $mvmInitError(this, 'SyntaxError', message, options);
  }
});
globalThis.ReferenceError = errorSubclass(class ReferenceError {
  constructor(message, options) {
    $mvmInitError(this, 'ReferenceError', message, options);
  }
});
vmExport(0xFFFC, TypeError.prototype);
vmExport(0xFFF8, RangeError.prototype);
