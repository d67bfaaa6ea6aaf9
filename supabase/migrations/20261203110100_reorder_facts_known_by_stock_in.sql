-- Goods no stock ever came in for are not kept in stock.
--
-- reorder_facts' `known` was "stock came in once, or sold before this sale", so a product named at its
-- first sale (nasi uduk, gorengan: made, not bought) nagged from its second sale on: "Stok Nasi Uduk
-- tinggal -30 bks ... Sudah waktunya kulakan" every day, and every sale's reply said "Stok sisa -15 bks"
-- with an oversold warning (owner try). Now `known` is only "stock came in once (not a void's return)";
-- the sale's reply leaves such goods out of its stock line and warnings, and the stock check says their
-- stock is not counted. It also drops a scan of the product's sale lines from every sale.
-- The rest of the function is unchanged (20261203100100). The rule is internal.stock_came_in, which
-- the dashboard's Stok reads too (20261203110200).

-- Whether any stock of a product ever came in (not a void's return): goods that never did are not counted.
-- Plain SQL, schema-qualified and without SET, so it is inlined into the queries that call it.
create or replace function internal.stock_came_in(p_tenant uuid, p_product uuid) returns boolean
language sql stable as $$
  select exists (select 1 from public.stock_movements m
                  where m.tenant_id = p_tenant and m.product_id = p_product and m.qty > 0 and m.kind <> 'void')
$$;
comment on function internal.stock_came_in(uuid, uuid) is 'Stock of the product ever came in (not a void''s return); goods that never did are not counted (reorder_facts, dashboard_products).';
select internal.tenant_function('internal.stock_came_in(uuid, uuid)'::regprocedure);
create or replace function internal.reorder_facts(p_tenant uuid, p_products uuid[], p_from timestamptz, p_to timestamptz)
returns table (id uuid, name text, unit text, sell_price bigint, avg_cost numeric, reorder_point numeric, lead_time_days integer,
               level numeric, sold numeric, alerted boolean, max_after numeric, known boolean)
language plpgsql stable security invoker set search_path = public, pg_temp set plan_cache_mode = force_generic_plan as $$
declare
  v_tz text := (select t.timezone from tenants t where t.id = p_tenant);
  v_from date := (p_from at time zone v_tz)::date;
  v_to date := (p_to at time zone v_tz)::date;
begin
  return query
    select p.id, p.name, p.unit, p.sell_price, p.avg_cost, p.reorder_point, p.lead_time_days,
      v.level,
      (select coalesce(sum(r.qty), 0) from report_product_days r
        where r.tenant_id = p.tenant_id and r.product_id = p.id and r.day > v_from and r.day <= v_to)::numeric,
      a.hit is not null,
      -- The level after each movement since the alert: today's level less what came after, plus the running sum.
      (select max(s.lvl) from (
         select v.level - sum(m.qty) over () + sum(m.qty) over (order by m.id) as lvl
           from stock_movements m where a.mid is not null and m.tenant_id = p.tenant_id and m.product_id = p.id and m.id > a.mid) s)::numeric,
      -- A product the warung keeps in stock: stock came in once (not a void's return).
      internal.stock_came_in(p.tenant_id, p.id)
    from products p
    cross join lateral (select coalesce((select s.level from stock_on_hand s where s.tenant_id = p.tenant_id and s.product_id = p.id), 0)::numeric(14, 3) as level) v
    left join lateral (
      select true as hit, (x.data ->> 'movement_id')::bigint as mid from audit_log x
       where x.tenant_id = p.tenant_id and x.action = 'stock.reorder_alert' and x.entity_id = p.id::text order by x.id desc limit 1) a on true
    where p.tenant_id = p_tenant and p.id = any(p_products);
end
$$;
comment on function internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz) is 'Stock level, sales on the local days in (p_from, p_to], alert state and whether stock ever came in, of some products: for the reply and the reorder alert after a sale and the stock check. As the caller (RLS).';
