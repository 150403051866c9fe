import type { MapContribution } from '../../map/map-contribution'
import type { Taxonomy } from './api/use-taxonomy'
import { TaxonomyPanel } from './components/taxonomy-panel'

/**
 * The administrators' Taxonomy tab. It edits the taxonomy app/ shares with the asset forms, so
 * that a saved change is offered there at once.
 */
export function useTaxonomyMapContribution(taxonomy: Taxonomy): MapContribution {
  return {
    id: 'taxonomy',
    panels: [
      {
        id: 'taxonomy',
        label: 'Taxonomy',
        order: 80,
        content: <TaxonomyPanel taxonomy={taxonomy} />,
      },
    ],
  }
}
