// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { EraseMemberAction } from './erase-member-action'

afterEach(cleanup)

function renderAction() {
  const eraseMember = vi.fn(() => Promise.resolve())
  render(
    <TestPortProvider port={{ timeBanks: { eraseMember } } as unknown as DataPort}>
      <EraseMemberAction memberId="m1" name="Alice" />
    </TestPortProvider>,
  )
  return eraseMember
}

describe('EraseMemberAction', () => {
  it('asks once more, saying the hours stay, before erasing', async () => {
    const eraseMember = renderAction()
    fireEvent.click(screen.getByRole('button', { name: 'Erase Alice' }))
    expect(eraseMember).not.toHaveBeenCalled()
    expect(screen.getByRole('group', { name: 'Erase Alice?' }).textContent).toContain(
      'their hours stay in the ledger as “a former member”',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Erase Alice for good' }))
    await waitFor(() => expect(eraseMember).toHaveBeenCalledWith('m1'))
  })

  it('keeps the member when the coordinator changes their mind', () => {
    const eraseMember = renderAction()
    fireEvent.click(screen.getByRole('button', { name: 'Erase Alice' }))
    fireEvent.click(screen.getByRole('button', { name: 'Keep Alice' }))
    expect(screen.getByRole('button', { name: 'Erase Alice' })).toBeTruthy()
    expect(eraseMember).not.toHaveBeenCalled()
  })
})
