-- Connections between assets, for ABCD connection maps: a group "meets at" a venue, an
-- institution "runs" a scheme, a club is a "member of" a network, two organisations "partner
-- with" each other. A link is seen only by people who can see both of its ends, so it never
-- reveals a place hidden from them. People (residents' gifts) are not assets and so never appear
-- here as a location; when residents' profiles exist, a person will join a connection by display
-- name only, under their own table's rules.

create type public.asset_relation as enum ('member_of', 'meets_at', 'runs', 'partners_with');

create table public.asset_links (
  link_id uuid primary key default gen_random_uuid(),
  from_asset_id uuid not null references public.assets (asset_id) on delete cascade,
  to_asset_id uuid not null references public.assets (asset_id) on delete cascade,
  relation public.asset_relation not null,
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  unique (from_asset_id, to_asset_id, relation),
  check (from_asset_id <> to_asset_id)
);
comment on table public.asset_links is
  'A connection from one asset to another (member_of, meets_at, runs, partners_with), read "from relation to".';
create index asset_links_to_asset_id_idx on public.asset_links (to_asset_id);
create index asset_links_created_by_idx on public.asset_links (created_by);
alter table public.asset_links enable row level security;

create policy "Anyone can read links between assets they can see" on public.asset_links
  for select to anon, authenticated using (
    exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = asset_links.to_asset_id)
  );
create policy "Builders, leads and admins can link visible assets" on public.asset_links
  for insert to authenticated with check (
    created_by = (select auth.uid())
    and (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = asset_links.to_asset_id)
  );
-- Links change only when merge_assets moves them from a duplicate to the asset kept.
create policy "Builders, leads and admins can move links of visible assets" on public.asset_links
  for update to authenticated
  using ((select private.has_any_role('{builder,lead,admin}')))
  with check (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = asset_links.from_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = asset_links.to_asset_id)
  );
create policy "Builders, leads and admins can remove links" on public.asset_links
  for delete to authenticated using ((select private.has_any_role('{builder,lead,admin}')));

revoke all on public.asset_links from anon, authenticated;
grant select on public.asset_links to anon;
grant select, insert, update, delete on public.asset_links to authenticated;

create trigger asset_links_audit
  after insert or update or delete on public.asset_links
  for each row execute function private.record_audit('link_id');

-- What a connections panel reads: both ends' names (inner joins, so both must be visible).
create view public.asset_link_list with (security_invoker = true) as
select
  l.link_id,
  l.from_asset_id,
  l.to_asset_id,
  l.relation,
  f.name as from_name,
  t.name as to_name,
  l.created_at
from public.asset_links l
join public.assets f on f.asset_id = l.from_asset_id
join public.assets t on t.asset_id = l.to_asset_id;
comment on view public.asset_link_list is 'Connections the viewer may see, with both assets'' names.';
revoke all on public.asset_link_list from anon, authenticated;
grant select on public.asset_link_list to anon, authenticated;

-- Links two assets; linking them the same way again returns the existing link.
create function public.link_assets(
  p_from_asset_id uuid,
  p_to_asset_id uuid,
  p_relation public.asset_relation
) returns setof public.asset_link_list
language plpgsql security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators can connect assets.'
      using errcode = '42501';
  end if;
  if p_relation is null then
    raise exception 'Say how the assets are connected.' using errcode = '22023';
  end if;
  if p_from_asset_id = p_to_asset_id then
    raise exception 'An asset cannot be connected to itself.' using errcode = '22023';
  end if;
  if not exists (select 1 from public.assets a where a.asset_id = p_from_asset_id)
    or not exists (select 1 from public.assets a where a.asset_id = p_to_asset_id) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  insert into public.asset_links (from_asset_id, to_asset_id, relation, created_by)
  values (p_from_asset_id, p_to_asset_id, p_relation, (select auth.uid()))
  on conflict (from_asset_id, to_asset_id, relation) do nothing;
  return query select v.* from public.asset_link_list v
    where v.from_asset_id = p_from_asset_id and v.to_asset_id = p_to_asset_id and v.relation = p_relation;
end
$$;
comment on function public.link_assets(uuid, uuid, public.asset_relation) is
  'Connects two assets the caller can see (builders, leads, admins); security invoker.';
revoke execute on function public.link_assets(uuid, uuid, public.asset_relation) from public, anon;
grant execute on function public.link_assets(uuid, uuid, public.asset_relation) to authenticated;

create function public.unlink_assets(p_link_id uuid) returns void
language plpgsql security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators can remove a connection.'
      using errcode = '42501';
  end if;
  delete from public.asset_links l where l.link_id = p_link_id;
  if not found then
    raise exception 'There is no connection with that id.' using errcode = 'P0002';
  end if;
end
$$;
comment on function public.unlink_assets(uuid) is
  'Removes a connection (builders, leads, admins); security invoker.';
revoke execute on function public.unlink_assets(uuid) from public, anon;
grant execute on function public.unlink_assets(uuid) to authenticated;
