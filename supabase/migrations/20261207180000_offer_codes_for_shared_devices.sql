-- A resident's own data on a shared device needs proof that it is them, never an email alone
-- (issue 12, step 7). Local mode has no email server, so until now typing an email on the device
-- linked the offers sent with it. Now each offer sent with an email gets a one-time code, shown
-- once to whoever sent it (the resident on the public form; the builder recording it on their
-- behalf, to hand on); only a salted hash is kept. public.link_offers_with_code links only the
-- offers whose email and code both match, and refuses after 5 wrong codes for an email in an hour.
--
-- The hash is SHA-256 with a random salt per offer (built in, as the offer attempts' keys: no
-- pgcrypto needed in PGlite). A slow hash would add nothing in local mode, where the offer itself
-- sits beside its hash in the browser's storage; in connected mode no API role reads the hashes.
-- Connected mode still links by the email link (link_my_offers); the code there is a second proof
-- that can link only an offer no account with an email holds.

create table private.offer_codes (
  resident_id uuid primary key references public.residents (resident_id) on delete cascade,
  salt text not null,
  code_hash text not null,
  issued_at timestamptz not null default now()
);
comment on table private.offer_codes is
  'The salted SHA-256 hash of each offer''s one-time code (never the code), which with the offer''s email proves on a shared device that someone sent the offer (public.link_offers_with_code). Deleted with the offer.';
alter table private.offer_codes enable row level security;
revoke all on private.offer_codes from public, anon, authenticated;

insert into private.limits (name, value, description) values
  ('wrong_offer_codes_per_email_per_hour', 5,
   'Wrong codes tried with one email address in an hour before every try with it is refused.'),
  ('wrong_offer_codes_per_person_per_hour', 20,
   'Wrong codes one account may try in an hour, whatever the emails.');

-- Eight characters from Crockford's base 32 (digits and capitals without I, L, O and U), from the
-- random bytes of a version 4 UUID (strong randomness, built in); bytes 6 and 8 carry the UUID's
-- version and variant, so they are skipped. 32 symbols from 5 bits of a byte: no bias. 40 bits.
create function private.new_offer_code() returns text
language sql volatile security invoker set search_path = ''
as $$
  select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(b.bytes, i) & 31) + 1, 1), '' order by i)
  from (select uuid_send(gen_random_uuid()) as bytes) b, unnest(array[0, 1, 2, 3, 4, 5, 10, 11]) as i
$$;
revoke execute on function private.new_offer_code() from public;

-- A typed code as stored: capitals, without spaces or hyphens, and the letters people mistake
-- for digits read as those digits (O as 0; I and L as 1), as Crockford's base 32 reads them.
create function private.normalise_offer_code(p_code text) returns text
language sql immutable security invoker set search_path = ''
as $$
  select nullif(translate(upper(regexp_replace(left(coalesce(p_code, ''), 40), '[[:space:]-]', '', 'g')), 'OIL', '011'), '')
$$;
revoke execute on function private.normalise_offer_code(text) from public;

create function private.offer_code_hash(p_salt text, p_code text) returns text
language sql immutable security invoker set search_path = ''
as $$
  select encode(sha256(convert_to(p_salt || ':' || coalesce(private.normalise_offer_code(p_code), ''), 'UTF8')), 'hex')
$$;
revoke execute on function private.offer_code_hash(text, text) from public;

-- Makes an offer's code, keeps its hash and returns the code, shown as XXXX-XXXX; null for an
-- offer with no email (it cannot be signed in to with a code).
create function private.issue_offer_code(p_resident_id uuid) returns text
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  v_code text := private.new_offer_code();
  v_salt text := replace(gen_random_uuid()::text, '-', '');
begin
  if not exists (
    select 1 from public.resident_contacts c where c.resident_id = p_resident_id and c.email is not null
  ) then
    return null;
  end if;
  insert into private.offer_codes (resident_id, salt, code_hash)
  values (p_resident_id, v_salt, private.offer_code_hash(v_salt, v_code))
  on conflict (resident_id) do update set salt = excluded.salt, code_hash = excluded.code_hash,
    issued_at = now();
  return left(v_code, 4) || '-' || right(v_code, 4);
end
$$;
revoke execute on function private.issue_offer_code(uuid) from public;

-- The public "Offer your gifts" form, as before, now answering with the offer's code.
create or replace function public.submit_resident_offer(p_payload jsonb, p_client_ip text default null)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
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
  return jsonb_build_object('received', true, 'code', private.issue_offer_code(v_resident_id));
end
$$;
comment on function public.submit_resident_offer(jsonb, text) is
  'The public "Offer your gifts" form: checks the offer (shape, sizes, list values, text without control characters, a normalised email of the right shape, a postcode in the region), limits the rate per client address (30 an hour; the address the platform''s proxies saw, from the right of X-Forwarded-For), per email (3 a day, in its normalised form) and in all (100 unconfirmed public offers an hour; figures in private.limits), and stores it as pending and unconfirmed with the consents ticked. Answers with the offer''s one-time code (kept only as a salted hash; with the email it signs in on a shared device: link_offers_with_code). A filled honeypot field ("website") is answered as a success, with a code, and stores nothing. Security definer because anon may not write residents'' tables (nor read the home point it creates); it writes only a new offer and returns no id.';

-- A builder records an offer on a resident's behalf and gets its code to hand to the resident.
create function public.record_resident_offer_with_code(
  p_payload jsonb,
  p_consent_how public.consent_method,
  p_consent_given_at timestamptz default null
) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  v_resident_id uuid := public.record_resident_offer(p_payload, p_consent_how, p_consent_given_at);
begin
  return jsonb_build_object('resident_id', v_resident_id,
    'code', private.issue_offer_code(v_resident_id));
end
$$;
comment on function public.record_resident_offer_with_code(jsonb, public.consent_method, timestamptz) is
  'record_resident_offer (its checks and refusals), answering with the new offer''s id and one-time code for the builder to hand to the resident (null when the offer has no email). Security definer because the code''s hash is written to a private table; the code exists only for an offer the caller has just created.';
revoke execute on function public.record_resident_offer_with_code(jsonb, public.consent_method, timestamptz) from public, anon;
grant execute on function public.record_resident_offer_with_code(jsonb, public.consent_method, timestamptz) to authenticated;

-- Links to the caller the offers whose email and code both match, returning how many (0 for a
-- wrong email or code: the answer is the same whether or not the email sent an offer). A wrong try
-- is counted and kept (so the function answers rather than raises); once an email has had 5 wrong
-- codes in the last hour, every try with it is refused, the right code too, so that the refusal
-- tells nothing about a guess.
create function public.link_offers_with_code(p_email text, p_code text) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
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
  return cardinality(v_linked);
end
$$;
comment on function public.link_offers_with_code(text, text) is
  'Signing in on a shared device: links to the caller the offers whose email and one-time code both match (and that no account with an email holds), confirms them, and returns how many; 0 for any mismatch. Refuses every try with an email after 5 wrong codes with it in an hour, and an account after 20 (private.limits). Security definer because the caller cannot read unlinked offers, their contacts or the codes'' hashes.';
revoke execute on function public.link_offers_with_code(text, text) from public, anon;
grant execute on function public.link_offers_with_code(text, text) to authenticated;
