import type { AssetChanges, AssetDraft } from './asset'

/** The fields a person edits, in the order a form shows them. */
export const ASSET_DRAFT_FIELDS = [
  'name',
  'kind',
  'subtype',
  'description',
  'openingTimes',
  'accessibility',
  'contact',
  'website',
  'tags',
  'lngLat',
] as const satisfies ReadonlyArray<keyof AssetDraft>

export type AssetDraftField = (typeof ASSET_DRAFT_FIELDS)[number]

/** One field as it was, as they saved it, and as I typed it. */
export interface FieldComparison {
  field: AssetDraftField
  base: unknown
  theirs: unknown
  mine: unknown
  changedByThem: boolean
  changedByMe: boolean
}

/** What a version conflict means for one edit. */
export interface VersionComparison {
  /** Fields either side changed, in form order. */
  fields: FieldComparison[]
  /** Fields both changed to different values: the person must choose. */
  conflicting: AssetDraftField[]
  /** Only the fields I changed: saving these on their version keeps their other changes. */
  myChanges: AssetChanges
}

type Comparable = Partial<Record<AssetDraftField, unknown>>

/**
 * Compares an edit with the version someone else saved meanwhile (three-way, like a merge): what
 * each side changed since the version the edit began from. A field missing from `theirs` (e.g. a
 * private contact the conflict report may not carry) counts as unchanged by them.
 *
 * @param base - the asset as it was when editing began
 * @param theirs - the asset as the other person saved it
 * @param mine - what this person has typed
 * @returns the changed fields, those in conflict, and my changes alone
 * @example compareAssetVersions(v1, v2, typed).conflicting // ['name']
 */
export function compareAssetVersions(
  base: Comparable,
  theirs: Comparable,
  mine: Comparable,
): VersionComparison {
  const fields: FieldComparison[] = []
  const myChanges: Record<string, unknown> = {}
  for (const field of ASSET_DRAFT_FIELDS) {
    const changedByThem = field in theirs && !sameValue(base[field], theirs[field])
    const changedByMe = field in mine && !sameValue(base[field], mine[field])
    if (changedByMe) myChanges[field] = mine[field]
    if (changedByThem || changedByMe) {
      fields.push({
        field,
        base: base[field],
        theirs: field in theirs ? theirs[field] : base[field],
        mine: field in mine ? mine[field] : base[field],
        changedByThem,
        changedByMe,
      })
    }
  }
  return {
    fields,
    conflicting: fields
      .filter((f) => f.changedByThem && f.changedByMe && !sameValue(f.theirs, f.mine))
      .map((f) => f.field),
    myChanges: myChanges as AssetChanges,
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  const empty = (value: unknown) => value === null || value === undefined || value === ''
  if (empty(a) && empty(b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  }
  return a === b
}
