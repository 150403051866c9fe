-- Time bank offers and requests, matching and introductions (docs/time-banks.md, owner M).
-- Matching measures between the two members' area points (a postcode sector's coarsened point or
-- an organisation's public place) and answers with a band, never a distance; another bank's
-- listings appear only when both banks allow exchanges between banks; never the caller's own.

create function public.post_time_bank_listing(
  p_client_id uuid, p_member_id uuid, p_direction text, p_gift_type text, p_title text,
  p_description text default null, p_frequency text default null, p_ward_code text default null,
  p_availability text[] default null, p_when_note text default null, p_needs_dbs boolean default null)
returns setof public.time_bank_listing_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_member public.time_bank_members := private.member_to_act_for(p_member_id, 'post');
  v_existing public.time_bank_listings;
  v_kind public.gift_kind;
  v_title text := private.member_text(p_title, 'the title', 120, true);
  v_description text := coalesce(private.member_text(p_description, 'the description', 1000, false), '');
  v_when_note text := coalesce(private.member_text(p_when_note, 'the note about when', 200, false), '');
  v_availability text[] := private.member_availability(p_availability);
  v_ward text := coalesce(p_ward_code, v_member.ward_code);
  v_listing_id uuid;
begin
  if p_client_id is null then
    raise exception 'The listing needs the id your device made for it.' using errcode = '22023';
  end if;
  select * into v_existing from public.time_bank_listings l where l.client_id = p_client_id;
  if v_existing.listing_id is not null then
    if v_existing.member_id <> p_member_id then
      raise exception 'That id already names another listing: post this one with a new id.'
        using errcode = '22023';
    end if;
    return query select * from public.time_bank_listing_list l where l.listing_id = v_existing.listing_id;
    return;
  end if;
  if v_member.status <> 'active' then
    raise exception 'Only active members post offers and requests: a coordinator approves the application first.'
      using errcode = '42501';
  end if;
  if p_direction is null or p_direction not in ('offer', 'request') then
    raise exception 'Say whether this is an offer or a request.' using errcode = '22023';
  end if;
  select t.kind into v_kind from public.gift_types t where t.code = p_gift_type;
  if v_kind is null then
    raise exception 'Choose the skill from the list of gifts.' using errcode = '22023';
  end if;
  if coalesce(p_frequency, 'one_off') not in ('one_off', 'regular') then
    raise exception 'Say whether it is one-off or regular.' using errcode = '22023';
  end if;
  if p_ward_code is not null and not exists (select 1 from public.wards w where w.ward_code = p_ward_code) then
    raise exception 'Choose a ward of the region.' using errcode = '22023';
  end if;
  -- Posts for one member wait for each other, so that the bounds below hold under concurrency.
  perform pg_advisory_xact_lock(hashtextextended('time_bank_listing:' || p_member_id::text, 0));
  if (select count(*) from public.time_bank_listings l where l.member_id = p_member_id and l.status = 'open')
    >= private.limit_value('time_bank_open_listings_per_member')
  then
    raise exception 'This member has % open offers and requests, the most at once: close one first.',
      private.limit_value('time_bank_open_listings_per_member') using errcode = '22023';
  end if;
  if (select count(*) from public.time_bank_listings l
      where l.member_id = p_member_id and l.created_at > now() - interval '1 day')
    >= private.limit_value('time_bank_listings_per_member_per_day')
  then
    raise exception 'This member has posted % offers and requests today, the most in a day. Please post again tomorrow.',
      private.limit_value('time_bank_listings_per_member_per_day') using errcode = 'P0429';
  end if;
  insert into public.time_bank_listings (client_id, bank_id, programme_id, member_id, direction,
    gift_type, gift_kind, title, description, frequency, ward_code, availability, when_note,
    needs_dbs, created_by)
  values (p_client_id, v_member.bank_id, v_member.programme_id, p_member_id, p_direction,
    p_gift_type, v_kind, v_title, v_description, coalesce(p_frequency, 'one_off'), v_ward,
    v_availability, v_when_note, coalesce(p_needs_dbs, false), (select auth.uid()))
  returning listing_id into v_listing_id;
  update public.time_bank_members m set last_active_at = now() where m.member_id = p_member_id;
  return query select * from public.time_bank_listing_list l where l.listing_id = v_listing_id;
end
$$;
comment on function public.post_time_bank_listing(uuid, uuid, text, text, text, text, text, text, text[], text, boolean) is
  'An active member, or a coordinator of their bank acting for them, posts an offer or a request; idempotent on the client id; at most 20 open and 20 a day per member (private.limits). Marks the member active now. Security definer because nobody writes time_bank_listings directly.';
revoke execute on function public.post_time_bank_listing(uuid, uuid, text, text, text, text, text, text, text[], text, boolean) from public;
grant execute on function public.post_time_bank_listing(uuid, uuid, text, text, text, text, text, text, text[], text, boolean) to authenticated, service_role;

create function public.close_time_bank_listing(p_listing_id uuid)
returns setof public.time_bank_listing_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_member_id uuid := (select l.member_id from public.time_bank_listings l where l.listing_id = p_listing_id);
begin
  if v_member_id is null then
    raise exception 'There is no offer or request with that id.' using errcode = 'P0002';
  end if;
  perform private.member_to_act_for(v_member_id, 'close a listing');
  update public.time_bank_listings l set status = 'closed', closed_at = now()
  where l.listing_id = p_listing_id and l.status = 'open';
  return query select * from public.time_bank_listing_list l where l.listing_id = p_listing_id;
end
$$;
comment on function public.close_time_bank_listing(uuid) is
  'The member, or a coordinator of their bank, closes an offer or request (closing again changes nothing). Security definer because nobody writes time_bank_listings directly.';
revoke execute on function public.close_time_bank_listing(uuid) from public;
grant execute on function public.close_time_bank_listing(uuid) to authenticated, service_role;

-- The DBS standing of a member for work that needs one.
create function private.member_dbs(p_member_id uuid) returns text
language sql stable security invoker set search_path = ''
as $$
  select case
    when max(coalesce(c.expires_on, (c.checked_on + interval '3 years')::date)) is null then 'missing'
    when max(coalesce(c.expires_on, (c.checked_on + interval '3 years')::date)) >= current_date then 'valid'
    else 'expired' end
  from public.time_bank_checks c where c.member_id = p_member_id and c.kind = 'dbs'
$$;
revoke execute on function private.member_dbs(uuid) from public;

create function public.match_time_bank_listing(p_listing_id uuid)
returns table (listing_id uuid, member_id uuid, display_name text, bank_id uuid, bank_name text,
  title text, gift_type text, gift_label text, ward_code text, ward_name text, distance_band text,
  shared_availability text[], dbs text, last_active text, score integer)
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_listing public.time_bank_listings;
  v_member public.time_bank_members;
  v_allows_other_banks boolean;
begin
  select * into v_listing from public.time_bank_listings l where l.listing_id = p_listing_id;
  if v_listing.listing_id is null then
    raise exception 'There is no offer or request with that id.' using errcode = 'P0002';
  end if;
  v_member := private.member_to_act_for(v_listing.member_id, 'find matches');
  select b.allows_other_banks into v_allows_other_banks from public.time_banks b where b.bank_id = v_listing.bank_id;
  return query
  with candidates as (
    select l.listing_id, l.member_id, m.display_name, l.bank_id, b.name as bank_name, l.title,
      l.gift_type, t.label as gift_label, l.ward_code, w.ward_name,
      l.gift_type = v_listing.gift_type as same_gift,
      extensions.st_distance(m.area_point::extensions.geography,
        v_member.area_point::extensions.geography, false) as metres,
      case
        when 'flexible' = any (l.availability) or cardinality(l.availability) = 0 then v_listing.availability
        when 'flexible' = any (v_listing.availability) or cardinality(v_listing.availability) = 0 then l.availability
        else array(select a from unnest(l.availability) a where a = any (v_listing.availability) order by a)
      end as shared,
      case
        when not (l.needs_dbs or v_listing.needs_dbs) then 'not_needed'
        -- The giver needs the check: the offer's member.
        else private.member_dbs(case when v_listing.direction = 'request' then l.member_id else v_listing.member_id end)
      end as dbs,
      now() - m.last_active_at as idle,
      l.created_at
    from public.time_bank_listings l
    join public.time_bank_members m on m.member_id = l.member_id
    join public.time_banks b on b.bank_id = l.bank_id
    join public.gift_types t on t.code = l.gift_type
    left join public.wards w on w.ward_code = l.ward_code
    where l.status = 'open' and m.status = 'active'
      and l.direction <> v_listing.direction
      and l.gift_kind = v_listing.gift_kind
      and l.member_id <> v_listing.member_id
      and m.user_id is distinct from (select auth.uid())
      and (l.bank_id = v_listing.bank_id or (v_allows_other_banks and b.allows_other_banks))
  ), banded as (
    select c.*,
      case when c.metres is null then 'further'
        when c.metres < 1000 then 'under_1_km'
        when c.metres <= 3000 then 'up_to_3_km'
        when c.metres <= 10000 then 'up_to_10_km'
        else 'further' end as band,
      case when c.idle <= interval '7 days' then 'this_week'
        when c.idle <= interval '31 days' then 'this_month'
        when c.idle <= interval '92 days' then 'this_quarter'
        else 'earlier' end as recency
    from candidates c
  )
  select x.listing_id, x.member_id, x.display_name, x.bank_id, x.bank_name, x.title, x.gift_type,
    x.gift_label, x.ward_code, x.ward_name, x.band, x.shared, x.dbs, x.recency,
    (case when x.same_gift then 40 else 15 end
      + case x.band when 'under_1_km' then 30 when 'up_to_3_km' then 20 when 'up_to_10_km' then 10 else 0 end
      + least(coalesce(cardinality(x.shared), 0), 3) * 5
      + case x.dbs when 'not_needed' then 10 when 'valid' then 10 else -20 end
      + case x.recency when 'this_week' then 10 when 'this_month' then 6 when 'this_quarter' then 3 else 0 end
    )::integer as score
  from banded x
  order by score desc, x.created_at desc, x.listing_id
  limit 50;
end
$$;
comment on function public.match_time_bank_listing(uuid) is
  'For the listing''s member or a coordinator of its bank: open listings of the other direction and the same kind of gift, ranked by skill (same gift type, then kind), distance band between the two members'' area points (never a distance), shared availability, DBS needed and valid, and how recently the member was active; another bank''s listings only when both banks allow it; never the caller''s own; at most 50. Security definer because members of one bank cannot read another bank''s listings; it returns no point and no distance.';
revoke execute on function public.match_time_bank_listing(uuid) from public;
grant execute on function public.match_time_bank_listing(uuid) to authenticated, service_role;

create function public.introduce_time_bank_members(
  p_client_id uuid, p_request_id uuid, p_offer_id uuid, p_note text default null)
returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_request public.time_bank_listings;
  v_offer public.time_bank_listings;
  v_existing public.time_bank_introductions;
  v_note text := coalesce(private.member_text(p_note, 'the note', 500, false), '');
  v_id uuid;
begin
  select * into v_request from public.time_bank_listings l where l.listing_id = p_request_id;
  if v_request.listing_id is null or not private.coordinates_bank(v_request.bank_id) then
    raise exception 'Only a coordinator of the request''s time bank can introduce its members.'
      using errcode = '42501';
  end if;
  if v_request.direction <> 'request' then
    raise exception 'Introduce a request''s member to an offer''s member: the first listing is not a request.'
      using errcode = '22023';
  end if;
  select * into v_offer from public.time_bank_listings l where l.listing_id = p_offer_id;
  if v_offer.listing_id is null or v_offer.direction <> 'offer' then
    raise exception 'There is no offer with that id.' using errcode = 'P0002';
  end if;
  if v_offer.bank_id <> v_request.bank_id and not (
    select bool_and(b.allows_other_banks) from public.time_banks b
    where b.bank_id in (v_offer.bank_id, v_request.bank_id))
  then
    raise exception 'The two banks do not both allow exchanges between banks.' using errcode = '22023';
  end if;
  if v_offer.member_id = v_request.member_id then
    raise exception 'The offer and the request are the same member''s.' using errcode = '22023';
  end if;
  if p_client_id is null then
    raise exception 'The introduction needs the id your device made for it.' using errcode = '22023';
  end if;
  select * into v_existing from public.time_bank_introductions i
  where i.client_id = p_client_id or (i.request_id = p_request_id and i.offer_id = p_offer_id)
  order by i.client_id = p_client_id desc limit 1;
  if v_existing.introduction_id is not null then
    if (v_existing.request_id, v_existing.offer_id) <> (p_request_id, p_offer_id) then
      raise exception 'That id already names another introduction: use a new id.' using errcode = '22023';
    end if;
    return v_existing.introduction_id;
  end if;
  if (select count(*) from public.time_bank_introductions i where i.request_id = p_request_id)
    >= private.limit_value('time_bank_introductions_per_listing')
    or (select count(*) from public.time_bank_introductions i where i.offer_id = p_offer_id)
    >= private.limit_value('time_bank_introductions_per_listing')
  then
    raise exception 'This listing has had % introductions, the most kept for one.',
      private.limit_value('time_bank_introductions_per_listing') using errcode = '22023';
  end if;
  insert into public.time_bank_introductions (client_id, bank_id, programme_id, request_id, offer_id,
    requester_id, offerer_id, note, created_by)
  values (p_client_id, v_request.bank_id, v_request.programme_id, p_request_id, p_offer_id,
    v_request.member_id, v_offer.member_id, v_note, (select auth.uid()))
  returning introduction_id into v_id;
  return v_id;
end
$$;
comment on function public.introduce_time_bank_members(uuid, uuid, uuid, text) is
  'A coordinator of the request''s bank records that they introduced the request''s member to an offer''s member (of the same bank, or of a bank when both allow exchanges between banks). Idempotent on the client id and on the pair. Security definer because nobody writes time_bank_introductions directly and the offer may be another bank''s.';
revoke execute on function public.introduce_time_bank_members(uuid, uuid, uuid, text) from public;
grant execute on function public.introduce_time_bank_members(uuid, uuid, uuid, text) to authenticated, service_role;

create function public.list_time_bank_introductions(p_bank_id uuid)
returns table (introduction_id uuid, created_at timestamptz, request_title text, requester text,
  offer_title text, offerer text, note text)
language sql stable security definer set search_path = ''
as $$
  select i.introduction_id, i.created_at, r.title, rm.display_name, o.title, om.display_name, i.note
  from public.time_bank_introductions i
  join public.time_bank_listings r on r.listing_id = i.request_id
  join public.time_bank_listings o on o.listing_id = i.offer_id
  join public.time_bank_members rm on rm.member_id = i.requester_id
  join public.time_bank_members om on om.member_id = i.offerer_id
  where i.bank_id = p_bank_id
    and (private.coordinates_bank(p_bank_id)
      or (select auth.uid()) in (rm.user_id, om.user_id))
  order by i.created_at desc, i.introduction_id
  limit 500
$$;
comment on function public.list_time_bank_introductions(uuid) is
  'The bank''s introductions, newest first (at most 500): all of them for its coordinators, those naming the caller for a member, none for anyone else. Security definer because a member named may not otherwise read the other member''s listing in a partner bank.';
revoke execute on function public.list_time_bank_introductions(uuid) from public;
grant execute on function public.list_time_bank_introductions(uuid) to authenticated, service_role;
