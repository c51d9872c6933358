// `Promise.any`, a part of its own: its error brings the errors, which
// `Promise.resolve` and the rest should not.
globalThis.$mvmPromise_any = function any(items) {
  items = $mvmPromiseItems(items);
  return new Promise(function (resolve, reject) {
    const reasons = [];
    let waiting = items.length;
    const none = function () {
      const error = new Error('All promises were rejected');
      error.name = 'AggregateError';
      error.errors = reasons;
      reject(error);
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
