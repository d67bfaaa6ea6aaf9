-- report_low_stock (Ringkasan's "Stok menipis"): goods no stock ever came in for (cooked food, a product named at
-- its first sale) are not counted, so "Nasi Uduk -3 bks" is no restock alert; the same rule as dashboard_products'
-- kept and reorder_facts' known (internal.stock_came_in). Same signature.
create or replace function public.report_low_stock(p_tenant_id uuid, p_limit integer default 20)
returns table (product_id uuid, name text, unit text, level numeric, reorder_point numeric)
language plpgsql stable security invoker set search_path = public, pg_temp as $$
declare
  v uuid := internal.require_tenant(p_tenant_id);
begin
  return query
  select p.id, p.name, p.unit, sl.level, p.reorder_point
    from public.products p join public.stock_levels sl on sl.product_id = p.id and sl.tenant_id = p.tenant_id
   where p.tenant_id = v and p.active and (sl.level <= 0 or sl.level <= p.reorder_point)
     and internal.stock_came_in(v, p.id)
   order by sl.level - coalesce(p.reorder_point, 0), p.name limit p_limit;
end
$$;
comment on function public.report_low_stock(uuid, integer) is 'Products to restock: level at or below the reorder point, or none left; only goods that are counted (stock came in once).';
