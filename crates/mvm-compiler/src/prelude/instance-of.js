// `value instanceof T` where T is not written out (a parameter, a table of
// types), in a program that holds Array, Object or Uint8Array as a value:
// their values inherit no prototype of theirs here, so those three are
// asked as `instanceof Array` written out is.
globalThis.$mvmInstanceOf = function instanceOf(value, T) {
  if (T === Array) return Array.isArray(value);
  if (T === Object) return value instanceof Object;
  if (T === Uint8Array) return value instanceof Uint8Array;
  return value instanceof T;
};
