import './taxonomy-panel.css'
import { useState, type ReactNode } from 'react'
import { ASSET_KINDS } from '../../../core/assets/asset'
import type { Taxonomy } from '../api/use-taxonomy'
import { KindSubtypes } from './kind-subtypes'

/**
 * Administrators edit the ABCD taxonomy: each of the six kinds (with its colour and mark, as on
 * the map) and its subtypes. Every change is in the audit log; the asset forms offer the new list
 * at once. `children` are other features' taxonomies (app/ composes them), shown after.
 */
export function TaxonomyPanel({
  taxonomy,
  children,
}: {
  taxonomy: Taxonomy
  children?: ReactNode
}) {
  const [done, setDone] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <section aria-labelledby="taxonomy-title" className="taxonomy">
      <h2 id="taxonomy-title" className="panel-title">
        Kinds and subtypes
      </h2>
      <p className="muted">
        Retiring a subtype keeps it on the assets that have it, but no longer offers it for new
        ones; restore it to offer it again. Names are unique within a kind.
      </p>
      {error || taxonomy.error ? (
        <p className="form-message form-message--error" role="alert">
          {error ?? taxonomy.error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {done}
      </p>
      {ASSET_KINDS.map((kind) => (
        <KindSubtypes
          key={kind}
          kind={kind}
          subtypes={taxonomy.subtypes.filter((s) => s.kind === kind)}
          taxonomy={taxonomy}
          onDone={(message) => {
            setError(null)
            setDone(message)
          }}
          onError={setError}
        />
      ))}
      {children}
    </section>
  )
}
