import type { RecordReport } from '../../core/directory/directory-types'
import { readOrukServices } from '../../core/directory/read-oruk-services'
import type { SqlQuery } from '../sql-client'
import { createSqlDirectorySource } from './sql-directory-source'

export interface ImportOptions {
  /** Report only: write nothing. */
  dryRun: boolean
  /** Write the records that can be written, leaving out the refused ones. */
  skipRefused: boolean
}

/**
 * Imports an Open Referral UK file (parsed JSON) as the person `query` acts for: reads it with
 * readOrukServices, then saves it with `import_directory` in one statement, so that it is all or
 * nothing. When the file itself has refused records (and not skipRefused), the database is still
 * asked, in a dry run, so that the report covers every record.
 *
 * @returns one line per record, in the file's order (an organisation before its first service)
 */
export async function importOrukFile(
  query: SqlQuery,
  file: unknown,
  options: ImportOptions,
): Promise<RecordReport[]> {
  const vocabulary = await createSqlDirectorySource(query).readVocabulary()
  const { records, refused } = readOrukServices(file, vocabulary)
  const holdBack = refused.length > 0 && !options.skipRefused
  const saved =
    records.length === 0
      ? []
      : await query<RecordReport>(
          `select record_no, record_type, record_id, status, reason
           from public.import_directory($1::jsonb, $2, $3)`,
          [JSON.stringify(records), options.dryRun || holdBack, options.skipRefused],
        )
  const report = [
    ...refused,
    ...saved.map((line) =>
      holdBack && !options.dryRun && line.status !== 'refused'
        ? {
            ...line,
            reason: ['not written: another record was refused', line.reason]
              .filter(Boolean)
              .join('; '),
          }
        : line,
    ),
  ]
  const typeOrder = (type: string) => (type === 'organization' ? 0 : 1)
  return report.sort(
    (a, b) => a.record_no - b.record_no || typeOrder(a.record_type) - typeOrder(b.record_type),
  )
}
