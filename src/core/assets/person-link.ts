/** How a person is connected to an asset, read "person relation asset". */
export const PERSON_RELATIONS = ['member_of', 'volunteers_at', 'runs'] as const
export type PersonRelation = (typeof PERSON_RELATIONS)[number]

/**
 * A person (an approved resident) connected to an asset. It carries the person's display name
 * only, never where they live, and only those who may see residents receive it (issue 4, item 8).
 */
export interface PersonLink {
  id: string
  residentId: string
  assetId: string
  relation: PersonRelation
  displayName: string
  assetName: string
}

export interface NewPersonLink {
  residentId: string
  assetId: string
  relation: PersonRelation
}

/** An approved resident found by name to connect: their ward tells two of one name apart. */
export interface LinkablePerson {
  residentId: string
  displayName: string
  wardName: string | null
}
