import type { BackupSummary } from '../../db/device-database-port'

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`

/** A backup's contents in words, before the person decides to restore it. */
export function describeBackup(summary: BackupSummary): string {
  return `This backup holds ${count(summary.assets, 'asset', 'assets')}, ${count(summary.workshops, 'workshop', 'workshops')} and ${count(summary.residentOffers, "resident's offer", "residents' offers")}.`
}
