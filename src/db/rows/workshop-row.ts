import { z } from 'zod'
import type { Workshop } from '../../core/workshops/workshop'

/**
 * A row of the `workshop_list` view (or of `create_workshop` and `join_workshop`). `held_on` is a
 * date: PostgREST sends it as `YYYY-MM-DD`, and the local adapter selects it as text.
 */
export const workshopRowSchema = z.object({
  workshop_id: z.string(),
  name: z.string(),
  place: z.string(),
  held_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  join_code: z.string(),
})

/** Validates a row and turns it into the core type. */
export function toWorkshop(row: unknown): Workshop {
  const value = workshopRowSchema.parse(row)
  return {
    id: value.workshop_id,
    name: value.name,
    place: value.place,
    date: value.held_on,
    joinCode: value.join_code,
  }
}
