-- The router's reads that PostgreSQL planned again for every message (pg_stat_statements with
-- track_planning, bench/pipeline.ts, 2,160 messages): as PL/pgSQL functions, each connection keeps
-- one plan of their query.
--
-- - The chat's state was a plain statement with its key inlined (it rides in one round trip with the
--   router's savepoint): 2,160 plans, 0.23 ms each.
-- - The product candidates, a prepared statement, got a custom plan for most typed names (840 plans
--   for 1,620 calls, 0.7 ms each): the planner re-estimated word_similarity for every text, to choose
--   the same scan over the warung's products. force_generic_plan keeps the one plan.
-- - The look for a next message in the chat after the commit (a plain statement too, for the same
--   reason): 2,160 plans.
-- All run as the caller, so row-level security applies as it did to the statements they replace.

create or replace function internal.chat_state(p_tenant uuid, p_chat_key text)
returns table (pending jsonb, expires_at timestamptz, last_event jsonb)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  return query
    select c.pending, c.expires_at, c.last_event from conversation_state c
     where c.tenant_id = p_tenant and c.chat_key = p_chat_key;
end
$$;
comment on function internal.chat_state(uuid, text) is 'The pending question and last booked event of one chat (agents/router/state.ts). As the caller (RLS).';
select internal.tenant_function('internal.chat_state(uuid, text)'::regprocedure);

create or replace function internal.product_candidates(p_tenant uuid, p_typed text)
returns table (id uuid, name text, aliases text[], unit text, category text, sell_price bigint, avg_cost numeric, packs jsonb)
language plpgsql stable security invoker set search_path = public, pg_temp set plan_cache_mode = force_generic_plan as $$
begin
  return query
    select p.id, p.name, p.aliases, p.unit, p.category, p.sell_price, p.avg_cost,
      (select coalesce(jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size, 'sell_price', u.sell_price) order by u.name), '[]'::jsonb)
         from product_units u where u.tenant_id = p.tenant_id and u.product_id = p.id)
      from products p
     where p.tenant_id = p_tenant and p.active
       and (word_similarity(p_typed, lower(p.name)) >= 0.3
            or exists (select 1 from unnest(p.aliases) a where word_similarity(p_typed, a) >= 0.3))
     limit 40;
end
$$;
comment on function internal.product_candidates(uuid, text) is 'Active products whose name or an alias is trigram-similar (word_similarity >= 0.3) to the typed name, with their pack units; at most 40 (agents/router/catalogue/resolve-items.ts). As the caller (RLS).';
select internal.tenant_function('internal.product_candidates(uuid, text)'::regprocedure);

create or replace function internal.chat_has_unfinished(p_channel text, p_account text, p_chat text) returns boolean
language plpgsql stable security invoker set search_path = public, pg_temp as $$
begin
  return exists (select 1 from inbox i where i.channel = p_channel and i.account = p_account and i.chat = p_chat
                   and i.status in ('pending', 'processing'));
end
$$;
comment on function internal.chat_has_unfinished(text, text, text) is 'Whether a chat has an inbox row not yet finished (bot/pipeline/process-row.ts, after a commit).';
select internal.service_function('internal.chat_has_unfinished(text, text, text)'::regprocedure);
