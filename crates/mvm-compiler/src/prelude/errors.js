// Error classes. `name` and `message` are own properties because the
// engine converts an object to a string as `name: message` from its own
// properties (it does not call `toString` methods). Runtime faults (calling
// a non-function, reading a property of undefined) throw `{ name, message }`
// objects that inherit from `TypeError.prototype`, which the export at the
// end keeps for the engine (ID `mvm_runtime::TYPE_ERROR_PROTOTYPE_EXPORT`).
function $mvmInitError(error, name, message) {
  error.name = name;
  error.message = message === undefined ? '' : `${message}`;
}
function errorToString() {
  const name = this.name === undefined ? 'Error' : `${this.name}`;
  const message = this.message === undefined ? '' : `${this.message}`;
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}
globalThis.Error = class Error {
  constructor(message) {
    $mvmInitError(this, 'Error', message);
  }
};
Error.prototype.toString = errorToString;
function errorSubclass(Class) {
  Class.prototype.__proto__ = Error.prototype;
  return Class;
}
globalThis.TypeError = errorSubclass(class TypeError {
  constructor(message) {
    $mvmInitError(this, 'TypeError', message);
  }
});
globalThis.RangeError = errorSubclass(class RangeError {
  constructor(message) {
    $mvmInitError(this, 'RangeError', message);
  }
});
globalThis.SyntaxError = errorSubclass(class SyntaxError {
  constructor(message) {
    $mvmInitError(this, 'SyntaxError', message);
  }
});
vmExport(0xFFFC, TypeError.prototype);
vmExport(0xFFF8, RangeError.prototype);
