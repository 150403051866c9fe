// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AnalysisIssues } from './analysis-issues'

afterEach(cleanup)

describe('AnalysisIssues', () => {
  it('lists every problem in words, saying which were left out', () => {
    render(
      <AnalysisIssues
        issues={[
          {
            severity: 'warning',
            message: 'Ward E05004118 (Waterhouse Farm): IMD 2025 score is not a number; left out',
          },
          { severity: 'error', message: 'Asset a9: latitude 95 is out of range (-90…90)' },
        ]}
      />,
    )
    const region = screen.getByRole('region', {
      name: '2 problems in the data, 1 left out of the analysis',
    })
    expect(region.querySelectorAll('li')).toHaveLength(2)
    expect(region.textContent).toContain('Left out: Asset a9: latitude 95 is out of range')
  })

  it('shows nothing when the data had no problems', () => {
    const { container } = render(<AnalysisIssues issues={[]} />)
    expect(container.innerHTML).toBe('')
  })
})
