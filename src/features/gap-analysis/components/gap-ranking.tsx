import { useState } from 'react'
import type { AnalysisSettings } from '../analysis-settings'
import { downloadFile } from '../../../components/download-file'
import { useRecordAnalysisExport } from '../api/use-record-analysis-export'
import { toRankingCsv } from '../export/to-ranking-csv'
import type { RankingCaveats } from '../ranking-caveats'
import type { GapAnalysisResult } from '../worker/gap-analysis-result'
import { GapRankingTable } from './gap-ranking-table'
import { RankingCaveatsNotice } from './ranking-caveats-notice'

export interface GapRankingProps {
  result: GapAnalysisResult | null
  /** Provisional or too few assets: said above the table; a provisional ranking is not downloaded. */
  caveats: RankingCaveats
  settings: AnalysisSettings
  authorities: ReadonlyMap<string, string>
  selectedCode: string | null
  onSelect: (code: string) => void
  onOpenProfile: (code: string) => void
}

/**
 * The ranking section: its heading, a CSV download (off while the ranking is provisional), its
 * caveats, what is missing for a ranking, and the table.
 */
export function GapRanking(props: GapRankingProps) {
  const { result, settings } = props
  const missing = [
    settings.kinds.length === 0 ? 'choose at least one kind of asset that counts as supply' : '',
    settings.need.length === 0 ? 'give at least one need indicator a weight' : '',
    settings.rateWeight + settings.coverageWeight === 0
      ? 'give assets per 1,000 residents or walking coverage a weight'
      : '',
  ].filter(Boolean)
  const recordExport = useRecordAnalysisExport()
  const [exportError, setExportError] = useState<string | null>(null)
  const download = () => {
    if (!result || !recordExport || props.caveats.provisional) return
    setExportError(null)
    recordExport(result.wards.length, () =>
      downloadFile(
        `ward-gap-ranking-${result.request.distanceMetres}m.csv`,
        new Blob(['\uFEFF', toRankingCsv(result, props.authorities)], {
          type: 'text/csv;charset=utf-8',
        }),
      ),
    ).catch((error: unknown) =>
      setExportError(
        `The ranking was not downloaded: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
  }
  return (
    <>
      <div className="gap-ranking-header">
        <h2 id="gap-ranking-heading">Under-served wards</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={download}
          disabled={!result || !recordExport || props.caveats.provisional !== null}
          aria-describedby={props.caveats.provisional ? 'gap-ranking-provisional' : undefined}
        >
          Download the ranking (CSV)
        </button>
      </div>
      <RankingCaveatsNotice caveats={props.caveats} provisionalId="gap-ranking-provisional" live />
      {exportError ? (
        <p className="form-message form-message--error" role="alert">
          {exportError}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p className="form-message" role="status">
          To rank the wards, {missing.join(' and ')}.
        </p>
      ) : null}
      {result ? (
        // Scrolls sideways when the page is narrow (200 % zoom, a phone): "Why" and "Profile"
        // stay reachable rather than cut off.
        <div
          className="gap-ranking__scroll"
          role="region"
          aria-label="Ranking table (scrolls sideways on a narrow screen)"
          tabIndex={0}
        >
          <GapRankingTable
            wards={result.wards}
            regionName={result.regionName}
            authorities={props.authorities}
            selectedCode={props.selectedCode}
            onSelect={props.onSelect}
            onOpenProfile={props.onOpenProfile}
          />
        </div>
      ) : null}
    </>
  )
}
