// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SchemeInput } from '../../../core/partners/partner'
import { EMPTY_SCHEME, type SchemeFormValues } from '../api/scheme-form-schema'
import { SchemeForm } from './scheme-form'

afterEach(cleanup)

const themes = [
  {
    code: 'crime_prevention',
    label: 'Crime prevention',
    needIndicator: 'imd2025_crime_score',
    needLabel: 'IMD 2025 crime domain score',
    sortOrder: 1,
    retired: false,
  },
  {
    code: 'old_theme',
    label: 'Old theme',
    needIndicator: null,
    needLabel: null,
    sortOrder: 2,
    retired: true,
  },
]
const audiences = [{ code: 'everyone', label: 'Everyone', sortOrder: 1 }]
const wards = [
  { wardCode: 'E05000001', wardName: 'Castle', ladCode: 'E07000071', ladName: 'Colchester' },
  { wardCode: 'E05000002', wardName: 'Lexden', ladCode: 'E07000071', ladName: 'Colchester' },
  { wardCode: 'E05000003', wardName: 'Pier', ladCode: 'E07000076', ladName: 'Tendring' },
]
const places = [
  { id: 'hall', name: 'Lexden Village Hall', sensitive: false },
  { id: 'refuge', name: 'Harbour Refuge', sensitive: true },
]

function renderForm(
  onSave: (input: SchemeInput) => Promise<string | null>,
  initial?: SchemeFormValues,
) {
  render(
    <SchemeForm
      ids={{ id: 'scheme-1', organisationId: 'org-1' }}
      initial={initial}
      themes={themes}
      audiences={audiences}
      wards={wards}
      places={places}
      onSave={onSave}
      onCancel={() => {}}
    />,
  )
}

const type = (name: RegExp | string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })

function fillTheEssentials() {
  type('Name of the scheme', 'Street watch')
  fireEvent.click(screen.getByRole('checkbox', { name: 'Crime prevention' }))
  fireEvent.click(screen.getByRole('checkbox', { name: 'Everyone' }))
}

describe('SchemeForm', () => {
  it('saves a scheme in the wards chosen through the search, with its opening times', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave)
    expect(screen.queryByRole('checkbox', { name: 'Old theme' })).toBeNull()
    fillTheEssentials()
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a ward' }), {
      target: { value: 'lex' },
    })
    expect(screen.getByText(/1 of 3 wards shown/)).toBeTruthy()
    fireEvent.click(screen.getByRole('checkbox', { name: /Lexden/ }))
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a ward' }), {
      target: { value: 'pier' },
    })
    fireEvent.click(screen.getByRole('checkbox', { name: /Pier/ }))
    expect(screen.getByText(/Chosen: Lexden, Pier/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add opening times' }))
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: 'TU' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'scheme-1',
        organisationId: 'org-1',
        name: 'Street watch',
        themes: ['crime_prevention'],
        audiences: ['everyone'],
        areas: ['E05000002', 'E05000003'],
        schedules: [{ byday: 'TU', opensAt: '09:00', closesAt: '17:00', note: null }],
        venues: [],
      }),
    )
  })

  it('says beside each field what is missing, and sends nothing', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave)
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    expect(await screen.findByText('Enter the scheme’s name')).toBeTruthy()
    expect(screen.getByText('Choose at least one theme')).toBeTruthy()
    expect(screen.getByText('Choose who it is for')).toBeTruthy()
    expect(screen.getByText('Say where it runs: whole authorities, wards or places')).toBeTruthy()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('refuses a closing time before the opening time', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave)
    fillTheEssentials()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tendring' }))
    fireEvent.click(screen.getByRole('button', { name: 'Add opening times' }))
    fireEvent.change(screen.getByLabelText('Closes'), { target: { value: '08:00' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    expect(await screen.findByText('It must close after it opens')).toBeTruthy()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('refuses a place that is not an approved asset of the map, naming the row', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave)
    fillTheEssentials()
    fireEvent.click(screen.getByRole('button', { name: 'Add a place on the map' }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Place 1' }), {
      target: { value: 'Somewhere else' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    expect(
      await screen.findByText(
        'No approved place on the map has that name: choose one from the list',
      ),
    ).toBeTruthy()
    expect(onSave).not.toHaveBeenCalled()
    fireEvent.change(screen.getByRole('combobox', { name: 'Place 1' }), {
      target: { value: 'lexden village hall' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        venues: [{ assetId: 'hall', publicName: null, frontDoorContact: null }],
      }),
    )
  })

  it('asks for a sensitive venue’s public name and front-door contact, and sends nothing without them', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave)
    fillTheEssentials()
    fireEvent.click(screen.getByRole('button', { name: 'Add a place on the map' }))
    expect(screen.queryByRole('textbox', { name: 'Public name' })).toBeNull()
    fireEvent.change(screen.getByRole('combobox', { name: 'Place 1' }), {
      target: { value: 'Harbour Refuge' },
    })
    const publicFace = screen.getByRole('group', { name: 'Place 1: how the public see it' })
    expect(publicFace.textContent).toContain(
      'its own name, address and location are never shown publicly',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    expect(
      await screen.findByText('Give the public name people will see instead of this place’s own'),
    ).toBeTruthy()
    expect(
      screen.getByText('Give the front-door contact: how people reach the service safely'),
    ).toBeTruthy()
    expect(onSave).not.toHaveBeenCalled()
    type('Public name', 'Harbour Support Line')
    type('Front-door contact', 'Ring 0800 000 1111, day or night')
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        venues: [
          {
            assetId: 'refuge',
            publicName: 'Harbour Support Line',
            frontDoorContact: 'Ring 0800 000 1111, day or night',
          },
        ],
      }),
    )
  })

  it('keeps everything typed when the database refuses, and says why', async () => {
    renderForm(() => Promise.resolve('You may change only your own organisation’s schemes.'))
    fillTheEssentials()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Colchester' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You may change only your own organisation’s schemes.',
    )
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Name of the scheme' }).value,
    ).toBe('Street watch')
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Colchester' }).checked).toBe(
      true,
    )
  })

  it('keeps a retired theme on a scheme that has it, said retired, while a new theme is added', async () => {
    const onSave = vi.fn(() => Promise.resolve(null))
    renderForm(onSave, {
      ...EMPTY_SCHEME,
      name: 'Old club',
      themes: ['old_theme'],
      audiences: ['everyone'],
      authorities: ['E07000071'],
    })
    const retired = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Old theme (retired)' })
    expect(retired.checked).toBe(true)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Crime prevention' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save the scheme' }))
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1))
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ themes: ['crime_prevention', 'old_theme'] }),
    )
  })
})
