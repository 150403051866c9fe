// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DataError, SQLSTATE } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { useDistanceMatches } from '../api/use-distance-matches'
import { MatchingPanel } from './matching-panel'

afterEach(cleanup)

const TOO_MANY =
  'You have matched residents 30 times in the last hour, the most allowed. Please try again later.'

/** The panel with its matches read through a port whose database refuses, as the app wires it. */
function Refused() {
  const place: [number, number] = [0.47, 51.73]
  const matches = useDistanceMatches(place, null)
  return (
    <MatchingPanel
      place={{ lngLat: place, label: 'postcode CM1 1AA' }}
      kind={null}
      onKindChange={() => {}}
      onPostcode={async () => null}
      matches={matches}
    />
  )
}

describe('MatchingPanel', () => {
  it("shows the database's refusal of one match too many in plain words, as an alert", async () => {
    const refusal = new DataError(TOO_MANY, SQLSTATE.tooManyTries)
    const port = {
      residents: { matchByDistance: () => Promise.reject(refusal) },
    } as unknown as DataPort
    render(
      <TestPortProvider port={port}>
        <Refused />
      </TestPortProvider>,
    )
    expect((await screen.findByRole('alert')).textContent).toBe(TOO_MANY)
    expect(screen.queryByText(/residents? found/)).toBeNull()
  })
})
