import type { StartupProgress } from '../../db/port'

/** The start-up phase in words, with the download's size when it is known. */
export interface StartupDescription {
  phase: string
  /** e.g. "12.3 MB of 25.0 MB"; undefined outside the download or when sizes are unknown. */
  amount?: string
}

const phases: Record<StartupProgress['phase'], string> = {
  downloading: 'Downloading the local database',
  opening: 'Opening the database',
  migrating: 'Updating the database',
  ready: 'Database ready',
}

/**
 * Describes the database start-up for the progress indicator.
 *
 * @param progress - phase and bytes (bytes in bytes; shown in megabytes, 1 MB = 1,000,000 bytes)
 * @example describeStartup({ phase: 'downloading', loadedBytes: 5e6, totalBytes: 25e6 })
 * // { phase: 'Downloading the local database', amount: '5.0 MB of 25.0 MB' }
 */
export function describeStartup(progress: StartupProgress): StartupDescription {
  const { loadedBytes, totalBytes } = progress
  if (progress.phase !== 'downloading' || loadedBytes === undefined) {
    return { phase: phases[progress.phase] }
  }
  const amount =
    totalBytes === undefined
      ? `${megabytes(loadedBytes)} MB`
      : `${megabytes(loadedBytes)} MB of ${megabytes(totalBytes)} MB`
  return { phase: phases.downloading, amount }
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1)
}
