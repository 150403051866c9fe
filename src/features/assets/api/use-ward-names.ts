import { usePortQuery } from '../../../db/use-port-query'

const noNames: ReadonlyMap<string, string> = new Map()

/** Ward names by GSS code, sorted by name, for the ward filter and the list's Ward column. */
export function useWardNames(): ReadonlyMap<string, string> {
  const { value } = usePortQuery(['region', 'ward-names'], async (port) => {
    const wards = await port.region.listWardSummaries().catch((error: unknown) => {
      console.warn('Ward names could not be read:', error)
      throw error
    })
    return new Map(
      [...wards]
        .sort((a, b) => a.wardName.localeCompare(b.wardName, 'en-GB'))
        .map((ward) => [ward.wardCode, ward.wardName]),
    )
  })
  return value ?? noNames
}
