-- Residents' offers of their gifts and skills (ABCD's head, hands and heart), with consent per
-- purpose and the private parts kept in tables of their own, because Row Level Security hides
-- rows, not columns:
--   residents                   the profile and its review status; a coarsened area (postcode
--                               sector, ward, a point for the area): what builders see
--   resident_contacts           email and phone: the resident, admins, and builders only while the
--                               resident consents to be contacted by one
--   resident_home_points        the home point (the postcode's centroid), for matching by distance:
--                               the resident and admins only
--   resident_gifts, resident_offer_preferences, resident_consents
-- Writes come only through the functions in 20261123160100_resident_offer_functions.sql (no API
-- role may insert, update or delete these tables directly), except a builder's review of status.
-- Individuals are never points on a shared map: 20261123160200_resident_privacy.sql counts them
-- per ward, and matches by distance bands.

create type public.gift_kind as enum ('head', 'hands', 'heart');
comment on type public.gift_kind is
  'ABCD''s gifts: of the head (things people know), the hands (things they can do) and the heart (things they care about).';
create type public.offer_activity as enum (
  'one_off', 'regular', 'time_bank', 'join_group', 'start_something'
);
create type public.travel_range as enum ('under_1_km', 'up_to_3_km', 'up_to_10_km', 'anywhere');
create type public.resident_status as enum ('pending', 'approved', 'rejected');
create type public.consent_purpose as enum (
  'contact_by_builder', 'counted_on_map', 'share_with_partners'
);
create type public.consent_method as enum ('online', 'verbal', 'paper');

-- The gifts a resident can pick (or they write their own).
create table public.gift_types (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,59}$'),
  kind public.gift_kind not null,
  label text not null check (char_length(btrim(label)) between 1 and 100),
  sort_order integer not null default 0,
  -- The target of resident_gifts' (gift_type, kind) foreign key, so a gift's kind always matches.
  unique (code, kind)
);
comment on table public.gift_types is
  'The gifts offered on the "Offer your gifts" form, per kind (head, hands, heart); residents may also write their own.';
create index gift_types_kind_idx on public.gift_types (kind, sort_order);
alter table public.gift_types enable row level security;
create policy "Anyone can read the gift types" on public.gift_types
  for select to anon, authenticated using (true);

insert into public.gift_types (code, kind, label, sort_order) values
  ('teaching', 'head', 'Teaching or tutoring', 10),
  ('languages', 'head', 'Speaking another language', 20),
  ('computers', 'head', 'Computers, phones and the internet', 30),
  ('forms_and_money', 'head', 'Forms, budgeting and money', 40),
  ('local_history', 'head', 'Local history', 50),
  ('first_aid', 'head', 'First aid', 60),
  ('cooking', 'hands', 'Cooking and baking', 10),
  ('gardening', 'hands', 'Gardening', 20),
  ('repairs', 'hands', 'DIY and repairs', 30),
  ('crafts', 'hands', 'Sewing, knitting and crafts', 40),
  ('driving', 'hands', 'Driving and giving lifts', 50),
  ('music', 'hands', 'Playing music', 60),
  ('sport', 'hands', 'Sport and exercise', 70),
  ('befriending', 'heart', 'Listening and befriending', 10),
  ('older_people', 'heart', 'Older people', 20),
  ('young_people', 'heart', 'Children and young people', 30),
  ('environment', 'heart', 'Nature and green spaces', 40),
  ('animals', 'heart', 'Animals', 50),
  ('welcoming', 'heart', 'Welcoming newcomers', 60),
  ('neighbourhood', 'heart', 'Making my neighbourhood better', 70);

-- The words a resident agreed to, by version, so a consent always says exactly what was agreed.
-- The app shows the same words (src/core/residents/consent-purpose.ts; a database test compares).
create table public.consent_wordings (
  purpose public.consent_purpose not null,
  version text not null check (version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  wording text not null check (char_length(wording) between 1 and 1000),
  published_at timestamptz not null default now(),
  primary key (purpose, version)
);
comment on table public.consent_wordings is
  'The wording of each consent purpose, by version (a date); consents name the version agreed to.';
alter table public.consent_wordings enable row level security;
create policy "Anyone can read consent wordings" on public.consent_wordings
  for select to anon, authenticated using (true);

insert into public.consent_wordings (purpose, version, wording) values
  ('contact_by_builder', '2026-11-23',
   'A community builder may contact me about my offer, in the way I chose.'),
  ('counted_on_map', '2026-11-23',
   'I may be counted, with others, in the number of people offering gifts in my ward on the public map. I am never shown as a point, and a ward with fewer than 5 people is counted only in its district''s total.'),
  ('share_with_partners', '2026-11-23',
   'My offer and how to contact me may be shared with the programme''s named partners: Essex County Council and the Council for Voluntary Service in my district.');

create table public.residents (
  resident_id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id) on delete cascade,
  display_name text not null check (char_length(btrim(display_name)) between 1 and 80),
  status public.resident_status not null default 'pending',
  status_reason text check (char_length(status_reason) <= 500),
  reviewed_by uuid references auth.users (id) on delete set null,
  reviewed_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  ward_code text references public.wards (ward_code) on delete set null,
  postcode_sector text check (postcode_sector ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$'),
  area_point extensions.geometry(Point, 4326),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  confirmed_at timestamptz,
  constraint residents_rejected_with_reason
    check (status <> 'rejected' or char_length(btrim(coalesce(status_reason, ''))) > 0)
);
comment on table public.residents is
  'A resident''s offer of their gifts: the name they gave, its review status, and only a coarsened area (never the home point, which is in resident_home_points).';
comment on column public.residents.user_id is
  'The resident''s account, once they signed in by email link (link_my_offers); null until then and for offers recorded on someone''s behalf.';
comment on column public.residents.created_by is
  'The builder who recorded the offer on the resident''s behalf (paper form, phone call); null when the resident sent it.';
comment on column public.residents.postcode_sector is 'The postcode sector (e.g. CM1 1): about 3,000 addresses.';
comment on column public.residents.area_point is
  'coarsened location: the centroid of the postcode sector''s postcodes, or the ward''s label point when the sector has fewer than 10 postcodes; never the home point.';
comment on column public.residents.confirmed_at is
  'When the resident confirmed the offer by signing in with the email link (or a builder recorded it with them); unconfirmed offers are deleted after 90 days.';
create index residents_user_id_idx on public.residents (user_id);
create index residents_reviewed_by_idx on public.residents (reviewed_by);
create index residents_created_by_idx on public.residents (created_by);
create index residents_ward_code_idx on public.residents (ward_code);
create index residents_status_idx on public.residents (status);
create index residents_unconfirmed_idx on public.residents (created_at) where confirmed_at is null;
create index residents_area_point_idx on public.residents using gist (area_point);
alter table public.residents enable row level security;

create policy "Residents can read their own offers" on public.residents
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Builders and admins can read every offer" on public.residents
  for select to authenticated using ((select private.has_any_role('{builder,admin}')));
create policy "Builders and admins can review offers" on public.residents
  for update to authenticated
  using ((select private.has_any_role('{builder,admin}')))
  with check ((select private.has_any_role('{builder,admin}')));

-- Contact details: the resident, admins, and builders while the resident consents to be contacted.
create table public.resident_contacts (
  resident_id uuid primary key references public.residents (resident_id) on delete cascade,
  email text check (char_length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  phone text check (phone ~ '^\+?[0-9]{7,15}$'),
  preferred_contact text check (preferred_contact in ('email', 'phone', 'text')),
  constraint resident_contacts_email_is_lower_case check (email = lower(email))
);
comment on table public.resident_contacts is
  'How to contact a resident (private): read by the resident, admins, and builders while the resident consents to be contacted by one.';
create index resident_contacts_email_idx on public.resident_contacts (email);
alter table public.resident_contacts enable row level security;

-- The home point: its own table, readable by the resident and admins only.
create table public.resident_home_points (
  resident_id uuid primary key references public.residents (resident_id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  point extensions.geometry(Point, 4326) not null,
  postcode text not null check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$')
);
comment on table public.resident_home_points is
  'Where a resident lives (their postcode''s centroid), for matching by distance bands: read only by the resident and admins.';
comment on column public.resident_home_points.point is
  'private location: the resident''s home postcode centroid; only the resident and admins read it, everyone else gets the area of public.residents.';
comment on column public.resident_home_points.user_id is
  'The resident''s account (kept equal to residents.user_id by link_my_offers); null until they sign in.';
create index resident_home_points_point_idx on public.resident_home_points using gist (point);
create index resident_home_points_user_id_idx on public.resident_home_points (user_id);
alter table public.resident_home_points enable row level security;

create table public.resident_gifts (
  gift_id uuid primary key default gen_random_uuid(),
  resident_id uuid not null references public.residents (resident_id) on delete cascade,
  kind public.gift_kind not null,
  gift_type text,
  description text not null default '' check (char_length(description) <= 200),
  created_at timestamptz not null default now(),
  foreign key (gift_type, kind) references public.gift_types (code, kind),
  constraint resident_gifts_named check (gift_type is not null or btrim(description) <> '')
);
comment on table public.resident_gifts is
  'A resident''s gifts: a gift type from the list, their own words, or both.';
create index resident_gifts_resident_id_idx on public.resident_gifts (resident_id);
create index resident_gifts_gift_type_kind_idx on public.resident_gifts (gift_type, kind);
alter table public.resident_gifts enable row level security;

create table public.resident_offer_preferences (
  resident_id uuid primary key references public.residents (resident_id) on delete cascade,
  activities public.offer_activity[] not null default '{}',
  availability text[] not null default '{}'
    check (availability <@ array['weekday_daytime', 'weekday_evening', 'weekend', 'flexible']),
  availability_note text not null default '' check (char_length(availability_note) <= 500),
  travel public.travel_range
);
comment on table public.resident_offer_preferences is
  'What a resident would like to do, when they are free and how far they would travel.';
alter table public.resident_offer_preferences enable row level security;

create table public.resident_consents (
  consent_id uuid primary key default gen_random_uuid(),
  resident_id uuid not null references public.residents (resident_id) on delete cascade,
  purpose public.consent_purpose not null,
  wording_version text not null,
  given_at timestamptz not null default now(),
  given_how public.consent_method not null,
  recorded_by uuid references auth.users (id) on delete set null,
  withdrawn_at timestamptz,
  foreign key (purpose, wording_version) references public.consent_wordings (purpose, version),
  constraint resident_consents_recorded_by_someone
    check (given_how = 'online' or recorded_by is not null),
  constraint resident_consents_withdrawn_after_given check (withdrawn_at >= given_at)
);
comment on table public.resident_consents is
  'What a resident agreed to, per purpose: the wording version, when, how (online, or verbally or on paper to the builder in recorded_by) and when withdrawn. Only what they ticked is recorded.';
create index resident_consents_resident_id_idx on public.resident_consents (resident_id);
create index resident_consents_wording_idx on public.resident_consents (purpose, wording_version);
create index resident_consents_recorded_by_idx on public.resident_consents (recorded_by);
create unique index resident_consents_one_active_idx on public.resident_consents (resident_id, purpose)
  where withdrawn_at is null;
alter table public.resident_consents enable row level security;

-- A resident's own rows: residents' own policy admits the caller's offers to the subquery.
create policy "Residents can read their own contact details" on public.resident_contacts
  for select to authenticated using (exists (
    select 1 from public.residents r
    where r.resident_id = resident_contacts.resident_id and r.user_id = (select auth.uid())));
create policy "Admins can read every contact detail" on public.resident_contacts
  for select to authenticated using ((select private.has_any_role('{admin}')));
create policy "Builders can read the contact details of residents who agreed to be contacted"
  on public.resident_contacts
  for select to authenticated
  using (
    (select private.has_any_role('{builder}'))
    and exists (
      select 1 from public.resident_consents c
      where c.resident_id = resident_contacts.resident_id
        and c.purpose = 'contact_by_builder' and c.withdrawn_at is null)
  );

create policy "Residents can read their own home point" on public.resident_home_points
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Admins can read every home point" on public.resident_home_points
  for select to authenticated using ((select private.has_any_role('{admin}')));

create policy "Residents can read their own gifts" on public.resident_gifts
  for select to authenticated using (exists (
    select 1 from public.residents r
    where r.resident_id = resident_gifts.resident_id and r.user_id = (select auth.uid())));
create policy "Builders and admins can read every gift" on public.resident_gifts
  for select to authenticated using ((select private.has_any_role('{builder,admin}')));

create policy "Residents can read their own preferences" on public.resident_offer_preferences
  for select to authenticated using (exists (
    select 1 from public.residents r
    where r.resident_id = resident_offer_preferences.resident_id and r.user_id = (select auth.uid())));
create policy "Builders and admins can read every offer's preferences" on public.resident_offer_preferences
  for select to authenticated using ((select private.has_any_role('{builder,admin}')));

create policy "Residents can read their own consents" on public.resident_consents
  for select to authenticated using (exists (
    select 1 from public.residents r
    where r.resident_id = resident_consents.resident_id and r.user_id = (select auth.uid())));
create policy "Builders and admins can read every consent" on public.resident_consents
  for select to authenticated using ((select private.has_any_role('{builder,admin}')));

-- Reads only; every write goes through the functions (and a builder's review of status).
revoke all on
  public.gift_types, public.consent_wordings, public.residents, public.resident_contacts,
  public.resident_home_points, public.resident_gifts, public.resident_offer_preferences,
  public.resident_consents
  from anon, authenticated;
grant select on public.gift_types, public.consent_wordings to anon, authenticated;
grant select on
  public.residents, public.resident_contacts, public.resident_home_points, public.resident_gifts,
  public.resident_offer_preferences, public.resident_consents
  to authenticated;
grant update (status, status_reason) on public.residents to authenticated;

-- A review is stamped by the database: who changed the status or its reason, and when.
create function private.stamp_resident_review() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if new.status is distinct from old.status or new.status_reason is distinct from old.status_reason then
    new.reviewed_by := (select auth.uid());
    new.reviewed_at := now();
  end if;
  new.updated_at := now();
  return new;
end
$$;
revoke execute on function private.stamp_resident_review() from public;

create trigger residents_stamp_review
  before update on public.residents
  for each row execute function private.stamp_resident_review();

create trigger residents_audit
  after insert or update or delete on public.residents
  for each row execute function private.record_audit('resident_id');
create trigger resident_contacts_audit
  after insert or update or delete on public.resident_contacts
  for each row execute function private.record_audit('resident_id');
create trigger resident_home_points_audit
  after insert or update or delete on public.resident_home_points
  for each row execute function private.record_audit('resident_id');
create trigger resident_gifts_audit
  after insert or update or delete on public.resident_gifts
  for each row execute function private.record_audit('gift_id');
create trigger resident_offer_preferences_audit
  after insert or update or delete on public.resident_offer_preferences
  for each row execute function private.record_audit('resident_id');
create trigger resident_consents_audit
  after insert or update or delete on public.resident_consents
  for each row execute function private.record_audit('consent_id');
