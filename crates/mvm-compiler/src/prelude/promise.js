// `Promise`'s static functions. `Promise` itself is the engine's; the
// compiler maps `Promise.NAME` to the global `$mvmPromise_NAME`. Those
// that take a list take an array, or a Map or Set (their items), where
// JavaScript takes any iterable.
globalThis.$mvmPromise_resolve = function resolve(value) {
  if (value instanceof Promise) return value;
  return new Promise(function (resolve) {
    resolve(value);
  });
};
globalThis.$mvmPromise_reject = function reject(reason) {
  return new Promise(function (resolve, reject) {
    reject(reason);
  });
};
// The items of what a combinator takes, in an array: called inside the
// new promise's executor, so that what cannot be walked (undefined, an
// object) rejects it, as in JavaScript.
function $mvmPromiseItems(items) {
  const list = [];
  for (const item of items) list.push(item);
  return list;
}
globalThis.$mvmPromise_all = function all(items) {
  return new Promise(function (resolve, reject) {
    items = $mvmPromiseItems(items);
    const values = [];
    let waiting = items.length;
    if (waiting === 0) resolve(values);
    for (let i = 0; i < items.length; i++) {
      $mvmPromise_resolve(items[i]).then(function (value) {
        values[i] = value;
        if (--waiting === 0) resolve(values);
      }, reject);
    }
  });
};
globalThis.$mvmPromise_allSettled = function allSettled(items) {
  return new Promise(function (resolve) {
    items = $mvmPromiseItems(items);
    const outcomes = [];
    let waiting = items.length;
    if (waiting === 0) resolve(outcomes);
    for (let i = 0; i < items.length; i++) {
      $mvmPromise_resolve(items[i]).then(
        function (value) {
          outcomes[i] = { status: 'fulfilled', value: value };
          if (--waiting === 0) resolve(outcomes);
        },
        function (reason) {
          outcomes[i] = { status: 'rejected', reason: reason };
          if (--waiting === 0) resolve(outcomes);
        }
      );
    }
  });
};
globalThis.$mvmPromise_race = function race(items) {
  return new Promise(function (resolve, reject) {
    items = $mvmPromiseItems(items);
    for (let i = 0; i < items.length; i++) $mvmPromise_resolve(items[i]).then(resolve, reject);
  });
};
