-- The audit log: who wrote or exported what, and when. It records ids, the action and the names of
-- the changed columns, never the values, so it holds no personal data beyond an actor's id and
-- stays true (and lawful to keep) after an erasure; so it can be append-only. Admins read it;
-- nobody updates or deletes it, not even the owner (a trigger refuses).
--
-- It lives in public, under Row Level Security, so that admins read it through the API like any
-- other table; no API role holds insert, update, delete or truncate on it. Rows arrive only through
-- private.record_audit() (a trigger) and public.record_export().
--
-- To audit a new table (anything with personal data, anything a person edits), attach the trigger
-- with the name of the table's primary key column:
--   create trigger <table>_audit after insert or update or delete on public.<table>
--     for each row execute function private.record_audit('<key column>');

create table public.audit_log (
  audit_id uuid primary key default gen_random_uuid(),
  occurred_at timestamptz not null default clock_timestamp(),
  actor_id uuid,
  action text not null check (action in ('insert', 'update', 'delete', 'export', 'erase')),
  table_name text not null check (table_name ~ '^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$'),
  row_id text,
  changed_columns text[] not null default '{}',
  row_count integer check (row_count >= 0)
);
comment on table public.audit_log is
  'Append-only record of writes and exports: actor, action, table, row id, changed column names and time; never values.';
comment on column public.audit_log.actor_id is
  'auth.uid() of who acted; null for a migration or a server job. No foreign key on purpose: erasing a person removes the only link from this id to them, and must not rewrite the log.';
comment on column public.audit_log.row_id is
  'The primary key of the written row, as text; null for an export.';
comment on column public.audit_log.changed_columns is
  'Names of the columns an insert set (non-null) or an update changed; empty for a delete or export.';
comment on column public.audit_log.row_count is 'For an export: how many rows it held.';
create index audit_log_occurred_at_idx on public.audit_log (occurred_at);
create index audit_log_table_row_idx on public.audit_log (table_name, row_id);
create index audit_log_actor_id_idx on public.audit_log (actor_id);
alter table public.audit_log enable row level security;

create policy "Admins can read the audit log" on public.audit_log
  for select to authenticated using ((select private.has_any_role('{admin}')));

revoke all on public.audit_log from anon, authenticated, service_role;
grant select on public.audit_log to authenticated, service_role;

-- Refuses every update, delete and truncate, whoever asks: append-only.
create function private.refuse_audit_log_change() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  raise exception 'The audit log is append-only: % is not allowed.', lower(tg_op)
    using errcode = '42501';
end
$$;
revoke execute on function private.refuse_audit_log_change() from public;

create trigger audit_log_append_only
  before update or delete on public.audit_log
  for each row execute function private.refuse_audit_log_change();
create trigger audit_log_no_truncate
  before truncate on public.audit_log
  for each statement execute function private.refuse_audit_log_change();

-- Records one row's insert, update or delete. tg_argv[0] names the table's key column.
create function private.record_audit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v_new jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  v_old jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
begin
  if tg_nargs <> 1 then
    raise exception 'private.record_audit() needs the key column''s name as its argument (trigger % on %).',
      tg_name, tg_table_name;
  end if;
  insert into public.audit_log (actor_id, action, table_name, row_id, changed_columns)
  values (
    (select auth.uid()),
    lower(tg_op),
    tg_table_schema || '.' || tg_table_name,
    coalesce(v_new, v_old) ->> tg_argv[0],
    case tg_op
      when 'INSERT' then array(
        select c.key from jsonb_each(v_new) c where c.value <> 'null'::jsonb order by c.key)
      when 'UPDATE' then array(
        select c.key from jsonb_each(v_new) c where c.value is distinct from v_old -> c.key order by c.key)
      else '{}'::text[]
    end
  );
  return null;
end
$$;
comment on function private.record_audit() is
  'Audit trigger: writes one audit_log row per written row. Security definer because no API role may insert into audit_log (so nobody can forge or alter entries); it runs as the owner, stamps the actor from the JWT (auth.uid()), and stores column names, never values.';
revoke execute on function private.record_audit() from public;

create trigger assets_audit
  after insert or update or delete on public.assets
  for each row execute function private.record_audit('asset_id');
create trigger memberships_audit
  after insert or update or delete on public.memberships
  for each row execute function private.record_audit('membership_id');

-- Records that the caller exported p_row_count rows of public.<p_what> (a table or view). The app
-- calls it with every export of personal data; the database cannot see a download happen.
create function public.record_export(p_what text, p_row_count integer) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  v_audit_id uuid;
begin
  if (select auth.uid()) is null then
    raise exception 'Sign in to export.' using errcode = '42501';
  end if;
  if p_row_count is null or p_row_count < 0 then
    raise exception 'An export holds zero or more rows, not %.', p_row_count using errcode = '22023';
  end if;
  if not exists (
    select 1 from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relname = p_what and c.relkind in ('r', 'p', 'v', 'm')
  ) then
    raise exception 'There is no table or view called % to export.', coalesce(p_what, 'null')
      using errcode = '22023';
  end if;
  insert into public.audit_log (actor_id, action, table_name, row_count)
  values ((select auth.uid()), 'export', 'public.' || p_what, p_row_count)
  returning audit_id into v_audit_id;
  return v_audit_id;
end
$$;
comment on function public.record_export(text, integer) is
  'Records an export in the audit log. Security definer because no API role may insert into audit_log; it writes only an export entry stamped with the caller''s own id and the time, for a table or view that exists.';
revoke execute on function public.record_export(text, integer) from public, anon;
grant execute on function public.record_export(text, integer) to authenticated;
