import { useCallback, useState } from 'react'
import { downloadFile } from '../../../components/download-file'
import { toDataError } from '../../../db/data-error'
import type { PartnersPort } from '../../../db/partners-port'
import { usePortCall } from '../../../db/use-port-query'

/**
 * The whole directory as an Open Referral UK 3.0 file (an array of services, read as the acting
 * person reads it; a sensitive venue only by its public name and front-door contact), named for
 * the day (UTC). The mapping is loaded on first use, so the directory page does not carry it.
 *
 * @param partners the app's partners port
 * @param today the file's date
 * @example (await buildDirectoryOrukFile(port.partners)).name === 'directory-oruk-2026-12-08.json'
 */
export async function buildDirectoryOrukFile(
  partners: PartnersPort,
  today = new Date(),
): Promise<{ name: string; content: Blob }> {
  const [{ exportDirectoryAsOruk }, { createPortDirectorySource }] = await Promise.all([
    import('../../../core/directory/export-directory-as-oruk'),
    import('../../../db/directory/partners-port-directory-source'),
  ])
  const services = await exportDirectoryAsOruk(createPortDirectorySource(partners))
  return {
    name: `directory-oruk-${today.toISOString().slice(0, 10)}.json`,
    content: new Blob([JSON.stringify(services, null, 2)], { type: 'application/json' }),
  }
}

/** "Download as Open Referral UK": `busy` while the file is built, the failure in words. */
export function useDownloadDirectoryAsOruk() {
  const call = usePortCall()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const download = useCallback(async () => {
    setBusy(true)
    setError(null)
    try {
      const file = await call((port) => buildDirectoryOrukFile(port.partners))
      downloadFile(file.name, file.content)
    } catch (failure) {
      setError(toDataError(failure).message)
    } finally {
      setBusy(false)
    }
  }, [call])
  return { download, busy, error }
}
