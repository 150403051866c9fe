import { describe, expect, it } from 'vitest'
import { DEFAULT_LAWFUL_BASIS, readConfig } from './env'

describe('the privacy notice’s configuration', () => {
  it('names the controller, contact and lawful basis the deployment sets', () => {
    const { privacy } = readConfig({
      VITE_PRIVACY_CONTROLLER: 'Essex County Council, County Hall, Chelmsford CM1 1QH',
      VITE_PRIVACY_CONTACT: 'dpo@essex.example',
      VITE_PRIVACY_LAWFUL_BASIS: 'Public task (UK GDPR Article 6(1)(e))',
    })
    expect(privacy).toEqual({
      controller: 'Essex County Council, County Hall, Chelmsford CM1 1QH',
      contact: 'dpo@essex.example',
      lawfulBasis: 'Public task (UK GDPR Article 6(1)(e))',
      demo: false,
    })
  })

  it('marks the notice as a demonstration’s while the controller is not named', () => {
    const { privacy } = readConfig({ VITE_PRIVACY_CONTACT: 'dpo@essex.example' })
    expect(privacy.demo).toBe(true)
    expect(privacy.controller).toMatch(/^Not named yet: .*demonstration settings/)
    expect(privacy.contact).toBe('dpo@essex.example')
  })

  it('takes consent as the lawful basis, and an empty variable as unset', () => {
    const { privacy } = readConfig({ VITE_PRIVACY_CONTROLLER: '', VITE_PRIVACY_LAWFUL_BASIS: '' })
    expect(privacy.lawfulBasis).toBe(DEFAULT_LAWFUL_BASIS)
    expect(privacy.demo).toBe(true)
  })
})
