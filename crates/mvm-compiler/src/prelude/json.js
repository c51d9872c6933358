// `JSON.parse` and `JSON.stringify` around the engine's own (in the json
// feature), for what calls back into the script: a reviver, a replacer,
// `toJSON` methods, getters; and a parse error as a SyntaxError.
// Plain data costs one call into the engine, as before.
globalThis.$mvmJSON_parse = function parse(text, reviver) {
  let value;
  text = `${text}`;
  try {
    value = $mvmJsonParse(text);
  } catch (fault) {
    // (Nesting past the engine's depth is a RangeError, thrown as is.)
    if (typeof fault !== 'string') throw fault;
    throw new SyntaxError($mvmJsonParseMessage(text, fault));
  }
  return typeof reviver === 'function' ? $mvmJsonRevive({ '': value }, '', reviver) : value;
};
// V8's message for a parse that failed, from the engine's `"KIND
// POSITION"` (`JsonFault` in json.rs).
function $mvmJsonParseMessage(text, fault) {
  const space = fault.indexOf(' ');
  const kind = +fault.slice(0, space);
  const at = +fault.slice(space + 1);
  const where = ' in JSON at position ' + at;
  switch (kind) {
    case 0: {
      if (at >= text.length) return 'Unexpected end of JSON input';
      if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '[object Object]') {
        return `"${text}" is not valid JSON`;
      }
      const c = text[at];
      if (c >= '0' && c <= '9') return 'Unexpected number' + where;
      // Short text whole, longer text as ten characters on each side.
      let context = `"${text}"`;
      if (text.length > 21) {
        const from = at < 10 ? 0 : at - 10;
        const to = at + 10 < text.length ? at + 10 : text.length;
        context = (from > 0 ? '..."' : '"') + text.slice(from, to) + (to < text.length ? '"...' : '"');
      }
      return `Unexpected token '${c}', ${context} is not valid JSON`;
    }
    case 13: return 'Unexpected non-whitespace character after JSON at position ' + at;
    // The others say what was expected or wrong, and where.
    default: return $mvmJsonFaults[kind - 1] + where;
  }
}
// Kinds 1 to 12 (`JsonFault` in json.rs), in order.
const $mvmJsonFaults = [
  "Expected property name or '}'",
  "Expected ':' after property name",
  "Expected ',' or '}' after property value",
  "Expected ',' or ']' after array element",
  'Expected double-quoted property name',
  'Unterminated string',
  'Bad control character in string literal',
  'Bad escaped character',
  'Bad Unicode escape',
  'No number after minus sign',
  'Unterminated fractional number',
  'Exponent part is missing a number',
];
// The keys JSON visits: an array's indices, an object's own keys.
function $mvmJsonKeys(value) {
  if (!$mvmIsArray(value)) return Reflect.ownKeys(value);
  const keys = [];
  for (let i = 0; i < value.length; i++) keys.push(`${i}`);
  return keys;
}
// The reviver on each value, innermost first (what it returns replaces the
// value; `undefined` deletes it).
function $mvmJsonRevive(holder, key, reviver) {
  const value = holder[key];
  if (value !== null && typeof value === 'object') {
    const keys = $mvmJsonKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const revived = $mvmJsonRevive(value, k, reviver);
      if (revived === undefined) delete value[k];
      else value[k] = revived;
    }
  }
  return reviver.call(holder, `${key}`, value);
}
globalThis.$mvmJSON_stringify = function stringify(value, replacer, space) {
  const filter = typeof replacer === 'function' ? replacer : undefined;
  let keys;
  if ($mvmIsArray(replacer)) {
    keys = [];
    for (let i = 0; i < replacer.length; i++) {
      const k = replacer[i];
      if (typeof k === 'string' || typeof k === 'number') keys.push(`${k}`);
    }
  }
  // The engine writes plain data itself, and gives `false` when it meets
  // a `toJSON` method or a getter: the value is made plain first then.
  if (filter === undefined && keys === undefined) {
    const text = $mvmJsonStringify(value, undefined, space);
    if (text !== false) return text;
  }
  return $mvmJsonStringify($mvmJsonPlain({ '': value }, '', filter, keys, []), undefined, space);
};
// `holder[key]` as JSON.stringify sees it: after `toJSON` and the
// replacer, objects rebuilt with the kept keys' values (getters read).
// `ancestors`: the objects it is inside, to tell a cycle.
function $mvmJsonPlain(holder, key, filter, keys, ancestors) {
  let value = holder[key];
  if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    value = value.toJSON(key);
  }
  if (filter !== undefined) value = filter.call(holder, key, value);
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.includes(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.push(value);
  let out;
  if ($mvmIsArray(value)) {
    out = [];
    for (let i = 0; i < value.length; i++) {
      const item = $mvmJsonPlain(value, `${i}`, filter, keys, ancestors);
      out.push(item === undefined || typeof item === 'function' ? null : item);
    }
  } else {
    out = {};
    const names = keys === undefined ? Reflect.ownKeys(value) : keys;
    // section: defineProperty|defineProperties|create|cause|captureStackTrace
    // (Not those `Object.defineProperty` made non-enumerable: see object.js.)
    const hidden = $mvmOwnProperty(value, '#hidden', 2) ? value['#hidden'] : undefined;
    // end: defineProperty|defineProperties|create|cause|captureStackTrace
    for (let i = 0; i < names.length; i++) {
      const k = names[i];
      if (keys !== undefined && !(k in value)) continue;
      // section: defineProperty|defineProperties|create|cause|captureStackTrace
      if (keys === undefined && hidden !== undefined && hidden.indexOf(k) >= 0) continue;
      // end: defineProperty|defineProperties|create|cause|captureStackTrace
      const item = $mvmJsonPlain(value, k, filter, keys, ancestors);
      if (item !== undefined && typeof item !== 'function') out[k] = item;
    }
  }
  ancestors.pop();
  return out;
}
