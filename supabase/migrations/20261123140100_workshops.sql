-- Workshops: a builder opens a mapping session (name, place, date) and gets a short join code;
-- people join with the code, see each other's new pins appear live (20261123140500), and every
-- asset captured there is tagged to the workshop (assets.workshop_id). Builders, leads and admins
-- read every workshop; anyone else reads the ones they joined.

create table public.workshops (
  workshop_id uuid primary key default gen_random_uuid(),
  programme_id uuid not null default '00000000-0000-4000-8000-000000000001'
    references public.programmes (programme_id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 200),
  place text not null check (char_length(btrim(place)) between 1 and 200),
  held_on date not null,
  -- Six characters from an alphabet with no 0/O or 1/I, shown as K7P-2QD; stored without the dash.
  join_code text not null unique check (join_code ~ '^[2-9A-HJ-NP-Z]{6}$'),
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now()
);
comment on table public.workshops is
  'Asset-mapping sessions with a join code; the assets captured in one carry its workshop_id.';
create index workshops_programme_id_idx on public.workshops (programme_id);
create index workshops_created_by_idx on public.workshops (created_by);
alter table public.workshops enable row level security;

create table public.workshop_participants (
  participant_id uuid primary key default gen_random_uuid(),
  workshop_id uuid not null references public.workshops (workshop_id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  joined_at timestamptz not null default now(),
  unique (workshop_id, user_id)
);
comment on table public.workshop_participants is
  'Who joined which workshop (with its code, or by opening it): they see its workshop and the assets captured in it.';
create index workshop_participants_user_id_idx on public.workshop_participants (user_id);
alter table public.workshop_participants enable row level security;

-- True when the caller joined the workshop. Security definer because the workshops' policy asks
-- it while the participants' policies ask about workshops, and Postgres refuses a policy that
-- reaches its own table again; it reads only the caller's own rows (auth.uid()) and returns a
-- boolean.
create function private.has_joined_workshop(p_workshop_id uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.workshop_participants p
    where p.workshop_id = p_workshop_id and p.user_id = (select auth.uid())
  )
$$;
comment on function private.has_joined_workshop(uuid) is
  'True when the caller joined the workshop. Security definer so that the policies on workshops and workshop_participants do not recurse into each other; it reads only the caller''s own participation.';
revoke execute on function private.has_joined_workshop(uuid) from public;
grant execute on function private.has_joined_workshop(uuid) to authenticated, service_role;

create policy "Builders, leads and admins can read every workshop" on public.workshops
  for select to authenticated using ((select private.has_any_role('{builder,lead,admin}')));
create policy "Participants can read the workshops they joined" on public.workshops
  for select to authenticated using (private.has_joined_workshop(workshop_id));
create policy "Builders and admins can open workshops" on public.workshops
  for insert to authenticated
  with check (created_by = (select auth.uid()) and (select private.has_any_role('{builder,admin}')));
create policy "Admins can delete workshops" on public.workshops
  for delete to authenticated using ((select private.has_any_role('{admin}')));

create policy "People can read their own workshop places" on public.workshop_participants
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Builders, leads and admins can read all participants" on public.workshop_participants
  for select to authenticated using ((select private.has_any_role('{builder,lead,admin}')));
-- Joining by code goes through join_workshop (the code is the key to a workshop one cannot read
-- yet); the person who opens a workshop joins it here, in create_workshop.
create policy "People can join the workshops they opened" on public.workshop_participants
  for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and exists (
      select 1 from public.workshops w
      where w.workshop_id = workshop_participants.workshop_id and w.created_by = (select auth.uid())
    )
  );
create policy "People can leave workshops" on public.workshop_participants
  for delete to authenticated using (user_id = (select auth.uid()));

revoke all on public.workshops, public.workshop_participants from anon, authenticated;
grant select, insert, delete on public.workshops, public.workshop_participants to authenticated;

create trigger workshops_audit
  after insert or update or delete on public.workshops
  for each row execute function private.record_audit('workshop_id');
create trigger workshop_participants_audit
  after insert or update or delete on public.workshop_participants
  for each row execute function private.record_audit('participant_id');

-- Wrong join codes per person, to slow down guessing (32^6 codes); read and written only by
-- join_workshop, in a schema the API does not expose.
create table private.workshop_join_failures (
  user_id uuid not null references auth.users (id) on delete cascade,
  failed_at timestamptz not null default now()
);
comment on table private.workshop_join_failures is
  'Wrong join codes typed by each person in the last while: join_workshop refuses after 20 in an hour.';
create index workshop_join_failures_user_id_idx on private.workshop_join_failures (user_id, failed_at);
alter table private.workshop_join_failures enable row level security;
revoke all on private.workshop_join_failures from public, anon, authenticated;

-- A random join code: six characters from 32 (no 0/O, 1/I). The first six bytes of a version 4
-- uuid are random, and 256 is a multiple of 32, so every character is equally likely.
create function private.new_join_code() returns text
language sql volatile security invoker set search_path = ''
as $$
  select string_agg(
    substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', get_byte(r.bytes, i) % 32 + 1, 1), '' order by i)
  from (select uuid_send(gen_random_uuid()) as bytes) r, generate_series(0, 5) as i
$$;
revoke execute on function private.new_join_code() from public;
grant execute on function private.new_join_code() to authenticated, service_role;

-- What people type, as stored: case, spaces and dashes ignored ("k7p 2qd" → "K7P2QD").
create function private.normalise_join_code(p_code text) returns text
language sql immutable security invoker set search_path = ''
as $$
  select upper(regexp_replace(coalesce(p_code, ''), '[^0-9A-Za-z]', '', 'g'))
$$;
revoke execute on function private.normalise_join_code(text) from public;
grant execute on function private.normalise_join_code(text) to authenticated, service_role;

-- What the app reads: the join code as people say it (K7P-2QD).
create view public.workshop_list with (security_invoker = true) as
select
  w.workshop_id,
  w.name,
  w.place,
  w.held_on,
  substr(w.join_code, 1, 3) || '-' || substr(w.join_code, 4, 3) as join_code,
  w.created_at
from public.workshops w;
comment on view public.workshop_list is 'Workshops the viewer may see, with the join code as K7P-2QD.';
revoke all on public.workshop_list from anon, authenticated;
grant select on public.workshop_list to authenticated;

-- Opens a workshop with a fresh join code; the person who opens it joins it.
create function public.create_workshop(p_name text, p_place text, p_held_on date)
returns setof public.workshop_list
language plpgsql security invoker set search_path = ''
as $$
declare
  v_workshop_id uuid;
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and administrators can open a workshop.'
      using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(p_name, ''))) not between 1 and 200 then
    raise exception 'Give the workshop a name of 1 to 200 characters.' using errcode = '22023';
  end if;
  if char_length(btrim(coalesce(p_place, ''))) not between 1 and 200 then
    raise exception 'Say where the workshop is held (1 to 200 characters).' using errcode = '22023';
  end if;
  if p_held_on is null then
    raise exception 'Say on which day the workshop is held.' using errcode = '22023';
  end if;
  for attempt in 1..5 loop
    begin
      insert into public.workshops (name, place, held_on, join_code, created_by)
      values (btrim(p_name), btrim(p_place), p_held_on, private.new_join_code(), (select auth.uid()))
      returning workshop_id into v_workshop_id;
      exit;
    exception when unique_violation then
      -- Two workshops drew the same code (about one in a billion): draw again.
      if attempt = 5 then
        raise;
      end if;
    end;
  end loop;
  insert into public.workshop_participants (workshop_id, user_id)
  values (v_workshop_id, (select auth.uid()));
  return query select l.* from public.workshop_list l where l.workshop_id = v_workshop_id;
end
$$;
comment on function public.create_workshop(text, text, date) is
  'Opens a workshop with a fresh join code (builders and admins); security invoker, so Row Level Security decides.';
revoke execute on function public.create_workshop(text, text, date) from public, anon;
grant execute on function public.create_workshop(text, text, date) to authenticated;

-- Joins the workshop with the code (case, spaces and dashes ignored) and returns it; returns
-- nothing when no workshop has the code. Joining twice is the same as joining once.
create function public.join_workshop(p_code text)
returns setof public.workshop_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_user_id uuid := (select auth.uid());
  v_workshop_id uuid;
begin
  if v_user_id is null then
    raise exception 'Sign in to join a workshop.' using errcode = '42501';
  end if;
  if (
    select count(*) from private.workshop_join_failures f
    where f.user_id = v_user_id and f.failed_at > now() - interval '1 hour'
  ) >= 20 then
    raise exception 'That is too many wrong workshop codes for one hour.'
      using errcode = 'P0429', hint = 'Check the code with the workshop''s host, and try again later.';
  end if;
  select w.workshop_id into v_workshop_id
  from public.workshops w where w.join_code = private.normalise_join_code(p_code);
  if v_workshop_id is null then
    insert into private.workshop_join_failures (user_id) values (v_user_id);
    delete from private.workshop_join_failures f
    where f.user_id = v_user_id and f.failed_at < now() - interval '1 day';
    return;
  end if;
  insert into public.workshop_participants (workshop_id, user_id)
  values (v_workshop_id, v_user_id)
  on conflict (workshop_id, user_id) do nothing;
  return query select l.* from public.workshop_list l where l.workshop_id = v_workshop_id;
end
$$;
comment on function public.join_workshop(text) is
  'Joins a workshop by its code. Security definer because the code is the key: a person cannot read a workshop before joining it. It adds only the caller (auth.uid()), returns only the workshop whose code was given, and refuses after 20 wrong codes in an hour.';
revoke execute on function public.join_workshop(text) from public, anon;
grant execute on function public.join_workshop(text) to authenticated;

-- Assets captured in a workshop are tagged to it; its participants see them (pending ones too),
-- so that everyone in the room sees each other's new pins. Only people who may see a workshop
-- (its participants; builders, leads and admins) tag an asset to it. Editors change a tag only by
-- merging assets (merge_assets), and they see every workshop.
alter table public.assets
  add column workshop_id uuid references public.workshops (workshop_id) on delete set null;
comment on column public.assets.workshop_id is 'The workshop the asset was captured in, if any.';
create index assets_workshop_id_idx on public.assets (workshop_id);

create policy "Participants can read the assets captured in their workshops" on public.assets
  for select to authenticated using (
    workshop_id is not null and exists (
      select 1 from public.workshop_participants p
      where p.workshop_id = assets.workshop_id and p.user_id = (select auth.uid())
    )
  );
create policy "Assets are tagged only to workshops the person can see" on public.assets
  as restrictive for insert to authenticated
  with check (
    workshop_id is null
    or exists (select 1 from public.workshops w where w.workshop_id = assets.workshop_id)
  );
