import type { Asset } from '../../../core/assets/asset'
import { assetsToCsv } from '../../../core/assets/assets-to-csv'
import { downloadFile } from '../../../components/download-file'
import type { DataPort } from '../../../db/port'

/**
 * Downloads the assets on screen as CSV, recording the export in the audit log first (so an
 * export that could not be recorded does not happen).
 */
export async function downloadAssetsCsv(
  port: DataPort,
  assets: readonly Asset[],
  wardName: (code: string | null) => string,
): Promise<void> {
  await port.exports.recordAssetList(assets.length)
  const day = new Date().toISOString().slice(0, 10)
  downloadFile(
    `community-assets-${day}.csv`,
    new Blob([assetsToCsv(assets, wardName)], { type: 'text/csv;charset=utf-8' }),
  )
}
