import { useId, useMemo, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import {
  ASSET_RELATIONS,
  type AssetLink,
  type AssetRelation,
  type NewAssetLink,
} from '../../../core/assets/asset-link'
import { createAssetIndex, anyAssetFilter, filterAssets } from '../../../core/assets/filter-assets'
import { FormField } from '../../../components/ui/form-field'
import type { PersonLinks } from '../api/use-person-links'
import { PersonConnections } from './person-connections'

export const RELATION_LABELS: Record<AssetRelation, string> = {
  member_of: 'is a member of',
  meets_at: 'meets at',
  runs: 'runs',
  partners_with: 'partners with',
}

export interface AssetConnectionsProps {
  asset: Asset
  /** People connected to the asset, for those who may see residents (builders, admins). */
  people?: PersonLinks | null
  links: readonly AssetLink[]
  /** Assets that may be connected to (the visible list). */
  candidates: readonly Asset[]
  onLink: (input: NewAssetLink) => Promise<void>
  onUnlink: (linkId: string) => Promise<void>
  onShow: (assetId: string) => void
}

/** An asset's connections (ABCD connection map): listed here, drawn as lines on the map. */
export function AssetConnections({
  asset,
  people,
  links,
  candidates,
  onLink,
  onUnlink,
  onShow,
}: AssetConnectionsProps) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [target, setTarget] = useState('')
  const [relation, setRelation] = useState<AssetRelation>('meets_at')
  const [error, setError] = useState<string | null>(null)
  const index = useMemo(
    () => createAssetIndex(candidates.filter((c) => c.id !== asset.id)),
    [candidates, asset.id],
  )
  const matches = useMemo(
    () =>
      query.trim() ? filterAssets(index, { ...anyAssetFilter, text: query }).slice(0, 30) : [],
    [index, query],
  )
  return (
    <section className="asset-connections" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="panel-subtitle">
        Connections ({links.length})
      </h4>
      {links.length === 0 ? <p className="muted">Not connected to anything yet.</p> : null}
      <ul className="asset-connections__list">
        {links.map((link) => {
          const outgoing = link.fromAssetId === asset.id
          const otherId = outgoing ? link.toAssetId : link.fromAssetId
          return (
            <li key={link.id}>
              {outgoing
                ? `${RELATION_LABELS[link.relation]} `
                : `${link.fromName} ${RELATION_LABELS[link.relation]} this`}
              {outgoing ? (
                <button type="button" className="link-button" onClick={() => onShow(otherId)}>
                  {link.toName}
                </button>
              ) : (
                <button type="button" className="link-button" onClick={() => onShow(otherId)}>
                  {' '}
                  (show)
                </button>
              )}{' '}
              <button type="button" className="link-button" onClick={() => void onUnlink(link.id)}>
                Remove
                <span className="visually-hidden">
                  {' '}
                  connection to {outgoing ? link.toName : link.fromName}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {people ? <PersonConnections asset={asset} people={people} /> : null}
      <details>
        <summary>Connect to another asset</summary>
        <form
          noValidate
          aria-label={`Connect ${asset.name} to another asset`}
          onSubmit={async (event) => {
            event.preventDefault()
            if (!target) {
              setError('Choose the asset to connect to')
              return
            }
            try {
              setError(null)
              await onLink({ fromAssetId: asset.id, toAssetId: target, relation })
              setTarget('')
              setQuery('')
            } catch (failure) {
              setError(failure instanceof Error ? failure.message : String(failure))
            }
          }}
        >
          {error ? (
            <p role="alert" className="form-field__error">
              {error}
            </p>
          ) : null}
          <FormField id={`${id}-relation`} label="This asset…">
            <select
              id={`${id}-relation`}
              value={relation}
              onChange={(e) => setRelation(e.target.value as AssetRelation)}
            >
              {ASSET_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {RELATION_LABELS[r]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-query`} label="Find the other asset by name">
            <input
              id={`${id}-query`}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </FormField>
          <FormField id={`${id}-target`} label="Other asset">
            <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{matches.length ? 'Choose…' : 'Type a name above first'}</option>
              {matches.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit" className="button button--secondary">
            Connect
          </button>
        </form>
      </details>
    </section>
  )
}
