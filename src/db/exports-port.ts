/**
 * Downloads recorded in the audit log, each before its file is made, so that an export that
 * could not be recorded does not happen (one SQL function, public.record_export).
 */
export interface ExportsPort {
  /** Records in the audit log that the person downloaded `rowCount` assets (before the download). */
  recordAssetList(rowCount: number): Promise<void>
  /**
   * Records in the audit log that the signed-in person downloaded the analysis of `wardCount`
   * wards (a ward profile: 1; the ranking: every ward in it), as `public.wards` rows, before the
   * download. Ward figures are not personal data, but leads' exports are traceable as the
   * others are, and an admin's or safeguarding lead's figures count sensitive places.
   * @throws DataError `42501` for the public (nobody to record)
   */
  recordWards(wardCount: number): Promise<void>
  /** Partners: records in the audit log that they downloaded `rowCount` shared residents. */
  recordSharedResidents(rowCount: number): Promise<void>
}
