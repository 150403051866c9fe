-- The directory's read side (docs/partners.md): where each scheme runs, the directory view, and
-- the champion counts by ward. A sensitive venue (a refuge) never places a scheme in a ward, and
-- appears in the directory only as its public name and front-door contact unless the reader may
-- see sensitive places.

insert into private.limits (name, value, description) values
  ('partner_schemes_per_organisation', 200, 'Schemes one partner organisation may list.'),
  ('partner_scheme_areas', 50, 'Authorities and wards one scheme may name.'),
  ('partner_scheme_venues', 50, 'Venues one scheme may name.'),
  ('partner_scheme_schedules', 28, 'Opening times (weekday rows) of one scheme.'),
  ('directory_import_records', 5000, 'Records one directory import call may hold.');

-- The wards each active scheme runs in: every ward of its authorities, its wards, and the ward of
-- each approved venue that is not a sensitive place. Security invoker: it reads only what anyone
-- may read, so no caller learns a ward through it that the public could not.
create function private.active_scheme_wards() returns table (scheme_id uuid, ward_code text)
language sql stable security invoker set search_path = ''
as $$
  select s.id, w.ward_code
  from public.schemes s
  join public.scheme_areas a on a.scheme_id = s.id
  join public.wards w on w.lad_code = a.area_code
  where s.status = 'active'
  union
  select s.id, w.ward_code
  from public.schemes s
  join public.scheme_areas a on a.scheme_id = s.id
  join public.wards w on w.ward_code = a.area_code
  where s.status = 'active'
  union
  select s.id, x.ward_code
  from public.schemes s
  join public.scheme_venues v on v.scheme_id = s.id
  join public.assets x on x.asset_id = v.asset_id
  where s.status = 'active' and not x.is_sensitive and x.status = 'approved'
    and x.ward_code is not null
$$;
revoke execute on function private.active_scheme_wards() from public;
grant execute on function private.active_scheme_wards() to anon, authenticated, service_role;

-- The same for one scheme, for the directory's rows.
create function private.scheme_ward_codes(p_scheme_id uuid) returns text[]
language sql stable security invoker set search_path = ''
as $$
  select coalesce(array_agg(distinct x.ward_code order by x.ward_code), '{}')
  from (
    select w.ward_code
    from public.schemes s
    join public.scheme_areas a on a.scheme_id = s.id
    join public.wards w on w.lad_code = a.area_code or w.ward_code = a.area_code
    where s.id = p_scheme_id and s.status = 'active'
    union all
    select x.ward_code
    from public.schemes s
    join public.scheme_venues v on v.scheme_id = s.id
    join public.assets x on x.asset_id = v.asset_id
    where s.id = p_scheme_id and s.status = 'active' and not x.is_sensitive
      and x.status = 'approved' and x.ward_code is not null
  ) x
$$;
revoke execute on function private.scheme_ward_codes(uuid) from public;
grant execute on function private.scheme_ward_codes(uuid) to anon, authenticated, service_role;

-- A scheme's venues as the caller may see them. Security definer: a sensitive venue's public name
-- and front-door contact are for everyone, but its row (which names the asset) is not; this
-- returns, for a reader who may not see sensitive places, only those two and `sensitive: true`.
-- It answers only for schemes the caller may read (active, or one they may edit).
create function private.scheme_venue_list(p_scheme_id uuid) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(v.venue order by v.sensitive, v.name), '[]'::jsonb)
  from public.schemes s
  cross join lateral (
    select x.is_sensitive as sensitive,
      case when x.is_sensitive and not private.can('see_sensitive_places', x.programme_id)
        then sv.public_name else x.name end as name,
      case when x.is_sensitive and not private.can('see_sensitive_places', x.programme_id)
        then jsonb_build_object('asset_id', null, 'name', sv.public_name, 'lng', null, 'lat', null,
          'ward_code', null, 'sensitive', true, 'front_door_contact', sv.front_door_contact)
        else jsonb_build_object('asset_id', x.asset_id, 'name', x.name,
          'lng', round(extensions.st_x(x.point)::numeric, 6), 'lat', round(extensions.st_y(x.point)::numeric, 6),
          'ward_code', x.ward_code, 'sensitive', x.is_sensitive,
          'front_door_contact', sv.front_door_contact, 'public_name', sv.public_name)
      end as venue
    from public.scheme_venues sv
    join public.assets x on x.asset_id = sv.asset_id
    where sv.scheme_id = s.id and (x.is_sensitive or x.status = 'approved')
  ) v
  where s.id = p_scheme_id
    and (s.status = 'active' or private.can_edit_partner_organisation(s.organisation_id))
$$;
comment on function private.scheme_venue_list(uuid) is
  'A scheme''s venues for the directory: a sensitive place as its public name and front-door contact only (no asset id, name, point or ward) unless the caller may see sensitive places. Security definer because the public name of a sensitive venue is public while its row is not; it answers only for schemes the caller may read.';
revoke execute on function private.scheme_venue_list(uuid) from public;
grant execute on function private.scheme_venue_list(uuid) to anon, authenticated, service_role;

-- One row per active scheme, everything the directory shows. Security invoker: the scheme, its
-- organisation, themes, schedules and areas are read under their own policies; only the venues
-- go through the function above.
create view public.directory_service with (security_invoker = true) as
select s.id as scheme_id,
  s.organisation_id,
  o.name as organisation_name,
  o.sector as organisation_sector,
  s.kind,
  s.name,
  s.description,
  array(
    select l.theme_code from public.scheme_theme_links l
    join public.scheme_themes t on t.code = l.theme_code
    where l.scheme_id = s.id order by t.sort_order, t.code
  ) as themes,
  s.audiences,
  s.access,
  s.how_to_access,
  s.contact_name,
  s.contact_email,
  s.contact_phone,
  s.url,
  coalesce((
    select jsonb_agg(jsonb_build_object('byday', h.byday, 'opens_at', to_char(h.opens_at, 'HH24:MI'),
        'closes_at', to_char(h.closes_at, 'HH24:MI'), 'note', h.note)
      order by array_position(array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], h.byday), h.opens_at)
    from public.scheme_schedules h where h.scheme_id = s.id
  ), '[]'::jsonb) as schedules,
  array(select a.area_code from public.scheme_areas a where a.scheme_id = s.id order by a.area_code)
    as area_codes,
  private.scheme_ward_codes(s.id) as ward_codes,
  private.scheme_venue_list(s.id) as venues,
  s.updated_at,
  private.can_edit_partner_organisation(s.organisation_id) as can_edit
from public.schemes s
join public.partner_organisations o on o.id = s.organisation_id
where s.status = 'active';
comment on view public.directory_service is
  'The directory: one row per active scheme with its organisation, themes, audiences, schedules, areas, wards (never from a sensitive venue) and venues (a sensitive one by its public name only, unless the reader may see sensitive places), and whether the reader may edit it.';
revoke all on public.directory_service from anon, authenticated;
grant select on public.directory_service to anon, authenticated;

create view public.champion_count_list with (security_invoker = true) as
select c.ward_code, w.ward_name, c.champions, c.updated_at
from public.champion_counts c
join public.wards w on w.ward_code = c.ward_code;
comment on view public.champion_count_list is
  'Trained community champions per ward, with the ward''s name: counts, never people.';
revoke all on public.champion_count_list from anon, authenticated;
grant select on public.champion_count_list to anon, authenticated;
