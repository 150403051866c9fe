-- The one-time codes of offers (20261207180000) sign in local mode's device accounts only: a
-- fresh account with no email and no role. Before, any signed-in account holding a code could
-- call link_offers_with_code, so the builder who recorded an offer on someone's behalf (and was
-- shown its code to hand over) could link the offer to their own account and take it from its
-- resident, who could then no longer reach it by email link (link_my_offers links only offers
-- nobody holds).

create or replace function public.link_offers_with_code(p_email text, p_code text) returns integer
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
  return cardinality(v_linked);
end
$$;
