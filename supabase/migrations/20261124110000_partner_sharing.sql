-- What the programme's named partners (role 'partner') may see of residents (issue 6, item 2):
-- only approved residents whose current consent to 'share_with_partners' stands (the latest
-- consent to that purpose, not withdrawn, given to the latest published wording, which names the
-- partners), with what that wording promises them: "my offer and how to contact me". Nothing else
-- of a resident: not the review, not who recorded it, not the other consents, never the home
-- point; of where they live only the postcode sector and ward (no point at all, not even the
-- coarsened one: a partner's list needs no map).
--
-- Partners read no residents' table: Row Level Security hides rows, not columns, and every row a
-- partner could be shown holds columns they must not see. The one route is
-- residents_shared_with_partners(), which records every read in the audit log as an export.
-- Withdrawing the consent (update_my_offer from "Your data") removes the resident from the next
-- read at once: nothing is copied or cached.

-- The current consent to a purpose is the latest given; it counts only when it is not withdrawn
-- and was given to the wording now published, since consent is to the words (and the partners
-- they name) the resident read.
create function private.has_current_consent(
  p_resident_id uuid,
  p_purpose public.consent_purpose
) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select coalesce((
    select c.withdrawn_at is null and c.wording_version = (
        select w.version from public.consent_wordings w
        where w.purpose = p_purpose and w.published_at <= now()
        order by w.version desc limit 1)
    from public.resident_consents c
    where c.resident_id = p_resident_id and c.purpose = p_purpose
    order by c.given_at desc, c.withdrawn_at desc nulls first, c.consent_id desc
    limit 1), false)
$$;
comment on function private.has_current_consent(uuid, public.consent_purpose) is
  'True when the resident''s latest consent to the purpose is not withdrawn and was given to the latest published wording.';
revoke execute on function private.has_current_consent(uuid, public.consent_purpose) from public;

-- A resident who saves their answers again with a newer wording (the form shows the latest) gives
-- their consents anew to it: the consent to the older words is withdrawn and a new one recorded.
-- Before, an active consent stayed on its old wording however often it was confirmed.
create or replace function private.save_consents(
  p_resident_id uuid,
  p_payload jsonb,
  p_how public.consent_method,
  p_recorded_by uuid,
  p_given_at timestamptz
) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_purposes public.consent_purpose[] := private.offer_choices(p_payload, 'consents',
    enum_range(null::public.consent_purpose)::text[], 'consents', false)::public.consent_purpose[];
  v_version text := p_payload ->> 'wording_version';
begin
  update public.resident_consents c set withdrawn_at = greatest(now(), c.given_at)
  where c.resident_id = p_resident_id and c.withdrawn_at is null
    and (c.purpose <> all (v_purposes) or c.wording_version < v_version);
  insert into public.resident_consents (resident_id, purpose, wording_version, given_at, given_how, recorded_by)
  select p_resident_id, p, v_version, p_given_at, p_how, p_recorded_by
  from unnest(v_purposes) p
  where not exists (
    select 1 from public.resident_consents c
    where c.resident_id = p_resident_id and c.purpose = p and c.withdrawn_at is null);
end
$$;
revoke execute on function private.save_consents(uuid, jsonb, public.consent_method, uuid, timestamptz) from public;

create function public.residents_shared_with_partners()
returns table (
  resident_id uuid,
  display_name text,
  ward_name text,
  authority text,
  postcode_sector text,
  gifts jsonb,
  activities public.offer_activity[],
  availability text[],
  availability_note text,
  travel public.travel_range,
  email text,
  phone text,
  preferred_contact text,
  consent_version text,
  consented_at timestamptz
)
language plpgsql volatile security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_shown integer;
begin
  if not (select private.has_any_role('{partner}')) then
    raise exception 'Only the programme''s named partners can see the residents who agreed to share their offer with them.'
      using errcode = '42501';
  end if;
  return query
  select
    r.resident_id, r.display_name, w.ward_name, w.lad_name, r.postcode_sector,
    coalesce((select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
        'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
      from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
      where g.resident_id = r.resident_id), '[]'::jsonb),
    o.activities, o.availability, o.availability_note, o.travel,
    ct.email, ct.phone, ct.preferred_contact,
    c.wording_version, c.given_at
  from public.residents r
  join public.resident_consents c
    on c.resident_id = r.resident_id and c.purpose = 'share_with_partners' and c.withdrawn_at is null
  left join public.wards w on w.ward_code = r.ward_code
  left join public.resident_offer_preferences o on o.resident_id = r.resident_id
  left join public.resident_contacts ct on ct.resident_id = r.resident_id
  where r.status = 'approved'
    and private.has_current_consent(r.resident_id, 'share_with_partners')
  order by w.ward_name nulls last, r.display_name, r.resident_id;
  get diagnostics v_shown = row_count;
  -- Every read is a disclosure to another organisation: recorded as record_export records one.
  insert into public.audit_log (actor_id, action, table_name, row_count)
  values ((select auth.uid()), 'export', 'public.residents', v_shown);
end
$$;
comment on function public.residents_shared_with_partners() is
  'For the programme''s named partners (role partner): approved residents whose current consent to share_with_partners stands (latest, not withdrawn, to the latest wording), with their offer (gifts, activities, availability, travel), contact details, postcode sector and ward, and the consent''s version and time; never a point. Each call is recorded in the audit log as an export of public.residents with the number of rows. Security definer because partners may read no residents'' table (each row holds columns they must not see); it checks the role and returns only these columns.';
revoke execute on function public.residents_shared_with_partners() from public, anon, authenticated;
grant execute on function public.residents_shared_with_partners() to authenticated;
