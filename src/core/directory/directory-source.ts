import type { DirectoryService, PartnerOrganisation } from '../partners/partner'
import type { DirectoryVocabulary } from './directory-types'

/** Which services a listing wants; null: any. */
export interface ServiceFilter {
  text: string | null
  theme: string | null
  audience: string | null
  organisationId: string | null
}

/**
 * What the export and the ORUK API read, as the public reads it: one adapter over the SQL
 * functions (src/db/directory/), so that the mapping here stays pure.
 */
export interface DirectorySource {
  /** Active schemes in name order, one page of them, and how many match in all. */
  listServices(
    filter: ServiceFilter,
    limit: number,
    offset: number,
  ): Promise<{ rows: DirectoryService[]; total: number }>
  /** One active scheme, or null. */
  getService(id: string): Promise<DirectoryService | null>
  listOrganisations(): Promise<PartnerOrganisation[]>
  readVocabulary(): Promise<DirectoryVocabulary>
}
