import { downloadFile } from '../../../components/download-file'
import { region } from '../../../config/region'
import type { SharedResident } from '../../../core/residents/shared-resident'
import { sharedResidentsToCsv } from '../../../core/residents/shared-residents-to-csv'
import type { ExportsPort } from '../../../db/exports-port'

/**
 * Downloads the residents shared with the partner as CSV, recording the export in the audit log
 * first (so a download that could not be recorded does not happen).
 */
export async function downloadSharedResidentsCsv(
  port: ExportsPort,
  residents: readonly SharedResident[],
): Promise<void> {
  await port.recordSharedResidents(residents.length)
  const day = new Date().toISOString().slice(0, 10)
  downloadFile(
    `residents-shared-with-partners-${day}.csv`,
    new Blob([sharedResidentsToCsv(residents, region.name)], { type: 'text/csv;charset=utf-8' }),
  )
}
