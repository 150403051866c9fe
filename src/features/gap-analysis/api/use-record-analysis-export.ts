import { useCallback } from 'react'
import { useDataPort } from '../../../db/data-port-context'
import type { DataPort } from '../../../db/port'

/**
 * Records a download of the analysis in the audit log, then downloads: a signed-in person's
 * export is recorded first (so an export that could not be recorded does not happen), as the
 * asset list's is; the public's is not (ward figures from public data, and nobody to name).
 *
 * @param port the data port (who is acting, and the audit call)
 * @param wardCount wards in the download (a profile: 1; the ranking: every ward in it)
 * @param download makes the file
 */
export async function recordAnalysisExport(
  port: Pick<DataPort, 'session' | 'exports'>,
  wardCount: number,
  download: () => void | Promise<void>,
): Promise<void> {
  const session = await port.session.current()
  if (session.signedIn) await port.exports.recordWards(wardCount)
  await download()
}

/**
 * The analysis's downloads, recorded as recordAnalysisExport says; null while the database
 * starts (nothing can be recorded yet, so nothing is downloaded).
 */
export function useRecordAnalysisExport():
  ((wardCount: number, download: () => void | Promise<void>) => Promise<void>) | null {
  const data = useDataPort()
  const port = data.status === 'ready' ? data.port : null
  const record = useCallback(
    (wardCount: number, download: () => void | Promise<void>) =>
      port ? recordAnalysisExport(port, wardCount, download) : Promise.resolve(),
    [port],
  )
  return port ? record : null
}
