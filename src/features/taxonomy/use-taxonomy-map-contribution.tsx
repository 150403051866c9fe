import type { ReactNode } from 'react'
import type { MapContribution } from '../../map/map-contribution'
import type { Taxonomy } from './api/use-taxonomy'
import { TaxonomyPanel } from './components/taxonomy-panel'

/**
 * The administrators' Taxonomy tab. It edits the taxonomy app/ shares with the asset forms, so
 * that a saved change is offered there at once; `more` is other features' taxonomies, after it.
 */
export function useTaxonomyMapContribution(taxonomy: Taxonomy, more?: ReactNode): MapContribution {
  return {
    id: 'taxonomy',
    panels: [
      {
        id: 'taxonomy',
        label: 'Taxonomy',
        order: 80,
        content: <TaxonomyPanel taxonomy={taxonomy}>{more}</TaxonomyPanel>,
      },
    ],
  }
}
