-- Live changes: everyone in a workshop (or on the map) sees new and changed pins without
-- reloading. Local mode listens on the channel 'asset_changes' (PGliteWorker passes each
-- notification to every tab); connected mode uses Supabase Realtime's postgres_changes on
-- public.assets, which applies Row Level Security to each subscriber.
--
-- A notification carries ids only, never content: NOTIFY bypasses Row Level Security, so a tab
-- that hears one reads the asset again through the API, as its own user.

create function private.notify_asset_change() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  perform pg_notify('asset_changes', json_build_object(
    'type', case tg_op when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end,
    'asset_id', case tg_op when 'DELETE' then old.asset_id else new.asset_id end,
    'workshop_id', case tg_op when 'DELETE' then old.workshop_id else new.workshop_id end
  )::text);
  return null;
end
$$;
revoke execute on function private.notify_asset_change() from public;

create trigger assets_notify_change
  after insert or update or delete on public.assets
  for each row execute function private.notify_asset_change();

-- Supabase Realtime streams the tables in its publication; plain Postgres and PGlite have none.
do $$
begin
  if exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    alter publication supabase_realtime add table public.assets;
  end if;
end
$$;
