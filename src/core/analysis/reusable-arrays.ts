/**
 * Typed arrays kept from one analysis to the next. A new array of a few hundred kB is not free:
 * its memory comes fresh from the system, which maps and zeroes each page on first touch, and at
 * 100,000 assets that costs about as much as the pass that fills it. Each named slot grows to the
 * largest length asked of it and hands out a view of the length asked.
 *
 * An array handed out is valid until the same slot is asked for again; nothing an analysis
 * returns may be one of them. Contents are whatever the last user left, unless asked zeroed.
 *
 * @example
 * const arrays = new ReusableArrays()
 * const cells = arrays.int32('keyCells', assets.lng.length)
 */
export class ReusableArrays {
  private readonly int32Slots = new Map<string, Int32Array>()
  private readonly uint8Slots = new Map<string, Uint8Array>()
  private readonly float64Slots = new Map<string, Float64Array>()

  /** An Int32Array of `length` entries, contents unspecified. */
  int32(slot: string, length: number): Int32Array {
    return take(this.int32Slots, slot, length, (size) => new Int32Array(size))
  }

  /** An Int32Array of `length` zeros. */
  zeroedInt32(slot: string, length: number): Int32Array {
    return this.int32(slot, length).fill(0)
  }

  /** A Uint8Array of `length` zeros. */
  zeroedUint8(slot: string, length: number): Uint8Array {
    return take(this.uint8Slots, slot, length, (size) => new Uint8Array(size)).fill(0)
  }

  /** A Float64Array of `length` entries, contents unspecified. */
  float64(slot: string, length: number): Float64Array {
    return take(this.float64Slots, slot, length, (size) => new Float64Array(size))
  }
}

function take<T extends Int32Array | Uint8Array | Float64Array>(
  slots: Map<string, T>,
  slot: string,
  length: number,
  create: (size: number) => T,
): T {
  let array = slots.get(slot)
  if (array === undefined || array.length < length) {
    array = create(length)
    slots.set(slot, array)
  }
  return (array.length === length ? array : array.subarray(0, length)) as T
}
