import type { Caller } from '../call'
import { addAssetSubtype, moveAssetSubtype, saveAssetSubtype } from '../calls'
import { nothingFound } from '../not-found-errors'
import type { TaxonomyPort } from '../taxonomy-port'
import { oneOf } from './one-of'

/** The taxonomy's changes: one SQL function each, the same in both adapters (the list is a view). */
export function rpcTaxonomyPort(call: Caller): Omit<TaxonomyPort, 'listSubtypes'> {
  return {
    saveSubtype: (subtype) =>
      oneOf(
        call(saveAssetSubtype, {
          p_code: subtype.code,
          p_kind: subtype.kind,
          p_label: subtype.label,
          p_is_active: subtype.isActive,
        }),
        nothingFound('The subtype was not saved.'),
      ),
    addSubtype: (kind, label) =>
      oneOf(
        call(addAssetSubtype, { p_kind: kind, p_label: label }),
        nothingFound('The subtype was not saved.'),
      ),
    moveSubtype: (code, offset) =>
      oneOf(
        call(moveAssetSubtype, { p_code: code, p_offset: offset }),
        nothingFound('There is no such subtype.'),
      ),
  }
}
