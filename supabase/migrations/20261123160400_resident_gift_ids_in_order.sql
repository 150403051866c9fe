-- Gifts are listed "order by created_at, gift_id", and one save gives all of an offer's gifts the
-- same time where the clock is coarse (PGlite's is), so the tie falls to gift_id. New gift ids
-- therefore sort in the order the gifts were given: a sequence number in the first 48 bits (as
-- UUIDv7 puts its timestamp there) and random bits after it, with the version 4 and variant bits
-- of gen_random_uuid() kept.
create sequence private.resident_gift_order;
comment on sequence private.resident_gift_order is 'Orders new gift ids (private.next_gift_id).';

create function private.next_gift_id() returns uuid
language sql volatile security invoker set search_path = ''
as $$
  select (lpad(to_hex(nextval('private.resident_gift_order')), 12, '0')
    || substr(replace(gen_random_uuid()::text, '-', ''), 13))::uuid
$$;
comment on function private.next_gift_id() is
  'A new gift id that sorts after every earlier one (a sequence number, then random bits).';
revoke execute on function private.next_gift_id() from public;

alter table public.resident_gifts alter column gift_id set default private.next_gift_id();
