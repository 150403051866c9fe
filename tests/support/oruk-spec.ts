// Validates JSON against the Open Referral UK 3.0 specification in ../shared/specs/openreferral-uk,
// offline, as its PROVENANCE.md says: JSON Schema draft 2020-12, format checks on, and the spec's
// web addresses mapped to the local files.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { repoRoot } from '../../scripts/lib/paths'

/** Where the spec is: `../shared/specs/openreferral-uk` beside the repository. */
export const orukSpecDir = resolve(repoRoot, '..', 'shared', 'specs', 'openreferral-uk')

/** The address the spec's `$ref`s use for its `schema/` folder. */
export const ORUK_SCHEMA_URL =
  'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/'

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule

/** One validator with every schema of the spec registered under its web address. */
export function createOrukValidator() {
  // The spec's schemas carry keywords of their own (datapackage_metadata, tabular_required, …).
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const folder of ['', 'compiled/']) {
    const dir = join(orukSpecDir, 'schema', folder)
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>
      ajv.addSchema({ ...schema, $id: `${ORUK_SCHEMA_URL}${folder}${file}` })
    }
  }
  const compiled = new Map<string, ValidateFunction>()
  function validatorOf(ref: string): ValidateFunction {
    let validate = compiled.get(ref)
    if (!validate) {
      validate = ajv.compile({ $ref: ref })
      compiled.set(ref, validate)
    }
    return validate
  }
  return {
    /**
     * The errors of `data` against a schema of the spec, `[]` when valid.
     * @param schema a path under `schema/` (`compiled/service_package.json`), or a full `$ref`
     */
    errors(schema: string, data: unknown): string[] {
      const validate = validatorOf(schema.includes('://') ? schema : `${ORUK_SCHEMA_URL}${schema}`)
      return validate(data) ? [] : (validate.errors ?? []).map(describe)
    },
    /** The errors of a response body against the 200 response `openapi.json` gives a path. */
    responseErrors(path: string, data: unknown): string[] {
      const pointer = `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`
      const validate = validatorOf(`${ORUK_SCHEMA_URL}openapi.json${pointer}`)
      return validate(data) ? [] : (validate.errors ?? []).map(describe)
    },
  }
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? ''}`.trim()
}

/** The spec's example payloads, by file name. */
export function readOrukExample(name: string): unknown {
  return JSON.parse(readFileSync(join(orukSpecDir, 'examples', name), 'utf8'))
}
