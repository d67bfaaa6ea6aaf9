-- The inbox claim is fenced: every claim increments inbox.attempts (bot/pipeline/claim.ts), and the
-- worker finishes the row only while attempts still equals the value its claim returned. A worker whose
-- lease ran out (a slow voice note or LLM call) and whose row another worker took fails here, and its
-- whole transaction (bookings, replies) rolls back: a message never takes effect twice.

create or replace function internal.finish_inbox(p_id bigint, p_attempts integer, p_status text, p_tenant uuid)
returns void language plpgsql security invoker set search_path = public, pg_temp as $$
begin
  update public.inbox
     set status = p_status, processed_at = now(), locked_until = null, tenant_id = coalesce(tenant_id, p_tenant)
   where id = p_id and attempts = p_attempts and status = 'processing';
  if not found then
    raise exception 'conflict:lease_lost' using detail = format('inbox %s attempt %s', p_id, p_attempts);
  end if;
end
$$;
comment on function internal.finish_inbox(bigint, integer, text, uuid) is 'Marks a claimed inbox row finished (done, failed, ignored) if the claim (attempts) still holds it; else raises conflict:lease_lost. Service role only.';
