// JPEG bytes made in code for tests (never a downloaded photo): an Exif segment with a GPS
// position as a phone writes it, an XMP packet, and a JPEG's header structure around them. The
// structure is what metadata checks read; the image data is a stand-in, not decodable pixels.

/** A marker segment: 0xff, the marker, a two-byte length, the payload. */
export function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2
  return concat([Uint8Array.of(0xff, marker, length >> 8, length & 0xff), payload])
}

/**
 * An APP1 Exif segment whose GPS IFD holds the position (TIFF 6.0 little-endian; Exif 2.3 GPS
 * tags 1–4), as a phone writes where a photo was taken.
 */
export function exifGpsSegment(lngLat: readonly [number, number]): Uint8Array {
  const [lng, lat] = lngLat
  const tiff = new DataView(new ArrayBuffer(128))
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i += 1) tiff.setUint8(at + i, text.charCodeAt(i))
  }
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.setUint16(at, tag, true)
    tiff.setUint16(at + 2, type, true)
    tiff.setUint32(at + 4, count, true)
    tiff.setUint32(at + 8, value, true)
  }
  const degrees = (at: number, value: number) => {
    const abs = Math.abs(value)
    const whole = Math.floor(abs)
    const minutes = Math.floor((abs - whole) * 60)
    const seconds = Math.round(((abs - whole) * 60 - minutes) * 60 * 10_000)
    ;[whole, 1, minutes, 1, seconds, 10_000].forEach((n, i) => tiff.setUint32(at + i * 4, n, true))
  }
  ascii(0, 'II')
  tiff.setUint16(2, 42, true)
  tiff.setUint32(4, 8, true)
  // IFD0: one entry, the GPS IFD pointer (tag 0x8825) to offset 26.
  tiff.setUint16(8, 1, true)
  entry(10, 0x8825, 4, 1, 26)
  // GPS IFD: latitude ref and value, longitude ref and value (rationals at 80 and 104).
  tiff.setUint16(26, 4, true)
  entry(28, 0x0001, 2, 2, 0)
  ascii(36, lat >= 0 ? 'N' : 'S')
  entry(40, 0x0002, 5, 3, 80)
  entry(52, 0x0003, 2, 2, 0)
  ascii(60, lng >= 0 ? 'E' : 'W')
  entry(64, 0x0004, 5, 3, 104)
  degrees(80, lat)
  degrees(104, lng)
  return jpegSegment(0xe1, concat([latin1('Exif\0\0'), new Uint8Array(tiff.buffer)]))
}

/** An APP1 XMP segment holding a packet that names a place (as photo apps write). */
export function xmpSegment(): Uint8Array {
  const packet =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,44.1N"/>' +
    '</rdf:RDF></x:xmpmeta>'
  return jpegSegment(0xe1, latin1(`http://ns.adobe.com/xap/1.0/\0${packet}`))
}

/**
 * A JPEG's structure: SOI, a JFIF APP0, `segments` (e.g. {@link exifGpsSegment}), a quantisation
 * table, SOF0 with the size, a Huffman table stub, SOS, `scanBytes` of stand-in data and EOI.
 */
export function buildTestJpeg(options: {
  widthPx: number
  heightPx: number
  segments?: readonly Uint8Array[]
  /** @default 64 */
  scanBytes?: number
}): Uint8Array {
  const { widthPx: w, heightPx: h } = options
  const jfif = concat([latin1('JFIF\0'), Uint8Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0)])
  const dqt = concat([Uint8Array.of(0), new Uint8Array(64).fill(1)])
  const sof0 = Uint8Array.of(8, h >> 8, h & 0xff, w >> 8, w & 0xff, 1, 1, 0x11, 0)
  const dht = concat([Uint8Array.of(0, 1), new Uint8Array(15), Uint8Array.of(0)])
  const sos = Uint8Array.of(1, 1, 0, 0, 63, 0)
  // Stand-in entropy-coded data: no 0xff, so no marker can appear inside it.
  const scan = new Uint8Array(options.scanBytes ?? 64).map((_, i) => (i * 37) % 255)
  return concat([
    Uint8Array.of(0xff, 0xd8),
    jpegSegment(0xe0, jfif),
    ...(options.segments ?? []),
    jpegSegment(0xdb, dqt),
    jpegSegment(0xc0, sof0),
    jpegSegment(0xc4, dht),
    jpegSegment(0xda, sos),
    scan,
    Uint8Array.of(0xff, 0xd9),
  ])
}

/** The JPEG with `segment` inserted straight after SOI, where phones put their Exif. */
export function insertAfterSoi(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  return concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)])
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
