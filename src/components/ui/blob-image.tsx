import { useCallback } from 'react'

export interface BlobImageProps {
  bytes: Uint8Array
  /** e.g. `image/jpeg` */
  mime: string
  alt: string
  widthPx: number
  heightPx: number
  className?: string
  testId?: string
}

/**
 * An image from bytes held in memory, shown through an object URL (`blob:`, which the Content
 * Security Policy's img-src allows) that lives exactly as long as the element: made when it is
 * attached, revoked when it is removed or the bytes change.
 */
export function BlobImage({
  bytes,
  mime,
  alt,
  widthPx,
  heightPx,
  className,
  testId,
}: BlobImageProps) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }))
      img.src = url
      return () => URL.revokeObjectURL(url)
    },
    [bytes, mime],
  )
  return (
    <img
      ref={attach}
      alt={alt}
      width={widthPx}
      height={heightPx}
      className={className}
      data-testid={testId}
    />
  )
}
