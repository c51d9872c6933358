// DataView over a byte array (a Uint8Array is its own buffer here, and an
// ArrayBuffer is a byte array), reading and writing integers and floats of
// either byte order in place, for binary protocols.
globalThis.ArrayBuffer = function ArrayBuffer(length) {
  if (Math.trunc(+length) < 0) throw new RangeError('Invalid array buffer length');
  return new Uint8Array(length);
};
// `value instanceof ArrayBuffer`: a byte array (so a Uint8Array too,
// being its own buffer).
ArrayBuffer.$isInstance = function isInstance(value) {
  return Microvium.typeCodeOf(value) === Microvium.typeCodeOf(Microvium.newUint8Array(0));
};
// section: .isView
// (A byte array is its own buffer and a view of it.)
ArrayBuffer.isView = function isView(value) {
  return value instanceof DataView || Microvium.typeCodeOf(value) === Microvium.typeCodeOf(Microvium.newUint8Array(0));
};
// end: .isView
// The float's bits, as [high 32, low 32] for 64 bits or one number for
// 32: sign, biased exponent and fraction, subnormals included.
function $mvmFloatBits(value, wide) {
  const fractionBits = wide ? 52 : 23;
  const bias = wide ? 1023 : 127;
  const top = wide ? 0x7ff : 0xff;
  if (!wide) value = Math.fround(value);
  let sign = value < 0 || (value === 0 && 1 / value < 0) ? 1 : 0;
  let exponent;
  let fraction;
  if (value !== value) {
    sign = 0;
    exponent = top;
    fraction = 2 ** (fractionBits - 1);
  } else {
    const v = sign ? -value : value;
    if (v === Infinity) {
      exponent = top;
      fraction = 0;
    } else if (v === 0) {
      exponent = 0;
      fraction = 0;
    } else {
      let e = Math.floor(Math.log2(v));
      if (2 ** e > v) e--;
      if (2 ** (e + 1) <= v) e++;
      if (e < 1 - bias) {
        exponent = 0;
        fraction = v / 2 ** (1 - bias - fractionBits);
      } else {
        exponent = e + bias;
        fraction = (v / 2 ** e - 1) * 2 ** fractionBits;
      }
    }
  }
  if (!wide) return ((sign << 31) | (exponent << 23) | fraction) >>> 0;
  const high = Math.floor(fraction / 4294967296);
  return [((sign << 31) | (exponent << 20) | high) >>> 0, fraction - high * 4294967296];
}
// The float whose bits are `high` (and `low`, for 64 bits).
function $mvmFloatOf(high, low, wide) {
  const fractionBits = wide ? 52 : 23;
  const bias = wide ? 1023 : 127;
  const top = wide ? 0x7ff : 0xff;
  const sign = high >>> 31 ? -1 : 1;
  const exponent = wide ? (high >>> 20) & 0x7ff : (high >>> 23) & 0xff;
  const fraction = wide ? (high & 0xfffff) * 4294967296 + low : high & 0x7fffff;
  if (exponent === top) return fraction ? NaN : sign * Infinity;
  if (exponent === 0) return sign * fraction * 2 ** (1 - bias - fractionBits);
  return sign * (1 + fraction / 2 ** fractionBits) * 2 ** (exponent - bias);
}
globalThis.DataView = class DataView {
  #bytes;
  #offset;
  #length;
  constructor(buffer, byteOffset, byteLength) {
    if (Microvium.typeCodeOf(buffer) !== Microvium.typeCodeOf(Microvium.newUint8Array(0))) {
      throw new TypeError('First argument to DataView constructor must be an ArrayBuffer');
    }
    const offset = byteOffset === undefined ? 0 : Math.trunc(byteOffset);
    const length = byteLength === undefined ? buffer.length - offset : Math.trunc(byteLength);
    if (!(offset >= 0 && offset <= buffer.length)) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
    if (!(length >= 0 && offset + length <= buffer.length)) throw new RangeError(`Invalid DataView length ${byteLength}`);
    this.#bytes = buffer;
    this.#offset = offset;
    this.#length = length;
  }
  get buffer() {
    return this.#bytes;
  }
  get byteOffset() {
    return this.#offset;
  }
  get byteLength() {
    return this.#length;
  }
  // The offset `at` gives for `size` bytes, checked. (An offset left
  // out, or NaN, is 0.)
  $mvmAt(at, size) {
    // (An int32, the usual offset, is one already.)
    if (at !== (at | 0)) at = Math.trunc(at) || 0;
    if (!(at >= 0 && at + size <= this.#length)) throw new RangeError('Offset is outside the bounds of the DataView');
    return at;
  }
  // The unsigned value of `size` bytes at `at`, in the order asked.
  // (One, two or four bytes, combined by shifts: a loop over them took
  // twice the time of the call.)
  $mvmRead(at, size, little) {
    at = this.$mvmAt(at, size) + this.#offset;
    const bytes = this.#bytes;
    if (size === 1) return bytes[at];
    if (size === 2) return little ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
    const b0 = bytes[at];
    const b1 = bytes[at + 1];
    const b2 = bytes[at + 2];
    const b3 = bytes[at + 3];
    return (little ? (b3 << 24) | (b2 << 16) | (b1 << 8) | b0 : (b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
  }
  // `value` an unsigned integer of `size` bytes.
  $mvmWrite(at, size, little, value) {
    at = this.$mvmAt(at, size) + this.#offset;
    const bytes = this.#bytes;
    for (let i = 0; i < size; i++) {
      bytes[at + (little ? i : size - 1 - i)] = value & 0xff;
      value = value >>> 8;
    }
  }
  getUint8(at) {
    return this.$mvmRead(at, 1, false);
  }
  getInt8(at) {
    return (this.$mvmRead(at, 1, false) << 24) >> 24;
  }
  getUint16(at, little) {
    return this.$mvmRead(at, 2, little);
  }
  getInt16(at, little) {
    return (this.$mvmRead(at, 2, little) << 16) >> 16;
  }
  getUint32(at, little) {
    return this.$mvmRead(at, 4, little);
  }
  getInt32(at, little) {
    return this.$mvmRead(at, 4, little) | 0;
  }
  getFloat32(at, little) {
    return $mvmFloatOf(this.$mvmRead(at, 4, little), 0, false);
  }
  getFloat64(at, little) {
    // (Two halves, from an offset converted and checked once for both.)
    at = this.$mvmAt(at, 8);
    const high = this.$mvmRead(little ? at + 4 : at, 4, little);
    const low = this.$mvmRead(little ? at : at + 4, 4, little);
    return $mvmFloatOf(high, low, true);
  }
  setUint8(at, value) {
    this.$mvmWrite(at, 1, false, (value & 0xff) >>> 0);
  }
  setInt8(at, value) {
    this.$mvmWrite(at, 1, false, (value & 0xff) >>> 0);
  }
  setUint16(at, value, little) {
    this.$mvmWrite(at, 2, little, (value & 0xffff) >>> 0);
  }
  setInt16(at, value, little) {
    this.$mvmWrite(at, 2, little, (value & 0xffff) >>> 0);
  }
  setUint32(at, value, little) {
    this.$mvmWrite(at, 4, little, value >>> 0);
  }
  setInt32(at, value, little) {
    this.$mvmWrite(at, 4, little, value >>> 0);
  }
  setFloat32(at, value, little) {
    this.$mvmWrite(at, 4, little, $mvmFloatBits(+value, false));
  }
  setFloat64(at, value, little) {
    const [high, low] = $mvmFloatBits(+value, true);
    at = this.$mvmAt(at, 8);
    this.$mvmWrite(little ? at + 4 : at, 4, little, high);
    this.$mvmWrite(little ? at : at + 4, 4, little, low);
  }
};
