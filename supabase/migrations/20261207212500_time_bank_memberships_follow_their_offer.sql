-- Time bank memberships follow their offer out: erasing one offer of a person (erase_resident)
-- erases the memberships that came from it, not those of their other offers; and the retention
-- rule, which deletes unconfirmed and long-rejected offers, deletes the applications they made
-- that no coordinator accepted (an accepted member stays, their offer's data gone).

CREATE OR REPLACE FUNCTION private.erase_residents(p_resident_ids uuid[], p_user_ids uuid[]) RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
declare
  v_erased integer;
  v_user_id uuid;
begin
  insert into public.erased_gift_tallies as t (ward_code, kind, gift_count)
  select r.ward_code, g.kind, count(*)::integer
  from public.residents r join public.resident_gifts g on g.resident_id = r.resident_id
  where r.resident_id = any (p_resident_ids) and r.status = 'approved' and r.ward_code is not null
  group by r.ward_code, g.kind
  on conflict (ward_code, kind) do update set gift_count = t.gift_count + excluded.gift_count;

  delete from private.offer_attempts a
  using public.resident_contacts c
  where c.resident_id = any (p_resident_ids) and c.email is not null
    and a.key_hash = private.attempt_key('email', c.email);

  insert into public.audit_log (actor_id, action, table_name, row_id)
  select (select auth.uid()), 'erase', 'public.residents', r.resident_id::text
  from public.residents r where r.resident_id = any (p_resident_ids);

  -- Their time bank memberships as residents go too (the ledger keeps "A former member").
  -- Those from the offers erased, and (their offer gone) those of the account.
  insert into public.audit_log (actor_id, action, table_name, row_id, programme_id)
  select (select auth.uid()), 'erase', 'public.time_bank_members', m.member_id::text, m.programme_id
  from public.time_bank_members m
  where m.resident_id = any (p_resident_ids)
     or (m.kind = 'resident' and m.resident_id is null and m.user_id = any (p_user_ids));
  delete from public.time_bank_members m
  where m.resident_id = any (p_resident_ids)
     or (m.kind = 'resident' and m.resident_id is null and m.user_id = any (p_user_ids));

  delete from public.residents r where r.resident_id = any (p_resident_ids);
  get diagnostics v_erased = row_count;

  for v_user_id in
    select u.id from auth.users u
    where u.id = any (p_user_ids)
      and not exists (select 1 from public.memberships m where m.user_id = u.id and m.role <> 'resident')
      and not exists (select 1 from public.residents r where r.user_id = u.id)
  loop
    begin
      delete from auth.users u where u.id = v_user_id;
    exception when foreign_key_violation then
      -- Something else the person made still names the account: keep it, without the email.
      update auth.users u set email = null, raw_user_meta_data = '{}'::jsonb where u.id = v_user_id;
    end;
  end loop;
  return v_erased;
end
$$;

CREATE OR REPLACE FUNCTION public.purge_unconfirmed_offers() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
  v_deleted integer;
begin
  delete from public.time_bank_members m
  using public.residents r
  where m.resident_id = r.resident_id and m.status in ('applied', 'declined')
    and ((r.confirmed_at is null and r.created_at < now() - interval '90 days')
      or (r.status = 'rejected' and r.reviewed_at < now() - interval '90 days'));
  delete from public.residents r
  where (r.confirmed_at is null and r.created_at < now() - interval '90 days')
     or (r.status = 'rejected' and r.reviewed_at < now() - interval '90 days');
  get diagnostics v_deleted = row_count;
  delete from private.offer_attempts a where a.attempted_at < now() - interval '1 day';
  return v_deleted;
end
$$;

comment on function public.purge_unconfirmed_offers() is
  'The retention rule: deletes offers not confirmed within 90 days and offers rejected more than 90 days ago, with the time bank applications they made that no coordinator accepted, and rate-limit entries older than a day; returns how many offers. Run daily by pg_cron (as postgres) on Supabase and at start-up in local mode. Security definer so that the job needs no grants on residents'' tables; only service_role may call it.';
