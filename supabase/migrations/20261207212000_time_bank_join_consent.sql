-- A resident's own consent to apply to a time bank from the offer form (docs/time-banks.md). A
-- new enum value cannot be used in the transaction that adds it, so it has a migration of its own;
-- its wording and the functions that use it follow in 20261207212400.
alter type public.consent_purpose add value if not exists 'join_time_bank';
