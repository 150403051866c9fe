// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { guessColumnMapping } from '../../../core/imports/column-mapping'
import { ColumnMappingForm } from './column-mapping-form'

afterEach(cleanup)

const headers = ['Venue', 'Type', 'Latitude', 'Longitude']

describe('the column mapping step', () => {
  it('fills in plainly named columns, refuses a mapping without a name in words, and takes it once chosen', async () => {
    const onSubmit = vi.fn()
    render(
      <ColumnMappingForm
        headers={headers}
        initial={guessColumnMapping(headers)}
        onSubmit={onSubmit}
      />,
    )
    expect(screen.getByLabelText<HTMLSelectElement>('Latitude').value).toBe('Latitude')
    expect(screen.getByLabelText<HTMLSelectElement>('Kind').value).toBe('Type')
    expect(screen.getByLabelText<HTMLSelectElement>('Name').value).toBe('')

    fireEvent.click(screen.getByRole('button', { name: 'Use these columns' }))
    const summary = await screen.findByRole('alert')
    expect(summary.textContent).toContain('Say which column holds the name.')
    fireEvent.click(screen.getByRole('link', { name: 'Say which column holds the name.' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Name'))
    expect(onSubmit).not.toHaveBeenCalled()

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Venue' } })
    fireEvent.click(screen.getByRole('button', { name: 'Use these columns' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        name: 'Venue',
        kind: 'Type',
        latitude: 'Latitude',
        longitude: 'Longitude',
      }),
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('asks for a place when no column gives one', async () => {
    render(
      <ColumnMappingForm
        headers={['Name', 'Kind']}
        initial={{ name: 'Name', kind: 'Kind' }}
        onSubmit={vi.fn()}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Use these columns' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Say which columns place each row: latitude and longitude, easting and northing, or postcode.',
    )
  })
})
