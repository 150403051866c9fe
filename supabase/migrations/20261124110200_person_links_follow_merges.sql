-- When a duplicate asset is merged into the one kept (merge_assets archives it with merged_into
-- set), the people connected to the duplicate move to the kept asset, as its connections to
-- other assets do; a link the kept asset already has (same person, same relation) goes instead.

-- security definer: network leads may merge assets but may not see residents (so Row Level
-- Security would hide the links from them, and leave them on the archived duplicate). It only
-- moves links from the merged asset to the one it was merged into, and reads nothing back.
create function private.move_person_links_on_merge() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  delete from public.resident_asset_links l
  where l.asset_id = new.asset_id and exists (
    select 1 from public.resident_asset_links k
    where k.asset_id = new.merged_into and k.resident_id = l.resident_id and k.relation = l.relation);
  update public.resident_asset_links l set asset_id = new.merged_into where l.asset_id = new.asset_id;
  return null;
end
$$;
comment on function private.move_person_links_on_merge() is
  'Trigger: moves people''s links from an asset merged into another to the one kept. Security definer because leads merge assets but cannot see residents; it only moves links between the two assets.';
revoke execute on function private.move_person_links_on_merge() from public;

create trigger assets_move_person_links_on_merge
  after update of merged_into on public.assets
  for each row when (new.merged_into is not null and old.merged_into is distinct from new.merged_into)
  execute function private.move_person_links_on_merge();
