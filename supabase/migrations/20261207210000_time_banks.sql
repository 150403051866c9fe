-- Time banks (docs/time-banks.md): banks, the places each covers, and their members. One time
-- credit is one hour given; the ledger of hours (accounts, exchanges, entries) and the members'
-- offers, requests and checks build on these tables in later migrations.
--
-- Rights follow the programme and the bank: a coordinator's membership may carry bank ids as its
-- scopes (`private.can('coordinate_time_bank', programme_id, bank_id::text)`); a null scope is
-- every bank of the programme. Members act for themselves through their own rows (user_id), never
-- through a capability. Nobody writes these tables directly: functions do, after their checks.

insert into private.capabilities (capability, role) values
  -- Approve applications, record members, their skills, references and DBS dates, post and act for
  -- members, introduce them, record and correct exchanges, read the bank's reports.
  ('coordinate_time_bank', 'coordinator'), ('coordinate_time_bank', 'admin'),
  -- Open banks, say where they run, set their limits, hourly value and partners.
  ('manage_time_banks', 'admin');

create table public.time_banks (
  bank_id uuid primary key default gen_random_uuid(),
  programme_id uuid not null default '00000000-0000-4000-8000-000000000001'
    references public.programmes (programme_id) on delete cascade,
  slug text not null unique check (slug ~ '^[a-z0-9-]{2,40}$'),
  name text not null check (char_length(btrim(name)) between 1 and 120),
  -- Balances may go below zero (members receive before they give); below the soft limit an
  -- exchange is recorded with a warning, below the hard limit it is refused.
  soft_limit_minutes integer not null default -600 check (soft_limit_minutes <= 0),
  hard_limit_minutes integer not null default -1200,
  -- Members of this bank may exchange with members of another bank that allows it too.
  allows_other_banks boolean not null default false,
  -- Social value: hours × this value, with the basis shown beside every figure.
  hourly_value_pence integer not null default 1271 check (hourly_value_pence between 0 and 100000),
  hourly_value_basis text not null
    default 'National Living Wage from April 2026 (£12.71 an hour)'
    check (char_length(btrim(hourly_value_basis)) between 1 and 300),
  created_at timestamptz not null default now(),
  check (hard_limit_minutes <= soft_limit_minutes)
);
comment on table public.time_banks is
  'A time bank: one credit is one hour given. Its limits, hourly value for social value, and whether its members may exchange with other banks.';
create index time_banks_programme_id_idx on public.time_banks (programme_id);
alter table public.time_banks enable row level security;
create policy "Anyone can read the time banks" on public.time_banks
  for select to anon, authenticated using (true);
revoke all on public.time_banks from anon, authenticated;
grant select on public.time_banks to anon, authenticated;

-- Where a bank runs: whole local authorities (E06/E07…) or single wards (E05…). A ward is covered
-- when its own code or its authority's is listed; a ward may be covered by two banks, and then a
-- resident chooses.
create table public.time_bank_areas (
  bank_id uuid not null references public.time_banks (bank_id) on delete cascade,
  area_code text not null check (area_code ~ '^[EWSN]0[5-9][0-9]{6}$'),
  primary key (bank_id, area_code)
);
comment on table public.time_bank_areas is
  'The authorities (E06/E07…) and wards (E05…) a time bank covers.';
create index time_bank_areas_area_code_idx on public.time_bank_areas (area_code);
alter table public.time_bank_areas enable row level security;
create policy "Anyone can read where time banks run" on public.time_bank_areas
  for select to anon, authenticated using (true);
revoke all on public.time_bank_areas from anon, authenticated;
grant select on public.time_bank_areas to anon, authenticated;

-- The banks Essex runs today (Colchester, West Essex, Uttlesford, Tendring); administrators change
-- them and add more. West Essex covers Epping Forest, Harlow and Uttlesford, so Uttlesford's wards
-- have two banks to choose from.
insert into public.time_banks (bank_id, slug, name) values
  ('00000000-0000-4000-8000-00000000b001', 'colchester', 'Colchester Time Bank'),
  ('00000000-0000-4000-8000-00000000b002', 'west-essex', 'West Essex Time Bank'),
  ('00000000-0000-4000-8000-00000000b003', 'uttlesford', 'Uttlesford Time Bank'),
  ('00000000-0000-4000-8000-00000000b004', 'tendring', 'Tendring Time Bank');
insert into public.time_bank_areas (bank_id, area_code) values
  ('00000000-0000-4000-8000-00000000b001', 'E07000071'),
  ('00000000-0000-4000-8000-00000000b002', 'E07000072'),
  ('00000000-0000-4000-8000-00000000b002', 'E07000073'),
  ('00000000-0000-4000-8000-00000000b002', 'E07000077'),
  ('00000000-0000-4000-8000-00000000b003', 'E07000077'),
  ('00000000-0000-4000-8000-00000000b004', 'E07000076');

create type public.time_bank_member_kind as enum ('resident', 'organisation', 'group');
create type public.time_bank_member_status as enum ('applied', 'active', 'declined', 'left');

create table public.time_bank_members (
  member_id uuid primary key default gen_random_uuid(),
  bank_id uuid not null references public.time_banks (bank_id) on delete cascade,
  -- The bank's programme (set by the database), so that every check names it.
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  kind public.time_bank_member_kind not null,
  status public.time_bank_member_status not null default 'applied',
  status_reason text check (char_length(status_reason) <= 500),
  display_name text not null check (char_length(btrim(display_name)) between 1 and 80),
  about text not null default '' check (char_length(about) <= 1000),
  -- The member's own account once they sign in; null for members a coordinator acts for.
  user_id uuid references auth.users (id) on delete set null,
  -- The resident's offer the application came from.
  resident_id uuid references public.residents (resident_id) on delete set null,
  -- An organisation or group is an asset of the map.
  asset_id uuid references public.assets (asset_id) on delete set null,
  -- A member's place is their postcode sector and ward, never a point of their own: area_point is
  -- the sector's coarsened point (as residents.area_point) or, for an organisation, its asset's.
  postcode_sector text check (postcode_sector ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$'),
  ward_code text references public.wards (ward_code) on delete set null,
  area_point extensions.geometry(Point, 4326),
  availability text[] not null default '{}'
    check (availability <@ array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible']),
  applied_at timestamptz not null default now(),
  joined_at timestamptz,
  reviewed_by uuid references auth.users (id) on delete set null,
  -- When the member last posted, recorded or confirmed anything (for matching's recency).
  last_active_at timestamptz not null default now(),
  -- The coordinator who recorded the member (no phone or email); null when they applied.
  created_by uuid references auth.users (id) on delete set null,
  check (kind = 'resident' or asset_id is not null),
  check (status <> 'active' or joined_at is not null)
);
comment on table public.time_bank_members is
  'A member of one time bank: a resident (from their offer, or recorded by a coordinator) or an organisation or group of the map. Their place is a postcode sector and ward, never a home.';
comment on column public.time_bank_members.area_point is
  'coarsened location: the postcode sector''s point (as residents.area_point), or the organisation''s asset point; never a home.';
create index time_bank_members_bank_id_idx on public.time_bank_members (bank_id);
create index time_bank_members_programme_id_idx on public.time_bank_members (programme_id);
create index time_bank_members_user_id_idx on public.time_bank_members (user_id);
create index time_bank_members_resident_id_idx on public.time_bank_members (resident_id);
create index time_bank_members_asset_id_idx on public.time_bank_members (asset_id);
create index time_bank_members_ward_code_idx on public.time_bank_members (ward_code);
create index time_bank_members_created_by_idx on public.time_bank_members (created_by);
create index time_bank_members_reviewed_by_idx on public.time_bank_members (reviewed_by);
create index time_bank_members_area_point_idx on public.time_bank_members using gist (area_point);
create unique index time_bank_members_one_per_person on public.time_bank_members (bank_id, user_id)
  where user_id is not null;
create unique index time_bank_members_one_per_offer on public.time_bank_members (bank_id, resident_id)
  where resident_id is not null;
alter table public.time_bank_members enable row level security;

create function private.set_member_programme() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  select b.programme_id into new.programme_id from public.time_banks b where b.bank_id = new.bank_id;
  return new;
end
$$;
revoke execute on function private.set_member_programme() from public;
create trigger time_bank_members_set_programme before insert or update of bank_id, programme_id
  on public.time_bank_members for each row execute function private.set_member_programme();
create trigger time_bank_members_audit after insert or update or delete on public.time_bank_members
  for each row execute function private.record_audit('member_id');

-- True when the caller is an active member of the bank. Security definer: the members' policy
-- asks it about the table it guards; it reads only the caller's own rows and returns a boolean.
create function private.is_active_member_of(p_bank_id uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.time_bank_members m
    where m.bank_id = p_bank_id and m.user_id = (select auth.uid()) and m.status = 'active'
  )
$$;
comment on function private.is_active_member_of(uuid) is
  'Whether the caller is an active member of the time bank. Security definer so that the policy on time_bank_members does not recurse; it reads only the caller''s own membership.';
revoke execute on function private.is_active_member_of(uuid) from public;
grant execute on function private.is_active_member_of(uuid) to authenticated, service_role;

create policy "People read their own time bank memberships" on public.time_bank_members
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Coordinators read their banks' members" on public.time_bank_members
  for select to authenticated
  using (private.can('coordinate_time_bank', programme_id, bank_id::text));
create policy "Active members read the active members of their bank" on public.time_bank_members
  for select to authenticated
  using (status = 'active' and private.is_active_member_of(bank_id));
revoke all on public.time_bank_members from anon, authenticated;
grant select on public.time_bank_members to authenticated;

-- A member's skills, from the residents' gifts taxonomy (head, hands, heart).
create table public.time_bank_member_skills (
  member_id uuid not null references public.time_bank_members (member_id) on delete cascade,
  gift_type text not null,
  kind public.gift_kind not null,
  primary key (member_id, gift_type),
  foreign key (gift_type, kind) references public.gift_types (code, kind)
);
comment on table public.time_bank_member_skills is
  'What a time bank member can give, from the gifts taxonomy (head, hands, heart).';
create index time_bank_member_skills_gift_type_idx on public.time_bank_member_skills (gift_type, kind);
alter table public.time_bank_member_skills enable row level security;
create policy "Whoever reads a member reads their skills" on public.time_bank_member_skills
  for select to authenticated
  using (exists (select 1 from public.time_bank_members m where m.member_id = time_bank_member_skills.member_id));
revoke all on public.time_bank_member_skills from anon, authenticated;
grant select on public.time_bank_member_skills to authenticated;
