// Error classes. `name` and `message` are own properties because the
// engine converts an object to a string as `name: message` from its own
// properties (it does not call `toString` methods). Runtime faults (calling
// a non-function, reading a property of undefined) throw plain
// `{ name, message }` objects, which print the same way.
function errorToString() {
  const name = this.name === undefined ? 'Error' : '' + this.name;
  const message = this.message === undefined ? '' : '' + this.message;
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}
globalThis.Error = class Error {
  constructor(message) {
    this.name = 'Error';
    this.message = message === undefined ? '' : '' + message;
  }
};
Error.prototype.toString = errorToString;
function errorSubclass(Class) {
  Class.prototype.__proto__ = Error.prototype;
  return Class;
}
globalThis.TypeError = errorSubclass(class TypeError {
  constructor(message) {
    this.name = 'TypeError';
    this.message = message === undefined ? '' : '' + message;
  }
});
globalThis.RangeError = errorSubclass(class RangeError {
  constructor(message) {
    this.name = 'RangeError';
    this.message = message === undefined ? '' : '' + message;
  }
});
globalThis.SyntaxError = errorSubclass(class SyntaxError {
  constructor(message) {
    this.name = 'SyntaxError';
    this.message = message === undefined ? '' : '' + message;
  }
});
