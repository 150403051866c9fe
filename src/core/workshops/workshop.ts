import type { Asset } from '../assets/asset'

/** An asset-mapping session: builders and residents pin assets together, live. */
export interface Workshop {
  id: string
  name: string
  place: string
  /** The day it is held, `YYYY-MM-DD`. */
  date: string
  /** Short code participants type to join, e.g. `K7P-2QD` (no 0/O or 1/I). */
  joinCode: string
}

export interface NewWorkshop {
  name: string
  place: string
  date: string
}

/** What a workshop mapped, for its summary page. */
export interface WorkshopSummary {
  workshop: Workshop
  assets: Asset[]
}
