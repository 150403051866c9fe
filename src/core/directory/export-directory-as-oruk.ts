import type { DirectorySource } from './directory-source'
import type { DirectoryService } from '../partners/partner'
import type { OrukService } from './oruk-types'
import { toOrukService } from './to-oruk-service'

const PAGE = 200

/**
 * The whole directory as an ORUK 3.0 service package (an array of fully nested services, valid
 * against `schema/compiled/service_package.json`), in name order. Read it as the public reads it:
 * a sensitive venue then carries only its public name and front-door contact.
 *
 * @param source the directory, e.g. `createSqlDirectorySource(sql)`
 */
export async function exportDirectoryAsOruk(source: DirectorySource): Promise<OrukService[]> {
  const [organisations, vocabulary] = await Promise.all([
    source.listOrganisations(),
    source.readVocabulary(),
  ])
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]))
  const rows: DirectoryService[] = []
  const everything = { text: null, theme: null, audience: null, organisationId: null }
  for (let offset = 0; ; offset += PAGE) {
    const page = await source.listServices(everything, PAGE, offset)
    rows.push(...page.rows)
    if (page.rows.length < PAGE || rows.length >= page.total) break
  }
  return rows.map((row) => toOrukService(row, byId.get(row.organisationId) ?? null, vocabulary))
}
