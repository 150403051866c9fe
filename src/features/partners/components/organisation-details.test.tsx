// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OrganisationInput, PartnerOrganisation } from '../../../core/partners/partner'
import { DataError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { OrganisationDetails } from './organisation-details'

afterEach(cleanup)

const TRUST: PartnerOrganisation = {
  id: 'org-1',
  programmeId: 'essex',
  name: 'Castle Community Trust',
  sector: 'voluntary',
  description: null,
  website: null,
  email: null,
  phone: null,
}

/** A port holding one organisation; `save` decides what saving does (default: keeps it). */
function renderDetails(
  save: (input: OrganisationInput) => Promise<PartnerOrganisation> = (input) =>
    Promise.resolve({ ...TRUST, ...input, programmeId: TRUST.programmeId }),
) {
  let current = TRUST
  const saveOrganisation = vi.fn(async (input: OrganisationInput) => {
    current = await save(input)
    return current
  })
  const port = {
    partners: { listOrganisations: () => Promise.resolve([current]), saveOrganisation },
  } as unknown as DataPort
  render(
    <TestPortProvider port={port}>
      <OrganisationDetails organisationId={TRUST.id} organisationName={TRUST.name} />
    </TestPortProvider>,
  )
  return saveOrganisation
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name), { target: { value } })

async function openTheForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Change the details' }))
  return screen.getByRole('form', { name: `Change ${TRUST.name}'s details` })
}

describe('OrganisationDetails', () => {
  it('saves a new description and contacts, says so, and shows them', async () => {
    let finish = (_: PartnerOrganisation) => {}
    const save = renderDetails(
      () =>
        new Promise((resolve) => {
          finish = resolve
        }),
    )
    await openTheForm()
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText("Organisation's name")),
    )
    type('About the organisation (optional)', 'Runs the Castle ward’s lunch club.')
    type('Website (optional)', 'https://castle-trust.example.org')
    type('Email (optional)', 'hello@castle-trust.example.org')
    type('Phone (optional)', '01206 000000')
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }))
    const busy = await screen.findByRole('button', { name: 'Saving…' })
    expect(busy.hasAttribute('disabled')).toBe(true)
    expect(save).toHaveBeenCalledWith({
      id: TRUST.id,
      name: TRUST.name,
      sector: 'voluntary',
      description: 'Runs the Castle ward’s lunch club.',
      website: 'https://castle-trust.example.org',
      email: 'hello@castle-trust.example.org',
      phone: '01206 000000',
    })
    finish({
      ...TRUST,
      description: 'Runs the Castle ward’s lunch club.',
      email: 'hello@castle-trust.example.org',
      website: 'https://castle-trust.example.org',
      phone: '01206 000000',
    })
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved: the directory now shows these details.',
      ),
    )
    expect(await screen.findByText('Runs the Castle ward’s lunch club.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'https://castle-trust.example.org' })).toBeTruthy()
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Change the details' }),
      ),
    )
  })

  it('says beside each contact what is wrong, and sends nothing', async () => {
    const save = renderDetails()
    await openTheForm()
    type("Organisation's name", ' ')
    type('Website (optional)', 'castle-trust.example.org')
    type('Email (optional)', 'hello at castle')
    type('Phone (optional)', 'ring us')
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }))
    expect(await screen.findByText('Enter the organisation’s name')).toBeTruthy()
    expect(
      screen.getByText('Enter a web address starting https://, such as https://example.org'),
    ).toBeTruthy()
    expect(screen.getByText('Enter an email address such as name@example.org')).toBeTruthy()
    expect(screen.getByText('Enter a phone number: digits, spaces, +, ( ) and - only')).toBeTruthy()
    expect(save).not.toHaveBeenCalled()
  })

  it('shows the database’s refusal in words when the person is not one of the organisation’s, keeping what they typed', async () => {
    renderDetails(() =>
      Promise.reject(
        new DataError("Only the organisation's people and administrators change it.", '42501'),
      ),
    )
    await openTheForm()
    type('Phone (optional)', '01206 000000')
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Only the organisation's people and administrators change it.",
    )
    expect(screen.getByLabelText<HTMLInputElement>('Phone (optional)').value).toBe('01206 000000')
    expect(screen.getByRole('status').textContent).toBe('')
  })
})
