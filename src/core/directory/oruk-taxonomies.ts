import { nameUuid } from './name-uuid'
import type { OrukAttribute, OrukTaxonomy, OrukTaxonomyTerm } from './oruk-types'

/** The taxonomies a scheme's codes are exported in; ids fixed so that every export agrees. */
export const DIRECTORY_TAXONOMIES = {
  themes: {
    id: '95945c59-9786-45c6-9bb5-c3ffdf4e0f89',
    name: 'Community Asset Map scheme themes',
    description: "What a scheme is about: the programme's editable list of themes.",
  },
  audiences: {
    id: 'c925cb5a-10bc-491c-a0e6-4cf16611568f',
    name: 'Community Asset Map audiences',
    description: 'Who a scheme is for.',
  },
  access: {
    id: 'e71637f6-aac0-4cbe-8ca3-15ec7f6d9b99',
    name: 'Community Asset Map access',
    description: 'How a scheme is reached: open to anyone, or by referral.',
  },
  kinds: {
    id: 'e8514925-9d8a-42d8-a0f5-5cf382ffe0c4',
    name: 'Community Asset Map scheme kinds',
    description: 'A support service, or a public safe space.',
  },
  sectors: {
    id: '5cb3a5fd-6075-4558-83e3-443949c0ea04',
    name: 'Community Asset Map partner sectors',
    description: 'Statutory, voluntary, community, faith or business.',
  },
} as const satisfies Record<string, OrukTaxonomy>

export type DirectoryTaxonomyKey = keyof typeof DIRECTORY_TAXONOMIES

/** Labels of the fixed lists (themes and audiences come from the database). */
export const FIXED_TERMS: Record<'access' | 'kinds' | 'sectors', Record<string, string>> = {
  access: { open: 'Open to anyone', referral: 'By referral' },
  kinds: { service: 'Support service', safe_space: 'Safe space' },
  sectors: {
    statutory: 'Statutory',
    voluntary: 'Voluntary',
    community: 'Community',
    faith: 'Faith',
    business: 'Business',
  },
}

/**
 * The ORUK term for one of our codes: its id is made from the taxonomy and the code, so that the
 * same code has the same id in every export.
 */
export function directoryTerm(
  taxonomy: DirectoryTaxonomyKey,
  code: string,
  label: string,
): OrukTaxonomyTerm {
  const { id, name } = DIRECTORY_TAXONOMIES[taxonomy]
  return {
    id: nameUuid(`term:${taxonomy}:${code}`),
    name: label,
    description: label,
    taxonomy: name,
    taxonomy_id: id,
    term: code,
  }
}

/** An attribute linking an object (whose id is `ownerId`) to one of our terms. */
export function directoryAttribute(
  ownerId: string,
  taxonomy: DirectoryTaxonomyKey,
  code: string,
  label: string,
): OrukAttribute {
  const term = directoryTerm(taxonomy, code, label)
  return {
    id: nameUuid(`attribute:${ownerId}:${term.id}`),
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  }
}

/** Which of our taxonomies an id names, if any. */
export function directoryTaxonomyOf(taxonomyId: string): DirectoryTaxonomyKey | null {
  return TAXONOMY_KEYS.find((key) => DIRECTORY_TAXONOMIES[key].id === taxonomyId) ?? null
}

/** Our taxonomies in the order the API lists them. */
export const TAXONOMY_KEYS: readonly DirectoryTaxonomyKey[] = [
  'themes',
  'audiences',
  'access',
  'kinds',
  'sectors',
]
