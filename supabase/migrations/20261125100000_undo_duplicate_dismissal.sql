-- "Not a duplicate" can be taken back. A reviewer who pressed it by mistake, or a colleague who
-- finds that the two records were one place after all, restores the pair to the duplicate
-- candidates. The audit log keeps both the dismissal and its removal (who and when), so the
-- decision's history stays recorded even though the row goes. Builders, leads and admins may
-- restore a pair of assets they can see: the same people who may dismiss one.

create policy "Builders, leads and admins can restore dismissed pairs of visible assets" on public.duplicate_dismissals
  for delete to authenticated using (
    (select private.has_any_role('{builder,lead,admin}'))
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.first_asset_id)
    and exists (select 1 from public.assets a where a.asset_id = duplicate_dismissals.second_asset_id)
  );
grant delete on public.duplicate_dismissals to authenticated;

-- Offers two assets (in either order) as possible duplicates again; restoring a pair that is not
-- dismissed changes nothing, as dismissing one twice does.
create function public.restore_duplicate_pair(p_first_id uuid, p_second_id uuid)
returns void
language plpgsql security invoker set search_path = ''
as $$
begin
  if not (select private.has_any_role('{builder,lead,admin}')) then
    raise exception 'Only community builders, network leads and administrators review duplicates.'
      using errcode = '42501';
  end if;
  if p_first_id is null or p_second_id is null or p_first_id = p_second_id then
    raise exception 'Name two different assets.' using errcode = '22023';
  end if;
  delete from public.duplicate_dismissals d
  where d.first_asset_id = least(p_first_id, p_second_id)
    and d.second_asset_id = greatest(p_first_id, p_second_id);
end
$$;
comment on function public.restore_duplicate_pair(uuid, uuid) is
  'Takes back "not a duplicate" for two assets (builders, leads, admins who see both), so the pair may be offered as duplicate candidates again; security invoker.';
revoke execute on function public.restore_duplicate_pair(uuid, uuid) from public, anon;
grant execute on function public.restore_duplicate_pair(uuid, uuid) to authenticated;
