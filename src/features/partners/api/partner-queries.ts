import { useCallback, useState } from 'react'
import type { DataPort } from '../../../db/port'
import type { DirectorySearch as DirectoryQuery } from '../../../core/partners/partner'
import { toDataError } from '../../../db/data-error'
import { useInvalidate, usePortCall, usePortQuery } from '../../../db/use-port-query'

/**
 * Every partners' read is under this key (the gap analysis's scheme counts included), so that one
 * saved or retired scheme reads them all again.
 */
export const PARTNERS_KEY = 'partners'

export const useThemes = () =>
  usePortQuery([PARTNERS_KEY, 'themes'], (port) => port.partners.listThemes()).read

/** Terms of other directories' taxonomies on the schemes the reader sees (for mapping to themes). */
export const useExternalTerms = () =>
  usePortQuery([PARTNERS_KEY, 'external-terms'], (port) => port.partners.listExternalTerms()).read

export const useAudiences = () =>
  usePortQuery([PARTNERS_KEY, 'audiences'], (port) => port.partners.listAudiences()).read

export const useWardChoices = () =>
  usePortQuery(['region', 'ward-summaries'], (port) => port.region.listWardSummaries()).read

export const useMyOrganisations = (enabled: boolean) =>
  usePortQuery([PARTNERS_KEY, 'mine'], (port) => port.partners.myOrganisations(), { enabled }).read

export const useOrganisations = () =>
  usePortQuery([PARTNERS_KEY, 'organisations'], (port) => port.partners.listOrganisations()).read

export const useOrganisationPeople = (enabled: boolean) =>
  usePortQuery([PARTNERS_KEY, 'people'], (port) => port.partners.listOrganisationPeople(), {
    enabled,
  }).read

export const useMembers = (enabled: boolean) =>
  usePortQuery(['members'], (port) => port.members.list(), { enabled }).read

export const useSchemes = (organisationId: string | null) =>
  usePortQuery(
    [PARTNERS_KEY, 'schemes', organisationId],
    (port) => port.partners.listServices(organisationId ?? ''),
    { enabled: organisationId !== null },
  ).read

export const useCoverage = (theme: string | null, audience: string | null) =>
  usePortQuery(
    [PARTNERS_KEY, 'coverage', theme, audience],
    (port) => port.partners.coverage(theme ?? '', audience),
    { enabled: theme !== null, keep: 2 },
  ).read

/** Every active scheme (for names in the coordination table). */
export const useAllSchemes = () =>
  usePortQuery([PARTNERS_KEY, 'directory', 'all'], (port) => port.partners.listServices()).read

export const useDirectorySearch = (query: DirectoryQuery) =>
  usePortQuery([PARTNERS_KEY, 'directory', query], (port) => port.partners.searchDirectory(query), {
    keep: 2,
  }).read

/**
 * One write to the partners' data: `busy` while it runs, the refusal in words when it fails, and
 * every partners' read made again after it succeeds (not awaited, so a form can close at once).
 */
export function usePartnerWrite() {
  const call = usePortCall()
  const invalidate = useInvalidate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async <T>(
      work: (port: DataPort) => Promise<T>,
    ): Promise<{ ok: true; value: T } | { ok: false; message: string }> => {
      setBusy(true)
      setError(null)
      try {
        const value = await call(work)
        void invalidate([PARTNERS_KEY])
        return { ok: true, value }
      } catch (failure) {
        const message = toDataError(failure).message
        setError(message)
        return { ok: false, message }
      } finally {
        setBusy(false)
      }
    },
    [call, invalidate],
  )
  return { run, busy, error }
}
