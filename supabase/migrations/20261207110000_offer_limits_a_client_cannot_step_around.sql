-- Limits on the public offer form that a client cannot step around, and answers checked as text.
--
-- - The client address is the entry of X-Forwarded-For that the platform's own proxies wrote: the
--   one `trusted_proxy_hops` from the right. Entries to the left of it are whatever the client
--   sent, so keying the limit on the first entry let anyone send 40 offers of 40 from one
--   connection by writing a new first entry each time.
-- - A ceiling on unconfirmed public offers an hour, whatever the number of addresses (100), with a
--   message saying so; builders recording an offer on a resident's behalf are not held back.
-- - Emails normalised once (private.normalise_email: Unicode NFKC, every kind of whitespace and
--   invisible or format character removed, lower case) before they are hashed for the limit or
--   stored, and their shape checked: "sam@x.test\u2003" and "sam@x.\u200btest" are the same email,
--   no longer three more offers a day each.
-- - Text answers holding control characters are refused, and an answer of invisible characters
--   only counts as empty.
-- - A resident may change their own offer 10 times a day.
--
-- The figures live in private.limits, so an operator can change them with one update.

create table private.limits (
  name text primary key check (name ~ '^[a-z_]{2,60}$'),
  value integer not null check (value >= 0),
  description text not null
);
comment on table private.limits is
  'The figures the rate limits and storage bounds use, by name; docs/privacy.md explains each.';
alter table private.limits enable row level security;
revoke all on private.limits from public, anon, authenticated;

insert into private.limits (name, value, description) values
  ('trusted_proxy_hops', 1,
   'Entries the platform''s own proxies append to X-Forwarded-For: the client address is this many entries from the right (0: the header is ignored and every request shares one address).'),
  ('offers_per_address_per_hour', 30, 'Public offers from one client address in an hour.'),
  ('offers_per_email_per_day', 3, 'Public offers with one email address in a day.'),
  ('public_offers_per_hour', 100, 'Unconfirmed public offers in an hour, from everyone together.'),
  ('own_offer_changes_per_day', 10, 'Changes a resident may make to one of their offers in a day.');

-- One figure from private.limits; an unknown name is a mistake in the calling code.
create function private.limit_value(p_name text) returns integer
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_value integer;
begin
  select l.value into v_value from private.limits l where l.name = p_name;
  if v_value is null then
    raise exception 'private.limits has no figure called %.', p_name;
  end if;
  return v_value;
end
$$;
revoke execute on function private.limit_value(text) from public;

-- Text without any character that shows nothing: every kind of whitespace (Unicode Zs, Zl, Zp),
-- control characters (Cc), format characters (Cf: zero-width space and joiners, word joiner,
-- direction marks, the byte order mark, tags), variation selectors and the Hangul fillers.
create function private.strip_invisible(p_text text) returns text
language sql immutable parallel safe security invoker set search_path = ''
as $$
  select regexp_replace(p_text,
    '[\u0001-\u0020\u007f-\u00a0\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u115f\u1160\u1680\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e0fff]',
    '', 'g')
$$;
revoke execute on function private.strip_invisible(text) from public;

-- Free text a person typed: trimmed of whitespace at both ends, null when nothing visible is left.
-- Refuses control characters (but tab and line breaks), naming the field (p_what, e.g. "your
-- postcode"). Granted to signed-in people for the security-invoker functions that check text.
create function private.typed_text(p_text text, p_what text) returns text
language plpgsql immutable parallel safe security invoker set search_path = ''
as $$
declare
  v_text text;
begin
  if p_text ~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]' then
    raise exception '% holds a control character, which is not text: type it again.',
      initcap(left(p_what, 1)) || substr(p_what, 2) using errcode = '22023';
  end if;
  v_text := regexp_replace(p_text,
    '^[\u0009-\u000d\u0020\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+|[\u0009-\u000d\u0020\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+$',
    '', 'g');
  if private.strip_invisible(v_text) = '' then
    return null;
  end if;
  return v_text;
end
$$;
revoke execute on function private.typed_text(text, text) from public;
grant execute on function private.typed_text(text, text) to authenticated, service_role;
grant execute on function private.strip_invisible(text) to authenticated, service_role;

-- The one form of an email address that is hashed, stored and compared: Unicode NFKC (full-width
-- and compatibility letters become plain ones), every invisible character removed, lower case.
-- Null when nothing is left.
create function private.normalise_email(p_email text) returns text
language sql immutable parallel safe security invoker set search_path = ''
as $$
  select nullif(lower(private.strip_invisible(normalize(p_email, NFKC))), '')
$$;
revoke execute on function private.normalise_email(text) from public;

-- Whether a normalised email has the shape of one: a local part and a domain with a dot, none of
-- the characters that make HTML or a list of addresses (< > ( ) [ ] \ , ; : " `), no empty parts.
create function private.is_email(p_email text) returns boolean
language sql immutable parallel safe security invoker set search_path = ''
as $$
  select char_length(p_email) <= 254
    and p_email ~ '^[^@<>()\[\]\\,;:"`]{1,64}@([^@<>()\[\]\\,;:"`.]+\.)+[^@<>()\[\]\\,;:"`.0-9-]{2,63}$'
    and p_email !~ '^\.|\.@|\.\.|@-|-\.|\.-'
$$;
revoke execute on function private.is_email(text) from public;

-- One text answer: trimmed of whitespace at both ends, null when empty or when nothing visible is
-- left. Refuses a non-text value, a control character (but tab and line breaks), an empty required
-- answer, and an answer longer than p_max characters (characters, not bytes).
create or replace function private.offer_text(
  p_payload jsonb, p_key text, p_max integer, p_what text, p_required boolean
) returns text
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_value jsonb := p_payload -> p_key;
  v_field text := initcap(left(p_what, 1)) || substr(p_what, 2);
  v_text text;
begin
  if v_value is not null and v_value <> 'null'::jsonb then
    if jsonb_typeof(v_value) <> 'string' then
      raise exception '% must be text.', v_field using errcode = '22023';
    end if;
    v_text := private.typed_text(v_value #>> '{}', p_what);
  end if;
  if v_text is null and p_required then
    raise exception 'Enter %.', p_what using errcode = '22023';
  end if;
  if char_length(v_text) > p_max then
    raise exception '% must be % characters or fewer (it has %).', v_field, p_max, char_length(v_text)
      using errcode = '22023';
  end if;
  return v_text;
end
$$;

-- A list answer: distinct values, each one of p_allowed; at least one when required.
create or replace function private.offer_choices(
  p_payload jsonb, p_key text, p_allowed text[], p_what text, p_required boolean
) returns text[]
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_value jsonb := coalesce(p_payload -> p_key, '[]'::jsonb);
  v_field text := initcap(left(p_what, 1)) || substr(p_what, 2);
  v_choices text[];
begin
  if jsonb_typeof(v_value) = 'null' then
    v_value := '[]'::jsonb;
  end if;
  if jsonb_typeof(v_value) <> 'array' or jsonb_array_length(v_value) > cardinality(p_allowed)
    or exists (select 1 from jsonb_array_elements(v_value) e where jsonb_typeof(e) <> 'string')
  then
    raise exception '% must be a list of choices from the form.', v_field using errcode = '22023';
  end if;
  select array_agg(distinct e) into v_choices from jsonb_array_elements_text(v_value) e;
  if exists (select 1 from unnest(v_choices) c where c <> all (p_allowed)) then
    raise exception '% has a choice the form does not offer.', v_field using errcode = '22023';
  end if;
  if coalesce(cardinality(v_choices), 0) = 0 and p_required then
    raise exception 'Choose at least one: %.', p_what using errcode = '22023';
  end if;
  return coalesce(v_choices, '{}');
end
$$;

-- Checks an offer as a whole. p_mode: 'online' (the public form: an email is required, to sign in
-- later), 'on_behalf' (a builder's record: contact details optional) or 'update' (the resident's
-- own change; no honeypot field).
create or replace function private.check_offer(p_payload jsonb, p_mode text) returns void
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
  if p_payload ? 'website' and jsonb_typeof(p_payload -> 'website') <> 'string' then
    raise exception 'The offer could not be read.' using errcode = '22023';
  end if;
end
$$;

-- Writes a checked offer's answers to a resident's rows, replacing what was there. The ward and
-- the coarsened area are derived here from the postcode, never taken from the client; the email is
-- stored normalised. A resident's own change counts against their limit of changes a day.
create or replace function private.save_offer(p_resident_id uuid, p_payload jsonb) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_postcode text := private.normalise_postcode(p_payload ->> 'postcode');
  v_sector text := left(private.normalise_postcode(p_payload ->> 'postcode'), -2);
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

-- The rate limit's key: a salted hash of the value, an email in its one normalised form (so no
-- variant of an address is a way round the limit), anything else trimmed and lower-cased.
create or replace function private.attempt_key(p_kind text, p_value text) returns text
language sql stable security invoker set search_path = ''
as $$
  select encode(sha256(convert_to(
    (select a.pepper from private.offer_attempt_pepper a) || ':' || p_kind || ':'
      || case when p_kind = 'email' then coalesce(private.normalise_email(p_value), '')
         else lower(btrim(p_value)) end, 'UTF8')), 'hex')
$$;

-- The client's address as the platform saw it. PostgREST puts the request's headers in
-- request.headers; each proxy in front of it appends, on the right of X-Forwarded-For, the address
-- the request came to it from, and everything further left is whatever the client sent. So the
-- client is the entry `trusted_proxy_hops` from the right (private.limits).
--
-- Supabase's documentation does not say how many entries its gateway appends, and it cannot be
-- checked from here: "Securing your API" (supabase.com/docs/guides/api/securing-your-api) reads
-- X-Forwarded-For in SQL for a per-IP rate limit, and a question on it
-- (github.com/orgs/supabase/discussions/34647) shows a client-written first entry reaching the
-- database; for Auth alone Supabase offers Sb-Forwarded-For
-- (supabase.com/docs/guides/auth/rate-limits/ip-forwarding). The default of 1 takes the last entry;
-- docs/privacy.md says how to check it on the project and change it.
-- Only when there are no request headers (local mode, a direct connection) is the parameter used.
create or replace function private.client_address(p_client_ip text) returns text
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_headers text := nullif(current_setting('request.headers', true), '');
  v_hops integer;
  v_entries text[];
begin
  if v_headers is null then
    return coalesce(nullif(btrim(left(p_client_ip, 100)), ''), 'unknown');
  end if;
  v_hops := private.limit_value('trusted_proxy_hops');
  v_entries := array_remove(regexp_split_to_array(
    btrim(coalesce(v_headers::jsonb ->> 'x-forwarded-for', '')), '[[:space:]]*,[[:space:]]*'), '');
  if v_hops = 0 or coalesce(cardinality(v_entries), 0) = 0 then
    return 'unknown';
  end if;
  return left(v_entries[greatest(1, cardinality(v_entries) - v_hops + 1)], 100);
end
$$;

-- The public "Offer your gifts" form.
create or replace function public.submit_resident_offer(p_payload jsonb, p_client_ip text default null)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_resident_id uuid;
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
  'The public "Offer your gifts" form: checks the offer (shape, sizes, list values, text without control characters, a normalised email of the right shape, a postcode in the region), limits the rate per client address (30 an hour; the address the platform''s proxies saw, from the right of X-Forwarded-For), per email (3 a day, in its normalised form) and in all (100 unconfirmed public offers an hour; figures in private.limits), and stores it as pending and unconfirmed with the consents ticked. A filled honeypot field ("website") is answered as a success and stores nothing. Security definer because anon may not write residents'' tables (nor read the home point it creates); it writes only a new offer and returns no id.';

-- A builder records a resident's offer from a paper form or a phone call, in a programme where
-- they may review residents: the programme covering the offer's postcode.
create or replace function public.record_resident_offer(
  p_payload jsonb,
  p_consent_how public.consent_method,
  p_consent_given_at timestamptz default null
) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
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
  return v_resident_id;
end
$$;
comment on function public.record_resident_offer(jsonb, public.consent_method, timestamptz) is
  'A builder or admin records a resident''s offer from a paper form or a phone call, approved and confirmed, with the consents recorded as given verbally or on paper, by the caller, at the time given; only for a postcode in a programme where the caller may review residents. Not held back by the public form''s limits. Security definer because no API role writes residents'' tables directly and builders may not read the home point created; it checks the capability and the offer as submit_resident_offer does.';
