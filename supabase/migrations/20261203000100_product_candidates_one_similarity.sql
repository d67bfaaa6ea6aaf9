-- The product candidates computed word_similarity once for the name and once for every alias: 172 calls
-- for each typed name in the demo catalogue (bench/pipeline.ts --function-stats on PGlite: 249,093 calls,
-- 1,046 ms of 2,000 messages, the most called function in the pipeline). Now once a product, over its name
-- and aliases joined by spaces. word_similarity is the best match of the typed words with any stretch of
-- the second text, and every stretch of one name or alias is a stretch of the joined text, so a product the
-- old test let through still passes (a stretch across two aliases may add one; the router scores them all).
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
       and word_similarity(p_typed, lower(p.name) || ' ' || array_to_string(p.aliases, ' ')) >= 0.3
     limit 40;
end
$$;
