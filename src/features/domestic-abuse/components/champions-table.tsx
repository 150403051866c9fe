import type { ChampionCount } from '../../../core/partners/partner'

/**
 * Trained community champions per ward: how many, never who. Wards with none are left out, and
 * the total says how many wards have any.
 */
export function ChampionsTable({ counts }: { counts: readonly ChampionCount[] }) {
  const withChampions = counts
    .filter((count) => count.champions > 0)
    .sort((a, b) => a.wardName.localeCompare(b.wardName, 'en-GB'))
  const total = withChampions.reduce((sum, count) => sum + count.champions, 0)
  if (withChampions.length === 0) return <p>No ward has recorded trained champions yet.</p>
  return (
    <table className="support-table">
      <caption>
        {total} trained {total === 1 ? 'champion' : 'champions'} in {withChampions.length}{' '}
        {withChampions.length === 1 ? 'ward' : 'wards'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Ward</th>
          <th scope="col" className="support-table__number">
            Champions
          </th>
        </tr>
      </thead>
      <tbody>
        {withChampions.map((count) => (
          <tr key={count.wardCode}>
            <th scope="row">{count.wardName}</th>
            <td className="support-table__number">{count.champions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
