// Exact sign of the 2×2 determinant u2·v1 − u1·v2, ported from robust-predicates' `orient2d`
// (Shewchuk's adaptive predicate, JavaScript by Vladimir Agafonkin, public domain / Unlicense) for
// the case the point-in-polygon test uses: orient2d(u1, u2, v1, v2, 0, 0). With c = (0, 0) every
// "tail" of the adaptive stage is zero, so the exact result is the 4-term expansion B below.

const EPSILON = 1.1102230246251565e-16
const SPLITTER = 134217729
const CCW_ERROR_BOUND_A = (3 + 16 * EPSILON) * EPSILON

/**
 * The sign (−1, 0 or 1) of u2·v1 − u1·v2 computed exactly, matching the sign of robust-predicates'
 * `orient2d(u1, u2, v1, v2, 0, 0)`, which Turf's point-in-polygon test (point-in-polygon-hao) uses.
 *
 * @param u1 x of the first vector (degrees, relative to the query point)
 * @param u2 x of the second vector
 * @param v1 y of the first vector
 * @param v2 y of the second vector
 * @returns −1, 0 or 1
 * @example
 * crossSign(1, 0, 0, 1) // 0·0 − 1·1 → -1
 */
export function crossSign(u1: number, u2: number, v1: number, v2: number): number {
  const detLeft = u2 * v1
  const detRight = u1 * v2
  const det = detLeft - detRight
  if (detLeft === 0 || detRight === 0 || detLeft > 0 !== detRight > 0) return Math.sign(det)
  const detSum = Math.abs(detLeft + detRight)
  if (Math.abs(det) >= CCW_ERROR_BOUND_A * detSum) return Math.sign(det)
  const sign = Math.sign(exactDifference(u1, v2, u2, v1))
  return sign === 0 ? 0 : -sign
}

/** a·b − c·d as the sum of an exact, non-overlapping 4-term expansion (Two_Two_Diff). */
function exactDifference(a: number, b: number, c: number, d: number): number {
  const s1 = a * b
  let split = SPLITTER * a
  let aHi = split - (split - a)
  let aLo = a - aHi
  split = SPLITTER * b
  let bHi = split - (split - b)
  let bLo = b - bHi
  const s0 = aLo * bLo - (s1 - aHi * bHi - aLo * bHi - aHi * bLo)
  const t1 = c * d
  split = SPLITTER * c
  aHi = split - (split - c)
  aLo = c - aHi
  split = SPLITTER * d
  bHi = split - (split - d)
  bLo = d - bHi
  const t0 = aLo * bLo - (t1 - aHi * bHi - aLo * bHi - aHi * bLo)
  let i = s0 - t0
  let virtual = s0 - i
  const b0 = s0 - (i + virtual) + (virtual - t0)
  const j = s1 + i
  virtual = j - s1
  const zero = s1 - (j - virtual) + (i - virtual)
  i = zero - t1
  virtual = zero - i
  const b1 = zero - (i + virtual) + (virtual - t1)
  const u3 = j + i
  virtual = u3 - j
  const b2 = j - (u3 - virtual) + (i - virtual)
  // estimate(): the components are non-overlapping and increasing, so the float sum has the sign
  // of the exact value (and is zero only when it is).
  return b0 + b1 + b2 + u3
}
