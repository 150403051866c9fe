// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecordChampionsForm } from './record-champions-form'

afterEach(cleanup)

const wards = [
  { wardCode: 'E05000001', wardName: 'Moulsham' },
  { wardCode: 'E05000002', wardName: 'Springfield' },
]
const counts = [
  {
    wardCode: 'E05000002',
    wardName: 'Springfield',
    champions: 4,
    updatedAt: '2026-12-08T10:00:00Z',
  },
]

function renderForm(record = vi.fn(async () => {})) {
  render(<RecordChampionsForm wards={wards} counts={counts} record={record} />)
  return record
}

describe('RecordChampionsForm', () => {
  it('records a whole number for the chosen ward and says so', async () => {
    const record = renderForm()
    await userEvent.selectOptions(screen.getByLabelText('Ward'), 'Moulsham')
    await userEvent.type(screen.getByLabelText('Trained champions'), '7')
    await userEvent.click(screen.getByRole('button', { name: 'Save the count' }))
    expect(record).toHaveBeenCalledWith('E05000001', 7)
    expect(screen.getByRole('status').textContent).toBe('Moulsham: 7 trained champions recorded.')
  })

  it('offers the count already recorded when a ward is chosen', async () => {
    renderForm()
    await userEvent.selectOptions(screen.getByLabelText('Ward'), 'Springfield')
    expect(screen.getByLabelText('Trained champions')).toHaveProperty('value', '4')
  })

  it('refuses a count that is not a whole number, saving nothing', async () => {
    const record = renderForm()
    await userEvent.selectOptions(screen.getByLabelText('Ward'), 'Moulsham')
    await userEvent.type(screen.getByLabelText('Trained champions'), '2.5')
    await userEvent.click(screen.getByRole('button', { name: 'Save the count' }))
    expect(record).not.toHaveBeenCalled()
    expect(screen.getByText(/a whole number from 0 to 100,000/)).toBeTruthy()
  })

  it('shows the database’s refusal in words', async () => {
    renderForm(vi.fn(async () => Promise.reject(new Error('You may not record champion counts.'))))
    await userEvent.selectOptions(screen.getByLabelText('Ward'), 'Moulsham')
    await userEvent.type(screen.getByLabelText('Trained champions'), '3')
    await userEvent.click(screen.getByRole('button', { name: 'Save the count' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Not saved: You may not record champion counts.',
    )
  })
})
