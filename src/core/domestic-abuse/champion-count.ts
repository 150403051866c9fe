/** Trained community champions in a ward (`champion_count_list`): a count, never a person. */
export interface ChampionCount {
  wardCode: string
  wardName: string
  champions: number
  /** ISO timestamp of the last count, or null when none was recorded. */
  updatedAt: string | null
}

/** The most champions a ward may have: `champion_counts`' check (20261208100000_partners.sql). */
export const MAX_CHAMPIONS = 100_000
