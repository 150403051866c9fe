import { z } from 'zod'
import { ASSET_KINDS } from '../../../core/assets/asset'

// Individuals' gifts are offered by residents themselves and never pinned (ARCHITECTURE §4).
const PINNABLE_KINDS = ASSET_KINDS.filter((kind) => kind !== 'individual') as [
  Exclude<(typeof ASSET_KINDS)[number], 'individual'>,
  ...Exclude<(typeof ASSET_KINDS)[number], 'individual'>[],
]

const coordinate = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${name}`)
    .refine((text) => Number.isFinite(Number(text)), `The ${name} must be a number, like 0.4691`)
    .transform(Number)
    .refine(
      (value) => value >= min && value <= max,
      `The ${name} must be between ${min} and ${max}`,
    )

/** The "add an asset" form: what a builder types, validated before anything is sent. */
export const newAssetFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the name of the asset')
    .max(200, 'The name must be 200 characters or fewer'),
  kind: z.enum(PINNABLE_KINDS, { error: 'Choose what kind of asset it is' }),
  description: z.string().max(5000, 'The description must be 5,000 characters or fewer'),
  lng: coordinate('longitude', -180, 180),
  lat: coordinate('latitude', -90, 90),
})

export type NewAssetFormInput = z.input<typeof newAssetFormSchema>
export type NewAssetFormValues = z.output<typeof newAssetFormSchema>
export { PINNABLE_KINDS }
