import { useState } from 'react'
import { useForm } from 'react-hook-form'
import {
  IMPORT_FIELDS,
  mappingProblems,
  type ColumnMapping,
  type ImportField,
} from '../../../core/imports/column-mapping'
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary'

export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  kind: 'Kind',
  subtype: 'Subtype',
  description: 'Description',
  contact: 'Contact',
  website: 'Website',
  opening_times: 'Opening times',
  tags: 'Tags',
  latitude: 'Latitude',
  longitude: 'Longitude',
  easting: 'Easting (British National Grid)',
  northing: 'Northing (British National Grid)',
  postcode: 'Postcode',
}

const fieldId = (field: ImportField) => `import-field-${field}`

/** The field a problem of `mappingProblems` is about, so the summary's link can focus it. */
function problemField(problem: string): ImportField {
  const named = /reads (\w+) from/.exec(problem)?.[1]
  if (named && (IMPORT_FIELDS as readonly string[]).includes(named)) return named as ImportField
  if (problem.includes('holds the name')) return 'name'
  if (problem.includes('holds the kind')) return 'kind'
  return 'latitude'
}

/**
 * Which column holds each field: a select per field, first filled from the file's headers (or
 * the mapping saved for them); a mapping that cannot name and place a row is refused in words.
 */
export function ColumnMappingForm({
  headers,
  initial,
  onSubmit,
}: {
  headers: readonly string[]
  initial: ColumnMapping
  onSubmit: (mapping: ColumnMapping) => void
}) {
  const defaultValues = Object.fromEntries(
    IMPORT_FIELDS.map((field) => [field, initial[field] ?? '']),
  ) as Record<ImportField, string>
  const { register, handleSubmit } = useForm({ defaultValues })
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([])
  const [focusKey, setFocusKey] = useState(0)
  return (
    <form
      className="import-mapping"
      noValidate
      onSubmit={handleSubmit((values) => {
        const mapping: ColumnMapping = {}
        for (const field of IMPORT_FIELDS) if (values[field]) mapping[field] = values[field]
        const problems = mappingProblems(mapping, headers)
        setErrors(problems.map((message) => ({ fieldId: fieldId(problemField(message)), message })))
        setFocusKey((key) => key + 1)
        if (problems.length === 0) onSubmit(mapping)
      })}
    >
      <ErrorSummary errors={errors} focusKey={focusKey} />
      <div className="import-mapping__fields">
        {IMPORT_FIELDS.map((field) => (
          <div className="form-field" key={field}>
            <label className="form-field__label" htmlFor={fieldId(field)}>
              {FIELD_LABELS[field]}
            </label>
            <select id={fieldId(field)} {...register(field)}>
              <option value="">Not in the file</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="button">
        Use these columns
      </button>
    </form>
  )
}
