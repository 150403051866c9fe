// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DirectoryService } from '../../../core/partners/partner'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { DirectoryPage } from './directory-page'
import { OrganisationSchemes } from './organisation-schemes'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const service = (name: string, canEdit: boolean): DirectoryService => ({
  schemeId: `id-${name}`,
  organisationId: 'org-1',
  organisationName: 'Castle Community Trust',
  organisationSector: 'voluntary',
  kind: 'service',
  name,
  description: null,
  themes: ['crime_prevention'],
  audiences: ['everyone'],
  access: 'referral',
  howToAccess: 'Ring the office',
  contactName: null,
  contactEmail: 'help@example.org',
  contactPhone: null,
  url: null,
  schedules: [],
  areaCodes: ['E05000001'],
  wardCodes: ['E05000001'],
  venues: [],
  updatedAt: '2026-12-08T10:00:00Z',
  canEdit,
})

const port = (schemes: DirectoryService[]) =>
  ({
    partners: {
      listServices: () => Promise.resolve(schemes),
      searchDirectory: () => Promise.resolve(schemes),
      listThemes: () =>
        Promise.resolve([
          {
            code: 'crime_prevention',
            label: 'Crime prevention',
            needIndicator: null,
            needLabel: null,
            sortOrder: 1,
            retired: false,
          },
        ]),
      listAudiences: () => Promise.resolve([{ code: 'everyone', label: 'Everyone', sortOrder: 1 }]),
    },
    region: { listWardSummaries: () => Promise.resolve([]) },
  }) as unknown as DataPort

describe('OrganisationSchemes', () => {
  it('offers Edit and Retire only on the schemes the database says the person may edit', async () => {
    render(
      <TestPortProvider port={port([service('Ours', true), service('Theirs', false)])}>
        <OrganisationSchemes
          organisationId="org-1"
          organisationName="Castle Community Trust"
          themes={[]}
          audiences={[]}
          wards={[]}
        />
      </TestPortProvider>,
    )
    expect(await screen.findByRole('article', { name: 'Theirs' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Edit Ours' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Retire Ours' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Edit Theirs' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Retire Theirs' })).toBeNull()
  })
})

describe('DirectoryPage', () => {
  it('says so when nothing matches', async () => {
    render(
      <TestPortProvider port={port([])}>
        <DirectoryPage search="?open=now" navigate={() => {}} />
      </TestPortProvider>,
    )
    expect(await screen.findByText(/No services match this search/)).toBeTruthy()
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Open now' }).checked).toBe(true)
  })

  it('lists a service with how to get it and whom to contact', async () => {
    render(
      <TestPortProvider port={port([service('Street Pastors', false)])}>
        <DirectoryPage search="" navigate={() => {}} />
      </TestPortProvider>,
    )
    const card = await screen.findByRole('article', { name: 'Street Pastors' })
    expect(card.textContent).toContain('By referral: Ring the office')
    expect(card.textContent).toContain('help@example.org')
    expect(card.textContent).toContain('Crime prevention')
  })

  it('downloads the directory as Open Referral UK, busy while the file is built', async () => {
    let list: ((schemes: DirectoryService[]) => void) | null = null
    const withExport = port([service('Street Pastors', false)])
    Object.assign(withExport.partners, {
      listServices: () =>
        new Promise<DirectoryService[]>((resolve) => {
          list = resolve
        }),
      listOrganisations: () => Promise.resolve([]),
    })
    URL.createObjectURL = vi.fn(() => 'blob:test')
    URL.revokeObjectURL = vi.fn()
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    render(
      <TestPortProvider port={withExport}>
        <DirectoryPage search="" navigate={() => {}} />
      </TestPortProvider>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Download as Open Referral UK' }))
    const busy = await screen.findByRole('button', { name: 'Building the file…' })
    expect(busy.hasAttribute('disabled')).toBe(true)
    await waitFor(() => expect(list).not.toBeNull())
    list!([service('Street Pastors', false)])
    await waitFor(() => expect(names).toHaveLength(1))
    expect(names[0]).toMatch(/^directory-oruk-\d{4}-\d{2}-\d{2}\.json$/)
    expect(screen.getByRole('button', { name: 'Download as Open Referral UK' })).toBeTruthy()
  })
})
