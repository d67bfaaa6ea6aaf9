-- The reorder facts read a product's recent sales from report_product_days, the kept per-day totals,
-- instead of joining its sale lines with the warung's transactions.
--
-- Before statistics existed the join ran as a nested loop: for each line of the product ever sold,
-- every transaction of the warung in the window. With statistics it still read each line of the
-- product and its transaction. report_product_days holds at most one row per product and local day.
-- bench/reorder-facts.ts, 100 sales a day for 14 days: 1.9–2.6 → 0.85–0.92 ms a call on PostgreSQL 15,
-- 2.9 → 0.57 ms on PGlite; 300 a day: 2.4 → 1.0 ms.
--
-- "Sold in [p_from, p_to]" becomes "sold on the local days after p_from's, up to p_to's": the 14 days
-- ending today, today's sales so far included (agents/inventory/inventory.test.ts: a sale 3 days ago
-- counts, one 20 days ago does not). The highest level since an alert is not looked for when there
-- was none (the product's movements were read to find nothing).
--
-- Planning cost more than running (pg_stat_statements with track_planning, bench/pipeline.ts):
-- - The function's query was planned afresh on most calls (a custom plan for each tenant): 1.1 ms of
--   planning for 0.3 ms of work. It now keeps one generic plan per connection.
-- - internal.stock_level, called here as the sender and from post_transaction's triggers as the owner,
--   was planned again on nearly every call (a cached plan under row-level security is only good for
--   the role that made it). The level is read from stock_on_hand here directly.
-- - "Sold before" (asked of a product never restocked) stops at the second posted sale line and finds
--   each line's transaction by its key.

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
        where r.tenant_id = p.tenant_id and r.day > v_from and r.day <= v_to and r.item = p.id::text)::numeric,
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
