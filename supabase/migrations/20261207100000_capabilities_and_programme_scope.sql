-- Each permission once, and every right held in a programme.
--
-- What a role may do is named once, as a capability (private.capabilities: capability → roles);
-- policies, functions and the app ask `private.can(capability, programme, scope)` or, in a policy,
-- `programme_id = any ((select private.programmes_where(capability))::uuid[])`, which the planner runs once
-- per statement. A programme covers listed local authorities (public.programme_authorities; an
-- authority belongs to at most one programme, so no ward is in two), and the database gives each
-- asset and resident the programme that covers its ward. A membership may carry scopes (today: the
-- authority codes a partner works in); a null scope is the whole programme.
-- Existing rows and roles stay in the Essex programme, which covers every authority loaded so far.

create table public.programme_authorities (
  lad_code text primary key check (lad_code ~ '^[EWSN]0[6-9][0-9]{6}$'),
  programme_id uuid not null references public.programmes (programme_id) on delete cascade
);
comment on table public.programme_authorities is
  'The local authorities a programme covers; an authority is in at most one programme, so every ward has at most one.';
create index programme_authorities_programme_id_idx on public.programme_authorities (programme_id);
alter table public.programme_authorities enable row level security;
create policy "Anyone can read which authorities a programme covers" on public.programme_authorities
  for select to anon, authenticated using (true);
grant select on public.programme_authorities to anon, authenticated;
revoke insert, update, delete, truncate on public.programme_authorities from anon, authenticated;

insert into public.programme_authorities (lad_code, programme_id)
select distinct w.lad_code, '00000000-0000-4000-8000-000000000001'::uuid from public.wards w
on conflict (lad_code) do nothing;

-- The programme covering a ward; null for a ward no programme covers.
create function private.programme_of_ward(p_ward_code text) returns uuid
language sql stable security invoker set search_path = ''
as $$
  select pa.programme_id
  from public.wards w
  join public.programme_authorities pa on pa.lad_code = w.lad_code
  where w.ward_code = p_ward_code
$$;
revoke execute on function private.programme_of_ward(text) from public;
grant execute on function private.programme_of_ward(text) to anon, authenticated, service_role;

-- Before insert or update: a row in a covered ward belongs to that ward's programme, whatever the
-- writer asked for; a row with no ward keeps the programme it was given.
create function private.set_programme_from_ward() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  new.programme_id := coalesce(private.programme_of_ward(new.ward_code), new.programme_id);
  return new;
end
$$;
revoke execute on function private.set_programme_from_ward() from public;

-- Named to fire after assets_place_in_ward, which sets the ward (triggers fire in name order).
create trigger assets_set_programme before insert or update of ward_code, point, programme_id
  on public.assets for each row execute function private.set_programme_from_ward();

alter table public.residents add column programme_id uuid not null
  default '00000000-0000-4000-8000-000000000001'
  references public.programmes (programme_id) on delete cascade;
comment on column public.residents.programme_id is
  'The programme covering the resident''s ward (set by the database); its roles alone may read the offer.';
create index residents_programme_id_idx on public.residents (programme_id);
create trigger residents_set_programme before insert or update of ward_code, programme_id
  on public.residents for each row execute function private.set_programme_from_ward();

alter table public.audit_log add column programme_id uuid;
comment on column public.audit_log.programme_id is
  'The programme of the written or exported rows, when they have one; its admins read the entry.';
create index audit_log_programme_id_idx on public.audit_log (programme_id);

alter table public.memberships add column scopes text[]
  check (scopes is null or cardinality(scopes) between 1 and 100);
comment on column public.memberships.scopes is
  'Where in the programme the role applies (today: the authority codes a partner works in); null for the whole programme.';

-- Capabilities: the one place that says which roles may do what.
create table private.capabilities (
  capability text not null check (capability ~ '^[a-z_]{2,60}$'),
  role public.app_role not null,
  primary key (capability, role)
);
comment on table private.capabilities is
  'What each role may do, by name; policies, functions (private.can) and the app (public.my_capabilities) read only this.';
alter table private.capabilities enable row level security;

insert into private.capabilities (capability, role) values
  -- Assets: read every asset (pending, rejected, archived), its contact, reports, links and
  -- duplicates; approve, reject, merge and tidy.
  ('review_assets', 'builder'), ('review_assets', 'lead'), ('review_assets', 'admin'),
  -- Add assets approved at once, edit and move them, tag them to workshops.
  ('edit_assets', 'builder'), ('edit_assets', 'admin'),
  ('delete_assets', 'admin'),
  -- Sensitive places (refuges): see them, and add, edit or mark them.
  ('see_sensitive_places', 'safeguarding'), ('see_sensitive_places', 'admin'),
  ('curate_sensitive_places', 'safeguarding'), ('curate_sensitive_places', 'admin'),
  -- Make a sensitive place public again.
  ('unmark_sensitive_places', 'admin'),
  ('run_workshops', 'builder'), ('run_workshops', 'admin'),
  ('delete_workshops', 'admin'),
  -- Residents: read and review offers, gifts, preferences and consents; record offers for people.
  ('review_residents', 'builder'), ('review_residents', 'admin'),
  -- Contact details of residents who agreed to be contacted by a builder.
  ('contact_consenting_residents', 'builder'),
  -- Every resident's contact details and home point (data-protection requests).
  ('read_resident_private_details', 'admin'),
  ('erase_residents', 'admin'),
  ('match_residents', 'builder'), ('match_residents', 'admin'),
  ('link_people', 'builder'), ('link_people', 'admin'),
  -- Residents who agreed to share their offer with the programme's partners (scoped by district).
  ('read_shared_residents', 'partner'),
  ('manage_roles', 'admin'),
  ('edit_taxonomy', 'admin'),
  ('read_audit_log', 'admin'),
  -- Gap analysis and its downloads.
  ('analyse_gaps', 'lead'), ('analyse_gaps', 'builder'), ('analyse_gaps', 'admin');

-- True when the acting person holds a role with this capability in this programme (and, for a
-- scoped membership, in this scope). security definer: memberships and capabilities are not
-- readable by everyone, and policies on memberships would otherwise recurse.
create function private.can(p_capability text, p_programme_id uuid, p_scope text default null)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1
    from public.memberships m
    join private.capabilities c on c.role = m.role
    where m.user_id = (select auth.uid())
      and m.programme_id = p_programme_id
      and c.capability = p_capability
      and (m.scopes is null or p_scope = any (m.scopes))
  )
$$;
revoke execute on function private.can(text, uuid, text) from public;
grant execute on function private.can(text, uuid, text) to anon, authenticated, service_role;
comment on function private.can(text, uuid, text) is
  'Whether the acting person may do this in this programme (and scope). Security definer: it reads memberships and private.capabilities, which callers cannot read, and returns only a yes or no about the caller.';

-- The programmes in which the acting person has a capability over the whole programme, for
-- policies: `programme_id = any ((select private.programmes_where('…')))` runs once per statement
-- instead of once per row. Scoped memberships do not count here; scoped checks call can().
create function private.programmes_where(p_capability text) returns uuid[]
language sql stable security definer set search_path = ''
as $$
  select coalesce(array_agg(distinct m.programme_id), '{}')
  from public.memberships m
  join private.capabilities c on c.role = m.role
  where m.user_id = (select auth.uid()) and c.capability = p_capability and m.scopes is null
$$;
revoke execute on function private.programmes_where(text) from public;
grant execute on function private.programmes_where(text) to anon, authenticated, service_role;
comment on function private.programmes_where(text) is
  'The programmes where the acting person may do this everywhere, for policies. Security definer: it reads memberships and private.capabilities, which callers cannot read, and returns only the caller''s own programmes.';

-- What the app may offer the acting person: one row per programme and capability.
-- security definer: private.capabilities is not exposed; it returns only the caller's own rights.
create function public.my_capabilities()
returns table (programme_id uuid, capability text, scopes text[])
language sql stable security definer set search_path = ''
as $$
  select m.programme_id, c.capability,
    case when bool_or(m.scopes is null) then null
      else array_agg(distinct s.scope order by s.scope) end
  from public.memberships m
  join private.capabilities c on c.role = m.role
  left join lateral unnest(m.scopes) s (scope) on true
  where m.user_id = (select auth.uid())
  group by m.programme_id, c.capability
  order by m.programme_id, c.capability
$$;
comment on function public.my_capabilities() is
  'The acting person''s capabilities per programme (scopes null for the whole programme), for showing and hiding what the app offers; the database checks every action again.';
revoke execute on function public.my_capabilities() from public;
grant execute on function public.my_capabilities() to anon, authenticated;
