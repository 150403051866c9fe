/**
 * The size an image is scaled to so that its long side is at most `maxLongSidePx`, keeping its
 * proportions; an image already small enough keeps its size (never enlarged).
 *
 * @param widthPx - the image's width in pixels (> 0)
 * @param heightPx - the image's height in pixels (> 0)
 * @param maxLongSidePx - the longest side allowed, in pixels
 * @returns whole pixel sizes, each at least 1
 * @example fitWithin(4032, 3024, 1600) // { widthPx: 1600, heightPx: 1200 }
 */
export function fitWithin(
  widthPx: number,
  heightPx: number,
  maxLongSidePx: number,
): { widthPx: number; heightPx: number } {
  const scale = Math.min(1, maxLongSidePx / Math.max(widthPx, heightPx))
  return {
    widthPx: Math.max(1, Math.round(widthPx * scale)),
    heightPx: Math.max(1, Math.round(heightPx * scale)),
  }
}
