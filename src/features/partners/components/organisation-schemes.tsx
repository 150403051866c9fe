import { useMemo, useState } from 'react'
import { useAssetList } from '../../../db/use-asset-list'
import type { DirectoryService, SchemeAudience, SchemeTheme } from '../../../core/partners/partner'
import { newClientId } from '../../../core/time-banks/new-client-id'
import { usePartnerWrite, useSchemes } from '../api/partner-queries'
import { keptVenueNames, toSchemeFormValues } from '../api/scheme-form-schema'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { SchemeForm } from './scheme-form'
import { ServiceCard } from './service-card'
import type { WardChoice } from './ward-picker'

type Editing = { mode: 'add'; id: string } | { mode: 'edit'; scheme: DirectoryService } | null

/**
 * One organisation's active schemes, each with Edit and Retire only where the database says the
 * acting person may (`can_edit`), and "Add a scheme" for its people.
 */
export function OrganisationSchemes({
  organisationId,
  organisationName,
  themes,
  audiences,
  wards,
}: {
  organisationId: string
  organisationName: string
  themes: readonly SchemeTheme[]
  audiences: readonly SchemeAudience[]
  wards: readonly WardChoice[]
}) {
  const schemes = useSchemes(organisationId)
  const [editing, setEditing] = useState<Editing>(null)
  const write = usePartnerWrite()
  const retire = usePartnerWrite()
  const { assets } = useAssetList({ enabled: editing !== null })
  const places = useMemo(
    () =>
      (assets ?? [])
        .filter((asset) => asset.status === 'approved' && asset.kind !== 'individual')
        .map((asset) => ({ id: asset.id, name: asset.name, sensitive: asset.isSensitive })),
    [assets],
  )
  const themeLabels = useMemo(() => new Map(themes.map((t) => [t.code, t.label])), [themes])
  const audienceLabels = useMemo(
    () => new Map(audiences.map((a) => [a.code, a.label])),
    [audiences],
  )
  const form = (ids: { id: string; organisationId: string }, scheme?: DirectoryService) => (
    <SchemeForm
      key={ids.id}
      ids={ids}
      {...(scheme
        ? { initial: toSchemeFormValues(scheme), keptVenues: keptVenueNames(scheme) }
        : {})}
      themes={themes}
      audiences={audiences}
      wards={wards}
      places={places}
      onSave={async (input) => {
        const saved = await write.run((port) => port.partners.saveScheme(input))
        if (!saved.ok) return saved.message
        setEditing(null)
        return null
      }}
      onCancel={() => setEditing(null)}
    />
  )
  return (
    <section className="partners-section" aria-labelledby={`schemes-${organisationId}`}>
      <h2 id={`schemes-${organisationId}`}>{organisationName}: schemes</h2>
      {editing?.mode === 'add' ? (
        form({ id: editing.id, organisationId })
      ) : (
        <div className="partners-actions">
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ mode: 'add', id: newClientId() })}
          >
            Add a scheme
          </button>
        </div>
      )}
      <ReadStateView read={schemes} what="schemes">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No active schemes yet.</p>
          ) : (
            <ul className="partners-cards">
              {list.map((scheme) => (
                <li key={scheme.schemeId}>
                  {editing?.mode === 'edit' && editing.scheme.schemeId === scheme.schemeId ? (
                    form({ id: scheme.schemeId, organisationId }, scheme)
                  ) : (
                    <ServiceCard
                      service={scheme}
                      themeLabels={themeLabels}
                      audienceLabels={audienceLabels}
                    >
                      {scheme.canEdit ? (
                        <div className="partners-actions">
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={`Edit ${scheme.name}`}
                            onClick={() => setEditing({ mode: 'edit', scheme })}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={`Retire ${scheme.name}`}
                            disabled={retire.busy}
                            aria-busy={retire.busy}
                            onClick={() =>
                              void retire.run((port) => port.partners.retireScheme(scheme.schemeId))
                            }
                          >
                            Retire
                          </button>
                        </div>
                      ) : null}
                    </ServiceCard>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ReadStateView>
      {retire.error ? (
        <p className="form-message form-message--error" role="alert">
          {retire.error}
        </p>
      ) : null}
    </section>
  )
}
