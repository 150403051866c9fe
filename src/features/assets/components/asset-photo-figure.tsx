import './asset-photo.css'
import { BlobImage } from '../../../components/ui/blob-image'
import type { AssetPhoto } from '../../../core/photos/asset-photo'

/** An asset's photo in its details, described by its alternative text. */
export function AssetPhotoFigure({ photo }: { photo: AssetPhoto }) {
  return (
    <figure className="asset-photo">
      <BlobImage
        bytes={photo.bytes}
        mime={photo.mime}
        alt={photo.altText}
        widthPx={photo.widthPx}
        heightPx={photo.heightPx}
        testId="asset-photo"
      />
    </figure>
  )
}
