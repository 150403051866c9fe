/**
 * A UUID made from a name, the same every time: ids for the parts of an exported service that have
 * none of their own (schedules, areas, taxonomy terms, a sensitive venue's location), so that an
 * export of the same directory is the same file. Four 32-bit FNV-1a hashes with different offsets
 * make the 128 bits; the version nibble is 8 (RFC 9562 "custom"), the variant the RFC's. Not
 * cryptographic: it names, it hides nothing.
 *
 * @param name any text; callers prefix it with what it names (`schedule:<scheme>:MO:09:00`)
 * @returns a lowercase UUID string
 * @example nameUuid('theme:food') // 'xxxxxxxx-xxxx-8xxx-[89ab]xxx-xxxxxxxxxxxx', always the same
 */
export function nameUuid(name: string): string {
  const bytes = new TextEncoder().encode(name)
  const words = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x6c8e9cf5].map((offset) => {
    let hash = offset
    for (const byte of bytes) {
      hash ^= byte
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    // One more round of mixing so that names differing in their last byte differ everywhere.
    hash ^= hash >>> 15
    hash = Math.imul(hash, 0x2c1b3c6d) >>> 0
    hash ^= hash >>> 12
    return hash >>> 0
  })
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
