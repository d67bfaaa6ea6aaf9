-- Stok shows goods no stock ever came in for as not counted, as the chat does (20261203110100): nasi uduk
-- named at its first sale stood at "-15 bks" in red and in "Stok menipis". `kept` is reorder_facts'
-- `known`: internal.stock_came_in. A new column changes the result type, so the
-- function is dropped and made again; the rest is unchanged (20261201070300).
drop function public.dashboard_products(uuid, text, boolean);

create function public.dashboard_products(p_tenant_id uuid, p_search text default null, p_low_only boolean default false)
returns table (id uuid, name text, aliases text[], unit text, sell_price bigint, avg_cost numeric, barcode text, category text,
               reorder_point numeric, active boolean, level numeric, units jsonb, kept boolean)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
  v_costs boolean := internal.sees_costs();
  v_q text := nullif(lower(trim(p_search)), '');
begin
  perform internal.require_reader();
  return query
  select x.id, x.name, x.aliases, x.unit, x.sell_price, x.avg_cost, x.barcode, x.category, x.reorder_point, x.active, x.level, x.units, x.kept from (
    select p.id, p.name, p.aliases, p.unit, p.sell_price, case when v_costs then p.avg_cost end as avg_cost, p.barcode, p.category,
           p.reorder_point, p.active, sl.level,
           coalesce((select jsonb_agg(jsonb_build_object('name', u.name, 'size', u.size, 'sell_price', u.sell_price) order by u.size)
                       from public.product_units u where u.product_id = p.id and u.tenant_id = v), '[]'::jsonb) as units,
           internal.stock_came_in(v, p.id) as kept,
           lower(p.name) as sort_name
      from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
     where p.tenant_id = v
       and (v_q is null or lower(p.name) like '%' || v_q || '%' or v_q = any (p.aliases) or p.barcode = v_q)
     ) x
   where not p_low_only or (x.active and x.kept and (x.level <= 0 or x.level <= x.reorder_point))
   order by x.active desc, x.sort_name;
end
$$;
comment on function public.dashboard_products(uuid, text, boolean) is 'Products with stock level, pack units and whether stock ever came in (kept); avg_cost only for owners; optional search and low-stock filter (kept goods only).';
select internal.tenant_function('public.dashboard_products(uuid, text, boolean)'::regprocedure);
