// Async generators. The compiler makes `async function*` a generator
// whose `await x` yields `$mvmAwaitMark(x)`; an AsyncGenerator drives it:
// each `next()`, `throw()` or `return()` is a request, answered in turn
// by a promise. A marked yield is awaited and the generator resumed with
// what it settles to (or thrown what it rejects with); any other yield,
// or the return, is awaited too (JavaScript's `yield await v`) and
// settles the request's promise.
class $mvmAwaitBox {
  constructor(value) {
    this.value = value;
  }
}
globalThis.$mvmAwaitMark = function (value) {
  return new $mvmAwaitBox(value);
};
globalThis.$mvmAsyncGenerator = class AsyncGenerator {
  #generator;
  #requests = [];
  constructor(state) {
    this.#generator = new $mvmGenerator(state);
  }
  next(value) {
    return this.#request('next', value);
  }
  throw(error) {
    return this.#request('throw', error);
  }
  return(value) {
    return this.#request('return', value);
  }
  ['#@@asyncIterator']() {
    return this;
  }
  // (As Symbol.toStringTag has it in JavaScript.)
  get ['#@@toStringTag']() {
    return 'AsyncGenerator';
  }
  toString() {
    return '[object AsyncGenerator]';
  }
  #request(mode, value) {
    return new Promise((resolve, reject) => {
      this.#requests.push({ mode, value, resolve, reject });
      if (this.#requests.length === 1) this.#resume(mode, value);
    });
  }
  #resume(mode, value) {
    // (A `return(value)` awaits the value first, as JavaScript's.)
    if (mode === 'return') {
      Promise.resolve(value).then(
        (settled) => this.#step('return', settled),
        (error) => this.#step('throw', error),
      );
      return;
    }
    this.#step(mode, value);
  }
  #step(mode, value) {
    let step;
    try {
      step = this.#generator[mode](value);
    } catch (error) {
      return this.#settle(false, error, true);
    }
    const awaiting = step.value instanceof $mvmAwaitBox;
    // (Its return settles at once: a value returned was awaited where the
    // body returned it, or where `return(value)` was asked.)
    if (step.done) return this.#settle(true, step.value, true);
    Promise.resolve(awaiting ? step.value.value : step.value).then(
      (settled) => (awaiting ? this.#step('next', settled) : this.#settle(true, settled, false)),
      (error) => this.#step('throw', error),
    );
  }
  #settle(fulfilled, value, done) {
    const request = this.#requests.shift();
    if (fulfilled) request.resolve({ value, done });
    else request.reject(value);
    const next = this.#requests[0];
    if (next !== undefined) this.#resume(next.mode, next.value);
  }
};
