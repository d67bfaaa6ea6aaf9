-- The router's product candidates read a trigram index instead of scoring every product.
--
-- internal.product_candidates computed word_similarity for each active product of the warung, once for
-- every typed name (a message names one to three goods): a grocer's 1,043 products cost 4.6-5.1 ms a call
-- on PostgreSQL, 5.5-6.1 ms on PGlite (bench/product-candidates.ts --extra 1000). With that many products a
-- common word ("kecap", "goreng") matched more than the LIMIT of 40, and the 40 kept were the first the
-- scan met, not the closest: the product meant could be left out (resolve-items.test.ts).
--
-- Now a GIN trigram index over the same text (the name and the aliases joined by spaces) finds the
-- products that share enough trigrams, and only those are scored; the closest 40 are kept. The function
-- runs as its owner, with the caller's warung checked by internal.require_tenant as post_transaction does:
-- under row-level security `<%` (not leakproof) may not be an index condition, and the index went unused.
-- `p_typed <% text` is word_similarity(p_typed, text) >= pg_trgm.word_similarity_threshold, set to the
-- function's 0.3, so the products that pass are the same as before.

-- The searched text of a product. array_to_string is STABLE only because it serves every array type; for
-- text[] it depends on nothing but its input, so this wrapper may be IMMUTABLE and compute a stored column.
create or replace function internal.product_search_text(p_name text, p_aliases text[]) returns text
language sql immutable parallel safe set search_path = pg_catalog as $$
  select lower(p_name) || ' ' || coalesce(array_to_string(p_aliases, ' '), '')
$$;
comment on function internal.product_search_text(text, text[]) is
  'What the product candidates match typed names against: lower(name) and the aliases, joined by spaces.';

alter table public.products add column if not exists search_text text
  generated always as (internal.product_search_text(name, aliases)) stored;
comment on column public.products.search_text is 'lower(name) and the aliases joined by spaces: what typed names are matched against (product_candidates).';

-- fastupdate off: a product is written straight into the index. With the pending list (the default) every
-- search read the products added since the last vacuum one by one, and PGlite has no autovacuum.
create index if not exists products_search_trgm_idx on public.products
  using gin (search_text gin_trgm_ops) with (fastupdate = off) where active;
comment on index public.products_search_trgm_idx is 'internal.product_candidates: active products by the trigrams of their name and aliases.';

create or replace function internal.product_candidates(p_tenant uuid, p_typed text)
returns table (id uuid, name text, aliases text[], unit text, category text, sell_price bigint, avg_cost numeric, packs jsonb)
language plpgsql stable security definer set search_path = public, pg_temp set plan_cache_mode = force_generic_plan
set pg_trgm.word_similarity_threshold = 0.3 as $$
declare
  v_tenant uuid := internal.require_tenant(p_tenant);
begin
  return query
    select p.id, p.name, p.aliases, p.unit, p.category, p.sell_price, p.avg_cost,
      (select coalesce(jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size, 'sell_price', u.sell_price) order by u.name), '[]'::jsonb)
         from product_units u where u.tenant_id = p.tenant_id and u.product_id = p.id)
      from products p
     where p.tenant_id = v_tenant and p.active
       and p_typed <% p.search_text
     order by word_similarity(p_typed, p.search_text) desc, p.name
     limit 40;
end
$$;
comment on function internal.product_candidates(uuid, text) is
  'The router''s fuzzy product lookup: up to 40 active products whose name or aliases have a stretch like the typed name (word_similarity >= 0.3), closest first.';

-- A tenant session that writes a product computes its search_text.
select internal.tenant_function('internal.product_search_text(text, text[])'::regprocedure);
select internal.secure_function('internal.product_candidates(uuid, text)'::regprocedure);
