// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useSameItems } from './use-same-items'

const gifts = { id: 'gifts' }
const assets = { id: 'assets' }

describe('useSameItems', () => {
  it('keeps the first array while a rebuilt one holds the same items', () => {
    const first = [gifts, assets]
    const { result, rerender } = renderHook(({ items }) => useSameItems(items), {
      initialProps: { items: first },
    })
    rerender({ items: [gifts, assets] })
    expect(result.current).toBe(first)
  })

  it('gives the new array once an item changes', () => {
    const { result, rerender } = renderHook(({ items }) => useSameItems(items), {
      initialProps: { items: [gifts, assets] },
    })
    const changed = [gifts, { id: 'assets' }]
    rerender({ items: changed })
    expect(result.current).toBe(changed)
  })
})
