import type { GapAnalysisState } from '../api/use-gap-analysis'
import { rankingCaveats } from '../ranking-caveats'
import { AnalysisStatus } from './analysis-status'
import { WardProfile } from './ward-profile'

export interface WardProfilePageProps {
  code: string
  analysis: GapAnalysisState
  authority: string | null
  attribution: string
  onBack: () => void
}

/** A ward's profile once the analysis has a result, or where it is until then. */
export function WardProfilePage({
  code,
  analysis,
  authority,
  attribution,
  onBack,
}: WardProfilePageProps) {
  const ward = analysis.result?.wards.find((candidate) => candidate.code === code)
  if (analysis.result && ward) {
    return (
      <div className="gap-profile-page">
        <WardProfile
          ward={ward}
          result={analysis.result}
          authority={authority}
          attribution={attribution}
          caveats={rankingCaveats(analysis.result, analysis.assets)}
          onBack={onBack}
        />
      </div>
    )
  }
  return (
    <div className="gap-profile-page">
      {analysis.result ? (
        <p className="form-message form-message--error" role="alert">
          There is no ward {code} in the analysis.
        </p>
      ) : (
        <AnalysisStatus state={analysis} />
      )}
      <button type="button" className="button button--secondary" onClick={onBack}>
        Back to the analysis
      </button>
    </div>
  )
}
