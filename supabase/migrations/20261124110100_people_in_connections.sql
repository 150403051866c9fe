-- People in connections (issue 4, item 8): "a person appears in a connection only by display name,
-- to those allowed to see them, and never as a location". A builder links an approved resident
-- (the person) to an asset: a member of a group, a volunteer at a place, someone who runs it.
--
-- Who sees a person's link is who may see the resident (residents' own policies: builders and
-- admins, and the resident their own), through Row Level Security on both ends, and only by
-- display name: person_link_list has no location column, and a person is never an asset, so
-- never a pin. Everyone else, anon included, sees an asset's connections to other assets only
-- (asset_link_list), and not even a count of people: a count is public only with the residents'
-- 'counted_on_map' consent, per ward, and at 5 or more (resident_counts_by_area).
--
-- Erasing a resident (erase_my_data, erase_resident) deletes the residents row, and its links go
-- with it (on delete cascade); the audit log keeps only that a link id was deleted.

create type public.person_relation as enum ('member_of', 'volunteers_at', 'runs');
comment on type public.person_relation is
  'How a person is connected to an asset, read "person relation asset": is a member of, volunteers at, runs.';

create table public.resident_asset_links (
  link_id uuid primary key default gen_random_uuid(),
  resident_id uuid not null references public.residents (resident_id) on delete cascade,
  asset_id uuid not null references public.assets (asset_id) on delete cascade,
  relation public.person_relation not null,
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  unique (resident_id, asset_id, relation)
);
comment on table public.resident_asset_links is
  'A person (an approved resident) connected to an asset: member_of, volunteers_at, runs. Seen only by those who may see the resident, by display name; erased with the resident.';
create index resident_asset_links_asset_id_idx on public.resident_asset_links (asset_id);
create index resident_asset_links_created_by_idx on public.resident_asset_links (created_by);
alter table public.resident_asset_links enable row level security;

-- The residents and assets policies decide inside these subqueries (security invoker).
create policy "Builders and admins can read people's links to assets they can see"
  on public.resident_asset_links
  for select to authenticated using (
    (select private.has_any_role('{builder,admin}'))
    and exists (select 1 from public.residents r where r.resident_id = resident_asset_links.resident_id)
    and exists (select 1 from public.assets a where a.asset_id = resident_asset_links.asset_id)
  );
create policy "Residents can read their own links to assets" on public.resident_asset_links
  for select to authenticated using (
    exists (
      select 1 from public.residents r
      where r.resident_id = resident_asset_links.resident_id and r.user_id = (select auth.uid()))
    and exists (select 1 from public.assets a where a.asset_id = resident_asset_links.asset_id)
  );
create policy "Builders and admins can link approved residents to assets they can see"
  on public.resident_asset_links
  for insert to authenticated with check (
    created_by = (select auth.uid())
    and (select private.has_any_role('{builder,admin}'))
    and exists (
      select 1 from public.residents r
      where r.resident_id = resident_asset_links.resident_id and r.status = 'approved')
    and exists (select 1 from public.assets a where a.asset_id = resident_asset_links.asset_id)
  );
create policy "Builders and admins can remove people's links" on public.resident_asset_links
  for delete to authenticated using ((select private.has_any_role('{builder,admin}')));

revoke all on public.resident_asset_links from anon, authenticated;
grant select, insert, delete on public.resident_asset_links to authenticated;

create trigger resident_asset_links_audit
  after insert or update or delete on public.resident_asset_links
  for each row execute function private.record_audit('link_id');

-- What a connections panel reads of people: the display name and the asset's name, nothing of
-- where the person lives. Inner joins: both ends must be visible to the viewer. A resident no
-- longer approved drops out of the list (their links stay until removed or erased).
create view public.person_link_list with (security_invoker = true) as
select
  l.link_id,
  l.resident_id,
  l.asset_id,
  l.relation,
  r.display_name,
  a.name as asset_name,
  l.created_at
from public.resident_asset_links l
join public.residents r on r.resident_id = l.resident_id and r.status = 'approved'
join public.assets a on a.asset_id = l.asset_id;
comment on view public.person_link_list is
  'People connected to assets, by display name only (never a location), as the viewer may see both.';
revoke all on public.person_link_list from anon, authenticated;
grant select on public.person_link_list to authenticated;

-- Links a person to an asset; linking them the same way again returns the existing link.
create function public.link_person_to_asset(
  p_resident_id uuid,
  p_asset_id uuid,
  p_relation public.person_relation
) returns setof public.person_link_list
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and administrators can connect a person to an asset.'
      using errcode = '42501';
  end if;
  if p_relation is null then
    raise exception 'Say how the person is connected to the asset.' using errcode = '22023';
  end if;
  if not exists (
    select 1 from public.residents r where r.resident_id = p_resident_id and r.status = 'approved')
  then
    raise exception 'There is no approved resident with that id: approve their offer first.'
      using errcode = 'P0002';
  end if;
  if not exists (select 1 from public.assets a where a.asset_id = p_asset_id) then
    raise exception 'There is no asset with that id.' using errcode = 'P0002';
  end if;
  insert into public.resident_asset_links (resident_id, asset_id, relation, created_by)
  values (p_resident_id, p_asset_id, p_relation, (select auth.uid()))
  on conflict (resident_id, asset_id, relation) do nothing;
  return query select v.* from public.person_link_list v
    where v.resident_id = p_resident_id and v.asset_id = p_asset_id and v.relation = p_relation;
end
$$;
comment on function public.link_person_to_asset(uuid, uuid, public.person_relation) is
  'Connects an approved resident to an asset the caller can see (builders, admins); security invoker.';
revoke execute on function public.link_person_to_asset(uuid, uuid, public.person_relation) from public, anon, authenticated;
grant execute on function public.link_person_to_asset(uuid, uuid, public.person_relation) to authenticated;

create function public.unlink_person(p_link_id uuid) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and administrators can remove a person''s connection.'
      using errcode = '42501';
  end if;
  delete from public.resident_asset_links l where l.link_id = p_link_id;
  if not found then
    raise exception 'There is no connection with that id.' using errcode = 'P0002';
  end if;
end
$$;
comment on function public.unlink_person(uuid) is
  'Removes a person''s connection to an asset (builders, admins); security invoker.';
revoke execute on function public.unlink_person(uuid) from public, anon, authenticated;
grant execute on function public.unlink_person(uuid) to authenticated;

-- Finding the person to link, by name: approved residents only, with their ward to tell two of
-- the same name apart; never a point. At most 20, for a picker.
create function public.find_people_to_link(p_name text)
returns table (resident_id uuid, display_name text, ward_name text)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
begin
  if not (select private.has_any_role('{builder,admin}')) then
    raise exception 'Only community builders and administrators can find people to connect.'
      using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(p_name, ''))) < 2 then
    return;
  end if;
  return query
  select r.resident_id, r.display_name, w.ward_name
  from public.residents r
  left join public.wards w on w.ward_code = r.ward_code
  where r.status = 'approved'
    and strpos(lower(r.display_name), lower(btrim(p_name))) > 0
  order by r.display_name, w.ward_name, r.resident_id
  limit 20;
end
$$;
comment on function public.find_people_to_link(text) is
  'Builders and admins: approved residents whose display name contains the text (2 characters or more), with their ward, at most 20; security invoker, so the residents'' policies decide.';
revoke execute on function public.find_people_to_link(text) from public, anon, authenticated;
grant execute on function public.find_people_to_link(text) to authenticated;
