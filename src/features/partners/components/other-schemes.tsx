import { useMemo } from 'react'
import type { SchemeAudience, SchemeTheme } from '../../../core/partners/partner'
import { useAllSchemes } from '../api/partner-queries'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { ServiceCard } from './service-card'

/**
 * Other organisations' active schemes, so a partner sees what already runs before adding their
 * own; read-only here (each is changed from its own organisation's list, by its own people).
 */
export function OtherSchemes({
  organisationIds,
  themes,
  audiences,
}: {
  /** The organisations whose schemes are listed above (left out here). */
  organisationIds: readonly string[]
  themes: readonly SchemeTheme[]
  audiences: readonly SchemeAudience[]
}) {
  const schemes = useAllSchemes()
  const themeLabels = useMemo(() => new Map(themes.map((t) => [t.code, t.label])), [themes])
  const audienceLabels = useMemo(
    () => new Map(audiences.map((a) => [a.code, a.label])),
    [audiences],
  )
  return (
    <section className="partners-section" aria-labelledby="other-schemes">
      <h2 id="other-schemes">Other partners’ schemes</h2>
      <ReadStateView read={schemes} what="schemes">
        {(list) => {
          const others = list.filter((s) => !organisationIds.includes(s.organisationId))
          return others.length === 0 ? (
            <p className="muted">No other partner has a scheme yet.</p>
          ) : (
            <ul className="partners-cards">
              {others.map((scheme) => (
                <li key={scheme.schemeId}>
                  <ServiceCard
                    service={scheme}
                    themeLabels={themeLabels}
                    audienceLabels={audienceLabels}
                  />
                </li>
              ))}
            </ul>
          )
        }}
      </ReadStateView>
    </section>
  )
}
