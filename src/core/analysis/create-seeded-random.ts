/**
 * A small seeded pseudo-random generator (mulberry32, Tommy Ettinger's public-domain design): the
 * same seed gives the same sequence on every machine, so generated test and benchmark data repeat.
 *
 * @param seed any 32-bit integer
 * @returns a function giving numbers uniformly in [0, 1)
 * @example
 * const random = createSeededRandom(42)
 * random() // 0.6011037519201636, every time
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
