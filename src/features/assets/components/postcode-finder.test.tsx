// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PostcodeLocation } from '../../../core/region/postcode-location'
import { PostcodeFinder } from './postcode-finder'

const place = (postcode: string, lng: number): PostcodeLocation => ({
  postcode,
  lngLat: [lng, 51.8],
  wardCode: 'E05000001',
})

afterEach(cleanup)

describe('finding a place by postcode', () => {
  it('fills the second of two quick lookups, however late the first answers', async () => {
    const answers = new Map<string, (found: PostcodeLocation) => void>()
    const lookup = (postcode: string) =>
      new Promise<PostcodeLocation | null>((resolve) => answers.set(postcode, resolve))
    const onFound = vi.fn()
    render(<PostcodeFinder lookup={lookup} onFound={onFound} />)
    const field = screen.getByLabelText('Find a postcode (optional)')
    await userEvent.type(field, 'co1 1xd{Enter}')
    expect((screen.getByRole('button', { name: 'Finding…' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
    await userEvent.clear(field)
    await userEvent.type(field, 'CM1 1AA{Enter}')
    answers.get('CM1 1AA')!(place('CM1 1AA', 0.47))
    answers.get('CO1 1XD')!(place('CO1 1XD', 0.9))
    expect((await screen.findByRole('status')).textContent).toContain('Placed at CM1 1AA.')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(onFound.mock.calls.map(([found]) => (found as PostcodeLocation).postcode)).toEqual([
      'CM1 1AA',
    ])
    expect(
      (screen.getByRole('button', { name: 'Find postcode' }) as HTMLButtonElement).disabled,
    ).toBe(false)
  })

  it('tidies what was typed and says when it is not a postcode, without a lookup', async () => {
    const lookup = vi.fn()
    render(<PostcodeFinder lookup={lookup} onFound={vi.fn()} />)
    const field = screen.getByLabelText('Find a postcode (optional)')
    await userEvent.type(field, 'zz9 9zz{Enter}')
    expect(screen.getByRole('alert').textContent).toContain('“zz9 9zz” is not a postcode')
    expect(lookup).not.toHaveBeenCalled()
  })
})
