import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, openTestDatabase, type TestDatabase } from './support/test-database'
import {
  createAccount,
  offer,
  residentIdsNamed,
  runAs,
  submitOffer,
  writeTestRegion,
  type SignedIn,
} from './support/resident-fixtures'

// What the programme's named partners see of residents (residents_shared_with_partners): the
// approved residents whose current consent to share with partners stands, with their offer and
// contact details and nothing else; a withdrawal takes effect on the next read; every read is in
// the audit log. Who else may call it is in the policy matrix (residents-sharing-matrix.ts).
let db: TestDatabase
let builder: SignedIn
let partner: SignedIn
let sharer: SignedIn

const READ = 'select * from public.residents_shared_with_partners()'

beforeAll(async () => {
  db = await openTestDatabase()
  await writeTestRegion(db.admin)
  builder = { userId: await createUser(db, ['builder']), email: 'builder@example.test' }
  partner = { userId: await createUser(db, ['partner']), email: 'partner@example.test' }

  const record = (name: string, consents: string[], extra: Record<string, unknown> = {}) =>
    runAs(
      db,
      builder,
      `select public.record_resident_offer($1::jsonb, 'paper') as id`,
      [JSON.stringify(offer({ display_name: name, consents, ...extra }))],
      { commit: true },
    )
  await record('Asha Partnered', ['share_with_partners'], {
    email: 'asha@example.test',
    phone: '07700 900111',
    preferred_contact: 'phone',
  })
  await record('Ben Notshared', ['contact_by_builder', 'counted_on_map'])
  // Sent from the public form and not yet approved: not shared, whatever it agreed to.
  await submitOffer(db, offer({ display_name: 'Cara Pending', consents: ['share_with_partners'] }))

  // A resident who sent the form, signed in, and was approved: they will change their mind.
  sharer = await createAccount(db, 'dev.sharer@example.test')
  await submitOffer(
    db,
    offer({ display_name: 'Dev Sharer', email: sharer.email, consents: ['share_with_partners'] }),
  )
  await runAs(db, sharer, 'select public.link_my_offers()', [], { commit: true })
  const [devId] = await residentIdsNamed(db, 'Dev Sharer')
  await runAs(db, builder, `select * from public.review_resident_offer($1, 'approved')`, [devId], {
    commit: true,
  })
})
afterAll(() => db.close())

const names = (rows: { display_name: string }[]) => rows.map((row) => row.display_name).sort()

/** The sharer saves their answers again with these consents and this wording version. */
async function sharerSaves(consents: string[], wordingVersion = '2026-11-23') {
  const [devId] = await residentIdsNamed(db, 'Dev Sharer')
  await runAs(
    db,
    sharer,
    'select public.update_my_offer($1, $2::jsonb)',
    [
      devId,
      JSON.stringify(
        offer({
          display_name: 'Dev Sharer',
          email: sharer.email,
          consents,
          wording_version: wordingVersion,
        }),
      ),
    ],
    { commit: true },
  )
}

describe('residents shared with partners', () => {
  it('shows a partner only the approved residents who agreed to share with partners', async () => {
    const rows = await runAs<{ display_name: string }>(db, partner, READ)
    expect(names(rows)).toEqual(['Asha Partnered', 'Dev Sharer'])
  })

  it("gives their offer and contact details, the consent's version, and nothing else: no point, no review, no other consent", async () => {
    const [asha] = await runAs<Record<string, unknown>>(
      db,
      partner,
      `${READ} where display_name = 'Asha Partnered'`,
    )
    expect(Object.keys(asha!).sort()).toEqual(
      [
        'activities',
        'authority',
        'availability',
        'availability_note',
        'consent_version',
        'consented_at',
        'display_name',
        'email',
        'gifts',
        'phone',
        'postcode_sector',
        'preferred_contact',
        'resident_id',
        'travel',
        'ward_name',
      ].sort(),
    )
    expect(asha).toMatchObject({
      email: 'asha@example.test',
      phone: '07700900111',
      preferred_contact: 'phone',
      postcode_sector: 'YY1 1',
      ward_name: 'Riverside',
      authority: 'Northvale',
      consent_version: '2026-11-23',
    })
    expect(asha!.gifts).toEqual([
      { kind: 'hands', gift_type: 'gardening', gift_label: 'Gardening', description: '' },
      {
        kind: 'heart',
        gift_type: null,
        gift_label: null,
        description: 'Chatting with people who live alone',
      },
    ])
    // The home postcode (YY1 1AB, at 0.405, 51.701) appears nowhere in what a partner gets.
    const text = JSON.stringify(asha)
    expect(text).not.toContain('YY1 1AB')
    expect(text).not.toContain('0.405')
  })

  it('removes a resident who withdraws the consent from the very next read, and shows them again when they agree again', async () => {
    await sharerSaves(['counted_on_map'])
    expect(names(await runAs(db, partner, READ))).toEqual(['Asha Partnered'])
    await sharerSaves(['share_with_partners'])
    expect(names(await runAs(db, partner, READ))).toEqual(['Asha Partnered', 'Dev Sharer'])
  })

  it('records every read in the audit log as an export, with how many residents it showed', async () => {
    const before = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from public.audit_log where actor_id = $1`,
      [partner.userId],
    )
    await runAs(db, partner, READ, [], { commit: true })
    const entries = await db.admin.query<{ action: string; table_name: string; row_count: number }>(
      `select action, table_name, row_count from public.audit_log
       where actor_id = $1 order by occurred_at desc, audit_id limit 1`,
      [partner.userId],
    )
    const after = await db.admin.query<{ n: number }>(
      `select count(*)::int as n from public.audit_log where actor_id = $1`,
      [partner.userId],
    )
    expect(after[0]!.n).toBe(before[0]!.n + 1)
    expect(entries).toEqual([{ action: 'export', table_name: 'public.residents', row_count: 2 }])
  })

  it('refuses builders, leads and administrators with a message', async () => {
    for (const role of ['builder', 'lead', 'admin', 'coordinator', 'safeguarding']) {
      const someone = { userId: await createUser(db, [role]), email: `${role}@example.test` }
      await expect(runAs(db, someone, READ)).rejects.toThrow(
        "Only the programme's named partners can see the residents who agreed to share their offer with them.",
      )
    }
  })

  it('counts only a consent to the wording now published, and a resident who saves again agrees to the new one', async () => {
    // The programme names another partner: a new wording. Consents to the old words no longer
    // cover the new list of partners.
    await db.admin.query(
      `insert into public.consent_wordings (purpose, version, wording) values
         ('share_with_partners', '2026-12-01',
          'My offer and how to contact me may be shared with the programme''s named partners: Essex County Council, the Council for Voluntary Service in my district and Essex Police.')`,
    )
    expect(names(await runAs(db, partner, READ))).toEqual([])
    await sharerSaves(['share_with_partners'], '2026-12-01')
    const rows = await runAs<{ display_name: string; consent_version: string }>(db, partner, READ)
    expect(rows.map((row) => [row.display_name, row.consent_version])).toEqual([
      ['Dev Sharer', '2026-12-01'],
    ])
    const [devId] = await residentIdsNamed(db, 'Dev Sharer')
    const consents = await db.admin.query<{ wording_version: string; withdrawn: boolean }>(
      `select wording_version, withdrawn_at is not null as withdrawn from public.resident_consents
       where resident_id = $1 and purpose = 'share_with_partners' order by given_at, wording_version`,
      [devId],
    )
    expect(consents.at(-2)).toEqual({ wording_version: '2026-11-23', withdrawn: true })
    expect(consents.at(-1)).toEqual({ wording_version: '2026-12-01', withdrawn: false })
  })
})
