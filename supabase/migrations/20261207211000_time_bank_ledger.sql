-- The time banks' ledger (docs/time-banks.md, "The ledger"): accounts, exchanges with their legs,
-- and the double-entry entries, in integer minutes. An entry credits (+) the account that gave
-- time and debits (−) the one that received it; every bank's entries sum to zero, exchanges
-- between banks passing through each bank's clearing account for the other. Nobody writes these
-- tables but the ledger's functions (20261207211100), and nobody, the owner included, changes or
-- deletes an entry: a correction is an exchange of reversing entries.

create table public.time_bank_accounts (
  account_id uuid primary key default gen_random_uuid(),
  bank_id uuid not null references public.time_banks (bank_id),
  programme_id uuid not null references public.programmes (programme_id),
  kind text not null check (kind in ('member', 'pot', 'clearing')),
  -- The member's own account; null for the pot, a clearing account, or once the member is erased
  -- ("a former member": the account and its entries stay, so every balance stays true).
  member_id uuid references public.time_bank_members (member_id) on delete set null,
  -- For a clearing account: the other bank whose exchanges with this one it carries.
  partner_bank_id uuid references public.time_banks (bank_id),
  -- Kept in step with the entries by the ledger's functions, in the transaction that posts them.
  balance_minutes bigint not null default 0,
  created_at timestamptz not null default now(),
  check ((kind = 'clearing') = (partner_bank_id is not null)),
  check (kind = 'member' or member_id is null),
  check (partner_bank_id is distinct from bank_id)
);
comment on table public.time_bank_accounts is
  'A time bank account: one per member, one community pot per bank, one clearing account per bank and partner bank. balance_minutes is the sum of its entries.';
create unique index time_bank_accounts_one_per_member on public.time_bank_accounts (member_id)
  where member_id is not null;
create unique index time_bank_accounts_one_pot on public.time_bank_accounts (bank_id)
  where kind = 'pot';
create unique index time_bank_accounts_one_clearing on public.time_bank_accounts (bank_id, partner_bank_id)
  where kind = 'clearing';
create index time_bank_accounts_bank_id_idx on public.time_bank_accounts (bank_id);
create index time_bank_accounts_programme_id_idx on public.time_bank_accounts (programme_id);
create index time_bank_accounts_member_id_idx on public.time_bank_accounts (member_id);
create index time_bank_accounts_partner_bank_id_idx on public.time_bank_accounts (partner_bank_id);
alter table public.time_bank_accounts enable row level security;

create table public.time_bank_exchanges (
  -- Made by the client, so that a retry (an outbox replaying) is recognised.
  exchange_id uuid primary key,
  -- The bank of the account(s) debited; partner_bank_id the other bank when the exchange crosses
  -- banks (both of one programme).
  bank_id uuid not null references public.time_banks (bank_id),
  partner_bank_id uuid references public.time_banks (bank_id),
  programme_id uuid not null references public.programmes (programme_id),
  kind text not null check (kind in ('exchange', 'group', 'donation', 'correction')),
  status text not null check (status in ('pending', 'confirmed', 'disputed', 'cancelled', 'refused')),
  minutes integer not null check (minutes > 0),
  description text check (char_length(description) <= 1000),
  gift_type text references public.gift_types (code),
  occurred_on date not null default current_date,
  recorded_at timestamptz not null default now(),
  recorded_by uuid references auth.users (id) on delete set null,
  recorded_by_coordinator boolean not null default false,
  -- A hash of what the call asked (and who asked), so that a retry with other content is refused.
  content_hash text not null,
  -- Every account named in a leg, for "parties see their exchanges".
  party_account_ids uuid[] not null,
  -- For a member's record: the other party's account, who confirms or disputes it.
  awaiting_account_id uuid references public.time_bank_accounts (account_id),
  status_reason text check (char_length(status_reason) <= 500),
  warnings text[] not null default '{}',
  reverses_exchange_id uuid unique references public.time_bank_exchanges (exchange_id),
  answered_by uuid references auth.users (id) on delete set null,
  posted_at timestamptz,
  check ((kind = 'correction') = (reverses_exchange_id is not null)),
  check (partner_bank_id is distinct from bank_id)
);
comment on table public.time_bank_exchanges is
  'An exchange of time (or a donation, or a correction reversing one): its status, and who recorded it. Its legs say who gave to whom; only a confirmed one has entries.';
create index time_bank_exchanges_bank_id_idx on public.time_bank_exchanges (bank_id, occurred_on);
create index time_bank_exchanges_partner_bank_id_idx on public.time_bank_exchanges (partner_bank_id);
create index time_bank_exchanges_programme_id_idx on public.time_bank_exchanges (programme_id);
create index time_bank_exchanges_gift_type_idx on public.time_bank_exchanges (gift_type);
create index time_bank_exchanges_recorded_by_idx on public.time_bank_exchanges (recorded_by);
create index time_bank_exchanges_answered_by_idx on public.time_bank_exchanges (answered_by);
create index time_bank_exchanges_awaiting_account_id_idx on public.time_bank_exchanges (awaiting_account_id);
create index time_bank_exchanges_party_account_ids_idx on public.time_bank_exchanges using gin (party_account_ids);
alter table public.time_bank_exchanges enable row level security;
create trigger time_bank_exchanges_audit after insert or update or delete on public.time_bank_exchanges
  for each row execute function private.record_audit('exchange_id');

-- One leg per giver and receiver: the credit account gave time (for a donation: received the
-- hours), the debit account received it (for a donation: gave the hours away).
create table public.time_bank_exchange_legs (
  exchange_id uuid not null references public.time_bank_exchanges (exchange_id),
  leg_no smallint not null check (leg_no > 0),
  debit_account_id uuid not null references public.time_bank_accounts (account_id),
  credit_account_id uuid not null references public.time_bank_accounts (account_id),
  minutes integer not null check (minutes > 0),
  primary key (exchange_id, leg_no),
  check (debit_account_id <> credit_account_id)
);
comment on table public.time_bank_exchange_legs is
  'Who gave time to whom in an exchange, and how many minutes: the debit account received, the credit account gave.';
create index time_bank_exchange_legs_debit_idx on public.time_bank_exchange_legs (debit_account_id);
create index time_bank_exchange_legs_credit_idx on public.time_bank_exchange_legs (credit_account_id);
alter table public.time_bank_exchange_legs enable row level security;

create table public.time_bank_entries (
  entry_id bigint generated always as identity primary key,
  exchange_id uuid not null references public.time_bank_exchanges (exchange_id),
  leg_no smallint not null,
  bank_id uuid not null references public.time_banks (bank_id),
  programme_id uuid not null references public.programmes (programme_id),
  account_id uuid not null references public.time_bank_accounts (account_id),
  -- + credit to the giver, − debit to the receiver.
  minutes integer not null check (minutes <> 0),
  posted_at timestamptz not null default now(),
  foreign key (exchange_id, leg_no) references public.time_bank_exchange_legs (exchange_id, leg_no)
);
comment on table public.time_bank_entries is
  'The double-entry ledger, append-only: + minutes to the account that gave time, − to the one that received it. Each bank''s entries sum to zero.';
create index time_bank_entries_account_idx on public.time_bank_entries (account_id, entry_id);
create index time_bank_entries_exchange_idx on public.time_bank_entries (exchange_id, leg_no);
create index time_bank_entries_bank_idx on public.time_bank_entries (bank_id, posted_at);
create index time_bank_entries_programme_id_idx on public.time_bank_entries (programme_id);
alter table public.time_bank_entries enable row level security;

create function private.refuse_ledger_change() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  raise exception 'The time bank ledger is append-only: % is not allowed; a correction reverses an exchange.', lower(tg_op)
    using errcode = '42501';
end
$$;
revoke execute on function private.refuse_ledger_change() from public;
create trigger time_bank_entries_append_only before update or delete on public.time_bank_entries
  for each row execute function private.refuse_ledger_change();
create trigger time_bank_entries_no_truncate before truncate on public.time_bank_entries
  for each statement execute function private.refuse_ledger_change();
create trigger time_bank_exchange_legs_append_only before update or delete on public.time_bank_exchange_legs
  for each row execute function private.refuse_ledger_change();
create trigger time_bank_exchange_legs_no_truncate before truncate on public.time_bank_exchange_legs
  for each statement execute function private.refuse_ledger_change();

-- Accounts: every member gets one when their row is made, every bank its community pot.
-- Security definer: members are inserted by several roles' functions, and none of them may write
-- the accounts table; this writes only the new member's (or bank's) own account.
create function private.open_time_bank_account() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_table_name = 'time_bank_members' then
    insert into public.time_bank_accounts (bank_id, programme_id, kind, member_id)
    values (new.bank_id, new.programme_id, 'member', new.member_id);
  else
    insert into public.time_bank_accounts (bank_id, programme_id, kind)
    values (new.bank_id, new.programme_id, 'pot');
  end if;
  return null;
end
$$;
comment on function private.open_time_bank_account() is
  'Opens the account of a new time bank member or the community pot of a new bank. Security definer: the functions inserting members and banks may not write accounts; this writes only that row''s own account.';
revoke execute on function private.open_time_bank_account() from public;
create trigger time_bank_members_open_account after insert on public.time_bank_members
  for each row execute function private.open_time_bank_account();
create trigger time_banks_open_pot after insert on public.time_banks
  for each row execute function private.open_time_bank_account();
insert into public.time_bank_accounts (bank_id, programme_id, kind)
  select bank_id, programme_id, 'pot' from public.time_banks;
insert into public.time_bank_accounts (bank_id, programme_id, kind, member_id)
  select bank_id, programme_id, 'member', member_id from public.time_bank_members;

-- Erasing a member deletes their row: their account stays (member_id becomes null: "A former
-- member") with every entry, and the free text of their exchanges is cleared. Security definer:
-- whoever erases may not write exchanges; this clears only the erased member's exchanges' text.
create function private.forget_time_bank_member() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.time_bank_exchanges e
  set description = null, status_reason = null
  where e.party_account_ids && array(
      select a.account_id from public.time_bank_accounts a where a.member_id = old.member_id)
    and (e.description is not null or e.status_reason is not null);
  return old;
end
$$;
comment on function private.forget_time_bank_member() is
  'Clears the free text of an erased member''s exchanges. Security definer: whoever erases a member may not write exchanges; it touches only that member''s exchanges.';
revoke execute on function private.forget_time_bank_member() from public;
create trigger time_bank_members_forget_exchanges before delete on public.time_bank_members
  for each row execute function private.forget_time_bank_member();

-- The caller's own member accounts, for policies (once per statement). Security definer: it
-- reads accounts and members, whose policies ask it; it returns only the caller's own accounts.
create function private.my_time_bank_account_ids() returns uuid[]
language sql stable security definer set search_path = ''
as $$
  select coalesce(array_agg(a.account_id), '{}')
  from public.time_bank_accounts a
  join public.time_bank_members m on m.member_id = a.member_id
  where m.user_id = (select auth.uid())
$$;
comment on function private.my_time_bank_account_ids() is
  'The caller''s own time bank accounts. Security definer so that the ledger''s policies do not recurse; it returns only the caller''s own accounts.';
revoke execute on function private.my_time_bank_account_ids() from public;
grant execute on function private.my_time_bank_account_ids() to authenticated, service_role;

-- The name an account is shown by. Security definer: a party to an exchange across banks sees the
-- other bank's member's name, which the members' policy hides; callers reach it only through
-- rows they may read (the views, the statement).
create function private.time_bank_holder(p_account_id uuid) returns text
language plpgsql stable security definer set search_path = ''
as $$
begin
  -- plpgsql rather than sql: a security definer sql function is planned afresh on every call,
  -- and the views call this for every leg and account.
  return (
    select case a.kind
        when 'pot' then 'Community pot'
        when 'clearing' then 'Clearing with ' || p.name
        else coalesce(m.display_name, 'A former member')
      end
    from public.time_bank_accounts a
    left join public.time_bank_members m on m.member_id = a.member_id
    left join public.time_banks p on p.bank_id = a.partner_bank_id
    where a.account_id = p_account_id);
end
$$;
comment on function private.time_bank_holder(uuid) is
  'The name a time bank account is shown by ("A former member", "Community pot", "Clearing with <bank>"). Security definer: the other party of an exchange across banks is named though the members'' policy hides their row; only the views and the statement call it, for rows the caller may read.';
revoke execute on function private.time_bank_holder(uuid) from public;
grant execute on function private.time_bank_holder(uuid) to authenticated, service_role;

create policy "Members read their own accounts" on public.time_bank_accounts
  for select to authenticated
  using (account_id = any ((select private.my_time_bank_account_ids())::uuid[]));
create policy "Coordinators read their banks' accounts" on public.time_bank_accounts
  for select to authenticated
  using (private.can('coordinate_time_bank', programme_id, bank_id::text));
revoke all on public.time_bank_accounts from anon, authenticated;
grant select on public.time_bank_accounts to authenticated;

create policy "Parties read their exchanges" on public.time_bank_exchanges
  for select to authenticated
  using (party_account_ids && (select private.my_time_bank_account_ids())::uuid[]);
create policy "Coordinators read their banks' exchanges" on public.time_bank_exchanges
  for select to authenticated
  using (private.can('coordinate_time_bank', programme_id, bank_id::text)
    or (partner_bank_id is not null
      and private.can('coordinate_time_bank', programme_id, partner_bank_id::text)));
revoke all on public.time_bank_exchanges from anon, authenticated;
grant select on public.time_bank_exchanges to authenticated;

create policy "Whoever reads an exchange reads its legs" on public.time_bank_exchange_legs
  for select to authenticated
  using (exists (select 1 from public.time_bank_exchanges e
    where e.exchange_id = time_bank_exchange_legs.exchange_id));
revoke all on public.time_bank_exchange_legs from anon, authenticated;
grant select on public.time_bank_exchange_legs to authenticated;

create policy "Members read their own entries" on public.time_bank_entries
  for select to authenticated
  using (account_id = any ((select private.my_time_bank_account_ids())::uuid[]));
create policy "Coordinators read their banks' entries" on public.time_bank_entries
  for select to authenticated
  using (private.can('coordinate_time_bank', programme_id, bank_id::text));
revoke all on public.time_bank_entries from anon, authenticated;
grant select on public.time_bank_entries to authenticated;

create view public.time_bank_exchange_list with (security_invoker = true) as
select
  e.exchange_id,
  e.bank_id,
  e.kind,
  e.status,
  e.minutes,
  -- A donation's giver is the donor (its debit); an exchange's giver is credited.
  (select coalesce(jsonb_agg(jsonb_build_object(
      'giver', private.time_bank_holder(
        case when e.kind = 'donation' then l.debit_account_id else l.credit_account_id end),
      'receiver', private.time_bank_holder(
        case when e.kind = 'donation' then l.credit_account_id else l.debit_account_id end),
      'minutes', l.minutes) order by l.leg_no), '[]'::jsonb)
    from public.time_bank_exchange_legs l where l.exchange_id = e.exchange_id) as legs,
  e.description,
  e.gift_type,
  g.label as gift_label,
  e.occurred_on,
  e.recorded_at,
  coalesce(e.recorded_by = (select auth.uid()), false) as recorded_by_me,
  (e.status = 'pending'
    and e.awaiting_account_id = any ((select private.my_time_bank_account_ids())::uuid[])) as awaiting_me,
  e.status_reason,
  e.warnings,
  e.reverses_exchange_id,
  e.partner_bank_id,
  e.posted_at,
  e.recorded_by_coordinator
from public.time_bank_exchanges e
left join public.gift_types g on g.code = e.gift_type;
comment on view public.time_bank_exchange_list is
  'Exchanges the caller is a party to, or coordinates the bank of, with their legs by name.';
revoke all on public.time_bank_exchange_list from anon, authenticated;
grant select on public.time_bank_exchange_list to authenticated;

create view public.time_bank_account_list with (security_invoker = true) as
select
  a.account_id,
  a.bank_id,
  b.name as bank_name,
  a.kind,
  a.member_id,
  private.time_bank_holder(a.account_id) as holder,
  a.balance_minutes,
  case when a.kind = 'member' then b.soft_limit_minutes end as soft_limit_minutes,
  case when a.kind = 'member' then b.hard_limit_minutes end as hard_limit_minutes,
  a.partner_bank_id
from public.time_bank_accounts a
join public.time_banks b on b.bank_id = a.bank_id;
comment on view public.time_bank_account_list is
  'Time bank accounts and balances: the caller''s own, and for coordinators every account of their banks (clearing accounts are the bank''s position with each partner).';
revoke all on public.time_bank_account_list from anon, authenticated;
grant select on public.time_bank_account_list to authenticated;
