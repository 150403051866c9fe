import type { DirectorySource } from '../../core/directory/directory-source'
import type { PartnersPort } from '../partners-port'

/**
 * The directory read through the app's PartnersPort, so that a screen can export it:
 * `exportDirectoryAsOruk(createPortDirectorySource(port.partners))`. The port lists the whole
 * directory at once (a county's is hundreds of schemes), so filtering and paging happen here.
 */
export function createPortDirectorySource(port: PartnersPort): DirectorySource {
  return {
    async listServices(filter, limit, offset) {
      const words = filter.text?.toLowerCase() ?? null
      const rows = (await port.listServices(filter.organisationId ?? undefined)).filter(
        (row) =>
          (filter.theme === null || row.themes.includes(filter.theme)) &&
          (filter.audience === null || row.audiences.includes(filter.audience)) &&
          (words === null ||
            [row.name, row.description ?? '', row.organisationName].some((text) =>
              text.toLowerCase().includes(words),
            )),
      )
      return { rows: rows.slice(offset, offset + limit), total: rows.length }
    },
    async getService(id) {
      return (await port.listServices()).find(({ schemeId }) => schemeId === id) ?? null
    },
    listOrganisations: () => port.listOrganisations(),
    async readVocabulary() {
      const [themes, audiences] = await Promise.all([port.listThemes(), port.listAudiences()])
      return { themes, audiences }
    },
  }
}
