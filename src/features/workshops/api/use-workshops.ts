import { useCallback, useState } from 'react'
import { z } from 'zod'
import type { Workshop } from '../../../core/workshops/workshop'
import { useDataPort } from '../../../db/data-port-context'
import {
  useInvalidate,
  useInvalidateOnAssetChange,
  usePortCall,
  usePortQuery,
} from '../../../db/use-port-query'

/** The "open a workshop" form. */
export const newWorkshopSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the workshop’s name')
    .max(200, 'The name must be 200 characters or fewer'),
  place: z
    .string()
    .trim()
    .min(1, 'Enter where it is held, e.g. Writtle Library')
    .max(200, 'The place must be 200 characters or fewer'),
  date: z.iso.date('Enter the date, like 2026-11-28'),
})

/** The "join a workshop" form: the code, case and dashes ignored. */
export const joinCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
  .refine((code) => code.length >= 4, 'Enter the join code you were given, like K7P-2QD')

const STORAGE_KEY = 'cam.workshop'
const storedWorkshopSchema = z.object({
  id: z.string(),
  name: z.string(),
  place: z.string(),
  date: z.string(),
  joinCode: z.string(),
})

/**
 * The workshop this tab is taking part in, remembered for the tab (sessionStorage) so that a
 * reload stays in it; each tab joins on its own, as each participant does.
 */
export function useActiveWorkshop(): [Workshop | null, (workshop: Workshop | null) => void] {
  const [workshop, setWorkshop] = useState<Workshop | null>(() => {
    try {
      const parsed = storedWorkshopSchema.safeParse(
        JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'),
      )
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  })
  const set = useCallback((next: Workshop | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
    else sessionStorage.removeItem(STORAGE_KEY)
    setWorkshop(next)
  }, [])
  return [workshop, set]
}

/** Opening, joining and listing workshops, and the live summary of the one taken part in. */
export function useWorkshops(active: Workshop | null) {
  const state = useDataPort()
  const activeId = active?.id ?? null
  const { value: workshops } = usePortQuery(['workshops', 'list'], (port) =>
    port.workshops.list().catch(warn('Workshops could not be read:')),
  )
  const { value: summary } = usePortQuery(
    ['workshops', 'summary', activeId],
    (port) =>
      activeId
        ? port.workshops.summary(activeId).catch(warn('The workshop summary could not be read:'))
        : Promise.resolve(null),
    { enabled: activeId !== null },
  )
  useInvalidateOnAssetChange(['workshops'], {
    concerns: (event) => event.workshopId === activeId || event.workshopId === null,
    enabled: activeId !== null,
  })
  const call = usePortCall()
  const invalidate = useInvalidate()
  return {
    ready: state.status === 'ready',
    workshops: workshops ?? noWorkshops,
    summary: activeId && summary?.workshop.id === activeId ? summary : null,
    create: async (input: z.output<typeof newWorkshopSchema>) => {
      const workshop = await call((port) => port.workshops.create(input))
      await invalidate(['workshops'])
      return workshop
    },
    join: (code: string) => call((port) => port.workshops.join(code)),
  }
}

const noWorkshops: Workshop[] = []

const warn = (what: string) => (error: unknown) => {
  console.warn(what, error)
  throw error
}
