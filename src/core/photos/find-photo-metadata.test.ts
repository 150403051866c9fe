import exifr from 'exifr'
import { describe, expect, it } from 'vitest'
import { findPhotoMetadata } from './find-photo-metadata'
import { listJpegSegments } from './list-jpeg-segments'
import {
  buildTestJpeg,
  exifGpsSegment,
  insertAfterSoi,
  jpegSegment,
  xmpSegment,
} from './testing/build-test-jpeg'

// A front door in Chelmsford: where a phone photo taken at home says it was taken.
const HOME: [number, number] = [0.469123, 51.735612]

describe('findPhotoMetadata', () => {
  it('finds the Exif segment of a photo that carries a GPS position', async () => {
    const photo = buildTestJpeg({ widthPx: 40, heightPx: 30, segments: [exifGpsSegment(HOME)] })
    // The oracle: an independent Exif reader finds the position in the bytes made here.
    const gps = await exifr.gps(photo)
    expect(gps?.latitude).toBeCloseTo(HOME[1], 5)
    expect(gps?.longitude).toBeCloseTo(HOME[0], 5)
    expect(findPhotoMetadata(photo)).toEqual([
      'Exif metadata (APP1), which can hold where the photo was taken',
    ])
  })

  it('finds an XMP packet', () => {
    const photo = buildTestJpeg({ widthPx: 4, heightPx: 4, segments: [xmpSegment()] })
    expect(findPhotoMetadata(photo)).toEqual(['XMP metadata (APP1)'])
  })

  it('finds IPTC (APP13) and comments', () => {
    const iptc = jpegSegment(
      0xed,
      Uint8Array.from('Photoshop 3.0\0', (c) => c.charCodeAt(0)),
    )
    const comment = jpegSegment(0xfe, Uint8Array.of(72, 105))
    const photo = buildTestJpeg({ widthPx: 4, heightPx: 4, segments: [iptc, comment] })
    expect(findPhotoMetadata(photo)).toEqual(['IPTC metadata (APP13)', 'a comment (COM)'])
  })

  it('finds Exif hidden after the end of the image', () => {
    const clean = buildTestJpeg({ widthPx: 4, heightPx: 4 })
    const exif = exifGpsSegment(HOME)
    const photo = new Uint8Array(clean.length + exif.length)
    photo.set(clean)
    photo.set(exif, clean.length)
    expect(findPhotoMetadata(photo)).toEqual(['an Exif signature outside the header'])
  })

  it('passes a photo with only a JFIF header and a colour profile', () => {
    const icc = jpegSegment(
      0xe2,
      Uint8Array.from('ICC_PROFILE\0\x01\x01', (c) => c.charCodeAt(0)),
    )
    const photo = buildTestJpeg({ widthPx: 1600, heightPx: 1200, segments: [icc] })
    expect(findPhotoMetadata(photo)).toEqual([])
  })

  it('says a file that is not a JPEG is not one', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    expect(findPhotoMetadata(png)).toEqual(['This is not a JPEG file.'])
  })
})

describe('listJpegSegments', () => {
  it('lists the header segments up to the start of the scan, with APP names', () => {
    const photo = insertAfterSoi(buildTestJpeg({ widthPx: 8, heightPx: 8 }), exifGpsSegment(HOME))
    const segments = listJpegSegments(photo)
    expect(segments.map((s) => [s.marker, s.name])).toEqual([
      [0xd8, ''],
      [0xe1, 'Exif'],
      [0xe0, 'JFIF'],
      [0xdb, ''],
      [0xc0, ''],
      [0xc4, ''],
      [0xda, ''],
    ])
  })

  it('refuses a segment that runs past the end of the file', () => {
    const photo = buildTestJpeg({ widthPx: 8, heightPx: 8 }).subarray(0, 30)
    expect(() => listJpegSegments(photo)).toThrow('runs past the end')
  })
})
