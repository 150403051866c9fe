/** The most champions a ward may have: `champion_counts`' check (20261208100000_partners.sql). */
export const MAX_CHAMPIONS = 100_000
