// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { readConfig } from '../../../config/env'
import { PrivacyNoticePage } from './privacy-notice-page'

afterEach(cleanup)

const configured = readConfig({
  VITE_PRIVACY_CONTROLLER: 'Essex County Council',
  VITE_PRIVACY_CONTACT: 'dpo@essex.example',
}).privacy

const row = (key: string) =>
  screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent

describe('the privacy notice', () => {
  it('names the controller, how to contact them and the lawful basis, as configured', () => {
    render(<PrivacyNoticePage navigate={() => {}} notice={configured} mode="connected" />)
    expect(row('Data controller')).toBe('Essex County Council')
    expect(row('How to contact them')).toBe('dpo@essex.example')
    expect(row('Lawful basis')).toMatch(/^Your consent \(UK GDPR Article 6\(1\)\(a\)\)/)
    expect(screen.queryByText('Demonstration settings.')).toBeNull()
  })

  it('says how long each offer is kept', () => {
    render(<PrivacyNoticePage navigate={() => {}} notice={configured} mode="connected" />)
    expect(screen.getByRole('heading', { name: 'How long we keep it' })).toBeTruthy()
    expect(screen.getByText(/not confirmed within 90 days are deleted/)).toBeTruthy()
  })

  it('says when its controller and contact are a demonstration’s placeholders', () => {
    render(<PrivacyNoticePage navigate={() => {}} notice={readConfig({}).privacy} mode="local" />)
    expect(screen.getByText('Demonstration settings.')).toBeTruthy()
    expect(row('Data controller')).toMatch(/^Not named yet/)
  })

  it('says in local mode that what is given stays in this browser', () => {
    render(<PrivacyNoticePage navigate={() => {}} notice={configured} mode="local" />)
    expect(screen.getByText(/kept in this browser only/)).toBeTruthy()
  })
})
