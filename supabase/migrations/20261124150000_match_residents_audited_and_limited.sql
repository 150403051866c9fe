-- Matching by distance answers in bands, but bands alone still let someone find a home: ask from
-- many places and watch where a resident moves from one band to the next (each band edge is a
-- circle round the home). So every match is now recorded in the audit log, each person may match
-- only so often, and the place must be inside the region. The function's arguments and result
-- stay as they were (20261124100000_match_residents_with_contact.sql); it becomes volatile
-- because it writes the audit row.

-- A match is recorded as action 'match' on public.residents (what it disclosed), with how many
-- residents it showed and the ward of the place asked about, never the place itself: the place is
-- often someone's home (a builder matching helpers to a person who needs them), and the audit log
-- holds no personal data beyond an actor's id. The ward is enough to see probing (many matches in
-- and around one ward) and says no more than the residents' own ward does in the result.
alter table public.audit_log drop constraint audit_log_action_check;
alter table public.audit_log add constraint audit_log_action_check
  check (action in ('insert', 'update', 'delete', 'export', 'erase', 'match'));
alter table public.audit_log add column place_ward_code text
  check (place_ward_code ~ '^[EWSN]05[0-9]{6}$');
comment on column public.audit_log.place_ward_code is
  'For a match: the ward (GSS code) of the place matched from, never its coordinates; null otherwise. No foreign key: the region importer may replace the wards, and the log must not change.';
comment on column public.audit_log.row_count is
  'For an export: how many rows it held; for a match: how many residents it showed.';
-- The rate limit counts a person's recent matches here.
create index audit_log_matches_idx on public.audit_log (actor_id, occurred_at) where action = 'match';

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
begin
  if not (select private.has_any_role('{builder,admin}')) then
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

  -- 30 matches an hour per person. A builder's real work is a few places a session, each asked
  -- perhaps once for each kind of gift (four questions): 30 leaves room for seven places in an
  -- hour. Finding one home from the band edges needs about 20 well-chosen questions (about five
  -- to close in on each of three points of a band's circle to within a postcode), so at 30 an hour
  -- probing finds at most one home an hour, and leaves dozens of matches in and around one ward in
  -- the log for an admin to see. Matches of the same person wait for each other (an advisory lock),
  -- so a burst of parallel requests cannot all pass; the count is the audit log itself, which
  -- nobody can delete from.
  perform pg_advisory_xact_lock(hashtextextended('match_residents:' || v_user_id::text, 0));
  if (select count(*) from public.audit_log a
      where a.actor_id = v_user_id and a.action = 'match'
        and a.occurred_at > clock_timestamp() - interval '1 hour') >= 30 then
    raise exception 'You have matched residents 30 times in the last hour, the most allowed. Please try again later.'
      using errcode = 'P0429',
        hint = 'The limit keeps anyone from working out where a resident lives by matching from many places.';
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
      -- On the sphere, as everywhere in the project (ARCHITECTURE.md §5).
      case
        when extensions.st_dwithin(h.point::extensions.geography, v_place, 1000, false) then 1
        when extensions.st_dwithin(h.point::extensions.geography, v_place, 3000, false) then 2
        else 3
      end as band_order
    from public.residents r
    join public.resident_home_points h on h.resident_id = r.resident_id
    left join public.wards w on w.ward_code = r.ward_code
    left join public.resident_offer_preferences o on o.resident_id = r.resident_id
    left join public.resident_contacts k on k.resident_id = r.resident_id
    where r.status = 'approved'
      and extensions.st_dwithin(h.point::extensions.geography, v_place, 20000, false)
      -- The consent that lets a builder read the contact details (and be told of the resident).
      and exists (
        select 1 from public.resident_consents c
        where c.resident_id = r.resident_id and c.purpose = 'contact_by_builder' and c.withdrawn_at is null)
      and (p_kind is null or exists (
        select 1 from public.resident_gifts g where g.resident_id = r.resident_id and g.kind = p_kind))
  ) m
  cross join lateral (select case m.band_order
    when 1 then 'under 1 km' when 2 then '1–3 km' else 'over 3 km' end as band) b
  -- By band, then by name: an order by distance inside a band would rank the homes.
  order by m.band_order, m.display_name, m.resident_id;
  get diagnostics v_shown = row_count;

  insert into public.audit_log (actor_id, action, table_name, row_count, place_ward_code)
  values (v_user_id, 'match', 'public.residents', v_shown, v_ward_code);
end
$$;
comment on function public.match_residents_by_distance(double precision, double precision, public.gift_kind) is
  'For builders and admins: approved residents who agreed to be contacted by a builder, within 20 km of a place ([lng, lat]) inside the region and offering gifts of the kind given, with how to contact them and the distance as a band (under 1 km, 1–3 km, over 3 km), ordered by band then name. Each match is recorded in the audit log (actor, time, residents shown, the ward of the place, never its coordinates), and a person may match 30 times an hour (SQLSTATE P0429 beyond), so that nobody can find a home from where the bands change. Security definer because builders may not read home points nor write the audit log; it returns bands, never a distance or a point, and contact details only of residents who agreed to be contacted (as resident_contacts'' policy for builders).';
