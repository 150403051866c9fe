import { useRef, useState } from 'react'
import { NEED_INDICATORS } from '../../../core/analysis/need-indicators'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import { ANALYSIS_KINDS } from '../analysis-settings'
import { describeAnalysisSettings } from '../describe-analysis-settings'
import { chartsToPng } from '../export/charts-to-png'
import type { RankingCaveats } from '../ranking-caveats'
import { downloadFile } from '../../../components/download-file'
import { useRecordAnalysisExport } from '../api/use-record-analysis-export'
import { toWardProfileCsv } from '../export/to-ward-profile-csv'
import type { GapAnalysisResult, WardGapResult } from '../worker/gap-analysis-result'
import { BarChart } from '../../../components/ui/bar-chart'
import { IndicatorChart } from './indicator-chart'
import { RankingCaveatsNotice } from './ranking-caveats-notice'

export interface WardProfileProps {
  ward: WardGapResult
  result: GapAnalysisResult
  authority: string | null
  /** Data attribution, printed at the foot of the page. */
  attribution: string
  /** Provisional or too few assets: said on the page; a provisional profile is not downloaded. */
  caveats: RankingCaveats
  onBack: () => void
}

/**
 * One ward's profile for a lead to print (A4) or send: its place in the ranking and why, charts
 * of its assets and walking coverage by kind and its indicators against the region's average,
 * with CSV and PNG downloads. It shows the figures of the analysis on screen, settings and all.
 */
export function WardProfile({
  ward,
  result,
  authority,
  attribution,
  caveats,
  onBack,
}: WardProfileProps) {
  const charts = useRef<(SVGSVGElement | null)[]>([])
  const [exportError, setExportError] = useState<string | null>(null)
  const { request, averages, regionName } = result
  const ranked = result.wards.filter((w) => w.rank !== null).length
  const kindRows = (pick: (k: (typeof ANALYSIS_KINDS)[number]) => [number | null, number | null]) =>
    ANALYSIS_KINDS.map((kind) => {
      const [value, reference] = pick(kind)
      return { label: ASSET_KIND_LABELS[kind], value, reference }
    })
  const indicatorRows = NEED_INDICATORS.map((indicator) => ({
    label: indicator.label,
    ward: ward.indicators[indicator.key] ?? null,
    region: averages.indicators[indicator.key] ?? null,
  })).filter((row) => row.ward !== null || row.region !== null)
  const settings = describeAnalysisSettings(request, regionName, ward.timeBank !== null)
  // The deprivation figures are MHCLG's; the assets are this map's own.
  const sources = `${attribution} Indices of Deprivation 2019 and 2025: MHCLG, Open Government Licence v3.0. Assets and schemes: this Community Asset Map.`

  const recordExport = useRecordAnalysisExport()
  const canDownload = recordExport !== null && caveats.provisional === null
  const downloadNote = caveats.provisional ? 'ward-profile-provisional' : undefined
  // One ward's figures either way; recorded in the audit log before the file is made.
  const exportProfile = (download: () => void | Promise<void>) => {
    if (!recordExport || !canDownload) return
    setExportError(null)
    recordExport(1, download).catch((error: unknown) =>
      setExportError(error instanceof Error ? error.message : String(error)),
    )
  }
  const downloadCsv = () =>
    exportProfile(() =>
      downloadFile(
        `ward-profile-${ward.code}.csv`,
        // A byte-order mark, so that Excel reads the file as UTF-8.
        new Blob(['\uFEFF', toWardProfileCsv(ward, result)], { type: 'text/csv;charset=utf-8' }),
      ),
    )
  const downloadPng = () => {
    const svgs = charts.current.filter((svg): svg is SVGSVGElement => svg !== null)
    exportProfile(async () => {
      const made = new Date().toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
      downloadFile(
        `ward-profile-${ward.code}.png`,
        await chartsToPng(`${ward.name} ward profile`, svgs, [
          `${ward.reason}.`,
          settings,
          `Made on ${made} from the analysis as it stood.${caveats.tooFewAssets ? ` ${caveats.tooFewAssets}` : ''}`,
          sources,
        ]),
      )
    })
  }

  return (
    <article className="ward-profile" aria-labelledby="ward-profile-heading">
      <div className="ward-profile__actions no-print">
        <button type="button" className="button button--secondary" onClick={onBack}>
          Back to the analysis
        </button>
        <button
          type="button"
          className="button"
          onClick={downloadCsv}
          disabled={!canDownload}
          aria-describedby={downloadNote}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={downloadPng}
          disabled={!canDownload}
          aria-describedby={downloadNote}
        >
          Download charts (PNG)
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print (A4)
        </button>
      </div>
      {exportError ? (
        <p className="form-message form-message--error" role="alert">
          {exportError}
        </p>
      ) : null}
      <header className="ward-profile__header">
        <h2 id="ward-profile-heading">{ward.name}: ward profile</h2>
        <p>
          {authority ? `${authority} · ` : ''}
          {ward.code} · {regionName}
        </p>
      </header>
      <RankingCaveatsNotice caveats={caveats} provisionalId="ward-profile-provisional" live />
      <dl className="ward-profile__facts">
        <div>
          <dt>Residents</dt>
          <dd>{ward.population?.toLocaleString('en-GB') ?? 'not known'}</dd>
        </div>
        <div>
          <dt>Gap rank</dt>
          <dd>{ward.rank === null ? 'not ranked' : `${ward.rank} of ${ranked}`}</dd>
        </div>
        <div>
          <dt>Need</dt>
          <dd>{percentile(ward.need)}</dd>
        </div>
        <div>
          <dt>Supply</dt>
          <dd>{percentile(ward.supply)}</dd>
        </div>
        <div>
          <dt>Time banks (12 months)</dt>
          <dd>{describeTimeBank(ward.timeBank)}</dd>
        </div>
        <div>
          <dt>Partner schemes</dt>
          <dd>
            {ward.partnerSchemes === null
              ? 'not counted'
              : ward.partnerSchemes.toLocaleString('en-GB')}
          </dd>
        </div>
      </dl>
      <p className="ward-profile__reason">{ward.reason}</p>
      <p className="ward-profile__settings">{settings}</p>
      <div className="ward-profile__charts">
        <BarChart
          ref={(svg) => {
            charts.current[0] = svg
          }}
          title="Assets by kind"
          referenceLabel={`${regionName} mean per ward`}
          format={(value) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
          rows={kindRows((kind) => [
            ward.byKind[kind]?.assets ?? null,
            averages.byKind[kind]?.assetsPerWard ?? null,
          ])}
        />
        <BarChart
          ref={(svg) => {
            charts.current[1] = svg
          }}
          title={`Residents within ${request.distanceMetres.toLocaleString('en-GB')} m, by kind`}
          referenceLabel={`${regionName} as a whole`}
          format={(value) => `${Math.round(value)}%`}
          max={100}
          rows={kindRows((kind) => [
            ward.byKind[kind]?.coveragePct ?? null,
            averages.byKind[kind]?.coveragePct ?? null,
          ])}
        />
        <IndicatorChart
          ref={(svg) => {
            charts.current[2] = svg
          }}
          title={`Indicators against the ${regionName} average`}
          regionName={regionName}
          rows={indicatorRows}
        />
      </div>
      <p className="ward-profile__credit">{sources}</p>
    </article>
  )
}

/** Active members and hours given, as far as the viewer may see them. */
function describeTimeBank(timeBank: WardGapResult['timeBank']): string {
  if (timeBank === null) return 'not counted'
  // The rule of 5: a count under 5 is never shown beyond the bank's coordinators.
  if (timeBank.activeMembers === null) return 'fewer than 5 members'
  const members = timeBank.activeMembers
  // To a tenth of an hour: an hour and a half given is not 'two hours'.
  const hours = Math.round((timeBank.hoursGiven ?? 0) * 10) / 10
  return `${members.toLocaleString('en-GB')} ${members === 1 ? 'member' : 'members'}, ${hours.toLocaleString('en-GB')} ${hours === 1 ? 'hour' : 'hours'} given`
}

function percentile(value: number | null): string {
  if (value === null) return 'not known'
  const n = Math.round(value)
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')
  return `${n}${suffix} percentile`
}
