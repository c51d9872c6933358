// The program's `Reflect.ownKeys`: string keys, then symbols. (The
// library's own is the engine's, which gives the two apart.)
globalThis.$mvmReflectOwnKeys = function ownKeys(target) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Reflect.ownKeys called on non-object');
  }
  // (The engine's, asked for both in one array by `null`.)
  return Reflect.ownKeys(target, null);
};
