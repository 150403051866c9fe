-- The rate limit's key ignores spaces around the value as well as case, as the offer's checks do:
-- " Sam@Example.test " is the same email as "sam@example.test", not a way round the limit.
create or replace function private.attempt_key(p_kind text, p_value text) returns text
language sql stable security invoker set search_path = ''
as $$
  select encode(sha256(convert_to(
    (select a.pepper from private.offer_attempt_pepper a) || ':' || p_kind || ':'
      || lower(btrim(p_value, E' \t\r\n')), 'UTF8')), 'hex')
$$;
