// Error classes. As in JavaScript, an error's `name` is its prototype's
// (or its own, once assigned) and its `message` is its own but listed
// nowhere: `JSON.stringify(e)` is `{}`, `Object.keys(e)` is `[]`. The
// message is kept under the hidden key `#message`, which the prototype's
// `message` accessor reads and writes and the engine reads to print an
// error. Runtime faults (calling a non-function, reading a property of
// undefined) throw `{ name, message }` objects that inherit from
// `TypeError.prototype`, which the export at the end keeps for the engine
// (ID `mvm_runtime::TYPE_ERROR_PROTOTYPE_EXPORT`).
function $mvmInitError(error, message, options) {
  if (message !== undefined) error['#message'] = `${message}`;
  if (options !== null && typeof options === 'object' && 'cause' in options) {
    error.cause = options.cause;
    // (Own but not enumerable, as JavaScript's: listed as hidden, see
    // object.js.)
    error['#hidden'] = ['cause'];
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
  $mvmInitError(this, message, options);
}
globalThis.Error = Error;
Error.prototype.toString = errorToString;
Error.prototype.name = 'Error';
Error.prototype.message = $mvmMakeAccessor(
  function () {
    const message = this['#message'];
    return message === undefined ? '' : message;
  },
  // (An error given its message by its constructor keeps it unlisted;
  // otherwise, assigned, it is an own property a listing shows, as in
  // JavaScript.)
  function (message) {
    const proto = this.__proto__;
    if ('#message' in this && !(proto !== null && proto !== undefined && '#message' in proto)) {
      this['#message'] = message;
    } else {
      $mvmDefineOwn(this, 'message', message);
    }
  },
);
// section: .stack
// No frames are kept: an error's stack is its first line, `name:
// message`, as V8 writes it when `Error.stackTraceLimit` is 0 (V8's
// own text, whatever toString the program gives the error). (Only in a
// program that reads `.stack`.) One assigned is kept unlisted, as V8's.
Error.prototype.stack = $mvmMakeAccessor(
  function () {
    const stack = this['#stack'];
    return stack === undefined ? $mvmCallThis(errorToString, this) : stack;
  },
  function (stack) {
    this['#stack'] = stack;
  },
);
// end: .stack
// section: captureStackTrace
// Node's way to give an object a `stack` (custom errors call it in their
// constructor): its first line, as above, written when first read, as V8
// does (an ES5 constructor sets `name` and `message` after the call);
// unlisted.
Error.captureStackTrace = function captureStackTrace(target) {
  if (target === null || typeof target !== 'object') {
    throw new TypeError('Invalid argument');
  }
  const keep = function (stack) {
    $mvmDefineOwn(this, 'stack', stack);
  };
  $mvmDefineOwn(
    target,
    'stack',
    $mvmMakeAccessor(function () {
      const stack = $mvmCallThis(errorToString, this);
      $mvmCallThis(keep, this, stack);
      return stack;
    }, keep),
  );
  const hidden = $mvmOwnProperty(target, '#hidden', 2) ? target['#hidden'] : undefined;
  if (hidden === undefined) target['#hidden'] = ['stack'];
  else if (hidden.indexOf('stack') < 0) hidden.push('stack');
};
// end: captureStackTrace
// section: stackTraceLimit
// (V8's default, which code that checks for it reads; no frames are kept
// whatever it says.)
Error.stackTraceLimit = 10;
// end: stackTraceLimit
function TypeError(message, options) {
  if (!(this instanceof TypeError)) return new TypeError(message, options);
  $mvmInitError(this, message, options);
}
globalThis.TypeError = TypeError;
function RangeError(message, options) {
  if (!(this instanceof RangeError)) return new RangeError(message, options);
  $mvmInitError(this, message, options);
}
globalThis.RangeError = RangeError;
function SyntaxError(message, options) {
  if (!(this instanceof SyntaxError)) return new SyntaxError(message, options);
  $mvmInitError(this, message, options);
}
globalThis.SyntaxError = SyntaxError;
function ReferenceError(message, options) {
  if (!(this instanceof ReferenceError)) return new ReferenceError(message, options);
  $mvmInitError(this, message, options);
}
globalThis.ReferenceError = ReferenceError;
function URIError(message, options) {
  if (!(this instanceof URIError)) return new URIError(message, options);
  $mvmInitError(this, message, options);
}
globalThis.URIError = URIError;
// (The prototypes' keys are not enumerable, as JavaScript's: for..in
// over an error lists only what the program gave it.)
// (One list for the five, which `$mvmHide` copies before it changes.)
Error.prototype['#hidden'] = ['toString', 'name', 'message', 'stack'];
const $mvmErrorHidden = ['name'];
for (const Class of [TypeError, RangeError, SyntaxError, ReferenceError, URIError]) {
  Class.prototype.__proto__ = Error.prototype;
  Class.prototype['#hidden'] = $mvmErrorHidden;
}
TypeError.prototype.name = 'TypeError';
RangeError.prototype.name = 'RangeError';
SyntaxError.prototype.name = 'SyntaxError';
ReferenceError.prototype.name = 'ReferenceError';
URIError.prototype.name = 'URIError';
vmExport(0xFFFC, TypeError.prototype);
vmExport(0xFFF8, RangeError.prototype);
