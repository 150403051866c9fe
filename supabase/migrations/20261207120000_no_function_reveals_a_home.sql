-- Nothing a function returns may reveal more about a resident's home than the caller may read
-- directly, and no path names or locates a sensitive place for anyone outside safeguarding and
-- admins (issue 12, steps 1 and 8). A builder reads of a resident's place only the postcode
-- sector, its ward and the area point that stands for them (residents.area_point: the sector's
-- centroid, or the ward's label point for a sector of fewer than 10 postcodes). So:
-- - list_offers_for_review: duplicates are the same name in the same postcode sector (both shown
--   to the reviewer), and the same email only when the reviewer may read both emails. Home points
--   within 1 km were compared before: probe offers under a resident's name found their postcode.
-- - match_residents_by_distance: bands are measured from the resident's area point, never the
--   home, so any number of matches from any places tells no more than the sector already does.
-- - resident_counts_by_area: an authority total below 5 is not shown either (the rule of 5).
-- - asset_history: "You" for the caller's own changes, the actor's role otherwise; the actor's
--   sign-in email only for the programme's administrators, who read it when managing roles.
-- - private.describe_resident ("Your data"): a connection to a sensitive place, and its history,
--   are left out for a resident who may not see the place.
-- - find_people_to_link: the programme's own residents only.
-- Every role check is a capability in the row's programme (private.can), so a builder of another
-- programme gets nothing. See docs/privacy.md.

-- Whether the acting person may read this resident's contact details, as resident_contacts'
-- policies say: admins every one; builders while the resident consents to be contacted by one.
create function private.may_read_resident_contact(p_resident_id uuid, p_programme_id uuid)
returns boolean
language sql stable security invoker set search_path = ''
as $$
  select private.can('read_resident_private_details', p_programme_id)
    or (private.can('contact_consenting_residents', p_programme_id) and exists (
      select 1 from public.resident_consents c
      where c.resident_id = p_resident_id and c.purpose = 'contact_by_builder'
        and c.withdrawn_at is null))
$$;
revoke execute on function private.may_read_resident_contact(uuid, uuid) from public;

-- The programmes where the acting person holds the capability (private.can, asked once per
-- programme rather than once per row): a function refuses a caller with none, and keeps each row
-- whose programme is among them.
create function private.programmes_where_can(p_capability text) returns uuid[]
language sql stable security invoker set search_path = ''
as $$
  select coalesce(array_agg(p.programme_id), '{}')
  from public.programmes p where private.can(p_capability, p.programme_id)
$$;
revoke execute on function private.programmes_where_can(text) from public;
grant execute on function private.programmes_where_can(text) to authenticated;

-- The duplicate check looks up offers by sector and name.
create index residents_sector_name_idx on public.residents (postcode_sector, lower(btrim(display_name)));

create or replace function public.list_offers_for_review(p_status public.resident_status default null)
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
declare
  v_programmes uuid[] := private.programmes_where_can('review_residents');
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
$$;
comment on function public.list_offers_for_review(public.resident_status) is
  'The review queue for builders and admins, of the programmes where they review offers: offers with their coarsened area (sector centroid or ward point), gifts, preferences, active consents and possible duplicates named by offer: the same name in the same postcode sector, or the same email when the reviewer may read both emails. Nothing compared is hidden from the reviewer, so the flags reveal no home and confirm no email. Security definer because builders may not read every contact; it checks the capability per row and returns no email or home point.';

create or replace function public.match_residents_by_distance(
  p_lng double precision,
  p_lat double precision,
  p_kind public.gift_kind default null
) returns table (
  resident_id uuid,
  display_name text,
  ward_name text,
  gifts jsonb,
  travel public.travel_range,
  email text,
  phone text,
  preferred_contact text,
  distance_band text
)
language plpgsql volatile security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_user_id uuid := (select auth.uid());
  v_point extensions.geometry;
  v_place extensions.geography;
  v_ward_code text;
  v_shown integer;
  v_programmes uuid[] := private.programmes_where_can('match_residents');
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
$$;
comment on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) is
  'For builders and admins, in the programmes where they match residents: approved residents who agreed to be contacted by a builder, whose area is within 20 km of a place ([lng, lat]) inside the region and who offer gifts of the kind given, with how to contact them and a distance band (under 1 km, 1–3 km, over 3 km) measured from the resident''s area point (sector centroid or ward point, as the review queue shows it), never from the home; ordered by band then name. Each match is in the audit log (actor, time, residents shown, the ward of the place and its programme) and a person may match 30 times an hour (P0429 beyond). Security definer because builders may not read every contact nor write the audit log; it returns bands, never a distance or a point, and contact details only of residents who agreed to be contacted.';

create or replace function public.resident_counts_by_area()
returns table (
  area_kind text,
  area_code text,
  area_name text,
  authority_code text,
  authority_name text,
  people integer
)
language sql stable security definer set search_path = ''
as $$
  with counted as (
    select w.ward_code, w.ward_name, w.lad_code, w.lad_name, count(*)::integer as people
    from public.residents r
    join public.wards w on w.ward_code = r.ward_code
    where r.status = 'approved'
      and exists (
        select 1 from public.resident_consents c
        where c.resident_id = r.resident_id and c.purpose = 'counted_on_map' and c.withdrawn_at is null)
    group by w.ward_code, w.ward_name, w.lad_code, w.lad_name
  ),
  ranked as (
    select c.*,
      sum(c.people) filter (where c.people < 5) over (partition by c.lad_code) as held_back,
      row_number() over (partition by c.lad_code, c.people >= 5 order by c.people, c.ward_code) as smallest
    from counted c
  )
  select 'ward', r.ward_code, r.ward_name, r.lad_code, r.lad_name, r.people
  from ranked r
  where r.people >= 5 and not (coalesce(r.held_back, 0) between 1 and 4 and r.smallest = 1)
  union all
  select 'authority', c.lad_code, c.lad_name, c.lad_code, c.lad_name, sum(c.people)::integer
  from counted c
  group by c.lad_code, c.lad_name
  having sum(c.people) >= 5
  order by 1 desc, 4, 2
$$;
comment on function public.resident_counts_by_area() is
  'People offering gifts per ward and authority (approved offers whose resident consents to be counted), for the public map, by the rule of 5: no count below 5 is shown, authority totals included; a ward below 5 counts only in its authority''s total, and when the wards left out of an authority add up to 1–4 the next smallest ward is left out too, so that no count below 5 can be worked out by subtraction. Security definer because nobody but builders and admins may read offers; it returns only these counts.';

create or replace function public.asset_history(p_asset_id uuid)
returns table (occurred_at timestamptz, actor text, action text, changed_columns text[])
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_programme_id uuid;
  v_sensitive boolean;
  v_manages_roles boolean;
begin
  if cardinality(private.programmes_where_can('review_assets')) = 0
    and cardinality(private.programmes_where_can('see_sensitive_places')) = 0
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
$$;
comment on function public.asset_history(uuid) is
  'An asset''s history for its reviewers in its programme (sensitive places: safeguarding and admins). Security definer because the audit log is readable by admins only; it returns times, the action and column names, never values, and names the actor only as "You", by their role, or (to the programme''s administrators, who read it when managing roles) by their sign-in email.';

create or replace function public.find_people_to_link(p_name text)
returns table (resident_id uuid, display_name text, ward_name text)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
declare
  v_programmes uuid[] := private.programmes_where_can('link_people');
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
$$;
comment on function public.find_people_to_link(text) is
  'Builders and admins: approved residents of the programmes where they link people, whose display name contains the text (2 characters or more), with their ward, at most 20; security invoker, so the residents'' policies decide too.';

create or replace function private.describe_resident(p_resident_id uuid) returns jsonb
language sql stable security invoker set search_path = ''
as $$
  with visible_links as (
    -- A connection to a sensitive place stays with safeguarding and admins: the resident is not
    -- told the name of a refuge an admin connected them to, nor that the connection exists.
    select l.link_id, l.relation, l.created_at, a.name
    from public.resident_asset_links l
    join public.assets a on a.asset_id = l.asset_id
    where l.resident_id = p_resident_id
      and (not a.is_sensitive or private.can('see_sensitive_places', a.programme_id))
  )
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
    'connections', coalesce((select jsonb_agg(jsonb_build_object('relation', v.relation,
        'asset_name', v.name, 'created_at', v.created_at) order by v.created_at, v.link_id)
      from visible_links v), '[]'::jsonb),
    'history', coalesce((select jsonb_agg(jsonb_build_object('occurred_at', a.occurred_at,
        'action', a.action, 'table', a.table_name, 'columns', a.changed_columns)
        order by a.occurred_at, a.audit_id)
      from public.audit_log a
      where a.table_name like 'public.resident%' and a.row_id in (
        select r.resident_id::text
        union all select g.gift_id::text from public.resident_gifts g where g.resident_id = r.resident_id
        union all select c.consent_id::text from public.resident_consents c where c.resident_id = r.resident_id
        union all select v.link_id::text from visible_links v)),
      '[]'::jsonb))
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.resident_id = p_resident_id
$$;
revoke execute on function private.describe_resident(uuid) from public;
