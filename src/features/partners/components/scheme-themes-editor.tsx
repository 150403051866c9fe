import { useEffect, useState } from 'react'
import { NOT_YET_MAPPED_THEME, type SchemeTheme } from '../../../core/partners/partner'
import { themeCodeFrom } from '../../../core/partners/theme-code-from'
import { usePartnerWrite } from '../api/partner-queries'
import type { ThemeFormValues } from '../api/theme-form-schema'
import { ThemeForm, type NeedChoice } from './theme-form'

/** The ward indicators the themes already name, each once, as a theme may name one of them. */
export function needChoicesOf(themes: readonly SchemeTheme[]): NeedChoice[] {
  const choices = new Map<string, string>()
  for (const theme of themes) {
    if (theme.needIndicator && !choices.has(theme.needIndicator)) {
      choices.set(theme.needIndicator, theme.needLabel ?? theme.needIndicator)
    }
  }
  return [...choices].map(([indicator, label]) => ({ indicator, label }))
}

/**
 * Administrators (edit_taxonomy) edit the scheme themes: add, rename, choose the need measure,
 * move, retire and restore. "Not yet mapped" is the import's own theme and is not offered here.
 */
export function SchemeThemesEditor({ themes }: { themes: readonly SchemeTheme[] }) {
  const write = usePartnerWrite()
  const [changing, setChanging] = useState<string | null>(null)
  const [done, setDone] = useState('')
  // A move's or retirement's refusal (a form's own shows beside its field).
  const [failure, setFailure] = useState<string | null>(null)
  // The control to focus once the list has been read again (a moved row's button, say).
  const [focusNext, setFocusNext] = useState<{ id: string; otherwise: string } | null>(null)
  useEffect(() => {
    if (!focusNext) return
    const wanted = document.getElementById(focusNext.id)
    const target =
      wanted instanceof HTMLButtonElement && wanted.disabled
        ? document.getElementById(focusNext.otherwise)
        : wanted
    target?.focus()
  }, [focusNext, themes])

  const editable = themes.filter((theme) => theme.code !== NOT_YET_MAPPED_THEME)
  const needChoices = needChoicesOf(themes)
  const labels = themes.map((theme) => theme.label)
  const buttonId = (code: string, what: string) => `scheme-theme-${code}-${what}`
  const needFields = ({ needIndicator }: ThemeFormValues) => ({
    needIndicator: needIndicator || null,
    needLabel: needChoices.find((c) => c.indicator === needIndicator)?.label ?? null,
  })
  const save = async (theme: Omit<SchemeTheme, 'sortOrder'>, message: string) => {
    const saved = await write.run((port) => port.partners.saveTheme(theme))
    if (!saved.ok) return saved.message
    setFailure(null)
    setDone(message)
    return null
  }
  const act = async (work: Parameters<typeof write.run>[0], message: string) => {
    const result = await write.run(work)
    setFailure(result.ok ? null : result.message)
    if (result.ok) setDone(message)
  }

  return (
    <section className="scheme-taxonomy" aria-labelledby="scheme-themes-title">
      <h2 id="scheme-themes-title" className="panel-title">
        Scheme themes
      </h2>
      <p className="muted">
        What partners’ schemes are about. Retiring a theme keeps it on the schemes that have it, but
        no longer offers it for new ones; restore it to offer it again. A theme’s need measure
        decides where the coordination map sees a gap.
      </p>
      {failure ? (
        <p className="form-message form-message--error" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="scheme-taxonomy__done" role="status">
        {done}
      </p>
      <ol className="scheme-taxonomy__list" aria-label="Scheme themes">
        {editable.map((theme, index) => (
          <li key={theme.code} className="scheme-taxonomy__item">
            {changing === theme.code ? (
              <ThemeForm
                title={`Change “${theme.label}”`}
                submitLabel="Save the theme"
                taken={labels.filter((label) => label !== theme.label)}
                needChoices={needChoices}
                defaults={{ label: theme.label, needIndicator: theme.needIndicator ?? '' }}
                autoFocus
                onSave={async (values) => {
                  const refusal = await save(
                    { ...theme, label: values.label, ...needFields(values) },
                    `Saved “${values.label}”.`,
                  )
                  if (refusal === null) {
                    setChanging(null)
                    setFocusNext({ id: buttonId(theme.code, 'change'), otherwise: '' })
                  }
                  return refusal
                }}
                onCancel={() => {
                  setChanging(null)
                  setFocusNext({ id: buttonId(theme.code, 'change'), otherwise: '' })
                }}
              />
            ) : (
              <>
                <span className={theme.retired ? 'scheme-taxonomy__retired' : undefined}>
                  {theme.label}
                  {theme.retired ? ' (retired: kept on its schemes, not offered)' : null}
                </span>
                <span className="scheme-taxonomy__need muted">
                  {theme.needLabel ? `Need: ${theme.needLabel}` : 'Overlaps only'}
                </span>
                <span className="scheme-taxonomy__actions">
                  <button
                    id={buttonId(theme.code, 'change')}
                    type="button"
                    className="link-button"
                    aria-label={`Change: ${theme.label}`}
                    onClick={() => setChanging(theme.code)}
                  >
                    Change
                  </button>
                  {([-1, 1] as const).map((offset) => {
                    const [here, there] = offset < 0 ? ['up', 'down'] : ['down', 'up']
                    return (
                      <button
                        key={here}
                        id={buttonId(theme.code, here)}
                        type="button"
                        className="link-button"
                        aria-label={`Move ${here}: ${theme.label}`}
                        disabled={
                          write.busy || (offset < 0 ? index === 0 : index === editable.length - 1)
                        }
                        onClick={() =>
                          void act(async (port) => {
                            await port.partners.moveTheme(theme.code, offset)
                            setFocusNext({
                              id: buttonId(theme.code, here),
                              otherwise: buttonId(theme.code, there),
                            })
                          }, `Moved “${theme.label}” ${here}.`)
                        }
                      >
                        Move {here}
                      </button>
                    )
                  })}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`${theme.retired ? 'Restore' : 'Retire'}: ${theme.label}`}
                    disabled={write.busy}
                    onClick={() =>
                      void act(
                        (port) => port.partners.saveTheme({ ...theme, retired: !theme.retired }),
                        theme.retired
                          ? `Restored “${theme.label}”.`
                          : `Retired “${theme.label}”: schemes that have it keep it; it is no longer offered.`,
                      )
                    }
                  >
                    {theme.retired ? 'Restore' : 'Retire'}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <h3 className="panel-subtitle">Add a theme</h3>
      <ThemeForm
        title="Add a theme"
        submitLabel="Add the theme"
        taken={labels}
        needChoices={needChoices}
        onSave={async (values) => {
          const code = themeCodeFrom(
            values.label,
            themes.map((theme) => theme.code),
          )
          if (code === null) return 'Give the theme a name with at least two letters of a to z'
          return save(
            { code, label: values.label, retired: false, ...needFields(values) },
            `Added “${values.label}”.`,
          )
        }}
      />
    </section>
  )
}
