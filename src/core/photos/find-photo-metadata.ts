import { listJpegSegments } from './list-jpeg-segments'

// Segments a canvas-encoded JPEG may carry: the JFIF header, a colour profile, Adobe's colour
// transform flag. None holds where, when or by whom a photo was taken.
const ALLOWED_APP_SEGMENTS = new Map<number, readonly string[]>([
  [0xe0, ['JFIF', 'JFXX']],
  [0xe2, ['ICC_PROFILE']],
  [0xee, ['Adobe']],
])
const EXIF_SIGNATURE = 'Exif\0\0'
const XMP_NAMESPACE = 'http://ns.adobe.com/xap/1.0/'

/**
 * What metadata a JPEG still carries, in words: every APPn segment other than JFIF, an ICC colour
 * profile or Adobe's flag (Exif, with the GPS position a phone records, and XMP in APP1; IPTC in
 * APP13; FlashPix in APP2 …), every comment (COM), and an Exif or XMP signature anywhere in the
 * file (e.g. hidden after the end of the image). The database's `private.photo_problem` applies
 * the same rules; this is the test oracle and the app's last check before an upload.
 *
 * @param bytes - the whole file
 * @returns one sentence per finding; empty when the photo is clean
 * @example findPhotoMetadata(phonePhoto) // ['Exif metadata (APP1), which can hold where the photo was taken']
 */
export function findPhotoMetadata(bytes: Uint8Array): string[] {
  let segments
  try {
    segments = listJpegSegments(bytes)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  const findings = segments.flatMap(({ marker, name }) => {
    if (marker === 0xfe) return ['a comment (COM)']
    if (marker < 0xe0 || marker > 0xef) return []
    if (ALLOWED_APP_SEGMENTS.get(marker)?.includes(name)) return []
    return [describeAppSegment(marker, name)]
  })
  const text = latin1(bytes)
  if (text.includes(EXIF_SIGNATURE) && !findings.some((f) => f.startsWith('Exif'))) {
    findings.push('an Exif signature outside the header')
  }
  if (text.includes(XMP_NAMESPACE) && !findings.some((f) => f.startsWith('XMP'))) {
    findings.push('an XMP packet outside the header')
  }
  return findings
}

function describeAppSegment(marker: number, name: string): string {
  const app = `APP${marker - 0xe0}`
  if (marker === 0xe1 && name === 'Exif') {
    return `Exif metadata (${app}), which can hold where the photo was taken`
  }
  if (marker === 0xe1 && name.startsWith('http://ns.adobe.com/xap/')) return `XMP metadata (${app})`
  if (marker === 0xed) return `IPTC metadata (${app})`
  return `an ${app} segment${name ? ` “${name}”` : ''}`
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes)
}
