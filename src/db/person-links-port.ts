import type { LinkablePerson, NewPersonLink, PersonLink } from '../core/assets/person-link'

/**
 * People in an asset's connections (20261124110100_people_in_connections.sql): an approved
 * resident linked to an asset, by display name only, seen only by those the database lets see
 * residents (builders, admins, the resident); everyone else gets an empty list, never an error,
 * so a connections panel can always ask.
 */
export interface PersonLinksPort {
  /** The people connected to the asset that the viewer may see (none for most roles). */
  list(assetId: string): Promise<PersonLink[]>
  /** Builders and admins: approved residents whose display name contains `name` (2+ characters). */
  findPeople(name: string): Promise<LinkablePerson[]>
  /** Builders and admins: connects an approved resident; the same link again returns the first. */
  link(input: NewPersonLink): Promise<PersonLink>
  /** Builders and admins: removes a person's connection. */
  unlink(linkId: string): Promise<void>
}
