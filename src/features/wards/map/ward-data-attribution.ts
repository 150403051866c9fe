/**
 * The Open Government Licence attribution the ward boundaries (ONS, containing OS data) and the
 * Census and deprivation figures require wherever they are shown (see PROVENANCE.md).
 */
export const wardDataAttribution =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2025.'
