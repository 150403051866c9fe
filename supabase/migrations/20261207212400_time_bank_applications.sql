-- Applications to time banks from the residents' offer form (docs/time-banks.md): the "Join the
-- time bank" choice becomes an application, with its own consent (join_time_bank) and the bank
-- the resident chose (payload key time_bank_id), waiting for a coordinator. The offer's functions
-- are redefined with every check and limit they had; the area of a postcode is computed in one
-- place (private.postcode_area) for offers and members alike. Erasing a resident erases their
-- memberships as a resident, and linking offers to an account links their memberships too.

-- The same wording version as the form's other consents (src/core/residents/consent-purpose.ts),
-- so that one version names all the words the form showed.
insert into public.consent_wordings (purpose, version, wording) values
  ('join_time_bank', '2026-11-23',
   'I apply to join the time bank I chose. Its coordinators may see my name, postcode sector, ward, when I am free and my gifts, and contact me about joining.');

-- Makes the offer an application to a time bank when the resident chose "Join the time bank" and
-- agreed to join_time_bank: to the bank they named, which must be one of their programme's; with
-- no bank named, to the one bank covering their ward (two or none: they must choose). Without the
-- activity or the consent, nothing is made.
create function private.apply_to_time_bank(p_resident_id uuid, p_payload jsonb) returns void
language plpgsql security invoker set search_path = ''
as $$
declare
  v_resident public.residents;
  v_bank_id uuid := (p_payload ->> 'time_bank_id')::uuid;
  v_banks uuid[];
  v_member_id uuid;
begin
  if not (coalesce(p_payload -> 'activities', '[]'::jsonb) ? 'time_bank'
    and coalesce(p_payload -> 'consents', '[]'::jsonb) ? 'join_time_bank')
  then
    return;
  end if;
  select * into v_resident from public.residents r where r.resident_id = p_resident_id;
  if v_bank_id is null then
    select array_agg(b.bank_id) into v_banks from public.time_banks_for_ward(v_resident.ward_code) b
    where b.covers_ward;
    if cardinality(v_banks) = 1 then
      v_bank_id := v_banks[1];
    else
      raise exception '%', case when cardinality(v_banks) > 1
          then 'More than one time bank covers your ward: choose the one you would like to join.'
          else 'No time bank covers your ward: choose one of the programme''s time banks to join.' end
        using errcode = '22023';
    end if;
  end if;
  if not exists (select 1 from public.time_banks b
    where b.bank_id = v_bank_id and b.programme_id = v_resident.programme_id)
  then
    raise exception 'Choose one of the time banks of your area.' using errcode = '22023';
  end if;
  insert into public.time_bank_members (bank_id, programme_id, kind, status, display_name,
    user_id, resident_id, postcode_sector, ward_code, area_point, availability)
  values (v_bank_id, v_resident.programme_id, 'resident', 'applied', v_resident.display_name,
    v_resident.user_id, p_resident_id, v_resident.postcode_sector, v_resident.ward_code,
    v_resident.area_point, private.offer_choices(p_payload, 'availability',
      array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible'], 'availability', true))
  on conflict (bank_id, resident_id) where resident_id is not null do nothing
  returning member_id into v_member_id;
  if v_member_id is not null then
    perform private.save_member_skills(v_member_id, array(
      select distinct g.gift_type from public.resident_gifts g
      where g.resident_id = p_resident_id and g.gift_type is not null));
  end if;
end
$$;
comment on function private.apply_to_time_bank(uuid, jsonb) is
  'An offer with the time_bank activity and the join_time_bank consent becomes an application (status applied) to the bank named, or to the one bank covering the ward; the member has the offer''s name, sector, ward, area point, availability and listed gifts as skills.';
revoke execute on function private.apply_to_time_bank(uuid, jsonb) from public;

-- Offers just linked to an account: their memberships follow, one per bank (an account is one
-- member of a bank).
create function private.link_time_bank_members(p_resident_ids uuid[], p_user_id uuid) returns void
language sql security invoker set search_path = ''
as $$
  update public.time_bank_members m set user_id = p_user_id
  where m.member_id in (
    select distinct on (x.bank_id) x.member_id from public.time_bank_members x
    where x.resident_id = any (p_resident_ids) and x.user_id is distinct from p_user_id
      and not exists (select 1 from public.time_bank_members o
        where o.bank_id = x.bank_id and o.user_id = p_user_id)
    order by x.bank_id, x.status = 'active' desc, x.applied_at, x.member_id)
$$;
revoke execute on function private.link_time_bank_members(uuid[], uuid) from public;

CREATE OR REPLACE FUNCTION private.check_offer(p_payload jsonb, p_mode text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO ''
    AS $_$
declare
  v_key text;
  v_gift jsonb;
  v_kind text;
  v_type text;
  v_email text;
  v_phone text;
  v_preferred text;
  v_postcode text;
  v_raw_postcode text;
  v_consents text[];
  v_version text;
begin
  if p_payload is null or jsonb_typeof(p_payload) <> 'object' then
    raise exception 'The offer could not be read: send the answers as one JSON object.'
      using errcode = '22023';
  end if;
  if octet_length(p_payload::text) > 16384 then
    raise exception 'The offer is too large (% bytes; at most 16,384). Shorten the longest answers.',
      octet_length(p_payload::text) using errcode = '22023';
  end if;
  select k into v_key from jsonb_object_keys(p_payload) k
  where k <> all (array[
    'display_name', 'gifts', 'activities', 'availability', 'availability_note', 'travel', 'email',
    'phone', 'preferred_contact', 'postcode', 'consents', 'wording_version', 'website', 'time_bank_id'])
    or (k = 'website' and p_mode <> 'online')
  limit 1;
  if v_key is not null then
    raise exception 'The offer has a field the form does not have: "%".', left(v_key, 40)
      using errcode = '22023';
  end if;

  perform private.offer_text(p_payload, 'display_name', 80, 'the name you would like us to use', true);

  if jsonb_typeof(coalesce(p_payload -> 'gifts', 'null')) <> 'array'
    or jsonb_array_length(p_payload -> 'gifts') = 0
  then
    raise exception 'Choose or describe at least one gift.' using errcode = '22023';
  end if;
  if jsonb_array_length(p_payload -> 'gifts') > 30 then
    raise exception 'Offer at most 30 gifts (this offer has %).', jsonb_array_length(p_payload -> 'gifts')
      using errcode = '22023';
  end if;
  for v_gift in select e from jsonb_array_elements(p_payload -> 'gifts') e loop
    if jsonb_typeof(v_gift) <> 'object'
      or exists (select 1 from jsonb_object_keys(v_gift) k where k <> all (array['kind', 'gift_type', 'description']))
    then
      raise exception 'Each gift must say its kind (head, hands or heart) and what it is.'
        using errcode = '22023';
    end if;
    v_kind := private.offer_text(v_gift, 'kind', 5, 'a gift''s kind', true);
    if v_kind <> all (enum_range(null::public.gift_kind)::text[]) then
      raise exception 'A gift''s kind must be head, hands or heart.' using errcode = '22023';
    end if;
    v_type := private.offer_text(v_gift, 'gift_type', 60, 'a gift''s type', false);
    if v_type is not null
      and not exists (select 1 from public.gift_types t where t.code = v_type and t.kind::text = v_kind)
    then
      raise exception '"%" is not a gift of the % in the list.', left(v_type, 60), v_kind
        using errcode = '22023';
    end if;
    if private.offer_text(v_gift, 'description', 200, 'a gift in your own words', false) is null
      and v_type is null
    then
      raise exception 'Choose a gift from the list or describe it in your own words.'
        using errcode = '22023';
    end if;
  end loop;

  perform private.offer_choices(p_payload, 'activities',
    enum_range(null::public.offer_activity)::text[], 'what you would like to do', true);
  perform private.offer_choices(p_payload, 'availability',
    array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible'], 'when you are free', true);
  perform private.offer_text(p_payload, 'availability_note', 500, 'your note about when you are free', false);
  if coalesce(private.offer_text(p_payload, 'travel', 20, 'how far you would travel', false), '')
    <> all (enum_range(null::public.travel_range)::text[])
  then
    raise exception 'Choose how far you would travel.' using errcode = '22023';
  end if;

  v_email := private.normalise_email(
    private.offer_text(p_payload, 'email', 254, 'your email address', p_mode = 'online'));
  if v_email is null and p_mode = 'online' then
    raise exception 'Enter your email address.' using errcode = '22023';
  end if;
  if v_email is not null and not private.is_email(v_email) then
    raise exception 'Enter an email address in the right format, like name@example.com.'
      using errcode = '22023';
  end if;
  v_phone := private.offer_text(p_payload, 'phone', 30, 'your phone number', false);
  if v_phone is not null and regexp_replace(v_phone, '[[:space:]()-]', '', 'g') !~ '^\+?[0-9]{7,15}$' then
    raise exception 'Enter a phone number, like 01245 123456 or 07700 900123.' using errcode = '22023';
  end if;
  v_preferred := private.offer_text(p_payload, 'preferred_contact', 10, 'how you would like to be contacted', false);
  if v_preferred is not null and v_preferred <> all (array['email', 'phone', 'text']) then
    raise exception 'Choose email, a phone call or a text message.' using errcode = '22023';
  end if;
  if v_preferred = 'email' and v_email is null or v_preferred in ('phone', 'text') and v_phone is null then
    raise exception 'Give the % you would like to be contacted by.',
      case v_preferred when 'email' then 'email address' else 'phone number' end
      using errcode = '22023';
  end if;

  v_raw_postcode := private.offer_text(p_payload, 'postcode', 16, 'your postcode', true);
  v_postcode := private.normalise_postcode(v_raw_postcode);
  if v_postcode is null then
    raise exception 'Enter a real postcode, like CM1 1AA.' using errcode = '22023';
  end if;
  if not exists (select 1 from public.postcodes p where p.postcode = v_postcode) then
    raise exception 'The postcode % is not in Essex, the area this programme covers.', v_postcode
      using errcode = '22023', hint = 'Check the postcode; the programme works with people who live in Essex.';
  end if;

  v_consents := private.offer_choices(p_payload, 'consents',
    enum_range(null::public.consent_purpose)::text[], 'what you agree to', false);
  v_version := private.offer_text(p_payload, 'wording_version', 10, 'the version of the wording you agreed to', false);
  if cardinality(v_consents) > 0 then
    if exists (
      select 1 from unnest(v_consents) c
      where not exists (
        select 1 from public.consent_wordings w where w.purpose::text = c and w.version = v_version)
    ) then
      raise exception 'The wording you agreed to (version %) is not known; reload the form and agree again.',
        coalesce(v_version, 'none') using errcode = '22023';
    end if;
  end if;
  if p_payload ? 'time_bank_id' and jsonb_typeof(p_payload -> 'time_bank_id') <> 'null' and (
    jsonb_typeof(p_payload -> 'time_bank_id') <> 'string'
    or (p_payload ->> 'time_bank_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
  then
    raise exception 'Choose the time bank from the list.' using errcode = '22023';
  end if;
  if p_payload ? 'website' and jsonb_typeof(p_payload -> 'website') <> 'string' then
    raise exception 'The offer could not be read.' using errcode = '22023';
  end if;
end
$_$;

CREATE OR REPLACE FUNCTION private.save_offer(p_resident_id uuid, p_payload jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
declare
  v_postcode text := private.normalise_postcode(p_payload ->> 'postcode');
  v_sector text;
  v_point extensions.geometry;
  v_ward text;
  v_area extensions.geometry;
  v_email text := private.normalise_email(private.offer_text(p_payload, 'email', 254, 'email', false));
  v_phone text := regexp_replace(
    coalesce(private.offer_text(p_payload, 'phone', 30, 'phone', false), ''), '[[:space:]()-]', '', 'g');
  v_preferred text := private.offer_text(p_payload, 'preferred_contact', 10, 'contact', false);
begin
  if exists (
    select 1 from public.residents r
    where r.resident_id = p_resident_id and r.user_id = (select auth.uid())
  ) then
    perform private.count_offer_attempt('own_offer_change', p_resident_id::text,
      private.limit_value('own_offer_changes_per_day'), interval '1 day',
      format('This offer has been changed %s times today, the most in a day. Please make further changes tomorrow.',
        private.limit_value('own_offer_changes_per_day')));
  end if;

  select p.point into v_point from public.postcodes p where p.postcode = v_postcode;
  select a.postcode_sector, a.ward_code, a.area_point into v_sector, v_ward, v_area
  from private.postcode_area(v_postcode) a;

  update public.residents r set
    display_name = private.offer_text(p_payload, 'display_name', 80, 'name', true),
    ward_code = v_ward,
    postcode_sector = v_sector,
    area_point = v_area
  where r.resident_id = p_resident_id;

  if v_email is null and v_phone = '' then
    delete from public.resident_contacts c where c.resident_id = p_resident_id;
  else
    insert into public.resident_contacts as c (resident_id, email, phone, preferred_contact)
    values (
      p_resident_id, v_email, nullif(v_phone, ''),
      coalesce(v_preferred, case when v_email is not null then 'email' else 'phone' end))
    on conflict (resident_id) do update set
      email = excluded.email, phone = excluded.phone, preferred_contact = excluded.preferred_contact
    where (c.email, c.phone, c.preferred_contact)
      is distinct from (excluded.email, excluded.phone, excluded.preferred_contact);
  end if;

  insert into public.resident_home_points as h (resident_id, user_id, point, postcode)
  select p_resident_id, r.user_id, v_point, v_postcode
  from public.residents r where r.resident_id = p_resident_id
  on conflict (resident_id) do update set point = excluded.point, postcode = excluded.postcode
  where h.postcode is distinct from excluded.postcode;

  delete from public.resident_gifts g where g.resident_id = p_resident_id;
  insert into public.resident_gifts (resident_id, kind, gift_type, description)
  select p_resident_id, (e ->> 'kind')::public.gift_kind,
    private.offer_text(e, 'gift_type', 60, 'type', false),
    coalesce(private.offer_text(e, 'description', 200, 'gift', false), '')
  from jsonb_array_elements(p_payload -> 'gifts') with ordinality as g (e, n)
  order by n;

  insert into public.resident_offer_preferences as o
    (resident_id, activities, availability, availability_note, travel)
  values (
    p_resident_id,
    private.offer_choices(p_payload, 'activities',
      enum_range(null::public.offer_activity)::text[], 'activities', true)::public.offer_activity[],
    private.offer_choices(p_payload, 'availability',
      array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible'], 'availability', true),
    coalesce(private.offer_text(p_payload, 'availability_note', 500, 'note', false), ''),
    (p_payload ->> 'travel')::public.travel_range)
  on conflict (resident_id) do update set
    activities = excluded.activities, availability = excluded.availability,
    availability_note = excluded.availability_note, travel = excluded.travel
  where (o.activities, o.availability, o.availability_note, o.travel)
    is distinct from (excluded.activities, excluded.availability, excluded.availability_note, excluded.travel);
end
$$;

CREATE OR REPLACE FUNCTION private.erase_residents(p_resident_ids uuid[], p_user_ids uuid[]) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
declare
  v_erased integer;
  v_user_id uuid;
begin
  insert into public.erased_gift_tallies as t (ward_code, kind, gift_count)
  select r.ward_code, g.kind, count(*)::integer
  from public.residents r join public.resident_gifts g on g.resident_id = r.resident_id
  where r.resident_id = any (p_resident_ids) and r.status = 'approved' and r.ward_code is not null
  group by r.ward_code, g.kind
  on conflict (ward_code, kind) do update set gift_count = t.gift_count + excluded.gift_count;

  delete from private.offer_attempts a
  using public.resident_contacts c
  where c.resident_id = any (p_resident_ids) and c.email is not null
    and a.key_hash = private.attempt_key('email', c.email);

  insert into public.audit_log (actor_id, action, table_name, row_id)
  select (select auth.uid()), 'erase', 'public.residents', r.resident_id::text
  from public.residents r where r.resident_id = any (p_resident_ids);

  -- Their time bank memberships as residents go too (the ledger keeps "A former member").
  insert into public.audit_log (actor_id, action, table_name, row_id, programme_id)
  select (select auth.uid()), 'erase', 'public.time_bank_members', m.member_id::text, m.programme_id
  from public.time_bank_members m
  where m.resident_id = any (p_resident_ids) or (m.kind = 'resident' and m.user_id = any (p_user_ids));
  delete from public.time_bank_members m
  where m.resident_id = any (p_resident_ids) or (m.kind = 'resident' and m.user_id = any (p_user_ids));

  delete from public.residents r where r.resident_id = any (p_resident_ids);
  get diagnostics v_erased = row_count;

  for v_user_id in
    select u.id from auth.users u
    where u.id = any (p_user_ids)
      and not exists (select 1 from public.memberships m where m.user_id = u.id and m.role <> 'resident')
      and not exists (select 1 from public.residents r where r.user_id = u.id)
  loop
    begin
      delete from auth.users u where u.id = v_user_id;
    exception when foreign_key_violation then
      -- Something else the person made still names the account: keep it, without the email.
      update auth.users u set email = null, raw_user_meta_data = '{}'::jsonb where u.id = v_user_id;
    end;
  end loop;
  return v_erased;
end
$$;

CREATE OR REPLACE FUNCTION public.submit_resident_offer(p_payload jsonb, p_client_ip text DEFAULT NULL::text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_resident_id uuid;
  v_code text;
begin
  perform private.check_offer(p_payload, 'online');
  perform private.count_offer_attempt('address', private.client_address(p_client_ip),
    private.limit_value('offers_per_address_per_hour'), interval '1 hour',
    'Too many offers have come from this connection in the last hour. Please try again later.');
  perform private.count_offer_attempt('email', p_payload ->> 'email',
    private.limit_value('offers_per_email_per_day'), interval '1 day',
    'Too many offers have been sent with this email address today. Please try again tomorrow, or sign in to change the offer you sent.');
  -- Whatever the number of addresses: offers wait for each other here, so a burst cannot all pass.
  perform pg_advisory_xact_lock(hashtextextended('public.submit_resident_offer', 0));
  if (
    select count(*) from public.residents r
    where r.confirmed_at is null and r.created_by is null and r.created_at > now() - interval '1 hour'
  ) >= private.limit_value('public_offers_per_hour') then
    raise exception 'Many offers have arrived in the last hour, more than we can take in at once. Nothing was saved: please send yours again in an hour, or ask a community builder to record it for you.'
      using errcode = 'P0429';
  end if;
  -- The honeypot: a field people never see, which form-filling robots fill in. Such an offer is
  -- answered exactly as a real one, with a code of the same shape (so the robot learns nothing),
  -- and nothing is stored.
  if coalesce(p_payload ->> 'website', '') <> '' then
    v_code := private.new_offer_code();
    return jsonb_build_object('received', true, 'code', left(v_code, 4) || '-' || right(v_code, 4));
  end if;
  insert into public.residents (display_name)
  values (private.offer_text(p_payload, 'display_name', 80, 'name', true))
  returning resident_id into v_resident_id;
  perform private.save_offer(v_resident_id, p_payload);
  perform private.save_consents(v_resident_id, p_payload, 'online', null, now());
  perform private.apply_to_time_bank(v_resident_id, p_payload);
  return jsonb_build_object('received', true, 'code', private.issue_offer_code(v_resident_id));
end
$$;

CREATE OR REPLACE FUNCTION public.record_resident_offer(p_payload jsonb, p_consent_how public.consent_method, p_consent_given_at timestamp with time zone DEFAULT NULL::timestamp with time zone) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_resident_id uuid;
  v_given_at timestamptz := coalesce(p_consent_given_at, now());
  v_programme_id uuid;
begin
  if not exists (select 1 from public.programmes p where private.can('review_residents', p.programme_id)) then
    raise exception 'Only community builders and admins can record an offer on someone''s behalf.'
      using errcode = '42501';
  end if;
  if p_consent_how is null or p_consent_how = 'online' then
    raise exception 'Say how the resident gave their consent: in conversation (verbally) or on a paper form.'
      using errcode = '22023';
  end if;
  if v_given_at > now() + interval '5 minutes' then
    raise exception 'The consent cannot have been given in the future.' using errcode = '22023';
  end if;
  if v_given_at < now() - interval '1 year' then
    raise exception 'The consent was given more than a year ago: ask the resident again.'
      using errcode = '22023';
  end if;
  perform private.check_offer(p_payload, 'on_behalf');
  insert into public.residents (display_name, status, reviewed_by, reviewed_at, created_by, confirmed_at)
  values (
    private.offer_text(p_payload, 'display_name', 80, 'name', true), 'approved',
    (select auth.uid()), now(), (select auth.uid()), now())
  returning resident_id into v_resident_id;
  perform private.save_offer(v_resident_id, p_payload);
  -- The programme the database gave the offer (from its ward): the caller must work in it. A
  -- refusal here undoes the whole offer.
  select r.programme_id into v_programme_id from public.residents r where r.resident_id = v_resident_id;
  if not private.can('review_residents', v_programme_id) then
    raise exception 'The postcode % is outside the area of your programme: a builder of the programme that covers it records this offer.',
      private.normalise_postcode(p_payload ->> 'postcode') using errcode = '42501';
  end if;
  perform private.save_consents(v_resident_id, p_payload, p_consent_how, (select auth.uid()), v_given_at);
  perform private.apply_to_time_bank(v_resident_id, p_payload);
  return v_resident_id;
end
$$;

CREATE OR REPLACE FUNCTION public.link_my_offers() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_user_id uuid := (select auth.uid());
  v_email text := private.normalise_email((select auth.jwt()) ->> 'email');
  v_linked uuid[];
begin
  if v_user_id is null then
    raise exception 'Sign in with the link we email you first.' using errcode = '42501';
  end if;
  if v_email is null then
    return 0;
  end if;
  with linked as (
    update public.residents r set user_id = v_user_id, confirmed_at = coalesce(r.confirmed_at, now())
    from public.resident_contacts c
    where c.resident_id = r.resident_id and c.email = v_email and r.user_id is null
    returning r.resident_id
  )
  select coalesce(array_agg(l.resident_id), '{}') into v_linked from linked l;
  update public.resident_home_points h set user_id = v_user_id where h.resident_id = any (v_linked);
  perform private.link_time_bank_members(v_linked, v_user_id);
  return cardinality(v_linked);
end
$$;

CREATE OR REPLACE FUNCTION public.link_offers_with_code(p_email text, p_code text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_user_id uuid := (select auth.uid());
  v_email text := private.normalise_email(left(p_email, 254));
  v_code text := private.normalise_offer_code(p_code);
  v_email_key text;
  v_person_key text;
  v_linked uuid[];
begin
  if v_user_id is null then
    raise exception 'Sign in first.' using errcode = '42501';
  end if;
  -- A code signs in a resident on a shared device, as a fresh account with no email and no role.
  -- Anyone else holding a code (the builder who recorded the offer and was shown it, or an
  -- account with an email) would otherwise take the offer from its resident.
  if exists (select 1 from auth.users u where u.id = v_user_id and u.email is not null)
    or exists (select 1 from public.memberships m where m.user_id = v_user_id)
  then
    raise exception 'A code signs in only on the device the offer was sent from. Sign in with your email instead.'
      using errcode = '42501';
  end if;
  v_email_key := private.attempt_key('offer_code', coalesce(v_email, ''));
  v_person_key := private.attempt_key('offer_code_person', v_user_id::text);
  perform pg_advisory_xact_lock(hashtextextended(v_email_key, 0));
  perform pg_advisory_xact_lock(hashtextextended(v_person_key, 0));
  if (select count(*) from private.offer_attempts a
      where a.key_hash = v_email_key and a.attempted_at > now() - interval '1 hour')
    >= private.limit_value('wrong_offer_codes_per_email_per_hour')
  then
    raise exception 'Too many wrong codes have been tried with this email address in the last hour. Wait an hour and try again, or ask a community builder for help.'
      using errcode = 'P0429';
  end if;
  if (select count(*) from private.offer_attempts a
      where a.key_hash = v_person_key and a.attempted_at > now() - interval '1 hour')
    >= private.limit_value('wrong_offer_codes_per_person_per_hour')
  then
    raise exception 'Too many wrong codes have been tried in the last hour. Wait an hour and try again.'
      using errcode = 'P0429';
  end if;

  -- An offer held by an account with an email (connected mode's email link) stays with it; one
  -- held by a sign-in on a device (an account with no email) moves to the new sign-in.
  with linked as (
    update public.residents r set user_id = v_user_id, confirmed_at = coalesce(r.confirmed_at, now())
    from public.resident_contacts c, private.offer_codes k
    where c.resident_id = r.resident_id and k.resident_id = r.resident_id
      and v_email is not null and v_code is not null
      and c.email = v_email and k.code_hash = private.offer_code_hash(k.salt, v_code)
      and (r.user_id is null or r.user_id = v_user_id or not exists (
        select 1 from auth.users u where u.id = r.user_id and u.email is not null))
    returning r.resident_id
  )
  select coalesce(array_agg(l.resident_id), '{}') into v_linked from linked l;

  if cardinality(v_linked) = 0 then
    insert into private.offer_attempts (key_hash) values (v_email_key), (v_person_key);
    return 0;
  end if;
  update public.resident_home_points h set user_id = v_user_id where h.resident_id = any (v_linked);
  perform private.link_time_bank_members(v_linked, v_user_id);
  return cardinality(v_linked);
end
$$;

CREATE OR REPLACE FUNCTION public.my_resident_data() RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
  select jsonb_build_object(
    'generated_at', now(),
    'offers', coalesce((
      select jsonb_agg(private.describe_resident(r.resident_id) order by r.created_at, r.resident_id)
      from public.residents r
      where r.user_id = (select auth.uid())), '[]'::jsonb),
    -- Applications to time banks and memberships, from the offers or the account.
    'time_banks', coalesce((
      select jsonb_agg(jsonb_build_object('member_id', m.member_id, 'bank_name', b.name,
          'status', m.status, 'status_reason', m.status_reason, 'display_name', m.display_name,
          'postcode_sector', m.postcode_sector, 'ward_name', w.ward_name,
          'availability', m.availability, 'applied_at', m.applied_at, 'joined_at', m.joined_at,
          'skills', coalesce((select jsonb_agg(t.label order by t.label)
            from public.time_bank_member_skills s join public.gift_types t on t.code = s.gift_type
            where s.member_id = m.member_id), '[]'::jsonb))
        order by m.applied_at, m.member_id)
      from public.time_bank_members m
      join public.time_banks b on b.bank_id = m.bank_id
      left join public.wards w on w.ward_code = m.ward_code
      where m.user_id = (select auth.uid()) or m.resident_id in (
        select r.resident_id from public.residents r where r.user_id = (select auth.uid()))), '[]'::jsonb))
$$;

comment on function public.my_resident_data() is
  'Everything held about the caller as a resident (subject access): each offer with its area, home postcode and point, contact details, gifts, preferences, consents with their wording, and the audit log''s entries about those rows (actions and column names); and their time bank applications and memberships with their status. Security definer because those audit entries are otherwise admins'' only; it reads only offers and memberships whose user_id is the caller.';
