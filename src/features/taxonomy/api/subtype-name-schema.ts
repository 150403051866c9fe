import { z } from 'zod'

/** The longest subtype name the database keeps (asset_subtypes.label). */
export const SUBTYPE_NAME_MAX = 100

const folded = (name: string) => name.trim().toLocaleLowerCase('en-GB')

/**
 * A subtype's name as an administrator types it: not empty, at most 100 characters, and not a
 * name another subtype of the kind already has (case ignored, retired ones included, as the
 * database checks), so that the form says so before anything is sent.
 *
 * @param kindLabel - the kind in words, for the message ("Local economy already has …")
 * @param taken - the names of the kind's other subtypes
 */
export function subtypeNameSchema(kindLabel: string, taken: readonly string[]) {
  const takenFolded = new Set(taken.map(folded))
  return z.object({
    label: z
      .string()
      .trim()
      .superRefine((name, context) => {
        if (name.length === 0) {
          context.addIssue({ code: 'custom', message: 'Enter a name for the subtype' })
        } else if (name.length > SUBTYPE_NAME_MAX) {
          context.addIssue({
            code: 'custom',
            message: `The name must be ${SUBTYPE_NAME_MAX} characters or fewer (it has ${name.length})`,
          })
        } else if (takenFolded.has(folded(name))) {
          context.addIssue({
            code: 'custom',
            message: `${kindLabel} already has a subtype called “${name}”`,
          })
        }
      }),
  })
}

export type SubtypeNameInput = z.input<ReturnType<typeof subtypeNameSchema>>
export type SubtypeNameValues = z.output<ReturnType<typeof subtypeNameSchema>>
