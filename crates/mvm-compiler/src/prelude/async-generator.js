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
    let step;
    try {
      step = this.#generator[mode](value);
    } catch (error) {
      return this.#settle(false, error, true);
    }
    const awaiting = step.value instanceof $mvmAwaitBox;
    Promise.resolve(awaiting ? step.value.value : step.value).then(
      (settled) => (awaiting ? this.#resume('next', settled) : this.#settle(true, settled, step.done)),
      (error) => this.#resume('throw', error),
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
