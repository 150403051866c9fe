/** One file of supabase/migrations: `<version>_<name>.sql`, version = UTC `YYYYMMDDHHmmss`. */
export interface Migration {
  version: string
  name: string
  sql: string
}

const FILE_NAME = /(?:^|\/)(\d{14})_([a-z0-9_]+)\.sql$/

/**
 * Turns `{ path: sql }` (from `import.meta.glob` or a directory read) into migrations in version
 * order, as the Supabase CLI names and orders them.
 *
 * @throws Error naming a file whose name does not follow `<14 digits>_<snake_name>.sql`
 */
export function parseMigrationFiles(files: Record<string, string>): Migration[] {
  const migrations = Object.entries(files).map(([path, sql]) => {
    const match = FILE_NAME.exec(path)
    if (!match) throw new Error(`Migration file ${path} is not named <YYYYMMDDHHmmss>_<name>.sql`)
    return { version: match[1]!, name: match[2]!, sql }
  })
  migrations.sort((a, b) => a.version.localeCompare(b.version))
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`Two migrations share version ${migrations[i]!.version}`)
    }
  }
  return migrations
}
