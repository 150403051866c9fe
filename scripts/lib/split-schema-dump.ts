/** One `-- Name: …; Type: …; Schema: …` entry of a `pg_dump` script. */
interface DumpEntry {
  name: string
  type: string
  schema: string
  sql: string
}

type Kind = 'schema' | 'types' | 'tables' | 'views' | 'functions'

/** Statements of one object (a table with its indexes, policies, grants…) under one heading. */
interface ObjectGroup {
  schema: string
  kind: Kind
  name: string
  entries: DumpEntry[]
}

const HEADER = /^-- Name: (.+); Type: ([A-Z ]+); Schema: ([^;]+); Owner: .*$/

// Within an object: its definition first, then what hangs off it, grants last.
const TYPE_ORDER = [
  'SCHEMA',
  'TYPE',
  'DOMAIN',
  'TABLE',
  'VIEW',
  'MATERIALIZED VIEW',
  'SEQUENCE',
  'FUNCTION',
  'PROCEDURE',
  'AGGREGATE',
  'COMMENT',
  'DEFAULT',
  'SEQUENCE OWNED BY',
  'CONSTRAINT',
  'CHECK CONSTRAINT',
  'FK CONSTRAINT',
  'INDEX',
  'TRIGGER',
  'ROW SECURITY',
  'POLICY',
  'DEFAULT ACL',
  'ACL',
]

/**
 * Turns the output of `pg_dump --schema-only --no-owner` into one readable file per schema and
 * kind of object (`public/tables.sql`, `public/functions.sql`, …): each table together with its
 * constraints, indexes, triggers, Row Level Security, policies, comments and grants; each view and
 * function with its comment and grants. Objects are sorted by name and everything that changes
 * between runs or machines (versions, `\restrict` keys, SET lines, the dumping role) is left out,
 * so the files change only when the schema does.
 *
 * @param dump the text pg_dump wrote
 * @param heading the comment opening every file
 * @returns file contents keyed by path relative to the schema folder
 */
export function splitSchemaDump(dump: string, heading: string): Map<string, string> {
  const entries = parseEntries(dump)
  const views = new Set(
    entries.filter((e) => e.type === 'VIEW' || e.type === 'MATERIALIZED VIEW').map((e) => e.name),
  )
  const indexTables = new Map<string, string>()
  for (const entry of entries) {
    if (entry.type !== 'INDEX') continue
    const on = /\bON (?:ONLY )?(?:[\w"]+\.)?([\w"]+) USING/.exec(entry.sql)
    if (on?.[1]) indexTables.set(`${entry.schema}.${entry.name}`, unquote(on[1]))
  }
  const groups = new Map<string, ObjectGroup>()
  for (const entry of entries) {
    const [kind, name] = ownerOf(entry, views, indexTables)
    const schema = kind === 'schema' ? schemaOf(entry) : entry.schema
    const key = `${schema}/${kind}/${name}`
    const group = groups.get(key) ?? { schema, kind, name, entries: [] }
    group.entries.push(entry)
    groups.set(key, group)
  }
  const files = new Map<string, ObjectGroup[]>()
  for (const group of [...groups.values()].sort((a, b) => compare(a.name, b.name))) {
    const path = `${group.schema}/${group.kind}.sql`
    files.set(path, [...(files.get(path) ?? []), group])
  }
  const out = new Map<string, string>()
  for (const [path, fileGroups] of [...files.entries()].sort(([a], [b]) => compare(a, b))) {
    const body = fileGroups.map((group) => renderGroup(group)).join('\n\n')
    out.set(path, `${heading}\n\n${body}\n`)
  }
  return out
}

function parseEntries(dump: string): DumpEntry[] {
  const lines = dump.replace(/\r\n/g, '\n').split('\n')
  const entries: DumpEntry[] = []
  let current: DumpEntry | null = null
  let body: string[] = []
  const finish = () => {
    if (current) entries.push({ ...current, sql: normaliseSql(body) })
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const header = HEADER.exec(line)
    if (header) {
      finish()
      const [, name = '', type = '', schema = ''] = header
      current = { name, type: type.trim(), schema, sql: '' }
      body = []
      // The header is framed by `--` lines: skip the closing one.
      if (lines[i + 1] === '--') i++
      continue
    }
    body.push(line)
  }
  finish()
  return entries
}

function normaliseSql(lines: string[]): string {
  const kept = lines.filter(
    (line) =>
      !/^\\(un)?restrict /.test(line) &&
      !/^-- (PostgreSQL database dump|Dumped (from|by) )/.test(line) &&
      !/^SET \w+ = /.test(line) &&
      !/^SELECT pg_catalog\.set_config\('search_path'/.test(line),
  )
  // The trailing `--` opening the next header, and blank lines around the statements.
  while (kept.length && /^(--)?\s*$/.test(kept.at(-1) ?? '')) kept.pop()
  while (kept.length && kept[0]?.trim() === '') kept.shift()
  // Default privileges name the role that ran the migrations, which differs between machines.
  return kept
    .map((line) => line.replace(/^(ALTER DEFAULT PRIVILEGES) FOR ROLE \S+ /, '$1 '))
    .join('\n')
}

function ownerOf(
  entry: DumpEntry,
  views: Set<string>,
  indexTables: Map<string, string>,
): [Kind, string] {
  const { type, name } = entry
  if (type === 'SCHEMA' || type === 'DEFAULT ACL' || name.startsWith('SCHEMA ')) {
    return ['schema', '']
  }
  if (
    type === 'TYPE' ||
    type === 'DOMAIN' ||
    name.startsWith('TYPE ') ||
    name.startsWith('DOMAIN ')
  ) {
    return ['types', name.replace(/^(TYPE|DOMAIN) /, '')]
  }
  // By name alone: the definition's heading lists argument types, its comment's and grants' also
  // their names; overloads share a heading.
  if (type === 'FUNCTION' || type === 'PROCEDURE' || type === 'AGGREGATE') {
    return ['functions', unquote(name.split('(')[0] ?? name)]
  }
  const routine = /^(?:FUNCTION|PROCEDURE|AGGREGATE) ([^(]+)\(/.exec(name)
  if (routine?.[1]) return ['functions', unquote(routine[1])]
  let relation: string
  const onRelation = /^(?:CONSTRAINT|POLICY|TRIGGER|RULE) .+ ON (.+)$/.exec(name)
  if (onRelation) {
    relation = onRelation[1] ?? name
  } else if (type === 'INDEX' || name.startsWith('INDEX ')) {
    const index = name.replace(/^INDEX /, '')
    relation = indexTables.get(`${entry.schema}.${index}`) ?? index
  } else {
    // `TABLE t`, `VIEW t`, `SEQUENCE t`, `COLUMN t.c`, or `t constraint_name` / `t policy name`.
    const named = /^(?:TABLE|VIEW|MATERIALIZED VIEW|SEQUENCE|COLUMN) (.+)$/.exec(name)
    relation = (named?.[1] ?? name).split(named ? '.' : ' ')[0] ?? name
  }
  relation = unquote(relation)
  return [views.has(relation) ? 'views' : 'tables', relation]
}

function schemaOf(entry: DumpEntry): string {
  if (entry.type === 'SCHEMA') return unquote(entry.name)
  if (entry.name.startsWith('SCHEMA ')) return unquote(entry.name.slice('SCHEMA '.length))
  return entry.schema
}

function renderGroup(group: ObjectGroup): string {
  const entries = [...group.entries].sort(
    (a, b) => rank(a.type) - rank(b.type) || compare(a.name, b.name),
  )
  const title = group.kind === 'schema' ? `schema ${group.schema}` : `${group.schema}.${group.name}`
  const rule = `-- ${'-'.repeat(97)}`
  return [rule, `-- ${title}`, rule, '', entries.map((e) => e.sql).join('\n\n')].join('\n')
}

function rank(type: string): number {
  const at = TYPE_ORDER.indexOf(type)
  return at === -1 ? TYPE_ORDER.length : at
}

function unquote(identifier: string): string {
  return identifier.replace(/^"(.*)"$/, '$1')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
