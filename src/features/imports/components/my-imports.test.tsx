// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AssetImport, ImportsPort } from '../../../db/imports-port'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { MyImports } from './my-imports'

afterEach(cleanup)

/** An in-memory stand-in for the import calls: undo archives in one call. */
function importsPort(imports: AssetImport[]) {
  const undone: string[] = []
  const port: Pick<ImportsPort, 'listImports' | 'undo'> = {
    listImports: async () => imports.map((item) => ({ ...item })),
    undo: async (id) => {
      undone.push(id)
      const item = imports.find((i) => i.id === id)!
      item.status = item.status === 'staging' ? 'discarded' : 'undone'
      return { done: 1, remaining: 0, status: item.status }
    },
  }
  return { port: { imports: port } as unknown as DataPort, undone }
}

const LIVE: AssetImport = {
  id: 'a0000000-0000-4000-8000-000000000001',
  fileName: 'halls.csv',
  status: 'live',
  createdAt: '2026-12-08T10:00:00.000Z',
  publishedAt: '2026-12-08T10:01:00.000Z',
  undoneAt: null,
}

describe("the person's imports", () => {
  it('asks before undoing, keeps the import when told to, and undoes it when confirmed', async () => {
    const { port, undone } = importsPort([LIVE])
    render(
      <TestPortProvider port={port}>
        <MyImports />
      </TestPortProvider>,
    )
    const item = await screen.findByRole('listitem')
    expect(item.textContent).toContain('halls.csv')
    expect(item.textContent).toContain('Imported')

    fireEvent.click(within(item).getByRole('button', { name: 'Undo this import: halls.csv' }))
    expect(within(item).getByRole('group', { name: 'Undo this import?' }).textContent).toContain(
      'Archive every asset this import added?',
    )
    fireEvent.click(within(item).getByRole('button', { name: 'Keep it' }))
    expect(undone).toEqual([])

    fireEvent.click(within(item).getByRole('button', { name: 'Undo this import: halls.csv' }))
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, undo it' }))
    await waitFor(() => expect(screen.getByRole('listitem').textContent).toContain('Undone'))
    expect(undone).toEqual([LIVE.id])
    expect(screen.queryByRole('button', { name: /Undo this import/ })).toBeNull()
  })

  it('says so when there are none', async () => {
    render(
      <TestPortProvider port={importsPort([]).port}>
        <MyImports />
      </TestPortProvider>,
    )
    expect(await screen.findByText('You have not imported a file yet.')).toBeTruthy()
  })
})
