-- Partners' schemes (docs/partners.md): partner organisations, their people, their schemes (themes,
-- audiences, schedules, where they run, venues), trained community champions counted per ward, and
-- terms from other directories kept on import.
--
-- Anyone reads the directory's public parts (organisations, active schemes and what hangs off
-- them). Nobody writes these tables directly: security definer functions (next migrations) do,
-- after checking per row that the caller is a person of the scheme's organisation
-- (private.is_partner_person) holding edit_partner_schemes, or an administrator of its programme.
-- A scheme's venue may be a sensitive place (a refuge): its row is readable only by those who may
-- see sensitive places; everyone else meets it only under its public name through the directory.

insert into private.capabilities (capability, role) values
  -- Add, change and retire their own organisation's schemes; change the organisation's details.
  ('edit_partner_schemes', 'partner'), ('edit_partner_schemes', 'admin'),
  -- Open organisations, add and remove their people, edit any scheme of the programme.
  ('manage_partner_organisations', 'admin'),
  -- How many trained community champions a ward has (a count, never a person).
  ('record_champion_counts', 'partner'), ('record_champion_counts', 'safeguarding'),
  ('record_champion_counts', 'admin');

create type public.partner_sector as enum ('statutory', 'voluntary', 'community', 'faith', 'business');
create type public.scheme_kind as enum ('service', 'safe_space');
create type public.scheme_access as enum ('open', 'referral');
create type public.scheme_status as enum ('active', 'retired');

create table public.partner_organisations (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null default '00000000-0000-4000-8000-000000000001'
    references public.programmes (programme_id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 200),
  sector public.partner_sector not null,
  description text check (char_length(description) <= 2000),
  website text check (website ~* '^https://' and private.is_web_address(website) and char_length(website) <= 500),
  email text check (private.is_email(email)),
  phone text check (phone ~ '^[0-9 +()-]{3,40}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.partner_organisations is
  'A statutory, voluntary, community, faith or business organisation listing its schemes in the directory. Public: its name, sector, description and contacts.';
create index partner_organisations_programme_id_idx on public.partner_organisations (programme_id);
alter table public.partner_organisations enable row level security;
create policy "Anyone can read partner organisations" on public.partner_organisations
  for select to anon, authenticated using (true);
revoke all on public.partner_organisations from anon, authenticated;
grant select on public.partner_organisations to anon, authenticated;
create trigger partner_organisations_audit after insert or update or delete on public.partner_organisations
  for each row execute function private.record_audit('id');

-- The people who act for an organisation (added by administrators, by email).
create table public.partner_organisation_people (
  organisation_id uuid not null references public.partner_organisations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  added_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
comment on table public.partner_organisation_people is
  'Who acts for a partner organisation: its people edit its schemes (with edit_partner_schemes in its programme). Read by the person themself and the programme''s administrators.';
create index partner_organisation_people_user_id_idx on public.partner_organisation_people (user_id);
alter table public.partner_organisation_people enable row level security;
create trigger partner_organisation_people_audit after insert or update or delete
  on public.partner_organisation_people
  for each row execute function private.record_audit('organisation_id');

-- True when the caller is one of the organisation's people. Security definer: policies and
-- functions ask it about rows the caller may not read; it answers only about the caller.
create function private.is_partner_person(p_organisation_id uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.partner_organisation_people p
    where p.organisation_id = p_organisation_id and p.user_id = (select auth.uid())
  )
$$;
comment on function private.is_partner_person(uuid) is
  'Whether the caller is one of the partner organisation''s people. Security definer so that policies on partner tables can ask it without reading partner_organisation_people themselves; it answers only about the caller.';
revoke execute on function private.is_partner_person(uuid) from public;
grant execute on function private.is_partner_person(uuid) to anon, authenticated, service_role;

-- Whether the caller may change this organisation and its schemes: one of its people holding
-- edit_partner_schemes in its programme (in any of their authorities: a partner's membership is
-- usually scoped to districts, and the organisation, not the district, bounds what they edit), or
-- an administrator of that programme (manage_partner_organisations).
create function private.can_edit_partner_organisation(p_organisation_id uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.partner_organisations o
    where o.id = p_organisation_id
      and (private.can('manage_partner_organisations', o.programme_id)
        or (private.is_partner_person(o.id) and exists (
          select 1 from public.memberships m
          join private.capabilities c on c.role = m.role
          where m.user_id = (select auth.uid()) and m.programme_id = o.programme_id
            and c.capability = 'edit_partner_schemes')))
  )
$$;
comment on function private.can_edit_partner_organisation(uuid) is
  'Whether the caller may change the partner organisation and its schemes. Security definer: it reads memberships and private.capabilities, which callers cannot read, and answers only about the caller.';
revoke execute on function private.can_edit_partner_organisation(uuid) from public;
grant execute on function private.can_edit_partner_organisation(uuid) to anon, authenticated, service_role;

create policy "People read their own organisations' people" on public.partner_organisation_people
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Administrators read their programmes' organisations' people"
  on public.partner_organisation_people for select to authenticated
  using (exists (
    select 1 from public.partner_organisations o
    where o.id = partner_organisation_people.organisation_id
      and o.programme_id = any ((select private.programmes_where('manage_partner_organisations'))::uuid[])
  ));
revoke all on public.partner_organisation_people from anon, authenticated;
grant select on public.partner_organisation_people to authenticated;

-- An editable taxonomy of themes (edit_taxonomy); each may name the ward indicator measuring its need.
create table public.scheme_themes (
  code text primary key check (code ~ '^[a-z_]{2,40}$'),
  label text not null check (char_length(btrim(label)) between 1 and 100),
  need_indicator text check (need_indicator ~ '^[a-z0-9_]{1,60}$'),
  need_label text check (char_length(btrim(need_label)) between 1 and 200),
  sort_order integer not null default 0,
  retired boolean not null default false
);
comment on table public.scheme_themes is
  'What schemes are about (editable taxonomy). need_indicator names the ward_indicators.indicator measuring the theme''s need; null: the theme shows overlaps only.';
alter table public.scheme_themes enable row level security;
create policy "Anyone can read scheme themes" on public.scheme_themes
  for select to anon, authenticated using (true);
revoke all on public.scheme_themes from anon, authenticated;
grant select on public.scheme_themes to anon, authenticated;
create trigger scheme_themes_audit after insert or update or delete on public.scheme_themes
  for each row execute function private.record_audit('code');

insert into public.scheme_themes (code, label, need_indicator, need_label, sort_order) values
  ('loneliness_isolation', 'Loneliness and isolation', null, null, 10),
  ('crime_prevention', 'Crime prevention', 'imd2025_crime_score', 'IMD 2025 crime domain score', 20),
  ('domestic_abuse', 'Domestic abuse', null, null, 30),
  ('health_wellbeing', 'Health and wellbeing', 'imd2025_health_score',
    'IMD 2025 health deprivation and disability domain score', 40),
  ('food', 'Food', 'imd2025_income_rate', 'IMD 2025 income deprivation rate', 50),
  ('money_advice', 'Money advice', 'imd2025_income_rate', 'IMD 2025 income deprivation rate', 60),
  ('employment_skills', 'Employment and skills', 'imd2025_employment_rate',
    'IMD 2025 employment deprivation rate', 70),
  ('housing', 'Housing', 'imd2025_housing_score', 'IMD 2025 barriers to housing and services domain score', 80),
  ('youth', 'Children and young people', 'pct_age_0_15', 'Share of residents aged 0 to 15', 90),
  ('older_people', 'Older people', 'pct_age_65_plus', 'Share of residents aged 65 and over', 100),
  ('digital_inclusion', 'Digital inclusion', null, null, 110);

-- Who a scheme is for: a fixed list.
create table public.scheme_audiences (
  code text primary key check (code ~ '^[a-z_]{2,40}$'),
  label text not null check (char_length(btrim(label)) between 1 and 100),
  sort_order integer not null default 0
);
comment on table public.scheme_audiences is 'Who a scheme is for (a fixed list).';
alter table public.scheme_audiences enable row level security;
create policy "Anyone can read scheme audiences" on public.scheme_audiences
  for select to anon, authenticated using (true);
revoke all on public.scheme_audiences from anon, authenticated;
grant select on public.scheme_audiences to anon, authenticated;

insert into public.scheme_audiences (code, label, sort_order) values
  ('everyone', 'Everyone', 10),
  ('older_people', 'Older people', 20),
  ('children', 'Children', 30),
  ('young_people', 'Young people', 40),
  ('families', 'Families', 50),
  ('carers', 'Carers', 60),
  ('disabled_people', 'Disabled people', 70),
  ('women', 'Women', 80),
  ('men', 'Men', 90),
  ('lgbtq', 'LGBTQ+ people', 100),
  ('minority_ethnic', 'Minority ethnic communities', 110);

create table public.schemes (
  -- The client's id: saving the same scheme twice changes nothing.
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.partner_organisations (id) on delete cascade,
  -- The organisation's programme (set by the database), so that every check names it.
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  kind public.scheme_kind not null default 'service',
  name text not null check (char_length(btrim(name)) between 1 and 200),
  description text check (char_length(description) <= 4000),
  audiences text[] not null check (cardinality(audiences) between 1 and 20),
  access public.scheme_access not null default 'open',
  how_to_access text check (char_length(how_to_access) <= 1000),
  contact_name text check (char_length(btrim(contact_name)) between 1 and 200),
  contact_email text check (private.is_email(contact_email)),
  contact_phone text check (contact_phone ~ '^[0-9 +()-]{3,40}$'),
  url text check (url ~* '^https?://' and private.is_web_address(url) and char_length(url) <= 500),
  status public.scheme_status not null default 'active',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null
);
comment on table public.schemes is
  'A partner organisation''s scheme: a service or a public safe space, who it is for, how to get help, its contact. Active ones are public; retired ones are read by the organisation''s people and administrators.';
create index schemes_organisation_id_idx on public.schemes (organisation_id);
create index schemes_programme_id_idx on public.schemes (programme_id);
create index schemes_updated_by_idx on public.schemes (updated_by);
create index schemes_status_idx on public.schemes (status);
alter table public.schemes enable row level security;

create function private.set_scheme_programme() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  select o.programme_id into new.programme_id from public.partner_organisations o
  where o.id = new.organisation_id;
  return new;
end
$$;
revoke execute on function private.set_scheme_programme() from public;
create trigger schemes_set_programme before insert or update of organisation_id, programme_id
  on public.schemes for each row execute function private.set_scheme_programme();
create trigger schemes_audit after insert or update or delete on public.schemes
  for each row execute function private.record_audit('id');

create policy "Anyone can read active schemes" on public.schemes
  for select to anon, authenticated using (status = 'active');
create policy "Organisations' people and administrators read their schemes" on public.schemes
  for select to authenticated
  using (private.can_edit_partner_organisation(organisation_id));
revoke all on public.schemes from anon, authenticated;
grant select on public.schemes to anon, authenticated;

-- The children of a scheme are read by whoever reads the scheme.
create table public.scheme_theme_links (
  scheme_id uuid not null references public.schemes (id) on delete cascade,
  theme_code text not null references public.scheme_themes (code) on update cascade,
  primary key (scheme_id, theme_code)
);
comment on table public.scheme_theme_links is 'The themes of a scheme (at least one, checked by save_scheme).';
create index scheme_theme_links_theme_code_idx on public.scheme_theme_links (theme_code);
alter table public.scheme_theme_links enable row level security;
create policy "Whoever reads a scheme reads its themes" on public.scheme_theme_links
  for select to anon, authenticated
  using (exists (select 1 from public.schemes s where s.id = scheme_theme_links.scheme_id));
revoke all on public.scheme_theme_links from anon, authenticated;
grant select on public.scheme_theme_links to anon, authenticated;

create table public.scheme_schedules (
  id uuid primary key default gen_random_uuid(),
  scheme_id uuid not null references public.schemes (id) on delete cascade,
  byday text not null check (byday in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  opens_at time not null,
  closes_at time not null,
  note text check (char_length(note) <= 200),
  check (closes_at > opens_at)
);
comment on table public.scheme_schedules is
  'When a scheme is open, per weekday (Europe/London time). No rows: ask (never "open now").';
create index scheme_schedules_scheme_id_idx on public.scheme_schedules (scheme_id);
alter table public.scheme_schedules enable row level security;
create policy "Whoever reads a scheme reads its schedule" on public.scheme_schedules
  for select to anon, authenticated
  using (exists (select 1 from public.schemes s where s.id = scheme_schedules.scheme_id));
revoke all on public.scheme_schedules from anon, authenticated;
grant select on public.scheme_schedules to anon, authenticated;

create table public.scheme_areas (
  scheme_id uuid not null references public.schemes (id) on delete cascade,
  area_code text not null check (area_code ~ '^E0[5-9][0-9]{6}$'),
  primary key (scheme_id, area_code)
);
comment on table public.scheme_areas is
  'Where a scheme runs: whole authorities of its programme (E06/E07…) or single wards (E05…).';
create index scheme_areas_area_code_idx on public.scheme_areas (area_code);
alter table public.scheme_areas enable row level security;
create policy "Whoever reads a scheme reads its areas" on public.scheme_areas
  for select to anon, authenticated
  using (exists (select 1 from public.schemes s where s.id = scheme_areas.scheme_id));
revoke all on public.scheme_areas from anon, authenticated;
grant select on public.scheme_areas to anon, authenticated;

-- A venue is an asset of the map. A sensitive one (a refuge) needs a public name and a front-door
-- contact, and its row (which names the asset) is read only by whoever may read the asset itself:
-- the assets' restrictive policy leaves sensitive places to see_sensitive_places.
create table public.scheme_venues (
  scheme_id uuid not null references public.schemes (id) on delete cascade,
  asset_id uuid not null references public.assets (asset_id) on delete cascade,
  public_name text check (char_length(btrim(public_name)) between 1 and 200),
  front_door_contact text check (char_length(btrim(front_door_contact)) between 1 and 500),
  primary key (scheme_id, asset_id)
);
comment on table public.scheme_venues is
  'The assets where a scheme runs. A sensitive place appears publicly only as public_name with front_door_contact (through directory_service), never by its asset, name, ward or point.';
create index scheme_venues_asset_id_idx on public.scheme_venues (asset_id);
alter table public.scheme_venues enable row level security;
create policy "Whoever reads a scheme and its venue's asset reads the venue" on public.scheme_venues
  for select to anon, authenticated
  using (exists (select 1 from public.schemes s where s.id = scheme_venues.scheme_id)
    and exists (select 1 from public.assets a where a.asset_id = scheme_venues.asset_id));
create policy "Only those who may see sensitive places read sensitive venues" on public.scheme_venues
  as restrictive for select to anon, authenticated
  using (exists (
    select 1 from public.assets a
    where a.asset_id = scheme_venues.asset_id
      and ((not a.is_sensitive)
        or a.programme_id = any ((select private.programmes_where('see_sensitive_places'))::uuid[]))
  ));
revoke all on public.scheme_venues from anon, authenticated;
grant select on public.scheme_venues to anon, authenticated;

-- Trained community champions per ward: a count, never a person.
create table public.champion_counts (
  ward_code text primary key references public.wards (ward_code) on delete cascade,
  champions integer not null check (champions between 0 and 100000),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null
);
comment on table public.champion_counts is
  'How many trained community champions (e.g. for the domestic-abuse response) a ward has: a count, never who they are.';
create index champion_counts_updated_by_idx on public.champion_counts (updated_by);
alter table public.champion_counts enable row level security;
create policy "Anyone can read champion counts" on public.champion_counts
  for select to anon, authenticated using (true);
revoke all on public.champion_counts from anon, authenticated;
grant select on public.champion_counts to anon, authenticated;
create trigger champion_counts_audit after insert or update or delete on public.champion_counts
  for each row execute function private.record_audit('ward_code');

-- Terms from other directories' taxonomies, kept on import and offered for mapping to a theme.
create table public.scheme_external_terms (
  scheme_id uuid not null references public.schemes (id) on delete cascade,
  vocabulary text not null check (char_length(btrim(vocabulary)) between 1 and 200),
  term_code text not null check (char_length(btrim(term_code)) between 1 and 200),
  term_name text not null check (char_length(btrim(term_name)) between 1 and 300),
  mapped_theme text references public.scheme_themes (code) on update cascade on delete set null,
  primary key (scheme_id, vocabulary, term_code)
);
comment on table public.scheme_external_terms is
  'Taxonomy terms a scheme arrived with from another directory (Open Referral UK import), kept and offered for mapping to a theme.';
create index scheme_external_terms_mapped_theme_idx on public.scheme_external_terms (mapped_theme);
alter table public.scheme_external_terms enable row level security;
create policy "Whoever reads a scheme reads its external terms" on public.scheme_external_terms
  for select to anon, authenticated
  using (exists (select 1 from public.schemes s where s.id = scheme_external_terms.scheme_id));
revoke all on public.scheme_external_terms from anon, authenticated;
grant select on public.scheme_external_terms to anon, authenticated;
