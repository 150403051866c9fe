import { useEffect, useState } from 'react'
import type { AssetKind } from '../../../core/assets/asset'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { AssetSubtype } from '../../../core/assets/asset-subtype'
import { KindSwatch } from '../../../components/ui/kind-swatch'
import type { Taxonomy } from '../api/use-taxonomy'
import { SubtypeNameForm } from './subtype-name-form'

export interface KindSubtypesProps {
  kind: AssetKind
  /** The kind's subtypes in their order, retired ones included. */
  subtypes: readonly AssetSubtype[]
  taxonomy: Taxonomy
  /** Says what was done, in the panel's live region. */
  onDone: (message: string) => void
  /** Says what went wrong (moving, retiring, restoring). */
  onError: (message: string) => void
}

/** One kind of the taxonomy: its subtypes, each renamed, moved, retired or restored, and an add form. */
export function KindSubtypes({ kind, subtypes, taxonomy, onDone, onError }: KindSubtypesProps) {
  const kindLabel = ASSET_KIND_LABELS[kind]
  const [renaming, setRenaming] = useState<string | null>(null)
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
  }, [focusNext, subtypes])

  const buttonId = (code: string, what: string) => `taxonomy-${code}-${what}`
  const labels = subtypes.map((s) => s.label)
  const act = async (work: () => Promise<void>, message: string) => {
    try {
      await work()
      onDone(message)
    } catch (failure) {
      onError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <section className="taxonomy__kind" aria-labelledby={`taxonomy-${kind}-title`}>
      <h3 id={`taxonomy-${kind}-title`} className="panel-subtitle">
        <KindSwatch kind={kind} />
        {kindLabel} ({subtypes.filter((s) => s.isActive).length} in use)
      </h3>
      <ol className="taxonomy__list" aria-label={`Subtypes of ${kindLabel}`}>
        {subtypes.map((subtype, index) => (
          <li key={subtype.code} className="taxonomy__item">
            {renaming === subtype.code ? (
              <SubtypeNameForm
                id={`taxonomy-${subtype.code}-name`}
                fieldLabel={`New name for “${subtype.label}”`}
                submitLabel="Save name"
                kindLabel={kindLabel}
                taken={labels.filter((label) => label !== subtype.label)}
                defaultLabel={subtype.label}
                autoFocus
                onSave={async (label) => {
                  await taxonomy.rename(subtype, label)
                  setRenaming(null)
                  setFocusNext({ id: buttonId(subtype.code, 'rename'), otherwise: '' })
                  onDone(`Renamed “${subtype.label}” to “${label}”.`)
                }}
                onCancel={() => {
                  setRenaming(null)
                  setFocusNext({ id: buttonId(subtype.code, 'rename'), otherwise: '' })
                }}
              />
            ) : (
              <>
                <span className={subtype.isActive ? undefined : 'taxonomy__retired'}>
                  {subtype.label}
                  {subtype.isActive ? null : ' (retired: kept on old assets, not offered)'}
                </span>
                <span className="taxonomy__actions">
                  <button
                    id={buttonId(subtype.code, 'rename')}
                    type="button"
                    className="link-button"
                    aria-label={named('Rename', subtype)}
                    onClick={() => setRenaming(subtype.code)}
                  >
                    Rename
                  </button>
                  {([-1, 1] as const).map((offset) => {
                    const [here, there] = offset < 0 ? ['up', 'down'] : ['down', 'up']
                    return (
                      <button
                        key={here}
                        id={buttonId(subtype.code, here)}
                        type="button"
                        className="link-button"
                        aria-label={named(`Move ${here}`, subtype)}
                        disabled={offset < 0 ? index === 0 : index === subtypes.length - 1}
                        onClick={() =>
                          void act(async () => {
                            await taxonomy.move(subtype.code, offset)
                            setFocusNext({
                              id: buttonId(subtype.code, here),
                              otherwise: buttonId(subtype.code, there),
                            })
                          }, `Moved “${subtype.label}” ${here}.`)
                        }
                      >
                        Move {here}
                      </button>
                    )
                  })}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={named(subtype.isActive ? 'Retire' : 'Restore', subtype)}
                    onClick={() =>
                      void act(
                        () => taxonomy.setActive(subtype, !subtype.isActive),
                        subtype.isActive
                          ? `Retired “${subtype.label}”: assets that have it keep it; it is no longer offered.`
                          : `Restored “${subtype.label}”.`,
                      )
                    }
                  >
                    {subtype.isActive ? 'Retire' : 'Restore'}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <SubtypeNameForm
        id={`taxonomy-${kind}-new`}
        fieldLabel={`New subtype of ${kindLabel}`}
        submitLabel={`Add to ${kindLabel}`}
        kindLabel={kindLabel}
        taken={labels}
        onSave={async (label) => {
          await taxonomy.add(kind, label)
          onDone(`Added “${label}” to ${kindLabel}.`)
        }}
      />
    </section>
  )
}

/**
 * A row button's name: what it does, as shown, then which subtype ("Move up: Pub"), so that the
 * visible words start the name (WCAG 2.5.3) and a screen reader hears which row it acts on.
 */
const named = (action: string, subtype: AssetSubtype) => `${action}: ${subtype.label}`
