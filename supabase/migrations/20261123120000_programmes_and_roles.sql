-- Programmes and role memberships: who may do what is a row in public.memberships, checked by
-- security definer helpers in schema `private` (not exposed through the API).
-- PostGIS lives in schema `extensions`, as on Supabase.

create extension if not exists postgis with schema extensions;

create schema if not exists private;
grant usage on schema private to anon, authenticated, service_role;

create type public.app_role as enum (
  'resident', 'builder', 'lead', 'coordinator', 'partner', 'safeguarding', 'admin'
);

create table public.programmes (
  programme_id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]{2,40}$'),
  name text not null check (char_length(name) between 1 and 200),
  created_at timestamptz not null default now()
);
comment on table public.programmes is 'A Strengthening Communities programme; the first release runs one, Essex.';
alter table public.programmes enable row level security;

create policy "Anyone can read programmes" on public.programmes
  for select to anon, authenticated using (true);

insert into public.programmes (programme_id, slug, name)
values ('00000000-0000-4000-8000-000000000001', 'essex', 'Essex Strengthening Communities');

create table public.memberships (
  membership_id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.app_role not null,
  granted_at timestamptz not null default now(),
  unique (user_id, programme_id, role)
);
comment on table public.memberships is 'The roles a person holds in a programme; a person can hold several.';
create index memberships_programme_id_idx on public.memberships (programme_id);
alter table public.memberships enable row level security;

-- True when the acting user holds any of the given roles in any programme.
-- security definer: policies on memberships itself would otherwise recurse into this check.
create function private.has_any_role(roles public.app_role[]) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.role = any (roles)
  )
$$;
revoke execute on function private.has_any_role(public.app_role[]) from public;
grant execute on function private.has_any_role(public.app_role[]) to anon, authenticated, service_role;

create policy "People can read their own memberships" on public.memberships
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Admins can read all memberships" on public.memberships
  for select to authenticated using ((select private.has_any_role('{admin}')));
create policy "Admins can grant roles" on public.memberships
  for insert to authenticated with check ((select private.has_any_role('{admin}')));
create policy "Admins can revoke roles" on public.memberships
  for delete to authenticated using ((select private.has_any_role('{admin}')));

revoke all on public.programmes, public.memberships from anon;
revoke insert, update, delete, truncate on public.programmes from authenticated;
revoke update, truncate on public.memberships from authenticated;

-- Migrations are applied by a privileged role; these keep Supabase's defaults from reaching
-- functions created later in this schema.
alter default privileges in schema public revoke execute on functions from public;
