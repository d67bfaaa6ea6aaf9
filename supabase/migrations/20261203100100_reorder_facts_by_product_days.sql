-- One product's recent days in report_product_days, read after every sale (internal.reorder_facts: units
-- sold in the local days of the last 14), went through the primary key (tenant_id, day, item) by the
-- day range: every item of the warung on those days, filtered down to the one by a uuid cast to text
-- on each row. With the demo's 40 products and 100 sales a day that is 560 rows and 805 buffers for 14
-- rows (0.34 of the call's 0.92 ms, auto_explain), and it grows with the catalogue (500 products: 7,000
-- rows a sale). Now by the product's id (item is that id as text whenever product_id is set), on an
-- index that holds a product's days together. The rest is unchanged (20261202110000).
create index if not exists report_product_days_product_idx on public.report_product_days (tenant_id, product_id, day);

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
      -- A product the warung really keeps: stock came in once (not a void's return), or it sold before this
      -- sale. A product created by a slip of the thumb has neither, and must not nag the owner.
      (exists (select 1 from stock_movements m where m.tenant_id = p.tenant_id and m.product_id = p.id and m.qty > 0 and m.kind <> 'void')
       or (select count(*) from (select 1 from transaction_lines l
            where l.tenant_id = p.tenant_id and l.product_id = p.id
              and exists (select 1 from transactions t where t.id = l.transaction_id and t.kind = 'sale' and t.status = 'posted')
            limit 2) x) > 1)
    from products p
    cross join lateral (select coalesce((select s.level from stock_on_hand s where s.tenant_id = p.tenant_id and s.product_id = p.id), 0)::numeric(14, 3) as level) v
    left join lateral (
      select true as hit, (x.data ->> 'movement_id')::bigint as mid from audit_log x
       where x.tenant_id = p.tenant_id and x.action = 'stock.reorder_alert' and x.entity_id = p.id::text order by x.id desc limit 1) a on true
    where p.tenant_id = p_tenant and p.id = any(p_products);
end
$$;
comment on function internal.reorder_facts(uuid, uuid[], timestamptz, timestamptz) is 'Stock level, sales on the local days in (p_from, p_to] and alert state of some products, for the reorder alert after a sale and the stock check. As the caller (RLS).';
