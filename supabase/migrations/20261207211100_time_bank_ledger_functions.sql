-- The ledger's functions (docs/time-banks.md, "Functions", owner L). Every write is a security
-- definer function, because no API role may write the ledger's tables: each checks who is
-- calling, then writes. Every write is idempotent on the client-made id: the same id with the same
-- content (and caller) returns what is stored, a refusal included; other content is refused with
-- SQLSTATE P0422. Posting locks the accounts it touches in account_id order, after any member rows
-- (also in id order), so that concurrent exchanges never deadlock.

-- Minutes as hours for messages: -1230 → '-20.5 hours'.
create function private.minutes_as_hours(p_minutes bigint) returns text
language sql immutable set search_path = ''
as $$
  select trim(trailing '.' from trim(trailing '0' from round(p_minutes / 60.0, 2)::text)) || ' hours'
$$;
revoke execute on function private.minutes_as_hours(bigint) from public;

-- Whether the caller coordinates the exchange's bank or its partner bank.
create function private.coordinates_time_exchange(p_exchange public.time_bank_exchanges) returns boolean
language sql stable set search_path = ''
as $$
  select private.can('coordinate_time_bank', p_exchange.programme_id, p_exchange.bank_id::text)
    or (p_exchange.partner_bank_id is not null
      and private.can('coordinate_time_bank', p_exchange.programme_id, p_exchange.partner_bank_id::text))
$$;
revoke execute on function private.coordinates_time_exchange(public.time_bank_exchanges) from public;

-- A first, friendly refusal for people with nothing to do with time banks.
create function private.require_time_bank_person(p_doing text) returns void
language plpgsql stable set search_path = ''
as $$
begin
  -- An active member, or someone holding coordinate_time_bank anywhere (private.can_anywhere's
  -- question, asked inline so that its plan is kept: this runs on every call).
  if (select auth.uid()) is null
    or not (exists (
      select 1 from public.time_bank_members m
      where m.user_id = (select auth.uid()) and m.status = 'active')
    or exists (
      select 1 from public.memberships s join private.capabilities c on c.role = s.role
      where s.user_id = (select auth.uid()) and c.capability = 'coordinate_time_bank'))
  then
    raise exception 'Only time bank members and coordinators can %.', p_doing using errcode = '42501';
  end if;
end
$$;
revoke execute on function private.require_time_bank_person(text) from public;

-- The stored answer for a replayed id: true when the id is stored with this content, false when
-- it is new; the same id with other content is refused.
create function private.time_exchange_is_replay(p_exchange_id uuid, p_hash text) returns boolean
language plpgsql stable set search_path = ''
as $$
declare
  v_hash text;
begin
  select e.content_hash into v_hash from public.time_bank_exchanges e where e.exchange_id = p_exchange_id;
  if v_hash is null then
    return false;
  elsif v_hash <> p_hash then
    raise exception 'This exchange id was already used for a different exchange: make a new id for a new exchange.'
      using errcode = 'P0422';
  end if;
  return true;
end
$$;
revoke execute on function private.time_exchange_is_replay(uuid, text) from public;

-- Posts an exchange: locks its accounts in id order, refuses it (kept, with the reason) when a
-- member's balance would fall below the bank's hard limit, else writes its entries, keeps the
-- balances in step and confirms it, with a warning for each balance below the soft limit. A
-- correction is never refused by a limit (it undoes what should not have been posted).
--
-- The entries: − to each leg's debit account, + to its credit account; when the two accounts are
-- in different banks, each bank's clearing account for the other carries the leg too, so that
-- each bank sums to zero. Computed once, inline (a plpgsql statement keeps its plan).
create function private.post_time_exchange(p_exchange_id uuid, p_enforce_limits boolean) returns void
language plpgsql set search_path = ''
as $$
declare
  v_legs smallint[];
  v_accounts uuid[];
  v_banks uuid[];
  v_programmes uuid[];
  v_minutes integer[];
  v_refusal text;
  v_warnings text[];
begin
  -- Clearing accounts are opened on the first exchange between two banks.
  insert into public.time_bank_accounts (bank_id, programme_id, kind, partner_bank_id)
  select distinct x.bank_id, x.programme_id, 'clearing', x.partner_bank_id
  from public.time_bank_exchange_legs l
  join public.time_bank_accounts d on d.account_id = l.debit_account_id
  join public.time_bank_accounts c on c.account_id = l.credit_account_id
  cross join lateral (values (d.bank_id, d.programme_id, c.bank_id), (c.bank_id, c.programme_id, d.bank_id))
    x (bank_id, programme_id, partner_bank_id)
  where l.exchange_id = p_exchange_id and d.bank_id <> c.bank_id
  on conflict do nothing;

  with legs as (
    select l.leg_no, l.minutes, d.account_id as debit, d.bank_id as debit_bank,
      c.account_id as credit, c.bank_id as credit_bank, d.programme_id
    from public.time_bank_exchange_legs l
    join public.time_bank_accounts d on d.account_id = l.debit_account_id
    join public.time_bank_accounts c on c.account_id = l.credit_account_id
    where l.exchange_id = p_exchange_id
  ), plan as (
    select g.leg_no, g.debit as account_id, g.debit_bank as bank_id, g.programme_id, -g.minutes as minutes
    from legs g
    union all
    select g.leg_no, g.credit, g.credit_bank, g.programme_id, g.minutes from legs g
    union all
    select g.leg_no, k.account_id, g.debit_bank, g.programme_id, g.minutes
    from legs g join public.time_bank_accounts k
      on k.kind = 'clearing' and k.bank_id = g.debit_bank and k.partner_bank_id = g.credit_bank
    where g.debit_bank <> g.credit_bank
    union all
    select g.leg_no, k.account_id, g.credit_bank, g.programme_id, -g.minutes
    from legs g join public.time_bank_accounts k
      on k.kind = 'clearing' and k.bank_id = g.credit_bank and k.partner_bank_id = g.debit_bank
    where g.debit_bank <> g.credit_bank
  )
  select array_agg(p.leg_no order by p.leg_no, p.minutes),
    array_agg(p.account_id order by p.leg_no, p.minutes),
    array_agg(p.bank_id order by p.leg_no, p.minutes),
    array_agg(p.programme_id order by p.leg_no, p.minutes),
    array_agg(p.minutes order by p.leg_no, p.minutes)
  into v_legs, v_accounts, v_banks, v_programmes, v_minutes
  from plan p;

  perform 1 from public.time_bank_accounts a
  where a.account_id = any (v_accounts)
  order by a.account_id
  for no key update;

  with change as (
    select u.account_id, sum(u.minutes) as delta
    from unnest(v_accounts, v_minutes) u (account_id, minutes) group by u.account_id
  ), after as (
    select a.account_id, a.balance_minutes + c.delta as balance, b.soft_limit_minutes,
      b.hard_limit_minutes, b.name as bank_name
    from change c
    join public.time_bank_accounts a on a.account_id = c.account_id
    join public.time_banks b on b.bank_id = a.bank_id
    where a.kind = 'member' and c.delta < 0
  )
  -- The reasons name the member and the bank's limit, never the balance: the other party reads
  -- them, and a member's balance is theirs and their coordinators' to read.
  select
    string_agg(format('%s''s balance would fall below %s''s limit of %s.',
        private.time_bank_holder(f.account_id), f.bank_name,
        private.minutes_as_hours(f.hard_limit_minutes)), ' ' order by f.account_id)
      filter (where f.balance < f.hard_limit_minutes),
    coalesce(array_agg(format('%s''s balance is below %s''s soft limit of %s.',
        private.time_bank_holder(f.account_id), f.bank_name,
        private.minutes_as_hours(f.soft_limit_minutes)) order by f.account_id)
      filter (where f.balance < f.soft_limit_minutes), '{}')
  into v_refusal, v_warnings
  from after f;

  if p_enforce_limits and v_refusal is not null then
    update public.time_bank_exchanges
    set status = 'refused', status_reason = left(v_refusal, 500), warnings = '{}', posted_at = null
    where exchange_id = p_exchange_id;
    return;
  end if;

  insert into public.time_bank_entries (exchange_id, leg_no, bank_id, programme_id, account_id, minutes)
  select p_exchange_id, u.leg_no, u.bank_id, u.programme_id, u.account_id, u.minutes
  from unnest(v_legs, v_banks, v_programmes, v_accounts, v_minutes)
    with ordinality u (leg_no, bank_id, programme_id, account_id, minutes, n)
  order by u.n;

  update public.time_bank_accounts a
  set balance_minutes = a.balance_minutes + c.delta
  from (select u.account_id, sum(u.minutes) as delta
        from unnest(v_accounts, v_minutes) u (account_id, minutes) group by u.account_id) c
  where a.account_id = c.account_id;

  -- An exchange posted in the call that records it was stored as confirmed already: it is
  -- written again only to add warnings (one write, one audit entry, fewer).
  update public.time_bank_exchanges e
  set status = 'confirmed', posted_at = coalesce(e.posted_at, now()), warnings = v_warnings
  where e.exchange_id = p_exchange_id
    and (e.status <> 'confirmed' or e.posted_at is null or e.warnings <> v_warnings);
end
$$;
revoke execute on function private.post_time_exchange(uuid, boolean) from public;

-- Marks members active now, locking their rows in id order (before any account is locked).
create function private.touch_time_bank_members(p_member_ids uuid[]) returns void
language plpgsql set search_path = ''
as $$
begin
  -- Recency is read in weeks (matching's bands): a member active in the last hour is left as is,
  -- which spares a write (and an audit entry) per exchange.
  perform 1 from public.time_bank_members m
  where m.member_id = any (p_member_ids) and m.last_active_at < now() - interval '1 hour'
  order by m.member_id for no key update;
  update public.time_bank_members m set last_active_at = now()
  where m.member_id = any (p_member_ids) and m.last_active_at < now() - interval '1 hour';
end
$$;
revoke execute on function private.touch_time_bank_members(uuid[]) from public;

-- Whether members of these two banks may exchange hours: both allow it, in one programme.
create function private.check_banks_may_exchange(p_bank uuid, p_other_bank uuid) returns void
language plpgsql stable set search_path = ''
as $$
begin
  if p_bank <> p_other_bank and not exists (
    select 1 from public.time_banks a join public.time_banks b on b.programme_id = a.programme_id
    where a.bank_id = p_bank and b.bank_id = p_other_bank
      and a.allows_other_banks and b.allows_other_banks)
  then
    raise exception 'These two time banks do not exchange hours with each other.' using errcode = '22023';
  end if;
end
$$;
revoke execute on function private.check_banks_may_exchange(uuid, uuid) from public;

create function public.record_time_exchange(
  p_exchange_id uuid,
  p_giver_ids uuid[],
  p_receiver_ids uuid[],
  p_minutes integer,
  p_description text default null,
  p_gift_type text default null,
  p_occurred_on date default null
) returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_hash text;
  v_ids uuid[];
  v_found integer;
  v_inactive integer;
  v_giver_banks uuid[];
  v_receiver_banks uuid[];
  v_bank public.time_banks;
  v_giver_bank uuid;
  v_coordinator boolean;
  v_mine uuid[];
  v_awaiting uuid;
  v_accounts uuid[];
  v_description text := nullif(btrim(p_description), '');
begin
  perform private.require_time_bank_person('record an exchange');
  if p_exchange_id is null then
    raise exception 'An exchange needs its id.' using errcode = '22023';
  end if;
  v_hash := md5(jsonb_build_object('op', 'exchange', 'by', v_uid,
    'givers', (select jsonb_agg(x order by x) from unnest(p_giver_ids) x),
    'receivers', (select jsonb_agg(x order by x) from unnest(p_receiver_ids) x),
    'minutes', p_minutes, 'description', v_description, 'gift_type', p_gift_type,
    'occurred_on', p_occurred_on)::text);
  if private.time_exchange_is_replay(p_exchange_id, v_hash) then
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
    return;
  end if;

  if coalesce(cardinality(p_giver_ids), 0) = 0 or coalesce(cardinality(p_receiver_ids), 0) = 0 then
    raise exception 'An exchange needs a giver and a receiver.' using errcode = '22023';
  elsif cardinality(p_giver_ids) > 1 and cardinality(p_receiver_ids) > 1 then
    raise exception 'A group exchange has one giver and several receivers, or several givers and one receiver.'
      using errcode = '22023';
  elsif cardinality(p_giver_ids) + cardinality(p_receiver_ids) > 201 then
    raise exception 'A group exchange has at most 200 members on one side.' using errcode = '22023';
  end if;
  v_ids := p_giver_ids || p_receiver_ids;
  if array_position(v_ids, null) is not null
    or (select count(distinct x) from unnest(v_ids) x) <> cardinality(v_ids) then
    raise exception 'Each member appears once in an exchange, and nobody gives to themselves.'
      using errcode = '22023';
  elsif p_minutes is null or p_minutes not between 1 and 1440 then
    raise exception 'An exchange is a whole number of minutes from 1 to 1440 (a day).' using errcode = '22023';
  elsif char_length(v_description) > 1000 then
    raise exception 'A description has at most 1000 characters.' using errcode = '22023';
  elsif p_gift_type is not null and not exists (select 1 from public.gift_types g where g.code = p_gift_type) then
    raise exception 'There is no skill %.', p_gift_type using errcode = '22023';
  elsif p_occurred_on > current_date or p_occurred_on < current_date - 366 then
    raise exception 'An exchange took place in the last year, and not in the future.' using errcode = '22023';
  end if;

  select count(*), count(*) filter (where m.status <> 'active'),
    array_agg(distinct m.bank_id) filter (where m.member_id = any (p_giver_ids)),
    array_agg(distinct m.bank_id) filter (where m.member_id = any (p_receiver_ids))
  into v_found, v_inactive, v_giver_banks, v_receiver_banks
  from public.time_bank_members m where m.member_id = any (v_ids);
  if v_found < cardinality(v_ids) then
    raise exception 'There is no time bank member with that id.' using errcode = 'P0002';
  elsif cardinality(v_giver_banks) > 1 or cardinality(v_receiver_banks) > 1 then
    raise exception 'The givers are members of one bank, and the receivers of one bank.' using errcode = '22023';
  end if;
  select * into v_bank from public.time_banks b where b.bank_id = v_receiver_banks[1];
  v_giver_bank := v_giver_banks[1];
  -- Posted at once only by a coordinator of the bank whose members are debited (the receivers').
  v_coordinator := private.can('coordinate_time_bank', v_bank.programme_id, v_bank.bank_id::text);

  if not v_coordinator then
    if cardinality(v_ids) > 2 then
      raise exception 'Only a coordinator can record a group exchange.' using errcode = '42501';
    end if;
    select array_agg(m.member_id) into v_mine
    from public.time_bank_members m where m.member_id = any (v_ids) and m.user_id = v_uid;
    -- The giver's coordinator, across banks, records for the giver, as the giver would: pending
    -- until the receiver (or the receiver's coordinator) confirms.
    if v_mine is null and private.can('coordinate_time_bank', v_bank.programme_id, v_giver_bank::text) then
      v_mine := p_giver_ids;
    end if;
    if v_mine is null then
      raise exception 'You can record only an exchange you gave or received; a coordinator records one between other members.'
        using errcode = '42501';
    end if;
    select a.account_id into v_awaiting from public.time_bank_accounts a
    where a.member_id = any (v_ids) and a.member_id <> all (v_mine);
  end if;
  if v_inactive > 0 then
    raise exception 'Everyone in an exchange must be an active member of their bank.' using errcode = '22023';
  end if;
  perform private.check_banks_may_exchange(v_bank.bank_id, v_giver_bank);

  select array_agg(a.account_id) into v_accounts
  from public.time_bank_accounts a where a.member_id = any (v_ids);
  insert into public.time_bank_exchanges (exchange_id, bank_id, partner_bank_id, programme_id, kind,
    status, minutes, description, gift_type, occurred_on, recorded_by, recorded_by_coordinator,
    content_hash, party_account_ids, awaiting_account_id, posted_at)
  values (p_exchange_id, v_bank.bank_id, nullif(v_giver_bank, v_bank.bank_id), v_bank.programme_id,
    case when cardinality(v_ids) > 2 then 'group' else 'exchange' end,
    case when v_coordinator then 'confirmed' else 'pending' end, p_minutes,
    v_description, p_gift_type, coalesce(p_occurred_on, current_date), v_uid, v_coordinator, v_hash,
    v_accounts, v_awaiting, case when v_coordinator then now() end)
  on conflict (exchange_id) do nothing;
  if not found then
    -- The same id, recorded at the same moment by another call that has now committed.
    perform private.time_exchange_is_replay(p_exchange_id, v_hash);
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
    return;
  end if;

  insert into public.time_bank_exchange_legs (exchange_id, leg_no, debit_account_id, credit_account_id, minutes)
  select p_exchange_id, row_number() over (order by r.account_id, g.account_id), r.account_id, g.account_id, p_minutes
  from public.time_bank_accounts g, public.time_bank_accounts r
  where g.member_id = any (p_giver_ids) and r.member_id = any (p_receiver_ids);

  perform private.touch_time_bank_members(case when v_coordinator then v_ids else v_mine end);
  if v_coordinator then
    perform private.post_time_exchange(p_exchange_id, true);
  end if;
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
end
$$;
comment on function public.record_time_exchange(uuid, uuid[], uuid[], integer, text, text, date) is
  'Records an exchange of time: by its giver or receiver (one to one, pending until the other confirms) or by a coordinator (one to many or many to one, posted at once). Idempotent on p_exchange_id. Security definer: no API role writes the ledger''s tables; it checks the caller is a party or coordinates the bank.';
revoke execute on function public.record_time_exchange(uuid, uuid[], uuid[], integer, text, text, date) from public, anon;
grant execute on function public.record_time_exchange(uuid, uuid[], uuid[], integer, text, text, date) to authenticated, service_role;

create function public.donate_time(
  p_exchange_id uuid,
  p_from_member_id uuid,
  p_to_member_id uuid default null,
  p_minutes integer default null,
  p_note text default null
) returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_hash text;
  v_note text := nullif(btrim(p_note), '');
  v_from public.time_bank_members;
  v_to public.time_bank_members;
  v_from_account uuid;
  v_to_account uuid;
  v_coordinator boolean;
begin
  perform private.require_time_bank_person('donate hours');
  if p_exchange_id is null then
    raise exception 'A donation needs its id.' using errcode = '22023';
  end if;
  v_hash := md5(jsonb_build_object('op', 'donation', 'by', v_uid, 'from', p_from_member_id,
    'to', p_to_member_id, 'minutes', p_minutes, 'note', v_note)::text);
  if private.time_exchange_is_replay(p_exchange_id, v_hash) then
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
    return;
  end if;
  if p_minutes is null or p_minutes not between 1 and 60000 then
    raise exception 'A donation is a whole number of minutes from 1 to 60000 (1000 hours).' using errcode = '22023';
  elsif char_length(v_note) > 1000 then
    raise exception 'A note has at most 1000 characters.' using errcode = '22023';
  elsif p_from_member_id = p_to_member_id then
    raise exception 'A member cannot donate hours to themselves.' using errcode = '22023';
  end if;

  select * into v_from from public.time_bank_members m where m.member_id = p_from_member_id;
  if v_from.member_id is null then
    raise exception 'There is no time bank member with that id.' using errcode = 'P0002';
  end if;
  v_coordinator := private.can('coordinate_time_bank', v_from.programme_id, v_from.bank_id::text);
  if not v_coordinator and v_from.user_id is distinct from v_uid then
    raise exception 'Only the member, or their coordinator, can donate their hours.' using errcode = '42501';
  end if;
  if p_to_member_id is not null then
    select * into v_to from public.time_bank_members m where m.member_id = p_to_member_id;
    if v_to.member_id is null then
      raise exception 'There is no time bank member with that id.' using errcode = 'P0002';
    end if;
  end if;
  if v_from.status <> 'active' or v_to.status <> 'active' then
    raise exception 'Hours are donated by and to active members.' using errcode = '22023';
  end if;
  if v_to.member_id is not null then
    perform private.check_banks_may_exchange(v_from.bank_id, v_to.bank_id);
    select a.account_id into v_to_account from public.time_bank_accounts a where a.member_id = v_to.member_id;
  else
    select a.account_id into v_to_account from public.time_bank_accounts a
    where a.bank_id = v_from.bank_id and a.kind = 'pot';
  end if;
  select a.account_id into v_from_account from public.time_bank_accounts a where a.member_id = v_from.member_id;

  insert into public.time_bank_exchanges (exchange_id, bank_id, partner_bank_id, programme_id, kind,
    status, minutes, description, recorded_by, recorded_by_coordinator, content_hash, party_account_ids,
    posted_at)
  values (p_exchange_id, v_from.bank_id, nullif(coalesce(v_to.bank_id, v_from.bank_id), v_from.bank_id),
    v_from.programme_id, 'donation', 'confirmed', p_minutes, v_note, v_uid, v_coordinator, v_hash,
    array[v_from_account, v_to_account], now())
  on conflict (exchange_id) do nothing;
  if not found then
    perform private.time_exchange_is_replay(p_exchange_id, v_hash);
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
    return;
  end if;
  insert into public.time_bank_exchange_legs (exchange_id, leg_no, debit_account_id, credit_account_id, minutes)
  values (p_exchange_id, 1, v_from_account, v_to_account, p_minutes);
  if v_from.user_id = v_uid then
    perform private.touch_time_bank_members(array[v_from.member_id]);
  end if;
  perform private.post_time_exchange(p_exchange_id, true);
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
end
$$;
comment on function public.donate_time(uuid, uuid, uuid, integer, text) is
  'Donates a member''s hours to another member or (no recipient) the bank''s community pot, at once. Idempotent on p_exchange_id. Security definer: no API role writes the ledger''s tables; it checks the caller is the donor or coordinates their bank.';
revoke execute on function public.donate_time(uuid, uuid, uuid, integer, text) from public, anon;
grant execute on function public.donate_time(uuid, uuid, uuid, integer, text) to authenticated, service_role;

-- The exchange a confirm, dispute, cancel or reverse acts on, locked; answered as missing when
-- the caller is neither a party nor its bank's coordinator.
create function private.lock_time_exchange(p_exchange_id uuid) returns public.time_bank_exchanges
language plpgsql set search_path = ''
as $$
declare
  v_exchange public.time_bank_exchanges;
begin
  select * into v_exchange from public.time_bank_exchanges e
  where e.exchange_id = p_exchange_id for update;
  if v_exchange.exchange_id is null or not (
    private.coordinates_time_exchange(v_exchange)
    or v_exchange.party_account_ids && private.my_time_bank_account_ids())
  then
    raise exception 'There is no exchange with that id.' using errcode = 'P0002';
  end if;
  return v_exchange;
end
$$;
revoke execute on function private.lock_time_exchange(uuid) from public;

create function public.confirm_time_exchange(p_exchange_id uuid)
returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_exchange public.time_bank_exchanges;
  v_coordinator boolean;
  v_member uuid;
begin
  perform private.require_time_bank_person('confirm an exchange');
  v_exchange := private.lock_time_exchange(p_exchange_id);
  -- The bank whose members are debited confirms: its coordinator, or the awaiting party.
  v_coordinator := private.can('coordinate_time_bank', v_exchange.programme_id, v_exchange.bank_id::text);
  select a.member_id into v_member from public.time_bank_accounts a
  where a.account_id = v_exchange.awaiting_account_id
    and a.account_id = any (private.my_time_bank_account_ids());
  if not v_coordinator and v_member is null then
    raise exception 'The other party, or a coordinator, confirms an exchange.' using errcode = '42501';
  end if;
  if v_exchange.status = 'cancelled' then
    raise exception 'This exchange was cancelled: record it again with a new id.' using errcode = '22023';
  elsif v_exchange.status in ('pending', 'disputed') then
    if v_member is not null then
      perform private.touch_time_bank_members(array[v_member]);
    end if;
    update public.time_bank_exchanges e
    set answered_by = (select auth.uid()), status_reason = null
    where e.exchange_id = p_exchange_id;
    perform private.post_time_exchange(p_exchange_id, true);
  end if;
  -- Confirmed or refused already: the stored answer.
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
end
$$;
comment on function public.confirm_time_exchange(uuid) is
  'Confirms a pending or disputed exchange (the other party, or a coordinator), which posts it; confirming again returns the stored answer. Security definer: no API role writes the ledger''s tables; it checks the caller.';
revoke execute on function public.confirm_time_exchange(uuid) from public, anon;
grant execute on function public.confirm_time_exchange(uuid) to authenticated, service_role;

create function public.dispute_time_exchange(p_exchange_id uuid, p_reason text)
returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_exchange public.time_bank_exchanges;
  v_reason text := nullif(btrim(p_reason), '');
begin
  perform private.require_time_bank_person('dispute an exchange');
  v_exchange := private.lock_time_exchange(p_exchange_id);
  if v_exchange.awaiting_account_id is null
    or v_exchange.awaiting_account_id <> all (private.my_time_bank_account_ids()) then
    raise exception 'Only the other party to an exchange can dispute it.' using errcode = '42501';
  end if;
  if v_exchange.status = 'pending' then
    if v_reason is null or char_length(v_reason) > 500 then
      raise exception 'Say why, in at most 500 characters.' using errcode = '22023';
    end if;
    update public.time_bank_exchanges e
    set status = 'disputed', status_reason = v_reason, answered_by = (select auth.uid())
    where e.exchange_id = p_exchange_id;
  elsif v_exchange.status <> 'disputed' then
    raise exception 'Only a pending exchange can be disputed.' using errcode = '22023';
  end if;
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
end
$$;
comment on function public.dispute_time_exchange(uuid, text) is
  'Disputes a pending exchange, with the reason (the other party only); disputing again returns the stored answer. Security definer: no API role writes the ledger''s tables; it checks the caller.';
revoke execute on function public.dispute_time_exchange(uuid, text) from public, anon;
grant execute on function public.dispute_time_exchange(uuid, text) to authenticated, service_role;

create function public.cancel_time_exchange(p_exchange_id uuid, p_reason text)
returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_exchange public.time_bank_exchanges;
  v_reason text := nullif(btrim(p_reason), '');
begin
  perform private.require_time_bank_person('cancel an exchange');
  v_exchange := private.lock_time_exchange(p_exchange_id);
  if not (private.coordinates_time_exchange(v_exchange)
    or (v_exchange.recorded_by = (select auth.uid()) and v_exchange.status in ('pending', 'cancelled')))
  then
    raise exception 'Only whoever recorded an exchange, while it is pending, or a coordinator can cancel it.'
      using errcode = '42501';
  end if;
  if v_exchange.status in ('pending', 'disputed') then
    if char_length(v_reason) > 500 then
      raise exception 'A reason has at most 500 characters.' using errcode = '22023';
    end if;
    update public.time_bank_exchanges e
    set status = 'cancelled', status_reason = v_reason, answered_by = (select auth.uid())
    where e.exchange_id = p_exchange_id;
  elsif v_exchange.status <> 'cancelled' then
    raise exception 'A posted exchange is corrected by a coordinator reversing it, not cancelled.'
      using errcode = '22023';
  end if;
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_exchange_id;
end
$$;
comment on function public.cancel_time_exchange(uuid, text) is
  'Cancels a pending exchange (whoever recorded it) or a pending or disputed one (a coordinator); nothing was posted. Security definer: no API role writes the ledger''s tables; it checks the caller.';
revoke execute on function public.cancel_time_exchange(uuid, text) from public, anon;
grant execute on function public.cancel_time_exchange(uuid, text) to authenticated, service_role;

create function public.reverse_time_exchange(p_correction_id uuid, p_exchange_id uuid, p_reason text)
returns setof public.time_bank_exchange_list
language plpgsql security definer set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_hash text;
  v_reason text := nullif(btrim(p_reason), '');
  v_exchange public.time_bank_exchanges;
begin
  if not private.can_anywhere('coordinate_time_bank') then
    raise exception 'Only a coordinator can reverse an exchange.' using errcode = '42501';
  elsif p_correction_id is null then
    raise exception 'A correction needs its id.' using errcode = '22023';
  end if;
  v_hash := md5(jsonb_build_object('op', 'correction', 'by', v_uid, 'reverses', p_exchange_id,
    'reason', v_reason)::text);
  if private.time_exchange_is_replay(p_correction_id, v_hash) then
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_correction_id;
    return;
  end if;
  v_exchange := private.lock_time_exchange(p_exchange_id);
  -- The correction debits the exchange's giver: their bank's coordinator reverses it.
  if not private.can('coordinate_time_bank', v_exchange.programme_id,
    coalesce(v_exchange.partner_bank_id, v_exchange.bank_id)::text) then
    raise exception 'Only a coordinator of the giver''s bank can reverse an exchange.' using errcode = '42501';
  elsif v_reason is null or char_length(v_reason) > 500 then
    raise exception 'Say why it is reversed, in at most 500 characters.' using errcode = '22023';
  elsif v_exchange.kind = 'correction' then
    raise exception 'A correction is not reversed: record the exchange again.' using errcode = '22023';
  elsif v_exchange.status <> 'confirmed' then
    raise exception 'Only a confirmed exchange has entries to reverse.' using errcode = '22023';
  elsif exists (select 1 from public.time_bank_exchanges e where e.reverses_exchange_id = p_exchange_id) then
    raise exception 'This exchange was already reversed.' using errcode = '22023';
  end if;

  insert into public.time_bank_exchanges (exchange_id, bank_id, partner_bank_id, programme_id, kind,
    status, minutes, description, gift_type, occurred_on, recorded_by, recorded_by_coordinator,
    content_hash, party_account_ids, status_reason, reverses_exchange_id, posted_at)
  values (p_correction_id, coalesce(v_exchange.partner_bank_id, v_exchange.bank_id),
    case when v_exchange.partner_bank_id is not null then v_exchange.bank_id end, v_exchange.programme_id,
    'correction', 'confirmed', v_exchange.minutes, v_exchange.description, v_exchange.gift_type,
    v_exchange.occurred_on, v_uid, true, v_hash, v_exchange.party_account_ids, v_reason, p_exchange_id,
    now())
  on conflict (exchange_id) do nothing;
  if not found then
    perform private.time_exchange_is_replay(p_correction_id, v_hash);
    return query select * from public.time_bank_exchange_list l where l.exchange_id = p_correction_id;
    return;
  end if;
  insert into public.time_bank_exchange_legs (exchange_id, leg_no, debit_account_id, credit_account_id, minutes)
  select p_correction_id, l.leg_no, l.credit_account_id, l.debit_account_id, l.minutes
  from public.time_bank_exchange_legs l where l.exchange_id = p_exchange_id;
  perform private.post_time_exchange(p_correction_id, false);
  return query select * from public.time_bank_exchange_list l where l.exchange_id = p_correction_id;
end
$$;
comment on function public.reverse_time_exchange(uuid, uuid, text) is
  'Reverses a confirmed exchange with a correction of opposite entries (a coordinator of its bank), never refused by a limit; idempotent on p_correction_id. Security definer: no API role writes the ledger''s tables; it checks the caller coordinates the bank.';
revoke execute on function public.reverse_time_exchange(uuid, uuid, text) from public, anon;
grant execute on function public.reverse_time_exchange(uuid, uuid, text) to authenticated, service_role;

create function public.time_bank_statement(p_member_id uuid)
returns table (entry_id bigint, posted_at timestamptz, occurred_on date, exchange_id uuid, kind text,
  description text, counterparty text, minutes bigint, balance_after bigint)
language plpgsql stable security definer set search_path = ''
as $$
#variable_conflict use_column
declare
  v_member public.time_bank_members;
  v_account uuid;
begin
  perform private.require_time_bank_person('read a statement');
  select * into v_member from public.time_bank_members m where m.member_id = p_member_id;
  if v_member.member_id is null then
    raise exception 'There is no time bank member with that id.' using errcode = 'P0002';
  elsif v_member.user_id is distinct from (select auth.uid())
    and not private.can('coordinate_time_bank', v_member.programme_id, v_member.bank_id::text) then
    raise exception 'Only the member and their coordinators can read their statement.' using errcode = '42501';
  end if;
  select a.account_id into v_account from public.time_bank_accounts a where a.member_id = p_member_id;
  return query
  select t.entry_id, t.posted_at, e.occurred_on, t.exchange_id, e.kind, e.description,
    case ca.kind
      when 'pot' then 'Community pot'
      when 'clearing' then 'Clearing with ' || cb.name
      else coalesce(cm.display_name, 'A former member')
    end,
    t.minutes::bigint,
    sum(t.minutes) over (order by t.entry_id)::bigint
  from public.time_bank_entries t
  join public.time_bank_exchanges e on e.exchange_id = t.exchange_id
  join public.time_bank_exchange_legs l on l.exchange_id = t.exchange_id and l.leg_no = t.leg_no
  join public.time_bank_accounts ca on ca.account_id = case when l.debit_account_id = v_account
    then l.credit_account_id else l.debit_account_id end
  left join public.time_bank_members cm on cm.member_id = ca.member_id
  left join public.time_banks cb on cb.bank_id = ca.partner_bank_id
  where t.account_id = v_account
  order by t.entry_id;
end
$$;
comment on function public.time_bank_statement(uuid) is
  'A member''s entries, oldest first, with the counterparty and the balance after each. Security definer: it names counterparties in other banks, whose rows the caller cannot read; it checks the caller is the member or coordinates their bank.';
revoke execute on function public.time_bank_statement(uuid) from public, anon;
grant execute on function public.time_bank_statement(uuid) to authenticated, service_role;

create function private.require_coordinator_of_bank(p_bank_id uuid) returns void
language plpgsql stable set search_path = ''
as $$
declare
  v_programme uuid;
begin
  if not private.can_anywhere('coordinate_time_bank') then
    raise exception 'Only coordinators read a time bank''s reports.' using errcode = '42501';
  end if;
  select b.programme_id into v_programme from public.time_banks b where b.bank_id = p_bank_id;
  if v_programme is null then
    raise exception 'There is no time bank with that id.' using errcode = 'P0002';
  elsif not private.can('coordinate_time_bank', v_programme, p_bank_id::text) then
    raise exception 'Only the bank''s coordinators read its reports.' using errcode = '42501';
  end if;
end
$$;
revoke execute on function private.require_coordinator_of_bank(uuid) from public;
grant execute on function private.require_coordinator_of_bank(uuid) to authenticated, service_role;

-- Exchanges that count in reports: confirmed exchanges and group exchanges, not reversed.
create function public.time_bank_monthly_report(p_bank_id uuid, p_months integer default 12)
returns table (month date, exchanges integer, minutes bigint, active_members integer, new_members integer)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_coordinator_of_bank(p_bank_id);
  if p_months is null or p_months not between 1 and 120 then
    raise exception 'A report covers 1 to 120 months.' using errcode = '22023';
  end if;
  return query
  with months as (
    select generate_series(date_trunc('month', current_date) - make_interval(months => p_months - 1),
      date_trunc('month', current_date), interval '1 month')::date as month
  ), counted as (
    select e.exchange_id, date_trunc('month', e.occurred_on)::date as month
    from public.time_bank_exchanges e
    where (e.bank_id = p_bank_id or e.partner_bank_id = p_bank_id)
      and e.status = 'confirmed' and e.kind in ('exchange', 'group')
      and not exists (select 1 from public.time_bank_exchanges c where c.reverses_exchange_id = e.exchange_id)
  ), legs as (
    select c.month, c.exchange_id, l.minutes, l.debit_account_id, l.credit_account_id
    from counted c join public.time_bank_exchange_legs l on l.exchange_id = c.exchange_id
  )
  select m.month,
    (select count(distinct l.exchange_id)::integer from legs l where l.month = m.month),
    coalesce((select sum(l.minutes)::bigint from legs l where l.month = m.month), 0),
    (select count(distinct a.account_id)::integer
      from legs l join public.time_bank_accounts a
        on a.account_id in (l.debit_account_id, l.credit_account_id)
      where l.month = m.month and a.bank_id = p_bank_id and a.kind = 'member'),
    (select count(*)::integer from public.time_bank_members n
      where n.bank_id = p_bank_id and n.joined_at >= m.month and n.joined_at < m.month + interval '1 month')
  from months m
  order by m.month;
end
$$;
revoke execute on function public.time_bank_monthly_report(uuid, integer) from public, anon;
grant execute on function public.time_bank_monthly_report(uuid, integer) to authenticated, service_role;

create function public.time_bank_exchanges_by_ward_and_skill(p_bank_id uuid, p_from date, p_to date)
returns table (ward_code text, ward_name text, gift_type text, gift_label text, exchanges integer, minutes bigint)
language plpgsql stable security invoker set search_path = ''
as $$
#variable_conflict use_column
begin
  perform private.require_coordinator_of_bank(p_bank_id);
  if p_from is null or p_to is null or p_from > p_to then
    raise exception 'A period runs from a date to a later one.' using errcode = '22023';
  end if;
  -- By the receiver's ward: where the help was given.
  return query
  select m.ward_code, w.ward_name, e.gift_type, g.label,
    count(distinct e.exchange_id)::integer, sum(l.minutes)::bigint
  from public.time_bank_exchanges e
  join public.time_bank_exchange_legs l on l.exchange_id = e.exchange_id
  join public.time_bank_accounts r on r.account_id = l.debit_account_id
  left join public.time_bank_members m on m.member_id = r.member_id
  left join public.wards w on w.ward_code = m.ward_code
  left join public.gift_types g on g.code = e.gift_type
  where (e.bank_id = p_bank_id or e.partner_bank_id = p_bank_id)
    and e.status = 'confirmed' and e.kind in ('exchange', 'group')
    and e.occurred_on between p_from and p_to
    and not exists (select 1 from public.time_bank_exchanges c where c.reverses_exchange_id = e.exchange_id)
  group by m.ward_code, w.ward_name, e.gift_type, g.label
  order by sum(l.minutes) desc, m.ward_code, e.gift_type;
end
$$;
revoke execute on function public.time_bank_exchanges_by_ward_and_skill(uuid, date, date) from public, anon;
grant execute on function public.time_bank_exchanges_by_ward_and_skill(uuid, date, date) to authenticated, service_role;

create function public.time_bank_ward_activity()
returns table (ward_code text, active_members integer, minutes_given bigint)
language sql stable security definer set search_path = ''
as $$
  with active as (
    select m.member_id, m.ward_code, m.bank_id, m.programme_id, a.account_id
    from public.time_bank_members m
    join public.time_bank_accounts a on a.member_id = m.member_id
    where m.status = 'active' and m.ward_code is not null
      and (m.last_active_at > now() - interval '12 months'
        or exists (select 1 from public.time_bank_entries t
          where t.account_id = a.account_id and t.posted_at > now() - interval '12 months'))
  ), per_ward as (
    select x.ward_code, count(*)::integer as active_members,
      coalesce(sum((
        select sum(l.minutes) from public.time_bank_exchange_legs l
        join public.time_bank_exchanges e on e.exchange_id = l.exchange_id
        where l.credit_account_id = x.account_id and e.status = 'confirmed'
          and e.kind in ('exchange', 'group') and e.posted_at > now() - interval '12 months'
          and not exists (select 1 from public.time_bank_exchanges c where c.reverses_exchange_id = e.exchange_id)
      )), 0)::bigint as minutes_given,
      bool_and(private.can('coordinate_time_bank', x.programme_id, x.bank_id::text)) as coordinates_all
    from active x
    group by x.ward_code
  )
  select p.ward_code,
    case when p.coordinates_all or p.active_members >= 5 then p.active_members end,
    case when p.coordinates_all or p.active_members >= 5 then p.minutes_given end
  from per_ward p
  order by p.ward_code
$$;
comment on function public.time_bank_ward_activity() is
  'Active time bank members and minutes given in the last 12 months per ward, under the rule of 5 (fewer than 5: both null) unless the caller coordinates the banks of every member counted. Security definer: it counts members the caller cannot read, and returns only counts.';
revoke execute on function public.time_bank_ward_activity() from public;
grant execute on function public.time_bank_ward_activity() to anon, authenticated, service_role;

create function public.save_time_bank(
  p_bank_id uuid,
  p_name text,
  p_soft_limit_minutes integer,
  p_hard_limit_minutes integer,
  p_allows_other_banks boolean,
  p_hourly_value_pence integer,
  p_hourly_value_basis text,
  p_area_codes text[]
) returns setof public.time_banks
language plpgsql security definer set search_path = ''
as $$
declare
  v_programme uuid;
  v_bank_id uuid := p_bank_id;
  v_slug text;
begin
  if not private.can_anywhere('manage_time_banks') then
    raise exception 'Only administrators open and change time banks.' using errcode = '42501';
  end if;
  if p_bank_id is null then
    v_programme := (private.programmes_where('manage_time_banks'))[1];
  else
    select b.programme_id into v_programme from public.time_banks b where b.bank_id = p_bank_id;
    if v_programme is null then
      raise exception 'There is no time bank with that id.' using errcode = 'P0002';
    end if;
  end if;
  if v_programme is null or not private.can('manage_time_banks', v_programme) then
    raise exception 'Only the programme''s administrators open and change its time banks.' using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(p_name, ''))) not between 1 and 120 then
    raise exception 'A bank''s name has 1 to 120 characters.' using errcode = '22023';
  elsif p_soft_limit_minutes is null or p_hard_limit_minutes is null or p_soft_limit_minutes > 0
    or p_hard_limit_minutes > p_soft_limit_minutes then
    raise exception 'The soft limit is zero or below, and the hard limit at or below it.' using errcode = '22023';
  elsif p_hourly_value_pence is null or p_hourly_value_pence not between 0 and 100000 then
    raise exception 'The hourly value is 0 to 100000 pence.' using errcode = '22023';
  elsif char_length(btrim(coalesce(p_hourly_value_basis, ''))) not between 1 and 300 then
    raise exception 'Say what the hourly value is based on, in 1 to 300 characters.' using errcode = '22023';
  elsif exists (select 1 from unnest(coalesce(p_area_codes, '{}')) c where c is null or c !~ '^[EWSN]0[5-9][0-9]{6}$') then
    raise exception 'Areas are ward (E05…) or authority (E06…, E07…) codes.' using errcode = '22023';
  end if;

  if v_bank_id is null then
    v_slug := left(trim(both '-' from regexp_replace(lower(p_name), '[^a-z0-9]+', '-', 'g')), 32);
    if char_length(v_slug) < 2 or exists (select 1 from public.time_banks b where b.slug = v_slug) then
      v_slug := left(v_slug || '-' || substr(md5(random()::text), 1, 6), 40);
    end if;
    insert into public.time_banks (programme_id, slug, name, soft_limit_minutes, hard_limit_minutes,
      allows_other_banks, hourly_value_pence, hourly_value_basis)
    values (v_programme, trim(leading '-' from v_slug), btrim(p_name), p_soft_limit_minutes,
      p_hard_limit_minutes, coalesce(p_allows_other_banks, false), p_hourly_value_pence,
      btrim(p_hourly_value_basis))
    returning bank_id into v_bank_id;
  else
    update public.time_banks b
    set name = btrim(p_name), soft_limit_minutes = p_soft_limit_minutes,
      hard_limit_minutes = p_hard_limit_minutes, allows_other_banks = coalesce(p_allows_other_banks, false),
      hourly_value_pence = p_hourly_value_pence, hourly_value_basis = btrim(p_hourly_value_basis)
    where b.bank_id = v_bank_id;
  end if;
  delete from public.time_bank_areas a
  where a.bank_id = v_bank_id and a.area_code <> all (coalesce(p_area_codes, '{}'));
  insert into public.time_bank_areas (bank_id, area_code)
  select v_bank_id, c from unnest(coalesce(p_area_codes, '{}')) c
  on conflict do nothing;
  return query select * from public.time_banks b where b.bank_id = v_bank_id;
end
$$;
comment on function public.save_time_bank(uuid, text, integer, integer, boolean, integer, text, text[]) is
  'Opens a time bank (null id) or changes one: name, limits, whether it exchanges with other banks, hourly value and its basis, and the areas it covers. Security definer: no API role writes time_banks; it checks the caller manages the programme''s time banks.';
revoke execute on function public.save_time_bank(uuid, text, integer, integer, boolean, integer, text, text[]) from public, anon;
grant execute on function public.save_time_bank(uuid, text, integer, integer, boolean, integer, text, text[]) to authenticated, service_role;
