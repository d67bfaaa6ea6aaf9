-- search_products: fuzzy product lookup for the resolver ("indomi grg", "minyak 2 liter").
-- Trigram similarity over the name and every alias; the best matching term wins.

create or replace function public.search_products(p_tenant_id uuid, p_query text, p_limit integer default 5)
returns table (product_id uuid, name text, unit text, sell_price bigint, avg_cost numeric, level numeric,
               score real, matched text)
language sql stable security invoker set search_path = public, extensions, pg_temp as $$
  with q as (select lower(trim(p_query)) as q)
  select p.id, p.name, p.unit, p.sell_price, p.avg_cost, internal.stock_level(p.tenant_id, p.id),
         best.score, best.term
  from public.products p
  cross join q
  cross join lateral (
    select t.term,
           case when p.barcode = trim(p_query) then 1::real
                else greatest(similarity(t.term, q.q), word_similarity(q.q, t.term)) end as score,
           similarity(t.term, q.q) as plain
    from unnest(array[lower(p.name)] || p.aliases) as t(term)
    order by 2 desc, 3 desc
    limit 1
  ) best
  where p.tenant_id = p_tenant_id and p.active and length(q.q) > 0 and best.score >= 0.3
  order by best.score desc, best.plain desc, p.name
  limit greatest(coalesce(p_limit, 5), 1)
$$;
comment on function public.search_products(uuid, text, integer) is 'Active products of a tenant ranked by trigram similarity (name and aliases, or exact barcode); score in 0..1, candidates >= 0.3.';
