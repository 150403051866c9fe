import type { DataPort } from '../../../db/port'
import { usePortQuery } from '../../../db/use-port-query'

/** Every time bank read is under this key, so that one write reads them all again. */
export const TIME_BANKS_KEY = 'time-banks'

const useRead = <T>(
  what: readonly unknown[],
  fetch: (port: DataPort) => Promise<T>,
  enabled = true,
) => usePortQuery([TIME_BANKS_KEY, ...what], fetch, { enabled }).read

/** The acting person's memberships and the banks they coordinate: who sees the Time bank tab. */
export function useTimeBankRoles(signedIn: boolean) {
  const memberships = usePortQuery(
    [TIME_BANKS_KEY, 'mine'],
    (port) => port.timeBanks.myMemberships(),
    { enabled: signedIn },
  )
  const coordinated = usePortQuery(
    [TIME_BANKS_KEY, 'coordinated'],
    (port) => port.timeBanks.coordinatedBanks(),
    { enabled: signedIn },
  )
  return { memberships: memberships.read, coordinated: coordinated.read }
}

export const useBanks = () => useRead(['banks'], (port) => port.timeBanks.listBanks())

export const useMembers = (bankId: string) =>
  useRead(['members', bankId], (port) => port.timeBanks.listMembers(bankId))

export const useListings = (bankId: string) =>
  useRead(['listings', bankId], (port) => port.timeBanks.listListings(bankId))

export const useMatches = (listingId: string | null) =>
  useRead(
    ['matches', listingId],
    (port) => port.timeBanks.matchListing(listingId ?? ''),
    listingId !== null,
  )

export const useExchanges = (bankId: string) =>
  useRead(['exchanges', bankId], (port) => port.timeBanks.listExchanges(bankId))

export const useAccounts = (bankId: string) =>
  useRead(['accounts', bankId], (port) => port.timeBanks.listAccounts(bankId))

export const useStatement = (memberId: string) =>
  useRead(['statement', memberId], (port) => port.timeBanks.statement(memberId))

export const useChecksDue = (bankId: string) =>
  useRead(['checks-due', bankId], (port) => port.timeBanks.checksDue(bankId))

export const useIntroductions = (bankId: string) =>
  useRead(['introductions', bankId], (port) => port.timeBanks.listIntroductions(bankId))

export const useGiftTypeChoices = () =>
  usePortQuery(['residents', 'gift-types'], (port) => port.residents.listGiftTypes()).read
