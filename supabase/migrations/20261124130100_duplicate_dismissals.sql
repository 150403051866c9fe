-- "Not a duplicate" in the review queue (issue #4, item 5): a reviewer records that two assets
-- offered as possible duplicates are different, and that pair is never offered again, to anyone
-- in the programme; each asset still pairs with any other.
--
-- A dismissal names the two assets, not their names or places: a later rename or move that makes
-- them look alike again does not bring the pair back. The reviewer judged that the two records are
-- two things ("St Mary's Church" and "St Mary's Church Hall"); a new name does not make them one,
-- and a queue that re-offers pairs already decided teaches reviewers to ignore it. A true duplicate
-- made later (one record edited into a copy of the other) is still merged from the asset list.

create table public.duplicate_dismissals (
  dismissal_id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (programme_id) on delete cascade,
  -- The pair in id order, so that (a, b) and (b, a) are one row.
  first_asset_id uuid not null references public.assets (asset_id) on delete cascade,
  second_asset_id uuid not null references public.assets (asset_id) on delete cascade,
  dismissed_by uuid references auth.users (id) on delete set null default auth.uid(),
  dismissed_at timestamptz not null default now(),
  check (first_asset_id < second_asset_id),
  unique (first_asset_id, second_asset_id)
);
comment on table public.duplicate_dismissals is
  'Pairs of assets a reviewer said are not duplicates (who, when): never offered again as duplicate candidates.';
create index duplicate_dismissals_second_asset_id_idx on public.duplicate_dismissals (second_asset_id);
create index duplicate_dismissals_programme_id_idx on public.duplicate_dismissals (programme_id);
create index duplicate_dismissals_dismissed_by_idx on public.duplicate_dismissals (dismissed_by);
alter table public.duplicate_dismissals enable row level security;

create policy "Builders, leads and admins can read dismissed pairs of visible assets" on public.duplicate_dismissals
  for select to authenticated using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.first_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.second_asset_id)
  );
create policy "Builders, leads and admins can dismiss pairs of visible assets" on public.duplicate_dismissals
  for insert to authenticated with check (
    (select private.has_any_role('{builder,lead,admin}'))
    and dismissed_by = (select auth.uid())
    and exists (
      select 1 from public.assets a
      where a.asset_id = duplicate_dismissals.first_asset_id
        and a.programme_id = duplicate_dismissals.programme_id)
    and exists (
      select 1 from public.assets a
      where a.asset_id = duplicate_dismissals.second_asset_id
        and a.programme_id = duplicate_dismissals.programme_id)
  );
-- No update or delete policy: a decision stays recorded (the audit log says who made it).

revoke all on public.duplicate_dismissals from anon, authenticated;
grant select, insert on public.duplicate_dismissals to authenticated;

create trigger duplicate_dismissals_audit
  after insert or update or delete on public.duplicate_dismissals
  for each row execute function private.record_audit('dismissal_id');

-- Records "not a duplicate" for two assets (in either order); saying it again changes nothing.
create function public.dismiss_duplicate_pair(p_first_id uuid, p_second_id uuid)
returns void
language plpgsql security invoker set search_path = ''
as $$
declare
  v_programme_id uuid;
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators review duplicates.'
      using errcode = '42501';
  end if;
  if p_first_id is null or p_second_id is null or p_first_id = p_second_id then
    raise exception 'Name two different assets.' using errcode = '22023';
  end if;
  -- Through Row Level Security: only assets the reviewer sees, both in one programme.
  select min(a.programme_id::text)::uuid into v_programme_id
  from public.assets a where a.asset_id in (p_first_id, p_second_id)
  having count(*) = 2 and count(distinct a.programme_id) = 1;
  if v_programme_id is null then
    raise exception 'There is no such pair of assets.' using errcode = 'P0002';
  end if;
  insert into public.duplicate_dismissals (programme_id, first_asset_id, second_asset_id)
  values (v_programme_id, least(p_first_id, p_second_id), greatest(p_first_id, p_second_id))
  on conflict (first_asset_id, second_asset_id) do nothing;
end
$$;
comment on function public.dismiss_duplicate_pair(uuid, uuid) is
  'Records that two assets are not duplicates (builders, leads, admins), so the pair leaves the duplicate candidates for everyone; security invoker.';
revoke execute on function public.dismiss_duplicate_pair(uuid, uuid) from public, anon;
grant execute on function public.dismiss_duplicate_pair(uuid, uuid) to authenticated;

-- The pair finder again (20261123140700_duplicate_pairs_by_index.sql), now leaving out dismissed
-- pairs. It is security definer, so a dismissal leaves the queue of every reviewer, safeguarding
-- too, who may not read the dismissals themselves.
create or replace function private.live_asset_pairs_within(p_max_metres double precision)
returns table (first_id uuid, second_id uuid, metres double precision)
language plpgsql stable security definer set search_path = ''
as $$
declare
  v_with_sensitive boolean := (select private.has_any_role('{safeguarding,admin}'));
begin
  if not (select private.has_any_role('{builder,lead,admin,safeguarding}')) then
    raise exception 'Only community builders, network leads and administrators review assets.'
      using errcode = '42501';
  end if;
  return query
  select a.asset_id, b.asset_id,
    extensions.st_distance(a.point::extensions.geography, b.point::extensions.geography, false)
  from public.assets a
  join public.assets b
    on b.asset_id > a.asset_id
    -- The box (in degrees, a little larger than the radius at any latitude below 89°) lets the
    -- GiST index on point find the neighbours; the sphere decides.
    and b.point operator(extensions.&&) extensions.st_expand(
      a.point,
      p_max_metres / (111000 * greatest(cos(radians(extensions.st_y(a.point))), 0.01)),
      p_max_metres / 111000)
    and extensions.st_dwithin(a.point::extensions.geography, b.point::extensions.geography, p_max_metres, false)
  where a.status in ('pending', 'approved') and b.status in ('pending', 'approved')
    and (v_with_sensitive or not (a.is_sensitive or b.is_sensitive))
    -- Pairs are in id order here as in duplicate_dismissals, so the unique index answers.
    and not exists (
      select 1 from public.duplicate_dismissals d
      where d.first_asset_id = a.asset_id and d.second_asset_id = b.asset_id);
end
$$;
