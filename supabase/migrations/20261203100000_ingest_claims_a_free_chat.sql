-- A message's inbox row, written claimed when the writer will handle it at once.
--
-- A message cost three transactions on its inbox row (write, claim, finish) where the database's own
-- benchmark writes once (bench/PROFILE.md). The process that ingests a message and drains it itself
-- (bot/pipeline/inline-drains.ts) now writes the row already claimed ('processing', attempts 1, a
-- lease) when its chat has no other unfinished row, so its drain needs no claim of its own.
--
-- Every ingest takes a per-chat transaction lock first, so two messages of one chat written at the
-- same moment see each other: a row is written claimed only when no earlier row of its chat is
-- unfinished (claimNext's rule: one row of a chat at a time, oldest first), and a chat's ids follow
-- the order its rows were committed in. Each statement of a PL/pgSQL function takes a new snapshot,
-- so the check after the lock sees what the lock waited for.
create or replace function internal.ingest_inbox(
  p_channel text, p_account text, p_external_id text, p_sender_phone text, p_sender_address text, p_chat text,
  p_kind text, p_body text, p_media_ref text, p_quoted_id text, p_sent_at timestamptz, p_status text,
  p_lease_seconds integer)
returns table (inbox_id bigint, inbox_status text, duplicate boolean)
language plpgsql volatile security invoker set search_path = public, pg_temp as $$
declare
  v_claim boolean;
begin
  perform pg_advisory_xact_lock(hashtextextended(p_channel || '|' || p_account || '|' || p_chat, 0));
  v_claim := p_lease_seconds is not null and p_status = 'pending'
    and not exists (select 1 from inbox i where i.chat = p_chat and i.channel = p_channel and i.account = p_account
                      and i.status in ('pending', 'processing'));
  return query
    insert into inbox as i (channel, account, external_id, sender_phone, sender_address, chat, kind, body, media_ref,
                            quoted_id, sent_at, status, attempts, locked_until)
    values (p_channel, p_account, p_external_id, p_sender_phone, p_sender_address, p_chat, p_kind, p_body, p_media_ref,
            p_quoted_id, p_sent_at, case when v_claim then 'processing' else p_status end, case when v_claim then 1 else 0 end,
            case when v_claim then now() + make_interval(secs => p_lease_seconds) end)
    on conflict (channel, account, external_id) do nothing
    returning i.id, i.status, false;
  if not found then -- a redelivery: the row as it is
    return query select i.id, i.status, true from inbox i
      where i.channel = p_channel and i.account = p_account and i.external_id = p_external_id;
  end if;
end
$$;
comment on function internal.ingest_inbox(text, text, text, text, text, text, text, text, text, text, timestamptz, text, integer) is
  'Writes an inbound message to the inbox (deduplicated on channel, account, external id) under a per-chat lock; with a lease length, claimed (processing, attempts 1) when its chat has no unfinished row. Service role only.';
select internal.service_function('internal.ingest_inbox(text, text, text, text, text, text, text, text, text, text, timestamptz, text, integer)'::regprocedure);
