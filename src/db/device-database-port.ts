/** What a backup file holds, read from it before anything on this device changes. */
export interface BackupSummary {
  assets: number
  workshops: number
  residentOffers: number
  /** The newest migration the backup's database has (`YYYYMMDDHHmmss`). */
  schemaVersion: string
}

/**
 * Local mode only: this device's whole database as a file, to keep safe (a laptop used in
 * workshops may be lost or wiped) or to carry to another browser.
 */
export interface DeviceDatabasePort {
  /** The database's data directory as a gzipped tar (PGlite's dumpDataDir). */
  backup(): Promise<Blob>
  /**
   * Opens the file apart from this device's database and says what it holds.
   * @throws DataError when it is not a backup of this app, or one made by a newer release
   */
  inspect(file: Blob): Promise<BackupSummary>
  /**
   * Keeps the file to replace this device's database at the next start (newer migrations are
   * then applied to it as to any database). The caller reloads the app.
   */
  restore(file: Blob): Promise<void>
  /** Whether a backup is still waiting to replace the database (another tab kept it open). */
  restorePending(): Promise<boolean>
}
