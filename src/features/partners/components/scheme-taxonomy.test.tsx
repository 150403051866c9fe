// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { ExternalTermSummary, SchemeTheme } from '../../../core/partners/partner'
import { DataError } from '../../../db/data-error'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { SchemeTaxonomy } from './scheme-taxonomy'

afterEach(cleanup)

const theme = (
  code: string,
  label: string,
  sortOrder: number,
  more: Partial<SchemeTheme> = {},
): SchemeTheme => ({
  code,
  label,
  needIndicator: null,
  needLabel: null,
  sortOrder,
  retired: false,
  ...more,
})

const seedThemes = [
  theme('food', 'Food', 10, {
    needIndicator: 'imd2025_income_rate',
    needLabel: 'IMD 2025 income deprivation rate',
  }),
  theme('loneliness_isolation', 'Loneliness and isolation', 20),
  theme('digital_inclusion', 'Digital inclusion', 30, { retired: true }),
  theme('not_yet_mapped', 'Not yet mapped (imported)', 1000),
]
const seedTerms: ExternalTermSummary[] = [
  {
    vocabulary: 'esd',
    termCode: 'bef-1',
    termName: 'Befriending',
    schemes: 3,
    unmappedSchemes: 3,
    mappedThemes: [],
  },
  {
    vocabulary: 'esd',
    termCode: 'fb-2',
    termName: 'Food banks',
    schemes: 1,
    unmappedSchemes: 0,
    mappedThemes: ['food'],
  },
]

/** The partners' themes and terms in memory, changed as the database's functions change them. */
function fakePort(options: { refuseSave?: string } = {}) {
  let themes = [...seedThemes]
  let terms = [...seedTerms]
  const calls: string[] = []
  const sorted = () => [...themes].sort((a, b) => a.sortOrder - b.sortOrder)
  const port = {
    partners: {
      listThemes: async () => sorted(),
      listAudiences: async () => [],
      saveTheme: async (saved: Omit<SchemeTheme, 'sortOrder'>) => {
        calls.push(`save ${JSON.stringify(saved)}`)
        if (options.refuseSave) throw new DataError(options.refuseSave, '23505')
        const old = themes.find((t) => t.code === saved.code)
        const row = { ...saved, sortOrder: old?.sortOrder ?? 2000 }
        themes = old ? themes.map((t) => (t.code === saved.code ? row : t)) : [...themes, row]
        return row
      },
      moveTheme: async (code: string, offset: -1 | 1) => {
        calls.push(`move ${code} ${offset}`)
        const list = sorted()
        const at = list.findIndex((t) => t.code === code)
        const other = list[at + offset]!
        const here = list[at]!
        themes = themes.map((t) =>
          t.code === code
            ? { ...t, sortOrder: other.sortOrder }
            : t.code === other.code
              ? { ...t, sortOrder: here.sortOrder }
              : t,
        )
        return here
      },
      listExternalTerms: async () => terms,
      mapExternalTerm: async (vocabulary: string, termCode: string, to: string) => {
        calls.push(`map ${vocabulary} ${termCode} ${to}`)
        const term = terms.find((t) => t.vocabulary === vocabulary && t.termCode === termCode)!
        terms = terms.map((t) =>
          t === term ? { ...t, unmappedSchemes: 0, mappedThemes: [to] } : t,
        )
        return term.schemes
      },
    },
  } as unknown as DataPort
  return { port, calls, themes: () => themes }
}

function renderTaxonomy(fake: ReturnType<typeof fakePort>) {
  render(
    <TestPortProvider port={fake.port}>
      <SchemeTaxonomy />
    </TestPortProvider>,
  )
}

const themeList = () => screen.getByRole('list', { name: 'Scheme themes' })
const namesIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.firstElementChild?.textContent)
const doneMessage = () =>
  within(screen.getByRole('region', { name: 'Scheme themes' })).getByRole('status').textContent

describe('the scheme themes editor', () => {
  it('lists the themes in order with their need measure, retired ones said so, not the import’s own', async () => {
    renderTaxonomy(fakePort())
    await screen.findByRole('list', { name: 'Scheme themes' })
    expect(namesIn(themeList())).toEqual([
      'Food',
      'Loneliness and isolation',
      'Digital inclusion (retired: kept on its schemes, not offered)',
    ])
    expect(within(themeList()).getByText('Need: IMD 2025 income deprivation rate')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Restore: Digital inclusion' })).toBeTruthy()
  })

  it('adds a theme with a need measure, its code made from its name, and says so', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderTaxonomy(fake)
    const form = await screen.findByRole('form', { name: 'Add a theme' })
    await user.type(within(form).getByLabelText("Theme's name"), 'Money & debt')
    await user.selectOptions(
      within(form).getByLabelText('Need measured by'),
      'IMD 2025 income deprivation rate',
    )
    await user.click(within(form).getByRole('button', { name: 'Add the theme' }))

    await within(themeList()).findByText('Money & debt')
    expect(fake.themes().at(-1)).toMatchObject({
      code: 'money_debt',
      label: 'Money & debt',
      needIndicator: 'imd2025_income_rate',
      needLabel: 'IMD 2025 income deprivation rate',
      retired: false,
    })
    expect(doneMessage()).toBe('Added “Money & debt”.')
    expect(within(form).getByLabelText<HTMLInputElement>("Theme's name").value).toBe('')
  })

  it('says beside the name why it is refused, and sends nothing', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderTaxonomy(fake)
    const form = await screen.findByRole('form', { name: 'Add a theme' })
    const field = within(form).getByLabelText<HTMLInputElement>("Theme's name")
    const add = within(form).getByRole('button', { name: 'Add the theme' })

    await user.click(add)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Error: Enter a name for the theme',
    )
    expect(document.activeElement).toBe(field)

    await user.type(field, ' digital INCLUSION ')
    await user.click(add)
    expect(document.getElementById(`${field.id}-error`)?.textContent).toBe(
      'Error: There is already a theme called “digital INCLUSION”',
    )
    expect(fake.calls).toEqual([])
  })

  it("shows the database's refusal beside the name, keeping what was typed", async () => {
    const user = userEvent.setup()
    const refusal = 'There is already a theme called "Arts".'
    renderTaxonomy(fakePort({ refuseSave: refusal }))
    const form = await screen.findByRole('form', { name: 'Add a theme' })
    const field = within(form).getByLabelText<HTMLInputElement>("Theme's name")
    await user.type(field, 'Arts{Enter}')
    expect((await screen.findByText(refusal)).id).toBe(`${field.id}-error`)
    expect(field.value).toBe('Arts')
  })

  it('renames a theme from the keyboard, and gives focus back to its Change button', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderTaxonomy(fake)
    ;(await screen.findByRole('button', { name: 'Change: Food' })).focus()
    await user.keyboard('{Enter}')
    const field = screen.getByLabelText("Theme's name", {
      selector: '[aria-label="Change “Food”"] input',
    })
    expect(document.activeElement).toBe(field)
    await user.clear(field)
    await user.type(field, 'Food and meals{Enter}')

    await within(themeList()).findByText('Food and meals')
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Change: Food and meals' }),
    )
    expect(fake.themes().find((t) => t.code === 'food')).toMatchObject({
      label: 'Food and meals',
      needIndicator: 'imd2025_income_rate',
    })
  })

  it('moves a theme up, and retires and restores one', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderTaxonomy(fake)
    await user.click(
      await screen.findByRole('button', { name: 'Move up: Loneliness and isolation' }),
    )
    await within(themeList()).findByText('Loneliness and isolation')
    await screen.findByText('Moved “Loneliness and isolation” up.')
    expect(namesIn(themeList()).slice(0, 2)).toEqual(['Loneliness and isolation', 'Food'])

    await user.click(screen.getByRole('button', { name: 'Retire: Food' }))
    await screen.findByRole('button', { name: 'Restore: Food' })
    expect(fake.themes().find((t) => t.code === 'food')?.retired).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Restore: Food' }))
    await screen.findByRole('button', { name: 'Retire: Food' })
    expect(doneMessage()).toBe('Restored “Food”.')
  })
})

describe('mapping imported terms', () => {
  it('lists terms not yet mapped and mapped ones, offering only themes in use', async () => {
    renderTaxonomy(fakePort())
    const unmapped = await screen.findByRole('list', { name: 'Terms not yet mapped' })
    expect(within(unmapped).getByText('Befriending')).toBeTruthy()
    expect(within(unmapped).getByText('esd: bef-1')).toBeTruthy()
    expect(within(unmapped).getByText('On 3 schemes')).toBeTruthy()
    const mapped = screen.getByRole('list', { name: 'Mapped terms' })
    expect(within(mapped).getByText('On 1 scheme; mapped to Food')).toBeTruthy()
    const choices = within(unmapped)
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(choices).toEqual(['Choose a theme', 'Food', 'Loneliness and isolation'])
  })

  it('maps a term to a theme, after asking for one, and lists it as mapped', async () => {
    const user = userEvent.setup()
    const fake = fakePort()
    renderTaxonomy(fake)
    const unmapped = await screen.findByRole('list', { name: 'Terms not yet mapped' })
    await user.click(within(unmapped).getByRole('button', { name: 'Map' }))
    const select = within(unmapped).getByLabelText('Theme for “Befriending”')
    expect(document.getElementById(`${select.id}-error`)?.textContent).toBe('Error: Choose a theme')
    expect(fake.calls).toEqual([])

    await user.selectOptions(select, 'Loneliness and isolation')
    await user.click(within(unmapped).getByRole('button', { name: 'Map' }))

    const mapped = screen.getByRole('list', { name: 'Mapped terms' })
    await within(mapped).findByText('On 3 schemes; mapped to Loneliness and isolation')
    expect(fake.calls).toEqual(['map esd bef-1 loneliness_isolation'])
    expect(
      await screen.findByText('Mapped “Befriending” to Loneliness and isolation on 3 schemes.'),
    ).toBeTruthy()
    expect(screen.getByText('Every term is mapped.')).toBeTruthy()
    expect(document.activeElement).toBe(within(mapped).getByLabelText('Theme for “Befriending”'))
  })
})
