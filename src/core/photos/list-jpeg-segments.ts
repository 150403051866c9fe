/** One marker segment of a JPEG's header (before the image data). */
export interface JpegSegment {
  /** The marker's second byte, e.g. 0xe1 for APP1, 0xc0 for SOF0, 0xda for SOS. */
  marker: number
  /** Where the marker (its 0xff) starts in the file. */
  offset: number
  /** The segment's length field: its payload plus these two bytes (0 for standalone markers). */
  length: number
  /**
   * For APPn segments, the zero-terminated name their payload starts with ("JFIF", "Exif",
   * "http://ns.adobe.com/xap/1.0/", "ICC_PROFILE", …); '' otherwise.
   */
  name: string
}

const SOS = 0xda
const EOI = 0xd9
const MAX_NAME = 40

/**
 * Lists a JPEG's marker segments from SOI up to and including SOS (start of scan), after which
 * comes the compressed image, not segments (JPEG, ITU-T T.81 Annex B). Metadata lives in these
 * segments: Exif and XMP in APP1, IPTC in APP13, comments in COM.
 *
 * @param bytes - the whole file
 * @returns the segments in file order, the first being SOI (0xd8)
 * @throws Error when the bytes are not a JPEG or a segment runs past the end
 * @example listJpegSegments(bytes).map((s) => s.marker) // [0xd8, 0xe0, 0xdb, 0xc0, 0xc4, 0xda]
 */
export function listJpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    throw new Error('This is not a JPEG file.')
  }
  const segments: JpegSegment[] = [{ marker: 0xd8, offset: 0, length: 0, name: '' }]
  let at = 2
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`The JPEG is damaged at byte ${at}.`)
    // Any number of 0xff fill bytes may come before a marker.
    let markerAt = at
    while (bytes[markerAt + 1] === 0xff) markerAt += 1
    const marker = bytes[markerAt + 1]
    if (marker === undefined) break
    if (marker === EOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      segments.push({ marker, offset: markerAt, length: 0, name: '' })
      if (marker === EOI) return segments
      at = markerAt + 2
      continue
    }
    const length = readUint16(bytes, markerAt + 2)
    if (length < 2 || markerAt + 2 + length > bytes.length) {
      throw new Error(`The JPEG's segment at byte ${markerAt} runs past the end of the file.`)
    }
    const isApp = marker >= 0xe0 && marker <= 0xef
    const name = isApp ? readName(bytes, markerAt + 4, markerAt + 2 + length) : ''
    segments.push({ marker, offset: markerAt, length, name })
    if (marker === SOS) return segments
    at = markerAt + 2 + length
  }
  throw new Error('The JPEG ends before its image data.')
}

function readUint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
}

function readName(bytes: Uint8Array, from: number, end: number): string {
  let name = ''
  for (let i = from; i < Math.min(end, from + MAX_NAME); i += 1) {
    const byte = bytes[i] ?? 0
    if (byte === 0) break
    name += String.fromCharCode(byte)
  }
  return name
}
