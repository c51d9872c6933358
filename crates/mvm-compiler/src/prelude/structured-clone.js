// structuredClone: a deep copy of arrays, plain objects (a class's
// instance becomes one, as the web's algorithm makes it), Maps, Sets,
// Dates and byte arrays, sharing what the value shares (cycles too);
// a function cannot be cloned.
globalThis.structuredClone = function structuredClone(value) {
  const seen = [];
  const copy = (v) => {
    if (typeof v === 'function') {
      const error = new Error(`${v} could not be cloned.`);
      error.name = 'DataCloneError';
      throw error;
    }
    if (v === null || typeof v !== 'object') return v;
    for (let i = 0; i < seen.length; i += 2) if (seen[i] === v) return seen[i + 1];
    let out;
    if (Array.isArray(v)) {
      out = [];
      seen.push(v, out);
      for (let i = 0; i < v.length; i++) out[i] = copy(v[i]);
    } else if (Microvium.typeCodeOf(v) === Microvium.typeCodeOf(Microvium.newUint8Array(0))) {
      out = Microvium.newUint8Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = v[i];
    } else if (typeof v.$mvmItems === 'function' && typeof v.add === 'function') {
      out = new v.constructor();
      seen.push(v, out);
      for (const item of v.$mvmItems()) out.add(copy(item));
    } else if (typeof v.$mvmItems === 'function' && typeof v.set === 'function') {
      out = new v.constructor();
      seen.push(v, out);
      for (const [key, item] of v.$mvmItems()) out.set(copy(key), copy(item));
    } else if (typeof v.getTime === 'function' && typeof v.toISOString === 'function') {
      out = new v.constructor(v.getTime());
    } else {
      out = {};
      seen.push(v, out);
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) out[keys[i]] = copy(v[keys[i]]);
    }
    return out;
  };
  return copy(value);
};
