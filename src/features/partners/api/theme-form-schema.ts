import { z } from 'zod'

/** The longest theme name the database keeps (`scheme_themes.label`). */
export const THEME_NAME_MAX = 100

const folded = (name: string) => name.trim().toLocaleLowerCase('en-GB')

/**
 * A scheme theme as an administrator types it: a name that is not empty, at most 100 characters
 * and no other theme's (case ignored, retired ones included, as `save_scheme_theme` checks), and
 * the ward indicator measuring its need ('' for none).
 *
 * @param taken - the names of the other themes
 */
export function themeFormSchema(taken: readonly string[]) {
  const takenFolded = new Set(taken.map(folded))
  return z.object({
    label: z
      .string()
      .trim()
      .superRefine((name, context) => {
        if (name.length === 0) {
          context.addIssue({ code: 'custom', message: 'Enter a name for the theme' })
        } else if (name.length > THEME_NAME_MAX) {
          context.addIssue({
            code: 'custom',
            message: `The name must be ${THEME_NAME_MAX} characters or fewer (it has ${name.length})`,
          })
        } else if (takenFolded.has(folded(name))) {
          context.addIssue({ code: 'custom', message: `There is already a theme called “${name}”` })
        }
      }),
    needIndicator: z.string(),
  })
}

export type ThemeFormInput = z.input<ReturnType<typeof themeFormSchema>>
export type ThemeFormValues = z.output<ReturnType<typeof themeFormSchema>>

/** A term's theme, chosen before "Map". */
export const termThemeSchema = z.object({ theme: z.string().min(1, 'Choose a theme') })
export type TermThemeValues = z.infer<typeof termThemeSchema>
