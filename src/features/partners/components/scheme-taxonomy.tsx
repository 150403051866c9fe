import './partners.css'
import './scheme-taxonomy.css'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { useThemes } from '../api/partner-queries'
import { ExternalTermsMapper } from './external-terms-mapper'
import { SchemeThemesEditor } from './scheme-themes-editor'

/**
 * The partners' part of the administrators' Taxonomy tab (edit_taxonomy): the scheme themes, and
 * the terms imported schemes brought from other directories, mapped to those themes.
 */
export function SchemeTaxonomy() {
  const themes = useThemes()
  return (
    <ReadStateView read={themes} what="the scheme themes">
      {(list) => (
        <>
          <SchemeThemesEditor themes={list} />
          <ExternalTermsMapper themes={list} />
        </>
      )}
    </ReadStateView>
  )
}
