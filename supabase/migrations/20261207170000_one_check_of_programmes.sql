-- One way to ask "in which programmes may I do this?". The privacy work (20261207120000) added
-- private.programmes_where_can, a second copy of private.programmes_where (20261207100000); the four
-- functions that called it now call programmes_where, and the copy goes. private.has_any_role, the
-- role-list check every policy and function used before capabilities (20261207100100), is called by
-- nothing any more and goes too, so a new policy cannot reach for it.
--
-- private.programmes_with stays: it is the other question, programmes where the capability is held
-- in any scope (a partner's districts included), which record_export needs.
--
-- link_my_offers compares the signed-in email as emails are stored (private.normalise_email), so a
-- sign-in email written with another case, width or invisible character finds the same offers.

create or replace function public.asset_history(p_asset_id uuid)
 RETURNS TABLE(occurred_at timestamp with time zone, actor text, action text, changed_columns text[])
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO ''
AS $function$
declare
  v_programme_id uuid;
  v_sensitive boolean;
  v_manages_roles boolean;
begin
  if cardinality(private.programmes_where('review_assets')) = 0
    and cardinality(private.programmes_where('see_sensitive_places')) = 0
  then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  select a.programme_id, a.is_sensitive into v_programme_id, v_sensitive
  from public.assets a where a.asset_id = p_asset_id;
  -- A sensitive place, or an asset of a programme where the caller has no say, is answered as if
  -- it did not exist.
  if v_programme_id is null
    or not (private.can('review_assets', v_programme_id) or private.can('see_sensitive_places', v_programme_id))
    or (v_sensitive and not private.can('see_sensitive_places', v_programme_id))
  then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  if not v_sensitive and not private.can('review_assets', v_programme_id) then
    raise exception 'Only community builders, network leads and administrators can see an asset''s history.'
      using errcode = '42501';
  end if;
  v_manages_roles := private.can('manage_roles', v_programme_id);
  return query
  select
    l.occurred_at,
    case
      when l.actor_id is null then 'Someone'
      when l.actor_id = (select auth.uid()) then 'You'
      else coalesce(
        -- The programme's administrators read the sign-in emails of its members (admin_list_roles).
        case when v_manages_roles then (
          select u.email::text from auth.users u
          where u.id = l.actor_id and exists (
            select 1 from public.memberships m
            where m.user_id = u.id and m.programme_id = v_programme_id))
        end,
        (select case m.role
            when 'admin' then 'An administrator'
            when 'safeguarding' then 'A safeguarding lead'
            when 'lead' then 'A network lead'
            when 'coordinator' then 'A coordinator'
            when 'builder' then 'A community builder'
            when 'partner' then 'A partner'
            else 'A resident'
          end
          from public.memberships m
          where m.user_id = l.actor_id and m.programme_id = v_programme_id
          order by array_position(
            array['admin', 'safeguarding', 'lead', 'coordinator', 'builder', 'partner', 'resident']::public.app_role[],
            m.role)
          limit 1),
        'Someone')
    end,
    case when l.table_name = 'public.asset_contacts' then 'update' else l.action end,
    case when l.table_name = 'public.asset_contacts' then array['contact']
      else array(
        select c from unnest(l.changed_columns) as c
        where c <> all (array['asset_id', 'client_id', 'programme_id', 'created_by', 'created_at',
          'updated_by', 'updated_at', 'version'])
        order by c)
    end
  from public.audit_log l
  where l.table_name in ('public.assets', 'public.asset_contacts') and l.row_id = p_asset_id::text
  order by l.occurred_at, l.audit_id;
end
$function$

;

create or replace function public.find_people_to_link(p_name text)
 RETURNS TABLE(resident_id uuid, display_name text, ward_name text)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
AS $function$
#variable_conflict use_column
declare
  v_programmes uuid[] := private.programmes_where('link_people');
begin
  if cardinality(v_programmes) = 0 then
    raise exception 'Only community builders and administrators can find people to connect.'
      using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(p_name, ''))) < 2 then
    return;
  end if;
  return query
  select r.resident_id, r.display_name, w.ward_name
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.status = 'approved'
    and r.programme_id = any (v_programmes)
    and strpos(lower(r.display_name), lower(btrim(p_name))) > 0
  order by r.display_name, w.ward_name, r.resident_id
  limit 20;
end
$function$

;

create or replace function public.list_offers_for_review(p_status public.resident_status DEFAULT NULL::public.resident_status)
 RETURNS TABLE(resident_id uuid, display_name text, status public.resident_status, status_reason text, created_at timestamp with time zone, confirmed_at timestamp with time zone, recorded_on_behalf boolean, ward_code text, ward_name text, authority text, postcode_sector text, area_lng double precision, area_lat double precision, gifts jsonb, activities public.offer_activity[], availability text[], availability_note text, travel public.travel_range, consents public.consent_purpose[], duplicates jsonb)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO ''
AS $function$
#variable_conflict use_column
declare
  v_programmes uuid[] := private.programmes_where('review_residents');
begin
  if cardinality(v_programmes) = 0 then
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
          -- Only when the reviewer may read both emails: otherwise the flag would confirm a
          -- guessed email.
          select oc.resident_id, 'same email' as reason
          from public.resident_contacts mc
          join public.resident_contacts oc on oc.email = mc.email and oc.resident_id <> mc.resident_id
          join public.residents other on other.resident_id = oc.resident_id
          where mc.resident_id = r.resident_id
            and private.may_read_resident_contact(r.resident_id, r.programme_id)
            and private.may_read_resident_contact(other.resident_id, other.programme_id)
          union
          -- Both the name and the sector are on show in the queue: the flag says nothing more.
          select other.resident_id, 'same name in the same sector'
          from public.residents other
          where other.postcode_sector = r.postcode_sector
            and lower(btrim(other.display_name)) = lower(btrim(r.display_name))
            and other.resident_id <> r.resident_id
        ) m
        join public.residents o2 on o2.resident_id = m.resident_id
        where o2.programme_id = any (v_programmes)
        group by o2.resident_id, o2.display_name
      ) d), '[]'::jsonb)
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  left join public.resident_offer_preferences o on o.resident_id = r.resident_id
  where (p_status is null or r.status = p_status)
    and r.programme_id = any (v_programmes)
  order by r.status = 'pending' desc, r.created_at desc, r.resident_id;
end
$function$

;

create or replace function public.match_residents_by_distance(p_lng double precision, p_lat double precision, p_kind public.gift_kind DEFAULT NULL::public.gift_kind)
 RETURNS TABLE(resident_id uuid, display_name text, ward_name text, gifts jsonb, travel public.travel_range, email text, phone text, preferred_contact text, distance_band text)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
#variable_conflict use_column
declare
  v_user_id uuid := (select auth.uid());
  v_point extensions.geometry;
  v_place extensions.geography;
  v_ward_code text;
  v_shown integer;
  v_programmes uuid[] := private.programmes_where('match_residents');
begin
  if cardinality(v_programmes) = 0 then
    raise exception 'Only community builders and admins can match residents.' using errcode = '42501';
  end if;
  if p_lng is null or p_lat is null or p_lng not between -180 and 180 or p_lat not between -90 and 90 then
    raise exception 'Coordinates % , % are not a longitude and latitude.', p_lng, p_lat
      using errcode = '22023';
  end if;
  v_point := extensions.st_setsrid(extensions.st_makepoint(p_lng, p_lat), 4326);
  select w.ward_code into v_ward_code
  from public.wards w where extensions.st_covers(w.geom, v_point)
  order by w.ward_code limit 1;
  if v_ward_code is null then
    raise exception 'That place is outside the region''s wards, so there is nobody to match there.'
      using errcode = '22023', hint = 'Choose a place in Essex.';
  end if;

  -- 30 matches an hour per person, kept from 20261124150000 as a bound on work and a trace in
  -- the log. It no longer protects homes: the bands are measured from the area point, which the
  -- builder already sees, so no number of matches (or accounts) narrows a home below its sector.
  perform pg_advisory_xact_lock(hashtextextended('match_residents:' || v_user_id::text, 0));
  if (select count(*) from public.audit_log a
      where a.actor_id = v_user_id and a.action = 'match'
        and a.occurred_at > clock_timestamp() - interval '1 hour') >= 30 then
    raise exception 'You have matched residents 30 times in the last hour, the most allowed. Please try again later.'
      using errcode = 'P0429',
        hint = 'The limit keeps the matching fair for everyone; try again in an hour.';
  end if;

  v_place := v_point::extensions.geography;
  return query
  select m.resident_id, m.display_name, m.ward_name, m.gifts, m.travel,
    m.email, m.phone, m.preferred_contact, b.band
  from (
    select r.resident_id, r.display_name, w.ward_name, o.travel,
      k.email, k.phone, k.preferred_contact,
      (select jsonb_agg(jsonb_build_object('kind', g.kind, 'gift_type', g.gift_type,
          'gift_label', t.label, 'description', g.description) order by g.created_at, g.gift_id)
        from public.resident_gifts g left join public.gift_types t on t.code = g.gift_type
        where g.resident_id = r.resident_id and (p_kind is null or g.kind = p_kind)) as gifts,
      -- From the area point (the sector's or ward's), never the home: on the sphere, as
      -- everywhere in the project (ARCHITECTURE.md §5).
      case
        when extensions.st_dwithin(r.area_point::extensions.geography, v_place, 1000, false) then 1
        when extensions.st_dwithin(r.area_point::extensions.geography, v_place, 3000, false) then 2
        else 3
      end as band_order
    from public.residents r
    left join public.wards w on w.ward_code = r.ward_code
    left join public.resident_offer_preferences o on o.resident_id = r.resident_id
    left join public.resident_contacts k on k.resident_id = r.resident_id
    where r.status = 'approved'
      and r.programme_id = any (v_programmes)
      and extensions.st_dwithin(r.area_point::extensions.geography, v_place, 20000, false)
      -- The consent that lets a builder read the contact details (and be told of the resident).
      and exists (
        select 1 from public.resident_consents c
        where c.resident_id = r.resident_id and c.purpose = 'contact_by_builder' and c.withdrawn_at is null)
      and (p_kind is null or exists (
        select 1 from public.resident_gifts g where g.resident_id = r.resident_id and g.kind = p_kind))
  ) m
  cross join lateral (select case m.band_order
    when 1 then 'under 1 km' when 2 then '1–3 km' else 'over 3 km' end as band) b
  -- By band, then by name: the order inside a band says nothing of distance.
  order by m.band_order, m.display_name, m.resident_id;
  get diagnostics v_shown = row_count;

  -- The programme of the place's ward, whose admins read the entry.
  insert into public.audit_log (actor_id, action, table_name, row_count, place_ward_code, programme_id)
  values (v_user_id, 'match', 'public.residents', v_shown, v_ward_code, private.programme_of_ward(v_ward_code));
end
$function$

;

create or replace function public.link_my_offers()
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
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
  return cardinality(v_linked);
end
$function$

;

drop function private.programmes_where_can(text);
drop function private.has_any_role(public.app_role[]);
