// `Number(value)` converts. Plain functions carry no properties in mvm, so
// the compiler maps `Number.NAME` to the global `$mvmNumber_NAME`.
globalThis.$mvmNumber = function Number(...args) {
  return args.length === 0 ? 0 : +args[0];
};
globalThis.$mvmNumber_isFinite = function isFinite(value) {
  return typeof value === 'number' && value === value && value !== Infinity && value !== -Infinity;
};
globalThis.$mvmNumber_isInteger = function isInteger(value) {
  return $mvmNumber_isFinite(value) && value % 1 === 0;
};
globalThis.$mvmNumber_isSafeInteger = function isSafeInteger(value) {
  return $mvmNumber_isInteger(value) && value <= 9007199254740991 && value >= -9007199254740991;
};
globalThis.$mvmNumber_MAX_SAFE_INTEGER = 9007199254740991;
globalThis.$mvmNumber_MIN_SAFE_INTEGER = -9007199254740991;
globalThis.$mvmNumber_EPSILON = 2 ** -52;
globalThis.$mvmNumber_MAX_VALUE = 1.7976931348623157e308;
globalThis.$mvmNumber_MIN_VALUE = 5e-324;
globalThis.$mvmNumber_POSITIVE_INFINITY = Infinity;
globalThis.$mvmNumber_NEGATIVE_INFINITY = -Infinity;
globalThis.$mvmNumber_NaN = NaN;
globalThis.$mvmNumber_parseInt = parseInt;
globalThis.$mvmNumber_parseFloat = parseFloat;
