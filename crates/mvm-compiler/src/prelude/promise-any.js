// `Promise.any` and its AggregateError, a part of their own: its error
// brings the errors, which `Promise.resolve` and the rest should not.
function AggregateError(errors, message, options) {
  if (!(this instanceof AggregateError)) return new AggregateError(errors, message, options);
  $mvmInitError(this, message, options);
  this['#errors'] = [...errors];
}
AggregateError.prototype.__proto__ = Error.prototype;
// (Its own in JavaScript but unlisted, as an error's message: kept under
// a hidden key, so that JSON and Object.keys leave it out.)
AggregateError.prototype.errors = $mvmMakeAccessor(
  function () {
    return this['#errors'];
  },
  function (errors) {
    this['#errors'] = errors;
  },
);
AggregateError.prototype.name = 'AggregateError';
globalThis.AggregateError = AggregateError;
globalThis.$mvmPromise_any = function any(items) {
  return new Promise(function (resolve, reject) {
    items = $mvmPromiseItems(items);
    const reasons = [];
    let waiting = items.length;
    const none = function () {
      reject(new AggregateError(reasons, 'All promises were rejected'));
    };
    if (waiting === 0) none();
    for (let i = 0; i < items.length; i++) {
      $mvmPromise_resolve(items[i]).then(resolve, function (reason) {
        reasons[i] = reason;
        if (--waiting === 0) none();
      });
    }
  });
};
