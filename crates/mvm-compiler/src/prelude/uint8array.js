// `Uint8Array`: the engine's byte array (`Microvium.newUint8Array`, at
// most 4095 bytes), made from a length or from the numbers of an array or
// another byte array. Its elements and `length` are the engine's;
// `instanceof Uint8Array` asks `$isInstance`.
globalThis.$mvmUint8Array = class Uint8Array {
  constructor(source, byteOffset, length) {
    // A buffer's bytes from an offset (a byte array is its own buffer):
    // copied, as a whole buffer is.
    if (byteOffset !== undefined && $mvmUint8Array_$isInstance(source)) {
      const start = Math.trunc(byteOffset) || 0;
      const end = length === undefined ? source.length : start + (Math.trunc(length) || 0);
      if (!(start >= 0 && start <= source.length)) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
      if (!(end >= start && end <= source.length)) throw new RangeError(`Invalid typed array length: ${length}`);
      const bytes = new $mvmUint8Array(end - start);
      for (let i = 0; i < bytes.length; i++) bytes[i] = source[start + i];
      return bytes;
    }
    if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
      // A length as JavaScript takes one: `n / 2` is whole, NaN is 0.
      const length = Math.trunc(+source) || 0;
      if (length < 0) throw new RangeError('Invalid typed array length: ' + source);
      return Microvium.newUint8Array(length);
    }
    // (A Set, a generator or an iterator gives its items.)
    if (typeof source.length !== 'number') source = [...source];
    const bytes = new $mvmUint8Array(source.length);
    for (let i = 0; i < bytes.length; i++) bytes[i] = source[i];
    return bytes;
  }
};
globalThis.$mvmUint8Array_from = function from(source, map) {
  if (source === undefined || source === null) {
    // (V8's words, which name null by its type.)
    throw new TypeError((source === null ? 'object null' : 'undefined') + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  }
  if (typeof source.length !== 'number') source = [...source];
  const bytes = new $mvmUint8Array(source.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = map === undefined ? source[i] : map(source[i], i);
  return bytes;
};
globalThis.$mvmUint8Array_of = function of(...items) {
  return new $mvmUint8Array(items);
};
globalThis.$mvmUint8Array_BYTES_PER_ELEMENT = 1;
globalThis.$mvmUint8Array_$isInstance = function isInstance(value) {
  return Microvium.typeCodeOf(value) === Microvium.typeCodeOf(Microvium.newUint8Array(0));
};
