import { describeBivariateClass } from '../bivariate-classes'
import type { WardGapResult } from '../worker/gap-analysis-result'

export interface SelectedWardProps {
  ward: WardGapResult
  authority: string | null
  onOpenProfile: () => void
  onClose: () => void
}

/** The ward chosen on the map or in the table: its class and reason, and the way to its profile. */
export function SelectedWard({ ward, authority, onOpenProfile, onClose }: SelectedWardProps) {
  return (
    <section className="gap-selected" aria-label="Selected ward">
      <h3>
        {ward.name}
        {authority ? <span className="gap-selected__authority"> · {authority}</span> : null}
      </h3>
      <p>
        {ward.needTercile && ward.supplyTercile
          ? describeBivariateClass({ need: ward.needTercile, supply: ward.supplyTercile })
          : 'No need or supply figure'}
        {ward.rank === null ? '' : ` · gap rank ${ward.rank}`}
      </p>
      <p>{ward.reason}</p>
      <div className="gap-selected__actions">
        <button type="button" className="button" onClick={onOpenProfile}>
          Open the ward profile
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}
