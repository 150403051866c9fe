/** A problem found in a region file, located precisely enough for a person to fix it. */
export interface RegionIssue {
  /** The file's name, e.g. `wards.geojson`. */
  file: string
  /** Where in the file: `row 14`, `feature 3 (E05004093)`, or empty for the whole file. */
  where: string
  message: string
}

/** Formats an issue as one line: "wards.geojson, feature 3 (E05004093): …". */
export function formatRegionIssue(issue: RegionIssue): string {
  return `${issue.file}${issue.where ? `, ${issue.where}` : ''}: ${issue.message}`
}
