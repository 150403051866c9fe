import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { ReadStateView } from '../../../components/ui/read-state-view'
import {
  NOT_YET_MAPPED_THEME,
  type ExternalTermSummary,
  type SchemeTheme,
} from '../../../core/partners/partner'
import { useExternalTerms, usePartnerWrite } from '../api/partner-queries'
import { termThemeSchema, type TermThemeValues } from '../api/theme-form-schema'

const keyOf = (term: ExternalTermSummary) => `${term.vocabulary} ${term.termCode}`
const schemesIn = (n: number) => (n === 1 ? '1 scheme' : `${n} schemes`)

/**
 * Terms that imported schemes brought from other directories' taxonomies (Open Referral UK), each
 * mapped to one of our themes for every scheme that carries it (`map_external_term`), so that
 * those schemes count under the theme in the directory, the coordination map and the gap analysis.
 */
export function ExternalTermsMapper({ themes }: { themes: readonly SchemeTheme[] }) {
  const terms = useExternalTerms()
  const [done, setDone] = useState('')
  // A mapped term moves to the other list: its row there takes the focus the Map button had.
  const [focusTerm, setFocusTerm] = useState<string | null>(null)
  const offered = themes.filter((theme) => !theme.retired && theme.code !== NOT_YET_MAPPED_THEME)
  const labelOf = (code: string) => themes.find((theme) => theme.code === code)?.label ?? code
  return (
    <section className="scheme-taxonomy" aria-labelledby="external-terms-title">
      <h2 id="external-terms-title" className="panel-title">
        Imported terms
      </h2>
      <p className="muted">
        Terms that schemes brought from other directories’ taxonomies. Mapping a term gives its
        theme to every scheme you may edit that carries it, and to later imports of it. Changing a
        mapping adds the new theme; a theme the schemes already have stays until a scheme is edited.
      </p>
      <p className="scheme-taxonomy__done" role="status">
        {done}
      </p>
      <ReadStateView
        read={terms}
        what="the imported terms"
        empty="No imported scheme has a term of another taxonomy."
      >
        {(list) => {
          const unmapped = list.filter((term) => term.unmappedSchemes > 0)
          const mapped = list.filter((term) => term.unmappedSchemes === 0)
          return (
            <>
              <h3 className="panel-subtitle">Not yet mapped ({unmapped.length})</h3>
              {unmapped.length === 0 ? (
                <p className="muted">Every term is mapped.</p>
              ) : (
                <ul className="scheme-taxonomy__terms" aria-label="Terms not yet mapped">
                  {unmapped.map((term) => (
                    <TermRow
                      key={keyOf(term)}
                      term={term}
                      themes={offered}
                      labelOf={labelOf}
                      focus={focusTerm === keyOf(term)}
                      onMapped={(message) => {
                        setDone(message)
                        setFocusTerm(keyOf(term))
                      }}
                    />
                  ))}
                </ul>
              )}
              <h3 className="panel-subtitle">Mapped ({mapped.length})</h3>
              {mapped.length === 0 ? (
                <p className="muted">No term is mapped yet.</p>
              ) : (
                <ul className="scheme-taxonomy__terms" aria-label="Mapped terms">
                  {mapped.map((term) => (
                    <TermRow
                      key={keyOf(term)}
                      term={term}
                      themes={offered}
                      labelOf={labelOf}
                      focus={focusTerm === keyOf(term)}
                      onMapped={(message) => {
                        setDone(message)
                        setFocusTerm(keyOf(term))
                      }}
                    />
                  ))}
                </ul>
              )}
            </>
          )
        }}
      </ReadStateView>
    </section>
  )
}

function TermRow({
  term,
  themes,
  labelOf,
  focus,
  onMapped,
}: {
  term: ExternalTermSummary
  themes: readonly SchemeTheme[]
  labelOf: (code: string) => string
  /** Takes the focus when shown (the term just mapped). */
  focus: boolean
  onMapped: (message: string) => void
}) {
  const id = useId()
  const select = useRef<HTMLSelectElement | null>(null)
  useEffect(() => {
    if (focus) select.current?.focus()
  }, [focus])
  const { run, busy, error } = usePartnerWrite()
  const isMapped = term.unmappedSchemes === 0
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TermThemeValues>({
    resolver: zodResolver(termThemeSchema),
    defaultValues: { theme: '' },
  })
  const submit = handleSubmit(async ({ theme }) => {
    const mapped = await run((port) =>
      port.partners.mapExternalTerm(term.vocabulary, term.termCode, theme),
    )
    if (!mapped.ok) return
    onMapped(
      mapped.value === 0
        ? `No scheme you may edit carries “${term.termName}”: nothing changed.`
        : `Mapped “${term.termName}” to ${labelOf(theme)} on ${schemesIn(mapped.value)}.`,
    )
  })
  const fieldError = errors.theme?.message
  const themeField = register('theme')
  return (
    <li className="scheme-taxonomy__term">
      <p className="scheme-taxonomy__term-name">
        <strong>{term.termName}</strong>{' '}
        <span className="muted">
          {term.vocabulary}: {term.termCode}
        </span>
      </p>
      <p className="muted">
        On {schemesIn(term.schemes)}
        {term.mappedThemes.length > 0
          ? `; mapped to ${term.mappedThemes.map(labelOf).join(', ')}`
          : null}
        {!isMapped && term.unmappedSchemes < term.schemes
          ? ` (${schemesIn(term.unmappedSchemes)} not yet)`
          : null}
      </p>
      <form
        aria-label={`Map “${term.termName}”`}
        className="partners-row"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <FormField id={`${id}-theme`} label={`Theme for “${term.termName}”`} error={fieldError}>
          <select
            id={`${id}-theme`}
            aria-invalid={Boolean(fieldError)}
            aria-describedby={describedBy(`${id}-theme`, false, fieldError)}
            {...themeField}
            ref={(element) => {
              themeField.ref(element)
              select.current = element
            }}
          >
            <option value="">Choose a theme</option>
            {themes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {theme.label}
              </option>
            ))}
          </select>
        </FormField>
        <div className="partners-actions">
          <button type="submit" className="button" disabled={busy} aria-busy={busy}>
            {busy ? 'Mapping…' : isMapped ? 'Change' : 'Map'}
          </button>
        </div>
      </form>
      {error ? (
        <p className="form-message form-message--error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  )
}
