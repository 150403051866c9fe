import type { PhotoImage } from '../../../core/photos/asset-photo'
import { findPhotoMetadata } from '../../../core/photos/find-photo-metadata'
import { fitWithin } from '../../../core/photos/fit-within'
import { PHOTO_LIMITS } from '../../../core/photos/photo-limits'

// Qualities tried in turn until the JPEG fits the database's limit; then the size shrinks.
const QUALITIES = [0.85, 0.72, 0.6]
const SHRINK = 0.75

/**
 * Re-encodes a chosen photo in the browser as a JPEG of at most 1,600 pixels on its long side and
 * 1 MiB: the image is decoded (turned upright by its Exif orientation) and drawn on a canvas,
 * whose JPEG holds pixels only, so the phone's metadata (the GPS position where it was taken, the
 * camera, the time) never leaves the device. The result is checked once more for metadata before
 * it is offered for upload.
 *
 * @throws Error with a message for the person: not an image, too large, or unreadable
 */
export async function preparePhoto(file: Blob): Promise<PhotoImage> {
  if (file.type && !file.type.startsWith('image/')) {
    throw new Error('That file is not an image. Choose a photo (JPEG, PNG or WebP).')
  }
  if (file.size > PHOTO_LIMITS.maxSourceBytes) {
    const mb = Math.round(file.size / 1_048_576)
    throw new Error(`That photo is ${mb} MB; choose one of at most 40 MB.`)
  }
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new Error(
      'That photo could not be read. It may be damaged, or in a format this browser cannot open (such as HEIC): try a JPEG or PNG.',
    )
  }
  try {
    let size = fitWithin(bitmap.width, bitmap.height, PHOTO_LIMITS.maxLongSidePx)
    for (;;) {
      for (const quality of QUALITIES) {
        const bytes = await encodeJpeg(bitmap, size.widthPx, size.heightPx, quality)
        if (bytes.length <= PHOTO_LIMITS.maxBytes) return checked(bytes, size)
      }
      size = fitWithin(
        size.widthPx,
        size.heightPx,
        Math.floor(Math.max(size.widthPx, size.heightPx) * SHRINK),
      )
    }
  } finally {
    bitmap.close()
  }
}

function checked(bytes: Uint8Array, size: { widthPx: number; heightPx: number }): PhotoImage {
  // The canvas writes no metadata; if a browser ever did, nothing is sent.
  const found = findPhotoMetadata(bytes)
  if (found.length > 0) {
    throw new Error(
      `This browser left metadata in the photo (${found.join('; ')}); it was not used.`,
    )
  }
  return { bytes, mime: PHOTO_LIMITS.mime, ...size }
}

async function encodeJpeg(
  image: ImageBitmap,
  widthPx: number,
  heightPx: number,
  quality: number,
): Promise<Uint8Array> {
  const blob =
    typeof OffscreenCanvas === 'function'
      ? await drawOffscreen(image, widthPx, heightPx).convertToBlob({ type: 'image/jpeg', quality })
      : await drawOnPage(image, widthPx, heightPx, quality)
  return new Uint8Array(await blob.arrayBuffer())
}

function drawOffscreen(image: ImageBitmap, widthPx: number, heightPx: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(widthPx, heightPx)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot re-encode photos.')
  paint(context, image, widthPx, heightPx)
  return canvas
}

function drawOnPage(image: ImageBitmap, widthPx: number, heightPx: number, quality: number) {
  const canvas = document.createElement('canvas')
  canvas.width = widthPx
  canvas.height = heightPx
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot re-encode photos.')
  paint(context, image, widthPx, heightPx)
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be re-encoded.'))),
      'image/jpeg',
      quality,
    ),
  )
}

function paint(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  image: ImageBitmap,
  widthPx: number,
  heightPx: number,
) {
  // JPEG has no transparency: a transparent PNG's background becomes white, not black.
  context.fillStyle = '#fff'
  context.fillRect(0, 0, widthPx, heightPx)
  context.imageSmoothingQuality = 'high'
  context.drawImage(image, 0, 0, widthPx, heightPx)
}
