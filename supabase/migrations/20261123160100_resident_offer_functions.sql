-- How offers of gifts arrive and change: the public form (submit_resident_offer, anon,
-- rate-limited, with a honeypot), a builder recording one on someone's behalf with consent given
-- verbally or on paper (record_resident_offer), the resident signing in by email link and claiming
-- theirs (link_my_offers), reading everything held about them (my_resident_data) and changing it
-- (update_my_offer), and the builders' review queue with its duplicate check.
--
-- An offer is one JSON object, checked here field by field (shape, lengths, list values, a postcode
-- in the region) whatever the app checked before; a refusal says what to fix and stores nothing:
--   { "display_name": text ≤ 80, "gifts": [{ "kind": head|hands|heart, "gift_type": code|null,
--       "description": text ≤ 200 }] (1–30), "activities": [offer_activity] (≥ 1),
--     "availability": [weekday_daytime|weekday_evening|weekend|flexible] (≥ 1),
--     "availability_note": text ≤ 500, "travel": travel_range, "email": text ≤ 254,
--     "phone": text, "preferred_contact": email|phone|text, "postcode": text,
--     "consents": [consent_purpose], "wording_version": "YYYY-MM-DD", "website": honeypot }
-- The whole object is at most 16,384 bytes of JSON.

-- The postcode spacing and case ignored ("cm11aa" → "CM1 1AA"); null when it is not one.
create function private.normalise_postcode(p_postcode text) returns text
language sql immutable security invoker set search_path = ''
as $$
  select case when c ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$' then left(c, -3) || ' ' || right(c, 3) end
  from (select upper(regexp_replace(coalesce(p_postcode, ''), '[[:space:]]', '', 'g')) as c) s
$$;
revoke execute on function private.normalise_postcode(text) from public;

-- The postcode sector of a postcode ('CM1 1AA' → 'CM1 1'); the centroid of a sector is what
-- builders see of where a resident lives.
create index postcodes_sector_idx on public.postcodes ((left(postcode, -2)));

-- One text answer: trimmed, null when empty. Refuses a non-text value, an empty required answer,
-- and an answer longer than p_max characters (characters, not bytes: emoji and Arabic count once).
create function private.offer_text(
  p_payload jsonb, p_key text, p_max integer, p_what text, p_required boolean
) returns text
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_value jsonb := p_payload -> p_key;
  v_text text;
begin
  if v_value is not null and v_value <> 'null'::jsonb then
    if jsonb_typeof(v_value) <> 'string' then
      raise exception '% must be text.', initcap(left(p_what, 1)) || substr(p_what, 2)
        using errcode = '22023';
    end if;
    v_text := nullif(regexp_replace(v_value #>> '{}', '^[[:space:]]+|[[:space:]]+$', '', 'g'), '');
  end if;
  if v_text is null and p_required then
    raise exception 'Enter %.', p_what using errcode = '22023';
  end if;
  if char_length(v_text) > p_max then
    raise exception '% must be % characters or fewer (it has %).',
      initcap(left(p_what, 1)) || substr(p_what, 2), p_max, char_length(v_text)
      using errcode = '22023';
  end if;
  return v_text;
end
$$;
revoke execute on function private.offer_text(jsonb, text, integer, text, boolean) from public;

-- A list answer: distinct values, each one of p_allowed; at least one when required.
create function private.offer_choices(
  p_payload jsonb, p_key text, p_allowed text[], p_what text, p_required boolean
) returns text[]
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_value jsonb := coalesce(p_payload -> p_key, '[]'::jsonb);
  v_choices text[];
begin
  if jsonb_typeof(v_value) = 'null' then
    v_value := '[]'::jsonb;
  end if;
  if jsonb_typeof(v_value) <> 'array' or jsonb_array_length(v_value) > cardinality(p_allowed)
    or exists (select 1 from jsonb_array_elements(v_value) e where jsonb_typeof(e) <> 'string')
  then
    raise exception '% must be a list of choices from the form.',
      initcap(left(p_what, 1)) || substr(p_what, 2) using errcode = '22023';
  end if;
  select array_agg(distinct e) into v_choices from jsonb_array_elements_text(v_value) e;
  if exists (select 1 from unnest(v_choices) c where c <> all (p_allowed)) then
    raise exception '% has a choice the form does not offer.',
      initcap(left(p_what, 1)) || substr(p_what, 2) using errcode = '22023';
  end if;
  if coalesce(cardinality(v_choices), 0) = 0 and p_required then
    raise exception 'Choose at least one: %.', p_what using errcode = '22023';
  end if;
  return coalesce(v_choices, '{}');
end
$$;
revoke execute on function private.offer_choices(jsonb, text, text[], text, boolean) from public;

-- Checks an offer as a whole. p_mode: 'online' (the public form: an email is required, to sign in
-- later), 'on_behalf' (a builder's record: contact details optional) or 'update' (the resident's
-- own change; no honeypot field).
create function private.check_offer(p_payload jsonb, p_mode text) returns void
language plpgsql stable security invoker set search_path = ''
as $$
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
    'phone', 'preferred_contact', 'postcode', 'consents', 'wording_version', 'website'])
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
    v_kind := v_gift ->> 'kind';
    if v_kind is null or v_kind <> all (enum_range(null::public.gift_kind)::text[]) then
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
  if coalesce(p_payload ->> 'travel', '') <> all (enum_range(null::public.travel_range)::text[]) then
    raise exception 'Choose how far you would travel.' using errcode = '22023';
  end if;

  v_email := private.offer_text(p_payload, 'email', 254, 'your email address', p_mode = 'online');
  if v_email is not null and v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
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
  if cardinality(v_consents) > 0 then
    v_version := p_payload ->> 'wording_version';
    if exists (
      select 1 from unnest(v_consents) c
      where not exists (
        select 1 from public.consent_wordings w where w.purpose::text = c and w.version = v_version)
    ) then
      raise exception 'The wording you agreed to (version %) is not known; reload the form and agree again.',
        coalesce(left(v_version, 20), 'none') using errcode = '22023';
    end if;
  end if;
  if p_payload ? 'website' and jsonb_typeof(p_payload -> 'website') <> 'string' then
    raise exception 'The offer could not be read.' using errcode = '22023';
  end if;
end
$$;
revoke execute on function private.check_offer(jsonb, text) from public;

-- Writes a checked offer's answers to a resident's rows, replacing what was there. The ward and
-- the coarsened area are derived here from the postcode, never taken from the client.
create function private.save_offer(p_resident_id uuid, p_payload jsonb) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_postcode text := private.normalise_postcode(p_payload ->> 'postcode');
  v_sector text := left(private.normalise_postcode(p_payload ->> 'postcode'), -2);
  v_point extensions.geometry;
  v_ward text;
  v_area extensions.geometry;
  v_email text := lower(private.offer_text(p_payload, 'email', 254, 'email', false));
  v_phone text := regexp_replace(
    coalesce(private.offer_text(p_payload, 'phone', 30, 'phone', false), ''), '[[:space:]()-]', '', 'g');
  v_preferred text := private.offer_text(p_payload, 'preferred_contact', 10, 'contact', false);
begin
  select p.point, coalesce(p.ward_code, (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, p.point) order by w.ward_code limit 1))
    into v_point, v_ward
  from public.postcodes p where p.postcode = v_postcode;

  -- The sector's centroid when the sector has enough postcodes to hide one among them, else the
  -- ward's label point: never closer to the home than a sector's worth of addresses.
  select case when count(*) >= 10 then extensions.st_centroid(extensions.st_collect(p.point)) end
    into v_area
  from public.postcodes p where left(p.postcode, -2) = v_sector;
  if v_area is null then
    select coalesce(w.label_point, extensions.st_pointonsurface(w.geom)) into v_area
    from public.wards w where w.ward_code = v_ward;
  end if;

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
revoke execute on function private.save_offer(uuid, jsonb) from public;

-- Makes the resident's consents the purposes in p_purposes: the ones no longer listed are
-- withdrawn (kept, with the time), the new ones recorded with the wording version, how and by whom.
create function private.save_consents(
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
begin
  update public.resident_consents c set withdrawn_at = greatest(now(), c.given_at)
  where c.resident_id = p_resident_id and c.withdrawn_at is null and c.purpose <> all (v_purposes);
  insert into public.resident_consents (resident_id, purpose, wording_version, given_at, given_how, recorded_by)
  select p_resident_id, p, p_payload ->> 'wording_version', p_given_at, p_how, p_recorded_by
  from unnest(v_purposes) p
  where not exists (
    select 1 from public.resident_consents c
    where c.resident_id = p_resident_id and c.purpose = p and c.withdrawn_at is null);
end
$$;
revoke execute on function private.save_consents(uuid, jsonb, public.consent_method, uuid, timestamptz) from public;

-- The rate limit's memory: a salted SHA-256 of each client address and email that sent an offer,
-- and when; kept a day. The salt (pepper) is random per database and never leaves it, so the
-- hashes cannot be reversed by trying every IPv4 address. sha256() is built into Postgres (11+),
-- so neither pgcrypto nor a PGlite extension is needed.
create table private.offer_attempt_pepper (
  only_row boolean primary key default true check (only_row),
  pepper text not null
);
comment on table private.offer_attempt_pepper is 'The secret salt of offer_attempts'' hashes.';
insert into private.offer_attempt_pepper (pepper)
values (encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'));

create table private.offer_attempts (
  key_hash text not null,
  attempted_at timestamptz not null default now()
);
comment on table private.offer_attempts is
  'Offers sent, by salted hash of the client address or email (never the value), for the rate limit; rows older than a day are deleted.';
create index offer_attempts_key_hash_idx on private.offer_attempts (key_hash, attempted_at);
alter table private.offer_attempt_pepper enable row level security;
alter table private.offer_attempts enable row level security;
revoke all on private.offer_attempt_pepper, private.offer_attempts from public, anon, authenticated;

create function private.attempt_key(p_kind text, p_value text) returns text
language sql stable security invoker set search_path = ''
as $$
  select encode(sha256(convert_to(
    (select a.pepper from private.offer_attempt_pepper a) || ':' || p_kind || ':' || lower(p_value), 'UTF8')), 'hex')
$$;
revoke execute on function private.attempt_key(text, text) from public;

-- Counts one attempt for the key, refusing it (SQLSTATE P0429) when the key already made
-- p_limit within p_window. Attempts with the same key wait for each other (an advisory lock), so
-- a burst of parallel requests cannot all pass.
create function private.count_offer_attempt(
  p_kind text, p_value text, p_limit integer, p_window interval, p_message text
) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_key text;
begin
  if p_value is null then
    return;
  end if;
  v_key := private.attempt_key(p_kind, p_value);
  perform pg_advisory_xact_lock(hashtextextended(v_key, 0));
  delete from private.offer_attempts a
  where a.key_hash = v_key and a.attempted_at < now() - interval '1 day';
  if (select count(*) from private.offer_attempts a
      where a.key_hash = v_key and a.attempted_at > now() - p_window) >= p_limit then
    raise exception '%', p_message using errcode = 'P0429';
  end if;
  insert into private.offer_attempts (key_hash) values (v_key);
end
$$;
revoke execute on function private.count_offer_attempt(text, text, integer, interval, text) from public;

-- The client's address as the platform passes it: PostgREST puts the request's headers in
-- request.headers, and Supabase's gateway sets X-Forwarded-For (its first entry is the client).
-- Only when there are no request headers (local mode, a direct connection) is the parameter used:
-- through the API it is the client's own claim.
create function private.client_address(p_client_ip text) returns text
language sql stable security invoker set search_path = ''
as $$
  select case
    when nullif(current_setting('request.headers', true), '') is not null then coalesce(
      nullif(btrim(split_part(
        current_setting('request.headers', true)::jsonb ->> 'x-forwarded-for', ',', 1)), ''),
      'unknown')
    else coalesce(nullif(btrim(left(p_client_ip, 100)), ''), 'unknown')
  end
$$;
revoke execute on function private.client_address(text) from public;

-- The public "Offer your gifts" form.
create function public.submit_resident_offer(p_payload jsonb, p_client_ip text default null)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_resident_id uuid;
begin
  perform private.check_offer(p_payload, 'online');
  perform private.count_offer_attempt('address', private.client_address(p_client_ip), 30,
    interval '1 hour',
    'Too many offers have come from this connection in the last hour. Please try again later.');
  perform private.count_offer_attempt('email', p_payload ->> 'email', 3, interval '1 day',
    'Too many offers have been sent with this email address today. Please try again tomorrow, or sign in to change the offer you sent.');
  -- The honeypot: a field people never see, which form-filling robots fill in. Such an offer is
  -- answered exactly as a real one (so the robot learns nothing) and nothing is stored.
  if coalesce(p_payload ->> 'website', '') <> '' then
    return jsonb_build_object('received', true);
  end if;
  insert into public.residents (display_name)
  values (private.offer_text(p_payload, 'display_name', 80, 'name', true))
  returning resident_id into v_resident_id;
  perform private.save_offer(v_resident_id, p_payload);
  perform private.save_consents(v_resident_id, p_payload, 'online', null, now());
  return jsonb_build_object('received', true);
end
$$;
comment on function public.submit_resident_offer(jsonb, text) is
  'The public "Offer your gifts" form: checks the offer (shape, sizes, list values, a postcode in the region), limits the rate per client address (30 an hour) and per email (3 a day), and stores it as pending and unconfirmed with the consents ticked. A filled honeypot field ("website") is answered as a success and stores nothing. Security definer because anon may not write residents'' tables (nor read the home point it creates); it writes only a new offer and returns no id.';
revoke execute on function public.submit_resident_offer(jsonb, text) from public, anon, authenticated;
grant execute on function public.submit_resident_offer(jsonb, text) to anon, authenticated;

-- A builder records a resident's offer from a paper form or a phone call.
create function public.record_resident_offer(
  p_payload jsonb,
  p_consent_how public.consent_method,
  p_consent_given_at timestamptz default null
) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_resident_id uuid;
  v_given_at timestamptz := coalesce(p_consent_given_at, now());
begin
  if not (select private.has_any_role('{builder,admin}')) then
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
  perform private.save_consents(v_resident_id, p_payload, p_consent_how, (select auth.uid()), v_given_at);
  return v_resident_id;
end
$$;
comment on function public.record_resident_offer(jsonb, public.consent_method, timestamptz) is
  'A builder or admin records a resident''s offer from a paper form or a phone call, approved and confirmed, with the consents recorded as given verbally or on paper, by the caller, at the time given. Security definer because no API role writes residents'' tables directly and builders may not read the home point created; it checks the role and the offer as submit_resident_offer does.';
revoke execute on function public.record_resident_offer(jsonb, public.consent_method, timestamptz) from public, anon, authenticated;
grant execute on function public.record_resident_offer(jsonb, public.consent_method, timestamptz) to authenticated;

-- Signing in by email link confirms an offer: the offers sent with the signed-in email address
-- become the caller's. The address is the one Supabase Auth verified (the JWT's email claim; the
-- project must keep "Confirm email" on). In local mode the app passes the email typed on this
-- device as the claim (src/db/pglite/local-residents-port.ts).
create function public.link_my_offers() returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_user_id uuid := (select auth.uid());
  v_email text := lower(nullif(btrim((select auth.jwt()) ->> 'email'), ''));
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
  return cardinality(v_linked);
end
$$;
comment on function public.link_my_offers() is
  'Links the offers sent with the caller''s verified email (JWT email claim) to the caller''s account and confirms them; returns how many. Security definer because the caller cannot read unlinked offers or their contacts; it changes only offers whose email equals the caller''s and that no account holds yet.';
revoke execute on function public.link_my_offers() from public, anon, authenticated;
grant execute on function public.link_my_offers() to authenticated;

-- Everything held about one resident record, for the resident (my_resident_data, update_my_offer).
create function private.describe_resident(p_resident_id uuid) returns jsonb
language sql stable security invoker set search_path = ''
as $$
  select jsonb_build_object(
    'resident_id', r.resident_id,
    'display_name', r.display_name,
    'status', r.status,
    'status_reason', r.status_reason,
    'created_at', r.created_at,
    'updated_at', r.updated_at,
    'confirmed_at', r.confirmed_at,
    'recorded_on_behalf', r.created_by is not null,
    'area', jsonb_build_object(
      'postcode_sector', r.postcode_sector, 'ward_code', r.ward_code, 'ward_name', w.ward_name,
      'authority', w.lad_name),
    'home', (select jsonb_build_object('postcode', h.postcode,
        'lng', extensions.st_x(h.point), 'lat', extensions.st_y(h.point))
      from public.resident_home_points h where h.resident_id = r.resident_id),
    'contact', (select jsonb_build_object('email', c.email, 'phone', c.phone,
        'preferred_contact', c.preferred_contact)
      from public.resident_contacts c where c.resident_id = r.resident_id),
    'gifts', coalesce((select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
        'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
      from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
      where g.resident_id = r.resident_id), '[]'::jsonb),
    'preferences', (select jsonb_build_object('activities', o.activities,
        'availability', o.availability, 'availability_note', o.availability_note, 'travel', o.travel)
      from public.resident_offer_preferences o where o.resident_id = r.resident_id),
    'consents', coalesce((select jsonb_agg(jsonb_build_object('purpose', c.purpose,
        'wording_version', c.wording_version, 'wording', cw.wording, 'given_at', c.given_at,
        'given_how', c.given_how, 'withdrawn_at', c.withdrawn_at) order by c.given_at, c.purpose)
      from public.resident_consents c
      join public.consent_wordings cw on cw.purpose = c.purpose and cw.version = c.wording_version
      where c.resident_id = r.resident_id), '[]'::jsonb),
    'history', coalesce((select jsonb_agg(jsonb_build_object('occurred_at', a.occurred_at,
        'action', a.action, 'table', a.table_name, 'columns', a.changed_columns)
        order by a.occurred_at, a.audit_id)
      from public.audit_log a
      where a.table_name like 'public.resident%' and a.row_id in (
        select r.resident_id::text
        union all select g.gift_id::text from public.resident_gifts g where g.resident_id = r.resident_id
        union all select c.consent_id::text from public.resident_consents c where c.resident_id = r.resident_id)),
      '[]'::jsonb))
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.resident_id = p_resident_id
$$;
revoke execute on function private.describe_resident(uuid) from public;

create function public.my_resident_data() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select jsonb_build_object(
    'generated_at', now(),
    'offers', coalesce((
      select jsonb_agg(private.describe_resident(r.resident_id) order by r.created_at, r.resident_id)
      from public.residents r
      where r.user_id = (select auth.uid())), '[]'::jsonb))
$$;
comment on function public.my_resident_data() is
  'Everything held about the caller as a resident (subject access): each offer with its area, home postcode and point, contact details, gifts, preferences, consents with their wording, and the audit log''s entries about those rows (actions and column names). Security definer because those audit entries are otherwise admins'' only; it reads only offers whose user_id is the caller.';
revoke execute on function public.my_resident_data() from public, anon, authenticated;
grant execute on function public.my_resident_data() to authenticated;

create function public.update_my_offer(p_resident_id uuid, p_payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is null or not exists (
    select 1 from public.residents r
    where r.resident_id = p_resident_id and r.user_id = (select auth.uid()))
  then
    raise exception 'You can change only your own offer: sign in with the email you used.'
      using errcode = '42501';
  end if;
  perform private.check_offer(p_payload, 'update');
  perform private.save_offer(p_resident_id, p_payload);
  perform private.save_consents(p_resident_id, p_payload, 'online', null, now());
  return private.describe_resident(p_resident_id);
end
$$;
comment on function public.update_my_offer(uuid, jsonb) is
  'The resident changes their own offer (answers and consents, checked as on submission; the ward and area derived again) and gets back everything held. Security definer because no API role writes residents'' tables directly; it changes only an offer whose user_id is the caller.';
revoke execute on function public.update_my_offer(uuid, jsonb) from public, anon, authenticated;
grant execute on function public.update_my_offer(uuid, jsonb) to authenticated;

-- A builder's decision: approve, reject (with a reason) or send back to pending. The trigger
-- stamps who and when.
create function public.review_resident_offer(
  p_resident_id uuid,
  p_status public.resident_status,
  p_reason text default null
) returns table (resident_id uuid, status public.resident_status, status_reason text, reviewed_at timestamptz)
language plpgsql volatile security invoker set search_path = ''
as $$
#variable_conflict use_column
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and admins can review offers.' using errcode = '42501';
  end if;
  if p_status is null then
    raise exception 'Choose approve or reject.' using errcode = '22023';
  end if;
  if p_status = 'rejected' and char_length(btrim(coalesce(p_reason, ''))) = 0 then
    raise exception 'Give a reason for rejecting the offer.' using errcode = '22023';
  end if;
  if char_length(p_reason) > 500 then
    raise exception 'Keep the reason to 500 characters or fewer.' using errcode = '22023';
  end if;
  return query
  update public.residents r
  set status = p_status, status_reason = nullif(btrim(p_reason), '')
  where r.resident_id = p_resident_id
  returning r.resident_id, r.status, r.status_reason, r.reviewed_at;
  if not found then
    raise exception 'There is no offer with that id.' using errcode = 'P0002';
  end if;
end
$$;
comment on function public.review_resident_offer(uuid, public.resident_status, text) is
  'Approves or rejects (with a reason) a resident''s offer; security invoker, so Row Level Security decides (builders and admins).';
revoke execute on function public.review_resident_offer(uuid, public.resident_status, text) from public, anon, authenticated;
grant execute on function public.review_resident_offer(uuid, public.resident_status, text) to authenticated;

-- The review queue: every offer (pending first) with what builders may see, and possible
-- duplicates: the same email as another offer, or the same name with a home within 1 km. The
-- email and the home are compared here and never returned.
create function public.list_offers_for_review(p_status public.resident_status default null)
returns table (
  resident_id uuid,
  display_name text,
  status public.resident_status,
  status_reason text,
  created_at timestamptz,
  confirmed_at timestamptz,
  recorded_on_behalf boolean,
  ward_code text,
  ward_name text,
  authority text,
  postcode_sector text,
  area_lng double precision,
  area_lat double precision,
  gifts jsonb,
  activities public.offer_activity[],
  availability text[],
  availability_note text,
  travel public.travel_range,
  consents public.consent_purpose[],
  duplicates jsonb
)
language plpgsql stable security definer set search_path = ''
as $$
#variable_conflict use_column
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and admins can see the review queue.' using errcode = '42501';
  end if;
  return query
  select
    r.resident_id, r.display_name, r.status, r.status_reason, r.created_at, r.confirmed_at,
    r.created_by is not null, r.ward_code, w.ward_name, w.lad_name, r.postcode_sector,
    extensions.st_x(r.area_point), extensions.st_y(r.area_point),
    coalesce((select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
        'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
      from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
      where g.resident_id = r.resident_id), '[]'::jsonb),
    o.activities, o.availability, o.availability_note, o.travel,
    coalesce((select array_agg(c.purpose order by c.purpose) from public.resident_consents c
      where c.resident_id = r.resident_id and c.withdrawn_at is null), '{}'),
    coalesce((
      select jsonb_agg(jsonb_build_object('resident_id', d.resident_id,
        'display_name', d.display_name, 'reason', d.reason) order by d.display_name, d.resident_id)
      from (
        select o2.resident_id, o2.display_name, string_agg(m.reason, ' and ' order by m.reason) as reason
        from (
          select oc.resident_id, 'same email' as reason
          from public.resident_contacts mc
          join public.resident_contacts oc on oc.email = mc.email and oc.resident_id <> mc.resident_id
          where mc.resident_id = r.resident_id
          union
          select oh.resident_id, 'same name nearby'
          from public.resident_home_points mh
          join public.resident_home_points oh
            on oh.resident_id <> mh.resident_id
            and extensions.st_dwithin(oh.point::extensions.geography, mh.point::extensions.geography, 1000, false)
          join public.residents other on other.resident_id = oh.resident_id
          where mh.resident_id = r.resident_id
            and lower(btrim(other.display_name)) = lower(btrim(r.display_name))
        ) m
        join public.residents o2 on o2.resident_id = m.resident_id
        group by o2.resident_id, o2.display_name
      ) d), '[]'::jsonb)
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  left join public.resident_offer_preferences o on o.resident_id = r.resident_id
  where p_status is null or r.status = p_status
  order by r.status = 'pending' desc, r.created_at desc, r.resident_id;
end
$$;
comment on function public.list_offers_for_review(public.resident_status) is
  'The review queue for builders and admins: offers with their coarsened area (sector centroid or ward point), gifts, preferences, active consents and possible duplicates (same email, or same name within 1 km) named by offer, never by the email or home point compared. Security definer because builders may not read contacts or home points; it checks the role and returns neither.';
revoke execute on function public.list_offers_for_review(public.resident_status) from public, anon, authenticated;
grant execute on function public.list_offers_for_review(public.resident_status) to authenticated;
