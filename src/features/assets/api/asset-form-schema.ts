import { z } from 'zod'
import type { AssetDetails, AssetDraft } from '../../../core/assets/asset'
import { ASSET_FIELD_LIMITS } from '../../../core/assets/asset-field-limits'
import { PINNABLE_KINDS } from '../../../core/assets/asset-kind-style'
import type { AssetPhoto, NewAssetPhoto, PhotoImage } from '../../../core/photos/asset-photo'
import { PHOTO_LIMITS } from '../../../core/photos/photo-limits'

const coordinate = (name: string, min: number, max: number, example: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${name}, or click the map, or find a postcode`)
    .refine(
      (text) => Number.isFinite(Number(text)),
      `The ${name} must be a number, like ${example}`,
    )
    .transform(Number)
    .refine(
      (value) => value >= min && value <= max,
      `The ${name} must be between ${min} and ${max}`,
    )

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)

/**
 * The asset form (adding and editing): what a builder types, as text, checked before anything is
 * sent and turned into an {@link AssetDraft}. The same schema drives react-hook-form's resolver.
 */
export const assetFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the name of the asset')
      .max(
        ASSET_FIELD_LIMITS.name,
        `The name must be ${ASSET_FIELD_LIMITS.name.toLocaleString('en-GB')} characters or fewer`,
      ),
    // Individuals' gifts are offered by residents themselves and never pinned (ARCHITECTURE §4).
    kind: z.enum(PINNABLE_KINDS, { error: 'Choose what kind of asset it is' }),
    subtype: z.string(),
    description: optionalText('The description', ASSET_FIELD_LIMITS.description),
    openingTimes: optionalText('Opening times', ASSET_FIELD_LIMITS.openingTimes),
    accessibility: optionalText('Accessibility notes', ASSET_FIELD_LIMITS.accessibility),
    contact: optionalText('The contact', ASSET_FIELD_LIMITS.contact),
    website: z
      .string()
      .trim()
      .max(
        ASSET_FIELD_LIMITS.website,
        `The website address must be ${ASSET_FIELD_LIMITS.website.toLocaleString('en-GB')} characters or fewer`,
      )
      // Only web addresses: a `javascript:` link typed here must never become a link on the page.
      .refine((text) => text === '' || isWebAddress(text), {
        message: 'Enter a web address starting with https:// or http://, like https://example.org',
      }),
    tags: z
      .string()
      .transform((text) => [
        ...new Set(
          text
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
        ),
      ])
      .refine(
        (tags) => tags.length <= ASSET_FIELD_LIMITS.tags,
        `Give ${ASSET_FIELD_LIMITS.tags} tags or fewer`,
      )
      .refine(
        (tags) => tags.every((tag) => tag.length <= ASSET_FIELD_LIMITS.tag),
        `Each tag must be ${ASSET_FIELD_LIMITS.tag} characters or fewer`,
      ),
    // A refuge or safe house: only safeguarding and admins may set it (the database checks).
    isSensitive: z.boolean().default(false),
    lng: coordinate('longitude', -180, 180, '0.4691'),
    lat: coordinate('latitude', -90, 90, '51.7356'),
    // The photo as re-encoded in the browser (no metadata), or none; its description below.
    photo: z.custom<PhotoImage>(isPhotoImage).nullable().default(null),
    photoAlt: optionalText('The photo’s description', PHOTO_LIMITS.maxAltTextLength).default(''),
  })
  .refine((values) => !values.photo || String(values.photoAlt ?? '').trim().length > 0, {
    path: ['photoAlt'],
    message: 'Describe what the photo shows, for people who cannot see it',
    // Checked even while another field is wrong, so that every error shows at once.
    when: () => true,
  })

export type AssetFormInput = z.input<typeof assetFormSchema>
export type AssetFormValues = z.output<typeof assetFormSchema>

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

function isPhotoImage(value: unknown): value is PhotoImage {
  return (
    typeof value === 'object' && value !== null && (value as PhotoImage).bytes instanceof Uint8Array
  )
}

/** The checked form's photo with its description, as the data port takes it; null for none. */
export function toNewAssetPhoto(values: AssetFormValues): NewAssetPhoto | null {
  return values.photo ? { ...values.photo, altText: values.photoAlt } : null
}

/** The checked form values as the data port takes them. */
export function toAssetDraft(values: AssetFormValues): AssetDraft {
  return {
    name: values.name,
    kind: values.kind,
    subtype: values.subtype || null,
    description: values.description,
    openingTimes: values.openingTimes,
    accessibility: values.accessibility,
    contact: values.contact || null,
    website: values.website || null,
    tags: values.tags,
    lngLat: [values.lng, values.lat],
    isSensitive: values.isSensitive,
  }
}

/** An empty form, or one filled from an asset being edited (and its photo, if it has one). */
export function toAssetFormInput(
  asset: AssetDetails | null,
  photo: AssetPhoto | null = null,
): AssetFormInput {
  return {
    photo: photo
      ? { bytes: photo.bytes, mime: photo.mime, widthPx: photo.widthPx, heightPx: photo.heightPx }
      : null,
    photoAlt: photo?.altText ?? '',
    name: asset?.name ?? '',
    kind: asset && asset.kind !== 'individual' ? asset.kind : 'physical_space',
    subtype: asset?.subtype ?? '',
    description: asset?.description ?? '',
    openingTimes: asset?.openingTimes ?? '',
    accessibility: asset?.accessibility ?? '',
    contact: asset?.contact ?? '',
    website: asset?.website ?? '',
    tags: asset?.tags.join(', ') ?? '',
    isSensitive: asset?.isSensitive ?? false,
    lng: asset?.lngLat ? String(asset.lngLat[0]) : '',
    lat: asset?.lngLat ? String(asset.lngLat[1]) : '',
  }
}

/** A coordinate for a form field: 6 decimal places (about 0.1 m), as GPS exports give. */
export function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e6) / 1e6)
}
