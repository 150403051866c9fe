import { z } from 'zod'
import {
  PERSON_RELATIONS,
  type LinkablePerson,
  type PersonLink,
} from '../../core/assets/person-link'

/** A row of the `person_link_list` view (or of `link_person_to_asset`). */
const personLinkRow = z
  .object({
    link_id: z.string(),
    resident_id: z.string(),
    asset_id: z.string(),
    relation: z.enum(PERSON_RELATIONS),
    display_name: z.string(),
    asset_name: z.string(),
  })
  .transform((row): PersonLink => ({
    id: row.link_id,
    residentId: row.resident_id,
    assetId: row.asset_id,
    relation: row.relation,
    displayName: row.display_name,
    assetName: row.asset_name,
  }))

/** A row of `find_people_to_link`. */
const linkablePersonRow = z
  .object({ resident_id: z.string(), display_name: z.string(), ward_name: z.string().nullable() })
  .transform((row): LinkablePerson => ({
    residentId: row.resident_id,
    displayName: row.display_name,
    wardName: row.ward_name,
  }))

/** Validates a person's link and turns it into the core type. */
export function toPersonLink(row: unknown): PersonLink {
  return personLinkRow.parse(row)
}

/** Validates a person found to link and turns it into the core type. */
export function toLinkablePerson(row: unknown): LinkablePerson {
  return linkablePersonRow.parse(row)
}
