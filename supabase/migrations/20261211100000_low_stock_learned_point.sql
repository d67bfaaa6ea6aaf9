-- "Stok menipis" (Ringkasan, the Stok page's filter, the chat's "stok apa aja yang mau habis") lists goods under the
-- point their sales suggest when the owner set none, as the reorder alert after a sale does (a new warung's try: the
-- coffee alerted at 2 after a sale, the page said "Semua stok aman"). The chat had its own list of those; the three
-- now read the same function.

-- The point learned from sales: units sold on the 14 local days up to p_at's day ÷ 14 × the lead time (2 days when
-- none), rounded up to a whole unit; no row for goods not sold in the window. The same rule as
-- agents/inventory/reorder.ts learnedReorderPoint (the alert after a sale), which a test holds equal.
create or replace function internal.learned_reorder_points(p_tenant uuid, p_at timestamptz default now())
returns table (product_id uuid, point numeric)
language sql stable security invoker set search_path = public, pg_temp as $$
  with today as (select (p_at at time zone t.timezone)::date as d from tenants t where t.id = p_tenant),
  sold as (
    select r.item, sum(r.qty) as qty from report_product_days r, today
     where r.tenant_id = p_tenant and r.day > today.d - 14 and r.day <= today.d
     group by r.item)
  select p.id, greatest(0, ceil(s.qty / 14.0 * coalesce(p.lead_time_days, 2) - 0.000000001))
    from sold s join products p on p.tenant_id = p_tenant and p.id::text = s.item
   where s.qty > 0
$$;
comment on function internal.learned_reorder_points(uuid, timestamptz) is 'Reorder points learned from the last 14 local days of sales (velocity × lead time, rounded up), per product sold. As the caller (RLS).';

-- report_low_stock: at or under the owner's point, else the learned one, or none left; counted goods only
-- (20261203140000). reorder_point is the point the row was judged by. p_at for the learned point's window.
drop function public.report_low_stock(uuid, integer);
create function public.report_low_stock(p_tenant_id uuid, p_limit integer default 20, p_at timestamptz default now())
returns table (product_id uuid, name text, unit text, level numeric, reorder_point numeric)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select x.id, x.name, x.unit, x.level, x.point from (
    select p.id, p.name, p.unit, sl.level, coalesce(p.reorder_point, l.point) as point
      from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
      left join internal.learned_reorder_points(v, p_at) l on l.product_id = p.id
     where p.tenant_id = v and p.active) x
   where (x.level <= 0 or x.level <= x.point) and internal.stock_came_in(v, x.id)
   order by x.level - coalesce(x.point, 0), x.name limit p_limit;
end
$$;
comment on function public.report_low_stock(uuid, integer, timestamptz) is 'Products to restock: level at or below the owner''s reorder point (else the one learned from sales), or none left; only goods that are counted (stock came in once).';

-- dashboard_products' "Stok menipis" filter by the same rule; the reorder_point column stays the owner's own (the
-- Stok page edits it). Otherwise as 20261203110200.
create or replace function public.dashboard_products(p_tenant_id uuid, p_search text default null, p_low_only boolean default false)
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
           lower(p.name) as sort_name, coalesce(p.reorder_point, l.point) as low_point
      from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
      left join internal.learned_reorder_points(v) l on p_low_only and l.product_id = p.id
     where p.tenant_id = v
       and (v_q is null or lower(p.name) like '%' || v_q || '%' or v_q = any (p.aliases) or p.barcode = v_q)
     ) x
   where not p_low_only or (x.active and x.kept and (x.level <= 0 or x.level <= x.low_point))
   order by x.active desc, x.sort_name;
end
$$;

-- New functions: tenant sessions and the service only (the default grant includes anon when the migration's role
-- is not the one the default privileges were set for).
revoke all on function internal.learned_reorder_points(uuid, timestamptz) from public, anon;
grant execute on function internal.learned_reorder_points(uuid, timestamptz) to authenticated, service_role;
revoke all on function public.report_low_stock(uuid, integer, timestamptz) from public, anon;
grant execute on function public.report_low_stock(uuid, integer, timestamptz) to authenticated, service_role;
