-- Scheduled messages (the daily summary) have no inbox row to make them unique, so a retried job
-- could queue the same text twice. A dedupe key, unique when set, makes the insert idempotent:
-- e.g. 'summary:<tenant>:<local date>:<member>'.
alter table public.outbox add column dedupe_key text;
comment on column public.outbox.dedupe_key is 'Idempotency key for messages not caused by an inbox row (scheduled work); unique when set.';
create unique index outbox_dedupe_key_uq on public.outbox (dedupe_key) where dedupe_key is not null;
