import type { AnalysisIssue } from '../../../core/analysis/types'

/** Issues listed one by one; more are counted, so a broken file cannot flood the page. */
const SHOWN = 50

/**
 * What the analysis found wrong in its input (a ward file value that is not a number, an asset
 * with coordinates out of range…) and left out: never silently, never as NaN on the page.
 */
export function AnalysisIssues({ issues }: { issues: readonly AnalysisIssue[] }) {
  if (issues.length === 0) return null
  const errors = issues.filter((issue) => issue.severity === 'error').length
  return (
    <section className="gap-issues" aria-labelledby="gap-issues-heading">
      <h3 id="gap-issues-heading" className="gap-issues__heading">
        {issues.length === 1
          ? '1 problem in the data'
          : `${issues.length.toLocaleString('en-GB')} problems in the data`}
        {errors > 0 ? `, ${errors} left out of the analysis` : ''}
      </h3>
      <ul>
        {issues.slice(0, SHOWN).map((issue, index) => (
          <li key={index}>
            <strong>{issue.severity === 'error' ? 'Left out' : 'Note'}:</strong> {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN ? (
        <p>…and {(issues.length - SHOWN).toLocaleString('en-GB')} more.</p>
      ) : null}
    </section>
  )
}
