-- Time banks (docs/time-banks.md), members' side: references and DBS checks (dates only, never a
-- certificate), members' offers and requests, and coordinators' introductions; the views the
-- screens read (time_bank_member_list, time_bank_listing_list) and the helpers the functions of
-- 20261207212200 and 20261207212300 share. Nobody writes these tables directly: functions do,
-- after their checks. Every figure a member can make the database store is bounded in
-- private.limits.

insert into private.limits (name, value, description) values
  ('time_bank_open_listings_per_member', 20, 'Open offers and requests one time bank member may have at once.'),
  ('time_bank_listings_per_member_per_day', 20, 'Offers and requests posted for one time bank member in a day.'),
  ('time_bank_member_changes_per_day', 20, 'Changes to one time bank member''s profile in a day.'),
  ('time_bank_checks_per_member', 50, 'References and DBS checks recorded for one time bank member.'),
  ('time_bank_introductions_per_listing', 50, 'Introductions naming one offer or request.');

-- Idempotent recording of members by coordinators (an outbox may send the same member twice).
alter table public.time_bank_members add column client_id uuid unique;
comment on column public.time_bank_members.client_id is
  'The id the coordinator''s device made for a member it recorded (record_time_bank_member), so that a retry records nobody twice.';

-- Whether the caller coordinates the bank: the programme's capability scoped to the bank's id.
create function private.coordinates_bank(p_bank_id uuid) returns boolean
language sql stable security invoker set search_path = ''
as $$
  select exists (
    select 1 from public.time_banks b
    where b.bank_id = p_bank_id and private.can('coordinate_time_bank', b.programme_id, b.bank_id::text))
$$;
comment on function private.coordinates_bank(uuid) is
  'Whether the caller holds coordinate_time_bank in the bank''s programme, with the bank in its scope (a null scope: every bank).';
revoke execute on function private.coordinates_bank(uuid) from public;
grant execute on function private.coordinates_bank(uuid) to authenticated, service_role;

-- A postcode's sector, ward and the sector's coarsened point: the residents' rule (the sector's
-- centroid when it has at least 10 postcodes, else the ward's label point), in one place.
create function private.postcode_area(p_postcode text)
returns table (postcode_sector text, ward_code text, area_point extensions.geometry)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_postcode text := private.normalise_postcode(p_postcode);
  v_sector text := left(v_postcode, -2);
  v_point extensions.geometry;
  v_ward text;
  v_area extensions.geometry;
begin
  select p.point, coalesce(p.ward_code, (
      select w.ward_code from public.wards w
      where extensions.st_covers(w.geom, p.point) order by w.ward_code limit 1))
    into v_point, v_ward
  from public.postcodes p where p.postcode = v_postcode;
  if v_point is null then
    return;
  end if;
  -- The sector's centroid when the sector has enough postcodes to hide one among them, else the
  -- ward's label point: never closer to the home than a sector's worth of addresses.
  select case when count(*) >= 10 then extensions.st_centroid(extensions.st_collect(p.point)) end
    into v_area
  from public.postcodes p where left(p.postcode, -2) = v_sector;
  if v_area is null then
    select coalesce(w.label_point, extensions.st_pointonsurface(w.geom)) into v_area
    from public.wards w where w.ward_code = v_ward;
  end if;
  return query select v_sector, v_ward, v_area;
end
$$;
comment on function private.postcode_area(text) is
  'A postcode''s sector, ward and coarsened area point (never the postcode''s own point); no row for a postcode the region lacks. Residents'' offers and time bank members share it.';
revoke execute on function private.postcode_area(text) from public;

-- Text a person typed: trimmed, no control characters, within its bound; null when blank.
create function private.member_text(p_value text, p_what text, p_max integer, p_required boolean)
returns text
language plpgsql immutable security invoker set search_path = ''
as $$
declare
  v_text text := private.typed_text(p_value, p_what);
begin
  if v_text is null and p_required then
    raise exception 'Enter %.', p_what using errcode = '22023';
  end if;
  if char_length(v_text) > p_max then
    raise exception 'Keep % to % characters (it has %).', p_what, p_max, char_length(v_text)
      using errcode = '22023';
  end if;
  return v_text;
end
$$;
revoke execute on function private.member_text(text, text, integer, boolean) from public;

-- References and DBS checks: what was checked and when, and when it runs out. Never the
-- certificate's number or content.
create table public.time_bank_checks (
  check_id uuid primary key default gen_random_uuid(),
  member_id uuid not null references public.time_bank_members (member_id) on delete cascade,
  bank_id uuid not null references public.time_banks (bank_id) on delete cascade,
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  kind text not null check (kind in ('reference', 'dbs')),
  checked_on date not null check (checked_on >= date '2000-01-01'),
  expires_on date check (expires_on >= checked_on),
  recorded_by uuid references auth.users (id) on delete set null,
  recorded_at timestamptz not null default now()
);
comment on table public.time_bank_checks is
  'References and DBS checks of time bank members: the kind, the date checked and the expiry. Never a certificate number or its content.';
create index time_bank_checks_member_id_idx on public.time_bank_checks (member_id, kind, checked_on);
create index time_bank_checks_bank_id_idx on public.time_bank_checks (bank_id);
create index time_bank_checks_programme_id_idx on public.time_bank_checks (programme_id);
create index time_bank_checks_recorded_by_idx on public.time_bank_checks (recorded_by);
alter table public.time_bank_checks enable row level security;
create policy "Coordinators read their banks' checks" on public.time_bank_checks
  for select to authenticated using (private.can('coordinate_time_bank', programme_id, bank_id::text));
create policy "Members read their own checks" on public.time_bank_checks
  for select to authenticated using (exists (
    select 1 from public.time_bank_members m
    where m.member_id = time_bank_checks.member_id and m.user_id = (select auth.uid())));
revoke all on public.time_bank_checks from anon, authenticated;
grant select on public.time_bank_checks to authenticated;
create trigger time_bank_checks_audit after insert or update or delete on public.time_bank_checks
  for each row execute function private.record_audit('check_id');

-- Offers and requests. The skill is a gift type of the residents' taxonomy.
create table public.time_bank_listings (
  listing_id uuid primary key default gen_random_uuid(),
  client_id uuid not null unique,
  bank_id uuid not null references public.time_banks (bank_id) on delete cascade,
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  member_id uuid not null references public.time_bank_members (member_id) on delete cascade,
  direction text not null check (direction in ('offer', 'request')),
  gift_type text not null,
  gift_kind public.gift_kind not null,
  title text not null check (char_length(title) between 1 and 120),
  description text not null default '' check (char_length(description) <= 1000),
  frequency text not null default 'one_off' check (frequency in ('one_off', 'regular')),
  ward_code text references public.wards (ward_code) on delete set null,
  availability text[] not null default '{}'
    check (availability <@ array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible']),
  when_note text not null default '' check (char_length(when_note) <= 200),
  needs_dbs boolean not null default false,
  status text not null default 'open' check (status in ('open', 'closed')),
  created_at timestamptz not null default now(),
  closed_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  foreign key (gift_type, gift_kind) references public.gift_types (code, kind),
  check ((status = 'closed') = (closed_at is not null))
);
comment on table public.time_bank_listings is
  'What time bank members offer and request: a skill from the gifts taxonomy, a title, when, where (a ward), one-off or regular, whether a DBS check is needed.';
create index time_bank_listings_bank_id_idx on public.time_bank_listings (bank_id, status, direction, gift_kind);
create index time_bank_listings_programme_id_idx on public.time_bank_listings (programme_id);
create index time_bank_listings_member_id_idx on public.time_bank_listings (member_id, status, created_at);
create index time_bank_listings_gift_idx on public.time_bank_listings (gift_type, gift_kind);
create index time_bank_listings_ward_code_idx on public.time_bank_listings (ward_code);
create index time_bank_listings_created_by_idx on public.time_bank_listings (created_by);
alter table public.time_bank_listings enable row level security;
create policy "Coordinators read their banks' listings" on public.time_bank_listings
  for select to authenticated using (private.can('coordinate_time_bank', programme_id, bank_id::text));
create policy "Members read their own listings" on public.time_bank_listings
  for select to authenticated using (exists (
    select 1 from public.time_bank_members m
    where m.member_id = time_bank_listings.member_id and m.user_id = (select auth.uid())));
create policy "Active members read their bank's open listings" on public.time_bank_listings
  for select to authenticated using (status = 'open' and private.is_active_member_of(bank_id));
revoke all on public.time_bank_listings from anon, authenticated;
grant select on public.time_bank_listings to authenticated;
create trigger time_bank_listings_audit after insert or update or delete on public.time_bank_listings
  for each row execute function private.record_audit('listing_id');

-- A coordinator put a request's member in touch with an offer's member.
create table public.time_bank_introductions (
  introduction_id uuid primary key default gen_random_uuid(),
  client_id uuid not null unique,
  -- The request's bank (the offer may be in a partner bank).
  bank_id uuid not null references public.time_banks (bank_id) on delete cascade,
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  request_id uuid not null references public.time_bank_listings (listing_id) on delete cascade,
  offer_id uuid not null references public.time_bank_listings (listing_id) on delete cascade,
  requester_id uuid not null references public.time_bank_members (member_id) on delete cascade,
  offerer_id uuid not null references public.time_bank_members (member_id) on delete cascade,
  note text not null default '' check (char_length(note) <= 500),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (request_id, offer_id),
  check (requester_id <> offerer_id)
);
comment on table public.time_bank_introductions is
  'A coordinator introduced a request''s member to an offer''s member: when, by whom, with a note.';
create index time_bank_introductions_bank_id_idx on public.time_bank_introductions (bank_id, created_at);
create index time_bank_introductions_programme_id_idx on public.time_bank_introductions (programme_id);
create index time_bank_introductions_offer_id_idx on public.time_bank_introductions (offer_id);
create index time_bank_introductions_requester_id_idx on public.time_bank_introductions (requester_id);
create index time_bank_introductions_offerer_id_idx on public.time_bank_introductions (offerer_id);
create index time_bank_introductions_created_by_idx on public.time_bank_introductions (created_by);
alter table public.time_bank_introductions enable row level security;
create policy "Coordinators read their banks' introductions" on public.time_bank_introductions
  for select to authenticated using (private.can('coordinate_time_bank', programme_id, bank_id::text));
create policy "Members read the introductions naming them" on public.time_bank_introductions
  for select to authenticated using (exists (
    select 1 from public.time_bank_members m
    where m.member_id in (time_bank_introductions.requester_id, time_bank_introductions.offerer_id)
      and m.user_id = (select auth.uid())));
revoke all on public.time_bank_introductions from anon, authenticated;
grant select on public.time_bank_introductions to authenticated;
create trigger time_bank_introductions_audit after insert or update or delete on public.time_bank_introductions
  for each row execute function private.record_audit('introduction_id');

-- The members the caller may read (as the table: themself, their bank's active members, or every
-- member of the banks they coordinate), with their bank, ward and skills. The DBS date comes from
-- time_bank_checks, which only coordinators and the member read, so it is null for anyone else.
create view public.time_bank_member_list with (security_invoker = true) as
select
  m.member_id, m.bank_id, b.name as bank_name, m.kind, m.status,
  case when m.user_id = (select auth.uid()) or private.coordinates_bank(m.bank_id)
    then m.status_reason end as status_reason,
  m.display_name, m.about, m.postcode_sector, m.ward_code, w.ward_name, m.availability,
  coalesce((
    select jsonb_agg(jsonb_build_object('gift_type', s.gift_type, 'kind', s.kind, 'label', t.label)
      order by s.kind, t.sort_order, t.label)
    from public.time_bank_member_skills s join public.gift_types t on t.code = s.gift_type
    where s.member_id = m.member_id), '[]'::jsonb) as skills,
  m.applied_at, m.joined_at, m.last_active_at,
  coalesce(m.user_id = (select auth.uid()), false) as is_me,
  (select max(coalesce(c.expires_on, (c.checked_on + interval '3 years')::date))
    from public.time_bank_checks c
    where c.member_id = m.member_id and c.kind = 'dbs') as dbs_valid_until,
  m.created_by is not null as recorded_by_coordinator
from public.time_bank_members m
join public.time_banks b on b.bank_id = m.bank_id
left join public.wards w on w.ward_code = m.ward_code;
comment on view public.time_bank_member_list is
  'Time bank members as the caller may read them (the member, their bank''s active members, coordinators), with bank, ward and skills; the DBS date only for coordinators and the member (a DBS check with no expiry counts for 3 years). Never a point.';
revoke all on public.time_bank_member_list from anon, authenticated;
grant select on public.time_bank_member_list to authenticated;

create view public.time_bank_listing_list with (security_invoker = true) as
select
  l.listing_id, l.bank_id, l.member_id, m.display_name, l.direction, l.gift_type,
  l.gift_kind, t.label as gift_label, l.title, l.description, l.frequency, l.ward_code,
  w.ward_name, l.availability, l.when_note, l.needs_dbs, l.status, l.created_at,
  coalesce(m.user_id = (select auth.uid()), false) as is_mine
from public.time_bank_listings l
join public.time_bank_members m on m.member_id = l.member_id
join public.gift_types t on t.code = l.gift_type
left join public.wards w on w.ward_code = l.ward_code;
comment on view public.time_bank_listing_list is
  'Offers and requests as the caller may read them: their own, their bank''s open ones (active members), every one of the banks they coordinate.';
revoke all on public.time_bank_listing_list from anon, authenticated;
grant select on public.time_bank_listing_list to authenticated;

-- The member the caller acts for: the member themself (active) or a coordinator of their bank.
-- The same refusal whether the id exists or not, so that ids cannot be probed.
create function private.member_to_act_for(p_member_id uuid, p_what text)
returns public.time_bank_members
language plpgsql stable security invoker set search_path = ''
as $$
declare
  v_member public.time_bank_members;
begin
  select * into v_member from public.time_bank_members m where m.member_id = p_member_id;
  if v_member.member_id is null
    or not (coalesce(v_member.user_id = (select auth.uid()), false)
      or private.coordinates_bank(v_member.bank_id))
  then
    raise exception 'There is no time bank member with that id for whom you may %.', p_what
      using errcode = '42501',
        hint = 'Members act for themselves; coordinators act for the members of their banks.';
  end if;
  return v_member;
end
$$;
revoke execute on function private.member_to_act_for(uuid, text) from public;

-- A member's skills from a list of gift type codes (replacing what they had).
create function private.save_member_skills(p_member_id uuid, p_skills text[]) returns void
language plpgsql security invoker set search_path = ''
as $$
declare
  v_unknown text;
begin
  if cardinality(p_skills) > 30 then
    raise exception 'Give at most 30 skills (there are %).', cardinality(p_skills) using errcode = '22023';
  end if;
  select s into v_unknown from unnest(coalesce(p_skills, '{}')) s
  where not exists (select 1 from public.gift_types t where t.code = s) limit 1;
  if v_unknown is not null then
    raise exception '"%" is not a skill in the list of gifts.', left(v_unknown, 60) using errcode = '22023';
  end if;
  delete from public.time_bank_member_skills s
  where s.member_id = p_member_id and s.gift_type <> all (coalesce(p_skills, '{}'));
  insert into public.time_bank_member_skills (member_id, gift_type, kind)
  select distinct p_member_id, t.code, t.kind
  from public.gift_types t where t.code = any (coalesce(p_skills, '{}'))
  on conflict do nothing;
end
$$;
revoke execute on function private.save_member_skills(uuid, text[]) from public;

-- Availability chosen from the form's list.
create function private.member_availability(p_availability text[]) returns text[]
language plpgsql immutable security invoker set search_path = ''
as $$
begin
  if not coalesce(p_availability, '{}') <@ array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible'] then
    raise exception 'Choose when from weekday daytimes, weekday evenings, weekends or "it varies".'
      using errcode = '22023';
  end if;
  return array(select distinct a from unnest(coalesce(p_availability, '{}')) a order by a);
end
$$;
revoke execute on function private.member_availability(text[]) from public;
