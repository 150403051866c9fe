// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExitThisPage } from './exit-this-page'

afterEach(cleanup)

const NEUTRAL = 'https://neutral.example/weather'

function renderButton() {
  const leave = vi.fn<(url: string) => void>()
  render(
    <>
      <ExitThisPage href={NEUTRAL} leave={leave} />
      <label>
        Search <input />
      </label>
    </>,
  )
  return { leave, button: screen.getByRole('button', { name: 'Emergency Exit this page' }) }
}

describe('ExitThisPage', () => {
  it('leaves for the neutral page with one click and hides the page at once', async () => {
    const { leave, button } = renderButton()
    await userEvent.click(button)
    expect(leave).toHaveBeenCalledWith(NEUTRAL)
    expect(document.title).toBe('Loading')
    expect(document.querySelector('.exit-this-page__overlay')).not.toBeNull()
  })

  it('leaves from the keyboard with Enter and with Space', async () => {
    const { leave, button } = renderButton()
    button.focus()
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard(' ')
    expect(leave).toHaveBeenCalledTimes(2)
  })

  it('leaves when Shift is pressed three times, saying how many presses are left', async () => {
    const { leave } = renderButton()
    await userEvent.keyboard('{Shift}')
    expect(screen.getByRole('status').textContent).toBe('Shift, press 2 more times to exit.')
    await userEvent.keyboard('{Shift}')
    expect(screen.getByRole('status').textContent).toBe('Shift, press 1 more time to exit.')
    expect(leave).not.toHaveBeenCalled()
    await userEvent.keyboard('{Shift}')
    expect(leave).toHaveBeenCalledWith(NEUTRAL)
  })

  it('does not count the Shift let go after typing capitals', async () => {
    const { leave } = renderButton()
    await userEvent.click(screen.getByRole('textbox', { name: 'Search' }))
    await userEvent.keyboard('{Shift>}AB{/Shift}{Shift}{Shift}')
    expect(leave).not.toHaveBeenCalled()
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveProperty('value', 'AB')
  })

  it('stays when someone moves back through the page with Shift+Tab', async () => {
    const { leave } = renderButton()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}')
    expect(leave).not.toHaveBeenCalled()
  })

  it('stops listening for Shift once it is gone from the page', () => {
    const { leave } = renderButton()
    cleanup()
    for (let i = 0; i < 3; i += 1) fireEvent.keyUp(document, { key: 'Shift' })
    expect(leave).not.toHaveBeenCalled()
  })
})
