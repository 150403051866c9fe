// The policy matrix's rows for assets' photos (supabase/migrations/20261124120000_asset_photos.sql):
// a photo is seen by whoever sees its asset and changed by whoever may edit the asset. Seeds refer
// to the assets seeded by the public.assets entry of policy-matrix.ts, by name.
import { buildTestJpeg } from '../../../src/core/photos/testing/build-test-jpeg'
import { everyone, signedIn, type ByRole } from './matrix-roles'
import type { MatrixEntry, Outcome, RowsExpectation, SelectExpectation } from './policy-matrix'
import { assetId } from './matrix-entries'

const PHOTO_HEX = Buffer.from(buildTestJpeg({ widthPx: 4, heightPx: 3 })).toString('hex')
const PHOTO = `decode('${PHOTO_HEX}', 'hex')`

// Photos are seeded for these assets; 'sensitive_pending' has none, so a case can add one.
const PHOTO_LABELS = ['approved', 'pending', 'resident_pending', 'sensitive']
const photosSeenBy: ByRole<SelectExpectation> = {
  ...everyone<readonly string[]>(['approved']),
  resident: ['approved', 'resident_pending'],
  builder: ['approved', 'pending', 'resident_pending'],
  lead: ['approved', 'pending', 'resident_pending'],
  safeguarding: ['approved', 'sensitive'],
  admin: PHOTO_LABELS,
}
const photosChangedBy: ByRole<RowsExpectation> = {
  ...signedIn<readonly string[]>([]),
  resident: ['resident_pending'],
  builder: ['approved', 'pending', 'resident_pending'],
  lead: ['approved', 'pending', 'resident_pending'],
  safeguarding: ['sensitive'],
  admin: PHOTO_LABELS,
}
/** Builders, leads and admins may edit the approved asset; others are refused, anon denied. */
const editorsOfApproved: ByRole<Outcome> = {
  ...signedIn<Outcome>('refused'),
  builder: 'ok',
  lead: 'ok',
  admin: 'ok',
}

export const ASSET_PHOTOS_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  'public.asset_photos': {
    kind: 'table',
    key: 'asset_id',
    seed: () => [
      {
        sql: `with added as (
                insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
                select asset_id, ${PHOTO}, 'image/jpeg', 4, 3, 'Photo of ' || name
                from public.assets where name in ('${PHOTO_LABELS.join("', '")}')
                returning asset_id)
              select a.name as label, added.asset_id::text as key
              from added join public.assets a on a.asset_id = added.asset_id`,
      },
    ],
    select: photosSeenBy,
    cases: [
      {
        name: 'a photo of a sensitive place',
        op: 'insert',
        statement: () => ({
          sql: `insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
                values (${assetId('sensitive_pending')}, ${PHOTO}, 'image/jpeg', 4, 3, 'Matrix')`,
        }),
        expect: { ...signedIn<Outcome>('refused'), safeguarding: 'ok', admin: 'ok' },
      },
      {
        name: 'a photo of an asset of their own',
        op: 'insert',
        statement: () => ({
          // A block, so that the insert sees the asset create_asset wrote (one statement would not).
          sql: `do $$
                declare v_own uuid;
                begin
                  select asset_id into v_own from public.create_asset(gen_random_uuid(), 'Matrix own', 'cultural', '', 0.5, 51.75);
                  insert into public.asset_photos (asset_id, photo, mime, width, height, alt_text)
                  values (v_own, ${PHOTO}, 'image/jpeg', 4, 3, 'Mine');
                end $$`,
        }),
        expect: signedIn<Outcome>('ok'),
      },
      {
        name: 'its description',
        op: 'update',
        set: 'alt_text = alt_text',
        expect: photosChangedBy,
      },
      { name: 'a photo', op: 'delete', expect: photosChangedBy },
    ],
  },

  'public.asset_photo_list': {
    kind: 'view',
    key: 'asset_id',
    seed: () => [
      {
        sql: `select a.name as label, p.asset_id::text as key from public.asset_photo_list p join public.assets a using (asset_id)`,
      },
    ],
    select: photosSeenBy,
    cases: [
      {
        name: 'a row',
        op: 'insert',
        statement: () => ({ sql: 'insert into public.asset_photo_list default values' }),
        expect: everyone('denied'),
      },
      { name: 'alt_text', op: 'update', set: 'alt_text = alt_text', expect: everyone('denied') },
      { name: 'a row', op: 'delete', expect: everyone('denied') },
    ],
  },

  'public.set_asset_photo(uuid, bytea, text, integer, integer, text)': {
    kind: 'function',
    cases: [
      {
        name: 'a photo for the approved asset',
        op: 'execute',
        statement: () => ({
          sql: `select public.set_asset_photo(${assetId('approved')}, ${PHOTO}, 'image/jpeg', 4, 3, 'Matrix')`,
        }),
        expect: editorsOfApproved,
      },
    ],
  },
  'public.remove_asset_photo(uuid)': {
    kind: 'function',
    cases: [
      {
        name: "the approved asset's photo removed",
        op: 'execute',
        statement: () => ({ sql: `select public.remove_asset_photo(${assetId('approved')})` }),
        expect: editorsOfApproved,
      },
    ],
  },
}
